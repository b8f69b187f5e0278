"""What each newsintel stage adds to the bare spaCy parse, measured in one process and run.

    PYTHONPATH=src python benchmarks/bench_stages.py [--limit 300] [--model NAME] [--rounds 1]

Runs the first N articles of ../shared/eval/news/articles.jsonl (a) through the bare spaCy
model (`nlp.pipe` with every newsintel stage disabled) and (b) through the full pipeline of
`newsintel.nlp.pipeline.build_pipeline()`, timing each newsintel stage separately: each
stage's `pipe` is wrapped so that it is timed on whole batches of already-parsed Docs, never
counting the upstream parse. Prints words/s and articles/s for (a) and (b) and, per stage,
its seconds and its share of the bare parse time, against the targets (each stage <= 10% of
the parse, attribution <= 15%, full pipeline >= 0.75 of the parse throughput). Writes the
same numbers to benchmarks/results/stages.json. Skips (exit 0) when the articles are absent.

On a shared machine absolute numbers are noisy; the ratios measured in the same run are what
count. `--rounds N` repeats (a) and (b) in alternating order and keeps each measure's minimum.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (a git worktree one level deeper also finds it)
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared",
)
ARTICLES = SHARED / "eval" / "news" / "articles.jsonl"
RESULTS = REPO / "benchmarks" / "results" / "stages.json"

# Share of the bare parse time each stage may add (the project's performance targets).
STAGE_TARGETS: dict[str, float] = {
    "newsintel_actors": 0.10,
    "newsintel_places": 0.10,
    "newsintel_dates": 0.10,
    "newsintel_attribution": 0.15,
    "newsintel_events": 0.10,
}
FULL_THROUGHPUT_TARGET = 0.75  # full pipeline words/s over bare parse words/s
WARMUP_ARTICLES = 8  # lazy loads (dateparser, matchers) happen here, untimed
NOISE_NOTE = (
    "The machine may be shared: absolute rates are noisy; the ratios (stage time / parse time, "
    "full / bare throughput) are measured in the same process and run and are what count."
)


@dataclass
class Timings:
    """Seconds per measure, keeping the minimum over rounds."""

    best: dict[str, float] = field(default_factory=dict)

    def keep(self, name: str, seconds: float) -> None:
        self.best[name] = min(seconds, self.best.get(name, float("inf")))


def read_articles(path: Path, limit: int) -> list[dict]:
    articles: list[dict] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if len(articles) >= limit:
                break
            item = json.loads(line)
            if isinstance(item.get("text"), str) and item["text"].strip():
                articles.append(item)
    return articles


def _batches(docs: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def time_stage_pipes(nlp, names: list[str], spent: dict[str, float]) -> None:
    """Wrap each stage's `pipe` so it adds the seconds it spends on whole batches to `spent`.

    The upstream generator is drained into a batch before the clock starts, so a stage is
    never charged for the parse (or the stages) before it.
    """
    for name in names:
        stage = nlp.get_pipe(name)
        stage.pipe = _timed_pipe(stage.pipe, name, spent)


def _timed_pipe(original: Callable, name: str, spent: dict[str, float]) -> Callable:
    def pipe(docs: Iterable, *, batch_size: int = 128, **kwargs) -> Iterator:
        for batch in _batches(docs, batch_size):
            started = time.perf_counter()
            done = list(original(batch, batch_size=batch_size, **kwargs))
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started
            yield from done

    return pipe


def make_docs(nlp, articles: list[dict]) -> list:
    docs = []
    for article in articles:
        doc = nlp.make_doc(article["text"])
        doc._.ni_published = article.get("published")
        doc._.ni_doc_id = article.get("id")
        docs.append(doc)
    return docs


def run_bare(nlp, articles: list[dict], stages: list[str], batch_size: int) -> float:
    docs = make_docs(nlp, articles)
    with nlp.select_pipes(disable=stages):
        started = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=batch_size):
            pass
        return time.perf_counter() - started


def run_full(nlp, articles: list[dict], spent: dict[str, float], batch_size: int) -> float:
    docs = make_docs(nlp, articles)
    spent.clear()
    started = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def measure(nlp, articles, stages, *, rounds: int, batch_size: int) -> Timings:
    spent: dict[str, float] = {}
    time_stage_pipes(nlp, stages, spent)
    run_full(nlp, articles[:WARMUP_ARTICLES], spent, batch_size)
    timings = Timings()
    for round_index in range(rounds):
        # alternate the order so a load change during the run does not favour one side
        order = ("bare", "full") if round_index % 2 == 0 else ("full", "bare")
        for which in order:
            if which == "bare":
                timings.keep("parse", run_bare(nlp, articles, stages, batch_size))
                continue
            full_seconds = run_full(nlp, articles, spent, batch_size)
            timings.keep("full", full_seconds)
            for name in stages:
                timings.keep(name, spent.get(name, 0.0))
            timings.keep("parse_in_full", full_seconds - sum(spent.values()))
    return timings


def summarise(timings: Timings, stages: list[str], *, articles: int, words: int, tokens: int) -> dict:
    best = timings.best
    parse, full = best["parse"], best["full"]
    stage_rows = []
    for name in stages:
        share = best[name] / parse if parse else 0.0
        target = STAGE_TARGETS.get(name)
        stage_rows.append({
            "stage": name,
            "seconds": round(best[name], 3),
            "share_of_parse": round(share, 4),
            "target": target,
            "meets_target": None if target is None else share <= target,
        })
    ratio = (words / full) / (words / parse) if full and parse else 0.0
    return {
        "articles": articles,
        "words": words,
        "tokens": tokens,
        "bare": _rates(parse, articles=articles, words=words),
        "full": _rates(full, articles=articles, words=words),
        "parse_seconds_inside_full_run": round(best["parse_in_full"], 3),
        "full_over_bare_throughput": round(ratio, 4),
        "full_throughput_target": FULL_THROUGHPUT_TARGET,
        "stages_share_of_parse": round(sum(best[n] for n in stages) / parse, 4) if parse else 0.0,
        "stages": stage_rows,
    }


def _rates(seconds: float, *, articles: int, words: int) -> dict:
    return {
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds, 1) if seconds else 0.0,
        "articles_per_s": round(articles / seconds, 3) if seconds else 0.0,
    }


def print_table(result: dict) -> None:
    print(f"{result['articles']} articles, {result['words']:,} words ({result['tokens']:,} tokens), "
          f"model {result['model']}, {result['rounds']} round(s), batch {result['batch_size']}")
    print(f"{'':28}{'seconds':>9}{'words/s':>10}{'articles/s':>12}")
    for key, label in (("bare", "bare spaCy parse"), ("full", "full newsintel pipeline")):
        row = result[key]
        print(f"{label:28}{row['seconds']:>9.2f}{row['words_per_s']:>10,.0f}{row['articles_per_s']:>12.2f}")
    ratio = result["full_over_bare_throughput"]
    verdict = "ok" if ratio >= FULL_THROUGHPUT_TARGET else "MISSES"
    print(f"full/bare throughput {ratio:.2f} (target >= {FULL_THROUGHPUT_TARGET}: {verdict}); "
          f"parse inside the full run {result['parse_seconds_inside_full_run']:.2f} s")
    print()
    print(f"{'stage':28}{'seconds':>9}{'% of parse':>12}{'target':>9}  verdict")
    for row in result["stages"]:
        target = f"<= {row['target']:.0%}" if row["target"] is not None else "-"
        verdict = {True: "ok", False: "MISSES", None: ""}[row["meets_target"]]
        print(f"{row['stage']:28}{row['seconds']:>9.2f}{row['share_of_parse']:>12.1%}{target:>9}  {verdict}")
    print(f"{'all stages':28}{'':>9}{result['stages_share_of_parse']:>12.1%}")
    print()
    print(NOISE_NOTE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to run (default 300)")
    parser.add_argument("--model", default=None, help="spaCy model name or path")
    parser.add_argument("--rounds", type=int, default=1, help="repeat and keep the minimum")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="JSONL of articles")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    if not args.articles.exists():
        print(f"skipped: {args.articles} is absent")
        return 0

    from newsintel.nlp.load import model_label
    from newsintel.nlp.pipeline import STAGES, PipelineOptions, build_pipeline

    articles = read_articles(args.articles, args.limit)
    started = time.perf_counter()
    nlp = build_pipeline(PipelineOptions(model=args.model))
    load_seconds = time.perf_counter() - started
    stages = [name for name in nlp.pipe_names if name in STAGES]
    words = sum(len(a["text"].split()) for a in articles)
    tokens = sum(len(nlp.make_doc(a["text"])) for a in articles)

    timings = measure(nlp, articles, stages, rounds=max(1, args.rounds), batch_size=args.batch_size)
    result = summarise(timings, stages, articles=len(articles), words=words, tokens=tokens)
    result.update({
        "model": model_label(nlp),
        "rounds": max(1, args.rounds),
        "batch_size": args.batch_size,
        "pipeline_load_seconds": round(load_seconds, 2),
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "note": NOISE_NOTE,
    })
    print_table(result)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
