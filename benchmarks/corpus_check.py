"""Run the full pipeline over a corpus and check every report against the contract's invariants.

    PYTHONPATH=src python benchmarks/corpus_check.py [--limit N] [--model NAME] [--out DIR]

Reads ../shared/eval/news/articles.jsonl (or --articles FILE) in a fixed shuffled order (so a
--limit run is a random sample), runs each article on its own through every pipeline
component, timing each, and records per article: the stage that raised (with the traceback),
schema violations (`newsintel.schema.validate_report`) and broken invariants:

- a span whose text is not `document.text[start:end]`, is out of range, or is empty;
- an actor or place without mentions; an attribution without content;
- references to ids that do not exist (speaker actor, event source/target/place/attribution,
  claim attribution, attribution `via`, claim relations);
- an event date that is not an ISO date; latitude/longitude out of range; a date period
  whose start is after its end.

Writes DIR (default: a folder in the system temp dir, never the repo: reports hold the
articles' text)/reports.jsonl (one newsintel/1 report a line), DIR/articles.jsonl (per article:
timings, error, problems) and prints a summary: errors by stage, problems by kind with an
example, each stage's time as a share of the parse by article length, and the slowest
articles. Skips (exit 0) when the articles are absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared",
)
ARTICLES = SHARED / "eval" / "news" / "articles.jsonl"
ISO_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")
LENGTH_BINS = ((0, 300), (300, 700), (700, 1500), (1500, 3000), (3000, 10**9))  # tokens


def shuffled_records(path: Path, limit: int | None, seed: int) -> list[tuple[int, dict]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    order = list(range(len(lines)))
    random.Random(seed).shuffle(order)
    picked = order[:limit] if limit else order
    return [(i + 1, json.loads(lines[i])) for i in picked if lines[i].strip()]


def run_one(nlp, stages: set[str], document, label: str) -> tuple[dict | None, dict]:
    """(report dict or None, per-article record with timings and the error if any)."""
    from newsintel.nlp.pipeline import _make_doc
    from newsintel.nlp.to_records import doc_to_report

    doc = _make_doc(nlp, document)
    times: dict[str, float] = {}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        try:
            doc = component(doc)
        except Exception as exc:  # noqa: BLE001  (recorded per article; the run goes on)
            times[name] = time.perf_counter() - started
            return None, {"tokens": len(doc), "times": times, "error": _error(name, exc)}
        times[name] = time.perf_counter() - started
    started = time.perf_counter()
    try:
        report = doc_to_report(doc, document, model=label).to_dict()
    except Exception as exc:  # noqa: BLE001
        return None, {"tokens": len(doc), "times": times, "error": _error("to_records", exc)}
    times["to_records"] = time.perf_counter() - started
    return report, {"tokens": len(doc), "times": times, "error": None}


def _error(stage: str, exc: Exception) -> dict:
    return {
        "stage": stage,
        "type": type(exc).__name__,
        "message": str(exc)[:500],
        "traceback": traceback.format_exc()[-3000:],
    }


def schema_problem(report: dict) -> str | None:
    from newsintel.schema import validate_report

    try:
        validate_report(report)
    except Exception as exc:  # noqa: BLE001  (jsonschema.ValidationError and friends)
        return str(exc).splitlines()[0][:300]
    return None


def report_problems(report: dict) -> Iterator[tuple[str, str]]:
    """(kind, detail) for every broken invariant of one report."""
    text = report["document"]["text"]
    ids = {
        kind: {item["id"] for item in report[kind]}
        for kind in ("actors", "places", "dates", "attributions", "events", "claims")
    }
    for where, span in _spans(report):
        yield from _span_problems(where, span, text)
    for actor in report["actors"]:
        if not actor["mentions"]:
            yield "actor_without_mentions", actor["id"]
    for place in report["places"]:
        if not place["mentions"]:
            yield "place_without_mentions", place["name"]
        if place["lat"] is not None and not -90 <= place["lat"] <= 90:
            yield "latitude_out_of_range", f"{place['name']} {place['lat']}"
        if place["lon"] is not None and not -180 <= place["lon"] <= 180:
            yield "longitude_out_of_range", f"{place['name']} {place['lon']}"
    for date in report["dates"]:
        if date.get("start") and date.get("end") and date["start"] > date["end"]:
            yield "date_start_after_end", f"{date['span']['text']!r} {date['start']}..{date['end']}"
    yield from _attribution_problems(report, ids)
    yield from _event_problems(report, ids)
    for claim in report["claims"]:
        if claim.get("attribution") and claim["attribution"] not in ids["attributions"]:
            yield "claim_attribution_missing", claim["attribution"]
    for relation in report["claim_relations"]:
        if relation["from"] not in ids["claims"] or relation["to"] not in ids["claims"]:
            yield "claim_relation_dangling", f"{relation['from']} -> {relation['to']}"


def _attribution_problems(report: dict, ids: dict[str, set]) -> Iterator[tuple[str, str]]:
    for attribution in report["attributions"]:
        if not any(c["text"].strip() for c in attribution["content"]):
            yield "attribution_without_content", attribution["id"]
        actor = attribution["speaker"].get("actor")
        if actor and actor not in ids["actors"]:
            yield "speaker_actor_missing", actor
        if attribution.get("via") and attribution["via"] not in ids["attributions"]:
            yield "attribution_via_missing", attribution["via"]


def _event_problems(report: dict, ids: dict[str, set]) -> Iterator[tuple[str, str]]:
    for event in report["events"]:
        for key, kind in (
            ("source", "actors"),
            ("target", "actors"),
            ("place", "places"),
            ("attribution", "attributions"),
        ):
            if event.get(key) and event[key] not in ids[kind]:
                yield f"event_{key}_missing", event[key]
        if event.get("date") and not ISO_DATE.match(event["date"]):
            yield "event_date_not_iso", f"{event['date']!r} on {event['trigger']['text']!r}"


def _spans(report: dict) -> Iterator[tuple[str, dict]]:
    for actor in report["actors"]:
        yield from (("actor.mention", m) for m in actor["mentions"])
    for place in report["places"]:
        yield from (("place.mention", m) for m in place["mentions"])
    for date in report["dates"]:
        yield "date.span", date["span"]
    for attribution in report["attributions"]:
        yield from (("attribution.content", c) for c in attribution["content"])
        yield "attribution.cue", attribution.get("cue")
        yield "speaker.span", attribution["speaker"].get("span")
    for event in report["events"]:
        yield "event.trigger", event["trigger"]
        yield "event.sentence", event.get("sentence")
    for claim in report["claims"]:
        yield "claim.span", claim.get("span")
    for flag in report["flags"]:
        yield "flag.span", flag.get("span")


def _span_problems(where: str, span: dict | None, text: str) -> Iterator[tuple[str, str]]:
    if span is None:
        return
    start, end = span["start"], span["end"]
    if not 0 <= start <= end <= len(text):
        yield f"{where}_out_of_range", f"{start}:{end} of {len(text)}"
    elif start == end:
        yield f"{where}_empty", f"{start}"
    elif text[start:end] != span["text"]:
        yield f"{where}_text_mismatch", f"{span['text'][:40]!r} != {text[start:end][:40]!r}"


def summarise(articles: list[dict], parse_names: set[str]) -> None:
    errors = Counter((a["error"]["stage"], a["error"]["type"]) for a in articles if a["error"])
    print(f"{len(articles)} articles, {sum(errors.values())} failed")
    for (stage, kind), count in errors.most_common():
        print(f"  {count:5d} {stage}: {kind}")
    schema = Counter(a["schema"] for a in articles if a.get("schema"))
    print(f"schema violations: {sum(schema.values())}")
    for message, count in schema.most_common(10):
        print(f"  {count:5d} {message}")
    problems: Counter = Counter()
    example: dict[str, str] = {}
    for article in articles:
        for kind, detail in article.get("problems", []):
            problems[kind] += 1
            example.setdefault(kind, f"line {article['line']}: {detail}")
    print(f"broken invariants: {sum(problems.values())}")
    for kind, count in problems.most_common():
        print(f"  {count:6d} {kind:36s} e.g. {example[kind]}")
    print_stage_shares(articles, parse_names)
    print("slowest articles (seconds per 1,000 tokens):")
    ranked = sorted(articles, key=lambda a: -sum(a["times"].values()) / max(1, a["tokens"]))
    for article in ranked[:10]:
        total = sum(article["times"].values())
        print(
            f"  line {article['line']:5d} {article['tokens']:6d} tokens {total:7.2f}s "
            f"{1000 * total / max(1, article['tokens']):6.2f} s/1k"
        )


def print_stage_shares(articles: list[dict], parse_names: set[str]) -> None:
    stages = list(dict.fromkeys(k for a in articles for k in a["times"] if k not in parse_names))
    print("stage time as a share of the parse, by article length (tokens):")
    print(f"  {'tokens':>14} {'n':>5} " + " ".join(f"{s.removeprefix('newsintel_')[:11]:>11}" for s in stages))
    for low, high in (*LENGTH_BINS, (0, 10**9)):
        chosen = [a for a in articles if low <= a["tokens"] < high]
        parse = sum(v for a in chosen for k, v in a["times"].items() if k in parse_names)
        if not chosen or not parse:
            continue
        shares = [sum(a["times"].get(s, 0.0) for a in chosen) / parse for s in stages]
        label = "all" if high == 10**9 and low == 0 else f"{low}-{high if high < 10**9 else ''}"
        print(f"  {label:>14} {len(chosen):5d} " + " ".join(f"{s:11.1%}" for s in shares))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--limit", type=int, default=None, help="a random sample of N articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default=None)
    # outside the repository: the reports hold the articles' text, which must not be committed
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "newsintel-corpus-check")
    args = parser.parse_args(argv)
    if not args.articles.exists():
        print(f"skipped: {args.articles} is absent")
        return 0

    from newsintel.errors import NewsintelError
    from newsintel.ingest.formats import record_document
    from newsintel.ingest.read import ReadOptions
    from newsintel.nlp.load import model_label
    from newsintel.nlp.pipeline import STAGES, PipelineOptions, build_pipeline

    nlp = build_pipeline(PipelineOptions(model=args.model))
    label, stages = model_label(nlp), set(STAGES)
    parse_names = {name for name in nlp.pipe_names if name not in stages}
    args.out.mkdir(parents=True, exist_ok=True)
    articles = []
    with (
        (args.out / "reports.jsonl").open("w", encoding="utf-8") as reports,
        (args.out / "articles.jsonl").open("w", encoding="utf-8") as log,
    ):
        for line, record in shuffled_records(args.articles, args.limit, args.seed):
            document = record_document(record, options=ReadOptions(), location=f"{args.articles}:{line}")
            if isinstance(document, NewsintelError):
                continue
            report, article = run_one(nlp, stages, document, label)
            article.update({"line": line, "id": document.id})
            if report is not None:
                article["schema"] = schema_problem(report)
                article["problems"] = list(report_problems(report))
                reports.write(json.dumps(report, ensure_ascii=False) + "\n")
            log.write(json.dumps(article, ensure_ascii=False) + "\n")
            articles.append(article)
    summarise(articles, parse_names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
