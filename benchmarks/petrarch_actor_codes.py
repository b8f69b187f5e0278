"""Do the linked actors carry the actor codes that event coders expect?

    PYTHONPATH=src python benchmarks/petrarch_actor_codes.py [--limit N]

For every expected event of PETRARCH2's unit suite (../shared/eval/events/petrarch_unit.jsonl,
coded with its own validation dictionaries, loaded here with --actors/--agents in place of the
built-in ones) and of the real wire sentences (news_sentences.jsonl, with the built-in
dictionaries), counts how often the expected source and target codes are among the CAMEO
codes of the actors linked in the sentence. An upper bound for the event coder's actor part.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()), REPO.parent / "shared"
)
EVENTS = SHARED / "eval" / "events"


def pipeline(**config):
    import newsintel.nlp.actors.component  # noqa: F401
    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model()
    nlp.add_pipe("newsintel_actors", config=config)
    return nlp


def score(nlp, path: Path, limit: int | None) -> tuple[int, int, Counter]:
    found = total = 0
    missing: Counter = Counter()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            record = json.loads(line)
            doc = nlp.make_doc(record["text"])
            doc._.ni_published = record.get("date")
            codes = {a["cameo"] for a in nlp(doc)._.ni_actors if a["cameo"]}
            for event in record["events"]:
                for code in (event["source"], event["target"]):
                    if not code or code.startswith('"') or set(code) <= {"-"}:
                        continue
                    total += 1
                    if code in codes:
                        found += 1
                    else:
                        missing[code] += 1
    return found, total, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not EVENTS.exists():
        print(f"skipped: {EVENTS} is absent")
        return 0
    dictionaries = EVENTS / "dictionaries"
    runs = [
        (
            "petrarch_unit.jsonl (validation dictionaries)",
            EVENTS / "petrarch_unit.jsonl",
            {
                "actor_files": [str(dictionaries / "PETR.Validate.actors.txt")],
                "agent_files": [str(dictionaries / "PETR.Validate.agents.txt")],
                "use_builtin": False,
            },
        ),
        ("news_sentences.jsonl (built-in dictionaries)", EVENTS / "news_sentences.jsonl", {}),
    ]
    for label, path, config in runs:
        if not path.exists():
            continue
        found, total, missing = score(pipeline(**config), path, args.limit)
        print(f"{label}: {found}/{total} expected actor codes linked ({100 * found / max(total, 1):.1f}%)")
        print("  most often missing:", ", ".join(f"{code} x{n}" for code, n in missing.most_common(8)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
