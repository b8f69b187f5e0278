"""What each newsintel stage adds to the bare spaCy parse, measured in one process and run.

    PYTHONPATH=src python benchmarks/bench_stages.py [--limit 300] [--model NAME] [--rounds 1] [--first]

Runs N articles of ../shared/eval/news/articles.jsonl (a fixed-seed random sample; --first:
the first N) (a) through the bare spaCy model (`nlp.pipe` with every newsintel stage disabled)
and (b) through the full pipeline of `newsintel.nlp.pipeline.build_pipeline()`, timing each
newsintel stage separately: each stage's `pipe` is wrapped so that it is timed on whole
batches of already-parsed Docs, never counting the upstream parse. Prints words/s and
articles/s for (a) and (b) and, per stage, its seconds and its share of the bare parse time,
against the targets (each stage <= 10% of the parse, attribution <= 15%, full pipeline >= 0.75
of the parse throughput). Writes the same numbers to benchmarks/results/stages.json. Skips
(exit 0) when the articles are absent.

On a shared machine absolute numbers are noisy; the ratios measured in the same run are what
count. `--rounds N` repeats (a) and (b) in alternating order and reports medians; stage shares are
also given against the parse measured inside the same full pass (immune to load changes
between passes).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from statistics import median

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
class Round:
    """One bare pass and one full pass, run one right after the other."""

    parse: float  # the bare parse
    full: float  # the full pipeline
    stages: dict[str, float] = field(default_factory=dict)  # inside the full pass

    @property
    def parse_in_full(self) -> float:
        return self.full - sum(self.stages.values())


def read_articles(path: Path, limit: int, *, seed: int | None) -> list[dict]:
    """`limit` articles with text: a fixed-seed random sample, or the first ones (seed None).

    The file is ordered by source, so its first articles are not representative (their
    length differs, and some stages' cost grows faster than the length of the article).
    """
    with path.open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    items = [i for i in items if isinstance(i.get("text"), str) and i["text"].strip()]
    if seed is not None:
        random.Random(seed).shuffle(items)
    return items[:limit]


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


def measure(nlp, articles, stages, *, rounds: int, batch_size: int) -> list[Round]:
    spent: dict[str, float] = {}
    time_stage_pipes(nlp, stages, spent)
    run_bare(nlp, articles[:WARMUP_ARTICLES], stages, batch_size)
    run_full(nlp, articles[:WARMUP_ARTICLES], spent, batch_size)
    results = []
    for round_index in range(rounds):
        # alternate the order so a load change during the run does not favour one side
        if round_index % 2 == 0:
            parse = run_bare(nlp, articles, stages, batch_size)
            full = run_full(nlp, articles, spent, batch_size)
        else:
            full = run_full(nlp, articles, spent, batch_size)
            parse = run_bare(nlp, articles, stages, batch_size)
        results.append(Round(parse, full, {name: spent.get(name, 0.0) for name in stages}))
    return results


def summarise(rounds: list[Round], stages: list[str], *, articles: int, words: int, tokens: int) -> dict:
    """Medians over rounds. A stage's share is given against the bare parse (the target's
    definition) and against the parse measured inside the same full pass, which no change of
    the machine's load between passes can skew; the two agree on a quiet machine."""
    parse = median(r.parse for r in rounds)
    full = median(r.full for r in rounds)
    stage_rows = []
    for name in stages:
        seconds = median(r.stages[name] for r in rounds)
        share = median(r.stages[name] / r.parse for r in rounds)
        target = STAGE_TARGETS.get(name)
        stage_rows.append(
            {
                "stage": name,
                "seconds": round(seconds, 3),
                "share_of_parse": round(share, 4),
                "share_of_parse_same_pass": round(median(r.stages[name] / r.parse_in_full for r in rounds), 4),
                "target": target,
                "meets_target": None if target is None else share <= target,
            }
        )
    return {
        "articles": articles,
        "words": words,
        "tokens": tokens,
        "bare": _rates(parse, articles=articles, words=words),
        "full": _rates(full, articles=articles, words=words),
        "parse_seconds_inside_full_run": round(median(r.parse_in_full for r in rounds), 3),
        "full_over_bare_throughput": round(median(r.parse / r.full for r in rounds), 4),
        "full_over_bare_throughput_same_pass": round(median(r.parse_in_full / r.full for r in rounds), 4),
        "full_throughput_target": FULL_THROUGHPUT_TARGET,
        "stages_share_of_parse": round(median(sum(r.stages.values()) / r.parse for r in rounds), 4),
        "stages_share_of_parse_same_pass": round(median(sum(r.stages.values()) / r.parse_in_full for r in rounds), 4),
        "rounds_seconds": [
            {
                "parse": round(r.parse, 3),
                "full": round(r.full, 3),
                "stages": {k: round(v, 3) for k, v in r.stages.items()},
            }
            for r in rounds
        ],
        "stages": stage_rows,
    }


def _rates(seconds: float, *, articles: int, words: int) -> dict:
    return {
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds, 1) if seconds else 0.0,
        "articles_per_s": round(articles / seconds, 3) if seconds else 0.0,
    }


def print_table(result: dict) -> None:
    print(
        f"{result['articles']} articles ({result['sample']}), {result['words']:,} words "
        f"({result['tokens']:,} tokens), model {result['model']}, {result['rounds']} round(s), "
        f"batch {result['batch_size']}"
    )
    print(f"{'':28}{'seconds':>9}{'words/s':>10}{'articles/s':>12}")
    for key, label in (("bare", "bare spaCy parse"), ("full", "full newsintel pipeline")):
        row = result[key]
        print(f"{label:28}{row['seconds']:>9.2f}{row['words_per_s']:>10,.0f}{row['articles_per_s']:>12.2f}")
    ratio = result["full_over_bare_throughput"]
    verdict = "ok" if ratio >= FULL_THROUGHPUT_TARGET else "MISSES"
    print(
        f"full/bare throughput {ratio:.2f} (target >= {FULL_THROUGHPUT_TARGET}: {verdict}); "
        f"same pass {result['full_over_bare_throughput_same_pass']:.2f} "
        f"(parse inside the full run {result['parse_seconds_inside_full_run']:.2f} s)"
    )
    print()
    print(f"{'stage':28}{'seconds':>9}{'% of bare parse':>17}{'% same pass':>13}{'target':>9}  verdict")
    for row in result["stages"]:
        target = f"<= {row['target']:.0%}" if row["target"] is not None else "-"
        verdict = {True: "ok", False: "MISSES", None: ""}[row["meets_target"]]
        print(
            f"{row['stage']:28}{row['seconds']:>9.2f}{row['share_of_parse']:>17.1%}"
            f"{row['share_of_parse_same_pass']:>13.1%}{target:>9}  {verdict}"
        )
    print(
        f"{'all stages':28}{'':>9}{result['stages_share_of_parse']:>17.1%}"
        f"{result['stages_share_of_parse_same_pass']:>13.1%}"
    )
    print()
    print(NOISE_NOTE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to run (default 300)")
    parser.add_argument("--model", default=None, help="spaCy model name or path")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random sample")
    parser.add_argument("--first", action="store_true", help="the first N articles, not a sample")
    parser.add_argument("--rounds", type=int, default=1, help="repeat, alternating, and report medians")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="JSONL of articles")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    if not args.articles.exists():
        print(f"skipped: {args.articles} is absent")
        return 0

    from newsintel.nlp.load import model_label
    from newsintel.nlp.pipeline import STAGES, PipelineOptions, build_pipeline

    seed = None if args.first else args.seed
    articles = read_articles(args.articles, args.limit, seed=seed)
    started = time.perf_counter()
    nlp = build_pipeline(PipelineOptions(model=args.model))
    load_seconds = time.perf_counter() - started
    stages = [name for name in nlp.pipe_names if name in STAGES]
    words = sum(len(a["text"].split()) for a in articles)
    tokens = sum(len(nlp.make_doc(a["text"])) for a in articles)

    rounds = measure(nlp, articles, stages, rounds=max(1, args.rounds), batch_size=args.batch_size)
    result = summarise(rounds, stages, articles=len(articles), words=words, tokens=tokens)
    result.update(
        {
            "model": model_label(nlp),
            "sample": "first" if seed is None else f"random, seed {seed}",
            "rounds": max(1, args.rounds),
            "batch_size": args.batch_size,
            "pipeline_load_seconds": round(load_seconds, 2),
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "note": NOISE_NOTE,
        }
    )
    print_table(result)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
