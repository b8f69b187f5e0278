"""Case 1: long documents. A 1-5 MB document killed `ingest` (the model refuses over 1,000,000
characters and the Doc was made outside the per-document error handling); with --workers 2 or
Dask nothing was stored; `analyze good.txt big.txt` printed nothing for good.txt."""

from __future__ import annotations

import json

import pytest
from faults import clean_run, error_rows, newsintel, per_document, write_corpus

from newsintel.nlp.sections import section_bounds
from newsintel.records import Document


def test_1a_sections_cut_after_paragraphs_then_sentences_then_spaces():
    text = "Aaaa bbbb.\n\nCccc dddd. Eeee ffff gggg"
    assert section_bounds(text, limit=100) == [(0, len(text))]
    assert section_bounds(text, limit=24) == [(0, 12), (12, 23), (23, 37)]  # paragraph, sentence, rest
    assert section_bounds("aaaa bbbb cccc dddd", limit=8) == [(0, 5), (5, 10), (10, 15), (15, 19)]
    assert section_bounds("x" * 20, limit=8) == [(0, 8), (8, 16), (16, 20)]  # no place to cut: exactly
    for limit in (7, 13, 50):
        bounds = section_bounds(text * 9, limit=limit)
        assert "".join((text * 9)[a:b] for a, b in bounds) == text * 9
        assert all(0 < b - a <= limit for a, b in bounds)


@pytest.fixture
def small_model_limits(nlp, monkeypatch):
    """The real pipeline with the limits scaled down 10,000-fold: the model refuses texts over
    100 characters (spaCy's own max_length check), and documents over 80 go in sections."""
    import newsintel.nlp.pipeline as pipeline

    nlp = pipeline.build_pipeline(pipeline.PipelineOptions())  # the one analyze_many uses
    monkeypatch.setattr(nlp, "max_length", 100)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 80)
    return nlp


LONG = ("The army said rebels attacked a convoy near Gao on Monday. " * 2 + "\n\n") * 4


@pytest.mark.model
def test_1b_a_document_over_the_models_limit_is_analysed_in_sections_with_offsets_intact(small_model_limits):
    from newsintel.analysis import analyze_many

    good = Document(id="good", text="Officials said the talks went well.", source="good.txt")
    big = Document(id="big", text=LONG, source="big.txt")
    reports = list(analyze_many([good, big]))
    assert [type(r).__name__ for r in reports] == ["Report", "Report"]  # good.txt is not lost
    report = reports[1]
    assert report.document.text == LONG and len(LONG) > 100
    spans = [m for a in report.actors for m in a.mentions] + [e.trigger for e in report.events]
    spans += [s for a in report.attributions for s in a.content]
    assert spans and all(LONG[s.start : s.end] == s.text for s in spans)
    assert {e.trigger.start for e in report.events if e.cameo} >= {LONG.index("attacked")}
    assert len([e for e in report.events if e.trigger.text == "attacked"]) == 8  # one per sentence, all sections


@pytest.mark.model
def test_1c_a_document_the_model_refuses_is_a_recorded_error_and_the_batch_goes_on(small_model_limits, monkeypatch):
    import newsintel.nlp.pipeline as pipeline
    from newsintel.analysis import analyze_many

    monkeypatch.setattr(pipeline, "SECTION_CHARS", 1000)  # now the model itself sees 300 characters
    good = Document(id="good", text="Officials said the talks went well.", source="good.txt")
    big = Document(id="big", text="word " * 60, source="big.txt")
    results = list(analyze_many([big, good]))
    assert str(results[0]).startswith("big.txt: stage 'tokenizer' failed: ValueError: [E088]")
    assert type(results[1]).__name__ == "Report"


@pytest.mark.model
def test_1d_analyze_good_and_big_prints_good(small_model_limits, tmp_path):
    from typer.testing import CliRunner

    from newsintel.cli import _register_commands, app

    _register_commands()
    (tmp_path / "good.txt").write_text("Officials said the talks went well.", encoding="utf-8")
    (tmp_path / "big.txt").write_text(LONG, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["analyze", str(tmp_path / "good.txt"), str(tmp_path / "big.txt"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["document"]["text"] for r in reports] == ["Officials said the talks went well.", LONG]


@pytest.mark.parametrize("executor", [("--workers", "2"), ("--dask", "local:1")], ids=["workers", "dask"])
def test_1e_an_extractor_that_raises_loses_only_its_document(tmp_path, executor):
    if executor[0] == "--dask":
        pytest.importorskip("distributed")
    corpus = write_corpus(tmp_path / "c.jsonl", 12, extra=['{"id": "bad", "text": "Rebels RAISE-HERE now."}'])
    expected = clean_run(write_corpus(tmp_path / "clean.jsonl", 12), tmp_path)
    db = tmp_path / "run.db"
    done = newsintel(
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--quiet",
        "--stages",
        "none",
        "--batch-size",
        "4",
        *executor,
        cwd=tmp_path,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert per_document(db) == expected  # every other document, with everything in it
    assert error_rows(db) == [(f"{corpus}:13", "stage 'extractor' failed: RuntimeError: the model fell over")]


@pytest.mark.model
def test_1f_a_very_long_document_goes_in_chapters_merged_with_offsets_and_ids_intact(nlp, monkeypatch):
    import newsintel.nlp.pipeline as pipeline

    monkeypatch.setattr(pipeline, "CHAPTER_CHARS", 400)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 150)
    paragraph = (
        'The army said rebels attacked a convoy near Gao on Monday. "We will respond," the minister '
        "told Reuters. Officials in Bamako denied the report.\n\n"
    )
    text = paragraph * 6
    (report,) = list(pipeline.extract([Document(id="x", text=text, published="2023-05-04")]))
    (alone,) = list(pipeline.extract([Document(id="p", text=paragraph, published="2023-05-04")]))
    data = report.to_dict()
    spans = []

    def walk(value):
        if isinstance(value, dict):
            if set(value) == {"start", "end", "text"}:
                spans.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({key: value for key, value in data.items() if key != "document"})
    assert spans and all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    for key in ("attributions", "events", "claims"):  # every paragraph found as when alone, ids unique
        assert len(data[key]) == 6 * len(getattr(alone, key)) > 0
        assert len({item["id"] for item in data[key]}) == len(data[key])
    ids = {a["id"] for a in data["attributions"]}
    assert all(e["attribution"] in ids for e in data["events"] if e["attribution"])
    assert {a["id"]: len(a["mentions"]) for a in data["actors"]} == {a.id: 6 * len(a.mentions) for a in alone.actors}
    # one place however many chapters name it (was p1 and p4), every event's place still there
    assert {p["name"]: len(p["mentions"]) for p in data["places"]} == {
        p.name: 6 * len(p.mentions) for p in alone.places
    }
    assert len(data["places"]) == len(alone.places) > 0
    assert {e["place"] for e in data["events"]} - {None} <= {p["id"] for p in data["places"]}
