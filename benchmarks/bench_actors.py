"""How much time actor linking adds to the bare spaCy parse.

    PYTHONPATH=src python benchmarks/bench_actors.py [--articles 300] [--actors FILE ...]

Parses the first N articles of ../shared/eval/news/articles.jsonl with the bare model, then
runs the `newsintel_actors` stage on the parsed Docs, and prints both times and the overhead.
Skips (exit 0) when the articles are absent. Target: linking adds <= 10% to the parse.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (a git worktree one level deeper also finds it)
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()), REPO.parent / "shared"
)
ARTICLES = SHARED / "eval" / "news" / "articles.jsonl"


def read_articles(path: Path, limit: int) -> list[dict]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if len(articles) >= limit:
                break
            item = json.loads(line)
            if item.get("text"):
                articles.append(item)
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--actors", action="append", default=[], help="extra actor dictionary")
    parser.add_argument("--agents", action="append", default=[], help="extra agent dictionary")
    args = parser.parse_args(argv)
    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} is absent")
        return 0

    from newsintel.nlp.load import load_fresh_model

    articles = read_articles(ARTICLES, args.articles)
    nlp = load_fresh_model()
    import newsintel.nlp.actors.component  # noqa: F401

    started = time.perf_counter()
    stage = nlp.add_pipe(
        "newsintel_actors",
        config={"actor_files": args.actors, "agent_files": args.agents, "use_builtin": True},
    )
    load_seconds = time.perf_counter() - started

    with nlp.select_pipes(disable=["newsintel_actors"]):
        started = time.perf_counter()
        docs = list(nlp.pipe((a["text"] for a in articles), batch_size=32))
        parse_seconds = time.perf_counter() - started
    for doc, article in zip(docs, articles, strict=True):
        doc._.ni_published = article.get("published")

    started = time.perf_counter()
    mentions = 0
    for doc in docs:
        stage(doc)
        mentions += sum(len(a["mentions"]) for a in doc._.ni_actors)
    link_seconds = time.perf_counter() - started

    words = sum(len(doc) for doc in docs)
    print(f"articles            {len(docs)}")
    print(f"tokens              {words}")
    print(f"dictionary load     {load_seconds:.2f} s (once per process)")
    print(f"spaCy parse         {parse_seconds:.2f} s ({words / parse_seconds:,.0f} tokens/s)")
    print(f"actor linking       {link_seconds:.2f} s ({mentions} mentions)")
    print(f"overhead            {100 * link_seconds / parse_seconds:.1f}% of the parse (target <= 10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
