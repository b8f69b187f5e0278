"""`newsintel eval attribution`: prediction lines in the scorer's format, scoring, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsintel.errors import InputError
from newsintel.evaluation.attribution import prediction_of, read_gold


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def test_prediction_lines_leave_out_relays():
    text = "An aide told the Post that “the deal is dead,” he said."
    records = [
        {
            "id": "a1",
            "channel": True,
            "via": None,
            "content": [span(text, "that “the deal is dead,”")],
            "speaker": {"span": span(text, "the Post")},
            "cue": None,
        },
        {
            "id": "a2",
            "channel": False,
            "via": "a1",
            "content": [span(text, "that “the deal is dead,”")],
            "speaker": {"span": span(text, "An aide")},
            "cue": span(text, "told"),
            "rule": "verb_cue:c",
        },
    ]
    (line,) = prediction_of(records)
    assert line["content"] == [text.index("that"), text.index(",” he") + 2]
    assert line["source"] == [0, 7]
    assert line["cue"] == [8, 12]


def test_discontinuous_content_is_a_list_of_pairs():
    records = [
        {
            "id": "a1",
            "channel": False,
            "via": None,
            "content": [{"start": 0, "end": 4}, {"start": 10, "end": 14}],
            "speaker": {"span": None},
            "cue": None,
        }
    ]
    assert prediction_of(records) == [{"content": [[0, 4], [10, 14]], "source": None, "cue": None, "rule": None}]


def test_bad_gold_line_is_reported(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "text": "fine"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError) as error:
        list(read_gold(gold))
    assert "line 2" in str(error.value) and "gold.jsonl" in str(error.value)


def test_missing_gold_file(tmp_path: Path):
    with pytest.raises(InputError):
        list(read_gold(tmp_path / "absent.jsonl"))


@pytest.mark.model
def test_predict_and_score_a_small_gold_file(tmp_path: Path):
    """A gold file with its own scorer beside it: predictions are written and scored."""
    from newsintel.evaluation.attribution import predict_file, score_file

    text = "“The bridge is gone,” the mayor said. Officials said the road was closed."
    gold = tmp_path / "gold.jsonl"
    quote = text.index("“The bridge is gone,”")
    gold.write_text(
        json.dumps(
            {
                "id": "d1",
                "text": text,
                "attributions": [
                    {"content": [quote, quote + 21], "source": [22, 31], "cue": [32, 36], "quote_type": "direct"}
                ],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "score.py").write_text(
        "import json, sys\n"
        "pred = [json.loads(l) for l in open(sys.argv[2])]\n"
        "print('articles', len(pred), 'attributions', sum(len(p['attributions']) for p in pred))\n",
        encoding="utf-8",
    )
    out = tmp_path / "pred.jsonl"
    run = predict_file(gold, out)
    assert (run.articles, run.attributions, run.failures) == (1, 2, 0)
    (line,) = [json.loads(text) for text in out.read_text(encoding="utf-8").splitlines()]
    assert line["id"] == "d1"
    assert line["attributions"][0]["content"] == [quote, quote + 21]
    assert line["attributions"][0]["source"] == [22, 31]
    assert score_file(gold, out) == "articles 1 attributions 2\n"


def test_continuations_can_be_merged_or_dropped():
    first = {
        "id": "a1",
        "channel": False,
        "via": None,
        "content": [{"start": 0, "end": 5}],
        "speaker": {"span": {"start": 6, "end": 8}},
        "cue": {"start": 9, "end": 13},
    }
    later = {
        "id": "a2",
        "channel": False,
        "via": None,
        "continues": "a1",
        "content": [{"start": 20, "end": 30}],
        "speaker": {"span": {"start": 6, "end": 8}},
        "cue": None,
    }
    assert [line["content"] for line in prediction_of([first, later])] == [[0, 5], [20, 30]]
    assert [line["content"] for line in prediction_of([first, later], continuations="merge")] == [[[0, 5], [20, 30]]]
    assert [line["content"] for line in prediction_of([first, later], continuations="drop")] == [[0, 5]]
    assert first["content"] == [{"start": 0, "end": 5}]  # the records themselves are left alone
