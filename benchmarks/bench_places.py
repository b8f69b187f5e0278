"""Benchmark the actors, places and dates stages: gazetteer load time and memory, added time per document.

usage: python benchmarks/bench_places.py [TEXTS.jsonl] [--limit N] [--repeat R]

TEXTS.jsonl is any JSON-lines file with a "text" field (default: ../shared/eval/geo/
trnews.jsonl beside the checkout). Prints the gazetteer's cold load time (from its disk cache,
in a fresh process) and the memory it adds, the spaCy parse time, and the time the actors,
places and dates stages add (issue 17's target: actors + places <= 12% of the parse).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = REPO.parent / "shared" / "eval" / "geo" / "trnews.jsonl"
STAGES = ("newsintel_actors", "newsintel_places", "newsintel_dates")


def cold_load() -> tuple[float, float]:
    """(seconds, MB of peak memory added) to load the cached gazetteer in a new interpreter."""
    code = (
        "import resource, time; from newsintel.nlp.places import gazetteer;"
        "m = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; t = time.perf_counter();"
        "gazetteer.load_gazetteer();"
        "print(time.perf_counter() - t, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - m) / 1024)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)  # builds the cache if absent
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds, megabytes = out.stdout.split()
    return float(seconds), float(megabytes)


def stage_times(texts: list[str], repeat: int) -> dict[str, float]:
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline

    nlp = build_pipeline(PipelineOptions(stages=STAGES))
    docs = [nlp.make_doc(text) for text in texts]
    components = dict(nlp.pipeline)
    spacy_names = [name for name, _ in nlp.pipeline if not name.startswith("newsintel_")]
    totals: dict[str, list[float]] = {"spacy": [], **{name: [] for name in STAGES}}
    for _ in range(repeat):
        spent = dict.fromkeys(totals, 0.0)
        for doc in docs:
            doc = nlp.make_doc(doc.text)
            doc._.ni_published = "2023-04-27"
            start = time.perf_counter()
            for name in spacy_names:
                doc = components[name](doc)
            spent["spacy"] += time.perf_counter() - start
            for name in STAGES:
                start = time.perf_counter()
                doc = components[name](doc)
                spent[name] += time.perf_counter() - start
        for key, value in spent.items():
            totals[key].append(value)
    return {key: statistics.median(values) for key, values in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", default=str(DEFAULT_TEXTS))
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = Path(args.texts)
    if not path.is_file():
        sys.exit(f"no such file: {path} (pass a JSON-lines file with a 'text' field)")
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()][: args.limit]
    words = sum(len(text.split()) for text in texts)
    load, megabytes = cold_load()
    times = stage_times(texts, args.repeat)
    spacy_time = times["spacy"]
    print(f"gazetteer cold load (disk cache): {load:.3f} s, +{megabytes:.0f} MB peak memory")
    print(f"documents: {len(texts)}, words: {words}")
    print(f"spaCy parse: {spacy_time:.3f} s ({words / spacy_time:.0f} words/s)")
    for name in STAGES:
        print(f"{name}: {times[name]:.3f} s (+{100 * times[name] / spacy_time:.1f}% of the parse)")
    both = times["newsintel_actors"] + times["newsintel_places"]
    print(f"actors + places: +{100 * both / spacy_time:.1f}% of the parse (target <= 12%)")


if __name__ == "__main__":
    main()
