"""Real articles nobody tuned the pipeline to: no stage may fail on them.

A regression guard for stage crashes found by running the whole news corpus (e.g. an
attribution whose content was trimmed to nothing raised in the attribution stage).
"""

import json

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.model, pytest.mark.shared, pytest.mark.slow]

# Articles that once crashed a stage, and every 100th article for breadth.
ONCE_CRASHED = {"fnc1:276"}


def sample():
    path = shared_path("eval", "news", "articles.jsonl")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            article = json.loads(line)
            if article["id"] in ONCE_CRASHED or number % 100 == 0:
                yield article


def test_no_stage_fails_on_sampled_real_articles(nlp):
    from newsintel.analysis import analyze_many
    from newsintel.errors import NewsintelError
    from newsintel.records import Document
    from newsintel.schema import validate_report

    documents = [Document(id=a["id"], text=a["text"], published=a.get("published")) for a in sample()]
    results = list(analyze_many(documents))
    failures = [str(r) for r in results if isinstance(r, NewsintelError)]
    assert not failures
    for report in results:
        validate_report(report.to_dict())
    assert len(results) == len(documents) >= 27
