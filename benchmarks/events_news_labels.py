"""Event precision with every slot right on 40 hand-labelled sentences of real news.

The labels (`benchmarks/data/events_news_labels.jsonl`) point at sentences of
`../shared/eval/news/articles.jsonl` by article id and character offsets; the news text stays
in ../shared. Each label lists the events a coder would code in that sentence: PLOVER category,
source and target as the words naming them (null: none named), and mode. The whole article is
run through the pipeline (so pronouns and "the group" can be resolved); the events whose trigger
lies inside the labelled sentence are compared.

A predicted event (with a PLOVER category) is right with every slot when a labelled event of its
sentence has the same category and mode, and its source and target words match the predicted
actor's name or mention (or target text), case-insensitive, one containing the other; null
matches null only. Printed: precision with every slot right, precision of the category alone,
recall of the labelled events, and the wrong events by class.

    PYTHONPATH=src python benchmarks/events_news_labels.py [--show]
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()), REPO.parent / "shared"
)
LABELS = REPO / "benchmarks" / "data" / "events_news_labels.jsonl"


def _same(gold: str | None, names: list[str]) -> bool:
    if gold is None:
        return not names
    gold = gold.lower()
    return any(name and (gold in name.lower() or name.lower() in gold) for name in names)


def _names(event: dict, role: str, actors: dict[str, dict]) -> list[str]:
    actor = event.get(role)
    if actor is None:
        text = event.get("target_text") if role == "target" else None
        return [text] if text else []
    found = actors.get(actor, {})
    names = [found.get("name") or "", *(m.get("text", "") for m in found.get("mentions", []))]
    if role == "source" and event.get("source_text"):
        names.append(event["source_text"])
    return [n for n in names if n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every predicted event and its verdict")
    args = parser.parse_args()
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline

    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {label["article"] for label in labels}
    articles = {}
    with (SHARED / "eval" / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                articles[record["id"]] = record
    nlp = build_pipeline(PipelineOptions())
    docs = {}
    predicted = right = category_right = gold_total = found = 0
    wrong = collections.Counter()
    for label in labels:
        article = articles[label["article"]]
        if article["id"] not in docs:
            doc = nlp.make_doc(article["text"])
            doc._.ni_published = article.get("published")
            docs[article["id"]] = nlp(doc)
        doc = docs[article["id"]]
        actors = {a["id"]: a for a in doc._.ni_actors or []}
        events = [
            e
            for e in doc._.ni_events or []
            if e.get("plover") and label["start"] <= e["trigger"]["start"] < label["end"]
        ]
        gold = label["events"]
        gold_total += len(gold)
        matched = set()
        for event in events:
            predicted += 1
            category_right += any(g["plover"] == event["plover"] for g in gold)
            hit = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if g["plover"] == event["plover"]
                    and g["mode"] == event["mode"]
                    and _same(g["source"], _names(event, "source", actors))
                    and _same(g["target"], _names(event, "target", actors))
                ),
                None,
            )
            right += hit is not None
            if hit is not None:
                matched.add(hit)
            else:
                wrong[label["class"]] += 1
            if args.show:
                verdict = "RIGHT" if hit is not None else "wrong"
                print(
                    f"{verdict} {label['class']:<28} {event['trigger']['text']!r} {event['plover']} {event['mode']} "
                    f"src={_names(event, 'source', actors)[:1]} tgt={_names(event, 'target', actors)[:1]}"
                )
        found += len(matched)
    print(f"predicted events in the labelled sentences: {predicted}")
    share = 100 * right / max(predicted, 1)
    print(f"precision, every slot right (category, source, target, mode): {right}/{predicted} = {share:.1f}%")
    print(f"precision, category alone: {category_right}/{predicted} = {100 * category_right / max(predicted, 1):.1f}%")
    share = 100 * found / max(gold_total, 1)
    print(f"labelled events matched with every slot right (recall): {found}/{gold_total} = {share:.1f}%")
    print("wrong events by class: " + ", ".join(f"{c} {n}" for c, n in wrong.most_common()))


if __name__ == "__main__":
    main()
