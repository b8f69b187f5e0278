"""Peak memory and time of `newsintel ingest` on one long document, against its length.

    python benchmarks/bench_long_documents.py                       # 10k, 100k, 1M, 5M characters
    python benchmarks/bench_long_documents.py --lengths 10000 1000000

Each length runs in a fresh process: `newsintel ingest doc.txt --db tmp.db --quiet` (one worker,
the full pipeline, the store write included), and its peak resident memory is read from
getrusage of that process alone. The text is news paragraphs: ../shared's real articles joined
end to end when they are there (read at run time, never copied into the repository), else
generated sentences. Target (issue 19): peak under 1.2 GB at every length.
Writes benchmarks/results/long_documents.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED_ARTICLES = REPO.parent / "shared" / "eval" / "news" / "articles.jsonl"
RESULTS = HERE / "results"
LENGTHS = (10_000, 100_000, 1_000_000, 5_000_000)
TARGET_MB = 1200


def paragraphs() -> tuple[list[str], str]:
    if SHARED_ARTICLES.exists():
        with open(SHARED_ARTICLES, encoding="utf-8") as file:
            texts = [json.loads(line).get("text", "") for line in file if line.strip()]
        found = [p.strip() for text in texts for p in text.split("\n") if len(p.strip()) > 40]
        if found:
            return found, str(SHARED_ARTICLES)
    return _generated(), "generated"


def _generated() -> list[str]:
    rng = random.Random(19)
    who = [
        "The army",
        "Police in the capital",
        "A rebel group",
        "The interior ministry",
        "Local officials",
        "The United Nations",
        "Witnesses",
        "A government spokesman",
        "The opposition party",
    ]
    did = [
        "said that gunmen attacked a checkpoint near the border",
        "reported that two soldiers were killed",
        "denied any role in the bombing of the market",
        "announced talks with the armed group next week",
        "accused the militia of shelling the town",
        "arrested four suspects after the raid",
    ]
    when = ["on Tuesday", "last month", "early on Sunday", "in March 2023", "overnight"]
    return [
        " ".join(f"{rng.choice(who)} {rng.choice(did)} {rng.choice(when)}." for _ in range(rng.randint(2, 5)))
        for _ in range(4000)
    ]


def long_text(length: int, source: list[str]) -> str:
    parts, size, index = [], 0, 0
    while size < length:
        paragraph = source[index % len(source)]
        parts.append(paragraph)
        size += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)[:length]


_CHILD = """
import resource, subprocess, sys, json
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"returncode": code.returncode, "peak_kb": peak, "stderr": code.stderr[-500:]}))
"""


def measure(length: int, source: list[str], folder: Path) -> dict:
    text_path = folder / f"doc-{length}.txt"
    text_path.write_text(long_text(length, source), encoding="utf-8")
    db = folder / f"bench-{length}.db"
    command = [
        sys.executable,
        "-c",
        "from newsintel.cli import main; main()",
        "ingest",
        str(text_path),
        "--db",
        str(db),
        "--quiet",
    ]
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", _CHILD, *command], capture_output=True, text=True, check=True)
    seconds = time.monotonic() - started
    result = json.loads(out.stdout)
    counts = _counts(db)
    return {
        "characters": length,
        "peak_mb": round(result["peak_kb"] / 1024),
        "seconds": round(seconds, 1),
        "returncode": result["returncode"],
        "stderr": result["stderr"].strip(),
        **counts,
    }


def _counts(db: Path) -> dict:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "errors", "events", "attributions", "claims")
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lengths", type=int, nargs="+", default=list(LENGTHS))
    args = parser.parse_args()
    source, origin = paragraphs()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for length in args.lengths:
            load = os.getloadavg()
            row = measure(length, source, Path(tmp))
            row["load_before"] = [round(x, 2) for x in load]
            rows.append(row)
            print(json.dumps(row), flush=True)
    RESULTS.mkdir(exist_ok=True)
    summary = {
        "text": origin,
        "target_mb": TARGET_MB,
        "rows": rows,
        "peak_under_target": all(r["peak_mb"] < TARGET_MB for r in rows),
        "self_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    (RESULTS / "long_documents.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
