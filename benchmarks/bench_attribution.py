"""Throughput of the attribution stage against the bare spaCy parse.

    PYTHONPATH=src python benchmarks/bench_attribution.py [TEXTS.jsonl|TEXT.txt] [--repeat N]

Texts: a JSONL file with a "text" field per line (e.g. ../shared/eval/quotes/polnear_dev.jsonl,
the default when present) or a plain text file. Prints words per second for the bare model and
for the model plus `newsintel_attribution`, and the stage's share of the time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"


def read_texts(path: Path) -> list[str]:
    if path.suffix == ".jsonl":
        return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [path.read_text(encoding="utf-8")]


def timed(nlp, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each configuration; the best counts")
    args = parser.parse_args()
    from newsintel.nlp.attribution import component  # noqa: F401  (registers the factory)
    from newsintel.nlp.load import load_fresh_model

    texts = read_texts(args.texts)
    words = sum(len(t.split()) for t in texts)
    bare = load_fresh_model()
    full = load_fresh_model()
    full.add_pipe("newsintel_attribution")
    timed(full, texts[:3])  # warm up lexicons and matchers
    bare_time = min(timed(bare, texts) for _ in range(args.repeat))
    full_time = min(timed(full, texts) for _ in range(args.repeat))
    stage = full.get_pipe("newsintel_attribution")
    with full.select_pipes(disable=["newsintel_attribution"]):
        docs = list(full.pipe(texts, batch_size=16))
    start = time.perf_counter()
    for doc in docs:
        stage(doc)
    stage_time = time.perf_counter() - start
    print(f"texts: {len(texts)}, words: {words}")
    print(f"bare parse:            {bare_time:7.2f} s  {words / bare_time:8.0f} words/s")
    print(f"parse + attribution:   {full_time:7.2f} s  {words / full_time:8.0f} words/s")
    print(f"attribution alone:     {stage_time:7.2f} s  ({100 * stage_time / bare_time:.1f}% of the parse)")


if __name__ == "__main__":
    main()
