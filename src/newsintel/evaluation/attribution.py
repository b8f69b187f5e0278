"""Evaluate the attribution stage on a PolNeAR-format gold file (see ../shared/eval/quotes).

`predict_file` runs the pipeline over every article of the gold file and writes one line per
article, `{"id", "attributions": [{"content", "source", "cue"}]}`, with character offsets into
the gold text; `score_file` runs the scorer that sits beside the gold file on the result.
A failure on one article is logged and gives that article no attributions: a run never stops.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsintel.errors import InputError, NewsintelError
from newsintel.evaluation.gold import read_jsonl

logger = logging.getLogger(__name__)

SCORER_NAME = "score.py"
EVAL_STAGES = ("newsintel_actors", "newsintel_attribution")


@dataclass(slots=True)
class PredictionRun:
    articles: int
    attributions: int
    failures: int


def read_gold(path: Path) -> Iterator[dict]:
    """The articles of a gold JSONL file; a bad line raises InputError naming it."""
    for number, article in read_jsonl(path, required=("id", "text")):
        if not isinstance(article["text"], str):
            raise InputError(f"line {number}: an article's 'text' must be a string", path=str(path))
        yield article


def eval_pipeline(model: str | None = None):
    """The spaCy pipeline with the stages attribution needs: actors (speakers' actors, outlets)
    and attribution. Both are required: a score without the actors stage is not the published one."""
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline

    return build_pipeline(PipelineOptions(model=model, stages=EVAL_STAGES))


def prediction_of(attributions: list[dict], *, continuations: str = "keep") -> list[dict]:
    """Attribution records → scorer lines; an outlet's relay of the same words is not doubled.

    `continuations` says what becomes of cue-less quotes that continue an earlier speaker:
    "keep" them as attributions, "merge" them into the content of the one they continue,
    or "drop" them.
    """
    if continuations != "keep":
        attributions = [dict(a, content=list(a["content"])) for a in attributions]
        by_id = {a["id"]: a for a in attributions}
        for item in attributions:
            if item.get("continues") and continuations == "merge":
                by_id[item["continues"]]["content"].extend(item["content"])
        attributions = [a for a in attributions if not a.get("continues")]
    # PolNeAR gives one source per content, the outermost: "X confirmed Y, according to a
    # statement" is the statement's, so there the relay is scored and the report inside it is not
    outermost = {a["id"] for a in attributions if a.get("channel") and a.get("rule") == "according_to"}
    attributions = [
        dict(a, channel=False) if a["id"] in outermost else a for a in attributions if a.get("via") not in outermost
    ]
    relayed = {a["id"] for a in attributions if not a.get("channel")}
    # the relaying outlet of "X told the Post" and the cited source of "a report citing
    # officials" are left out of the scored lines
    attributions = [a for a in attributions if not a.get("channel") and a.get("via") not in relayed]
    lines = []
    seen_contents: set[tuple] = set()
    ordered = sorted(
        attributions, key=lambda a: (a.get("channel", False) and a.get("cue") is None, a.get("via") is not None)
    )
    for item in ordered:
        content = tuple((c["start"], c["end"]) for c in item["content"])
        if content in seen_contents:
            continue
        seen_contents.add(content)
        speaker = item.get("speaker") or {}
        span = speaker.get("span")
        cue = item.get("cue")
        lines.append(
            {
                "content": list(content[0]) if len(content) == 1 else [list(c) for c in content],
                "source": [span["start"], span["end"]] if span else None,
                "cue": [cue["start"], cue["end"]] if cue else None,
                "rule": item.get("rule"),
            }
        )
    return sorted(lines, key=lambda line: _first_offset(line["content"]))


def _first_offset(content: list) -> int:
    return content[0] if isinstance(content[0], int) else content[0][0]


def predict_file(gold: Path, out: Path, *, model: str | None = None, batch_size: int = 16) -> PredictionRun:
    nlp = eval_pipeline(model)
    articles = list(read_gold(gold))
    run = PredictionRun(articles=len(articles), attributions=0, failures=0)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for article in articles:
            try:
                doc = nlp(article["text"])
                predicted = prediction_of(doc._.ni_attributions or [])
            except Exception:  # one bad article must not stop the evaluation (logged with its traceback)
                logger.warning("article %s failed; scored as empty", article["id"])
                logger.debug("failure details", exc_info=True)
                predicted = []
                run.failures += 1
            run.attributions += len(predicted)
            handle.write(json.dumps({"id": article["id"], "attributions": predicted}) + "\n")
    return run


def score_file(gold: Path, pred: Path, *, as_json: bool = False) -> str:
    """The summary printed by the scorer found beside the gold file."""
    scorer = gold.resolve().parent / SCORER_NAME
    if not scorer.is_file():
        raise NewsintelError(f"no {SCORER_NAME} beside the gold file; cannot score", path=str(gold))
    command = [sys.executable, SCORER_NAME, str(gold.resolve()), str(pred.resolve())]
    if as_json:
        command.append("--json")
    result = subprocess.run(command, cwd=scorer.parent, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise NewsintelError(f"the scorer failed: {result.stderr.strip()[-500:]}", path=str(scorer))
    return result.stdout
