"""Precision and recall of actor links on hand-labelled real articles.

    PYTHONPATH=src python benchmarks/actor_link_precision.py [--labels tests/data/actor_link_labels.jsonl]

The labels (`tests/data/actor_link_labels.jsonl`) point at spans of ../shared/eval/news/
articles.jsonl by article id and character offsets; each gives the dictionary actor the span
refers to, or null when no dictionary actor is meant. They hold no article text. The articles
are linked with the actors stage (published date as given), and every link to a dictionary
actor (not `local:`) is compared with the label of the same span:

- precision: links whose actor is the labelled one, over links of labelled spans;
- recall: labelled spans with an actor that some link of the same actor overlaps, over all
  labelled spans with an actor. The labelled spans are the links of the versions that were
  judged, so recall counts what earlier versions found, not what nobody found.

Links on spans nobody labelled are counted and listed, so the labels can be extended. Skips
(exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared",
)
ARTICLES = SHARED / "eval" / "news" / "articles.jsonl"
LABELS = REPO / "tests" / "data" / "actor_link_labels.jsonl"


def read_labels(path: Path) -> dict[str, dict[tuple[int, int], str | None]]:
    labels: dict[str, dict[tuple[int, int], str | None]] = defaultdict(dict)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                labels[row["id"]][(row["start"], row["end"])] = row["actor"]
    return labels


def predicted_links(ids: set[str]) -> dict[str, list[tuple[int, int, str]]]:
    from newsintel.nlp.pipeline import PipelineOptions, annotate
    from newsintel.records import Document

    with ARTICLES.open(encoding="utf-8") as handle:
        articles = [a for a in map(json.loads, handle) if a["id"] in ids]
    documents = (
        Document(id=a["id"], text=a["text"], title=a.get("title"), published=a.get("published")) for a in articles
    )
    links: dict[str, list[tuple[int, int, str]]] = {}
    for document, doc in annotate(documents, options=PipelineOptions(stages=("newsintel_actors",))):
        links[document.id] = [
            (m["start"], m["end"], actor["id"])
            for actor in doc._.ni_actors
            if not actor.get("local")
            for m in actor["mentions"]
        ]
    return links


def score(labels, links) -> dict:
    correct = judged = unjudged = found = gold_total = 0
    unlabelled = []
    for article, spans in labels.items():
        predicted = links.get(article, [])
        for start, end, actor in predicted:
            if (start, end) not in spans:
                unjudged += 1
                unlabelled.append((article, start, end, actor))
                continue
            judged += 1
            correct += spans[(start, end)] == actor
        for (start, end), actor in spans.items():
            if actor is None:
                continue
            gold_total += 1
            found += any(a == actor and s < end and start < e for s, e, a in predicted)
    return {
        "articles": len(labels),
        "links_judged": judged,
        "precision": round(correct / judged, 3) if judged else 0.0,
        "recall": round(found / gold_total, 3) if gold_total else 0.0,
        "labelled_actor_spans": gold_total,
        "links_on_unlabelled_spans": unjudged,
        "unlabelled": unlabelled[:20],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args()
    if not ARTICLES.is_file():
        print(f"skipped: {ARTICLES} is absent")
        return
    labels = read_labels(args.labels)
    result = score(labels, predicted_links(set(labels)))
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
