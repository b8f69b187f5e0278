"""How much time event coding adds to the spaCy parse.

Parses a corpus once with the bare model (timed), runs the actor stage (not timed: it is
the actors stage's cost), then times the events stage alone on the parsed Docs.

    PYTHONPATH=src python benchmarks/bench_events.py [--repeat 5] [--news N] [FILE ...]

Defaults to the shared fixture and the news sentences of ../shared/eval/events; `--news N`
takes the first N articles of ../shared/eval/news/articles.jsonl instead (real articles).
Prints words/s of the parse, the events stage's time, and its share of the parse time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (a git worktree one level deeper also finds it)
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()), REPO.parent / "shared"
)


def corpus(paths: list[str], news: int = 0) -> list[str]:
    if paths:
        return [Path(p).read_text(encoding="utf-8") for p in paths]
    if news:
        with (SHARED / "eval" / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
            return [json.loads(line)["text"] for _, line in zip(range(news), handle, strict=False)]
    texts = [(SHARED / "fixtures" / "taliban_isis_k.txt").read_text(encoding="utf-8")]
    news = SHARED / "eval" / "events" / "news_sentences.jsonl"
    texts += [json.loads(line)["text"] for line in news.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--news", type=int, default=0, help="the first N articles of ../shared/eval/news")
    args = parser.parse_args()

    from newsintel.nlp.events.component import EventCoder
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline

    texts = corpus(args.files, args.news) * args.repeat
    nlp = build_pipeline(PipelineOptions(stages=("newsintel_actors",)))
    actors = nlp.get_pipe("newsintel_actors")
    coder = EventCoder()
    spacy_names = [name for name, _ in nlp.pipeline if not name.startswith("newsintel_")]

    start = time.perf_counter()
    docs = list(nlp.pipe(texts, disable=["newsintel_actors"]))
    parse_seconds = time.perf_counter() - start
    docs = [actors(doc) for doc in docs]

    coder(nlp("Warm-up: the word lists load once per process."))  # one-off, like loading the model
    start = time.perf_counter()
    events = sum(len(coder(doc)._.ni_events) for doc in docs)
    event_seconds = time.perf_counter() - start

    words = sum(len(doc) for doc in docs)
    print(
        f"spaCy parse ({'+'.join(spacy_names)}): {words} tokens in {parse_seconds:.2f}s"
        f" = {words / parse_seconds:,.0f} tokens/s"
    )
    print(
        f"events stage: {events} events in {event_seconds:.3f}s"
        f" = {100 * event_seconds / parse_seconds:.1f}% of the parse time"
    )


if __name__ == "__main__":
    main()
