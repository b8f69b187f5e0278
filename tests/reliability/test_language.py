"""Case 5: French, Arabic, Russian and Spanish articles gave exit code 0, no warning, and
nonsense ("dans" as an actor); every non-Latin name became the one actor id `local:x`."""

from __future__ import annotations

import json
import sqlite3

import pytest
from faults import error_rows, newsintel, per_document, write_corpus

from newsintel.ingest.language import check_language, detect_language, model_language
from newsintel.nlp.actors.entries import slugify
from newsintel.records import Document

FRENCH = (
    "Au moins dix personnes ont été tuées mardi dans une attaque contre un marché de Gao, selon la police. "
    "Le gouvernement a annoncé une enquête sur les circonstances de cette attaque."
)
RUSSIAN = "В результате нападения на рынок погибли по меньшей мере десять человек, сообщила полиция."
ENGLISH_SHORT = "Rebels met envoys."


def test_5a_languages_are_detected_and_short_english_is_never_skipped():
    assert detect_language(FRENCH).language == "fr"
    assert detect_language(RUSSIAN).language == "ru"
    assert detect_language(ENGLISH_SHORT) is None  # too short to judge: analysed as before
    assert check_language(Document(id="e", text=ENGLISH_SHORT)) is None
    assert str(check_language(Document(id="f", text=FRENCH, source="f.txt"))) == (
        "f.txt: written in French (fr), not English: not analysed; pass a model for it, "
        "e.g. --model fr_core_news_sm [E110]"
    )
    assert check_language(Document(id="f", text=FRENCH), expected="fr") is None  # --model fr_core_news_sm


def test_5b_model_language_from_the_name_or_the_meta(tmp_path):
    (tmp_path / "meta.json").write_text(json.dumps({"lang": "ar"}), encoding="utf-8")
    assert [
        model_language(m) for m in (None, "fr_core_news_sm", "en_core_web_trf", str(tmp_path), "xx_ent_wiki_sm")
    ] == ["en", "fr", "en", "ar", "xx"]


def test_5c_ingest_records_other_languages_as_skipped_and_says_so(tmp_path):
    extra = [json.dumps({"id": "fr-1", "text": FRENCH}), json.dumps({"id": "ru-1", "text": RUSSIAN})]
    corpus = write_corpus(tmp_path / "c.jsonl", 4, extra=extra)
    db = tmp_path / "c.db"
    done = newsintel("ingest", str(corpus), "--db", str(db), "--stages", "none", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 document(s) not in the model's language: recorded, not analysed" in " ".join(done.stderr.split())
    assert sorted(per_document(db)) == ["doc-000", "doc-001", "doc-002", "doc-003"]
    assert error_rows(db) == [
        (
            f"{corpus}:5",
            "written in French (fr), not English: not analysed; pass a model for it, e.g. --model fr_core_news_sm",
        ),
        (
            f"{corpus}:6",
            "written in Russian (ru), not English: not analysed; pass a model for it, e.g. --model ru_core_news_sm",
        ),
    ]


def test_5d_names_in_non_latin_scripts_get_distinct_ids():
    names = ["Владимир Иванов", "Сергей Петров", "محمد علي", "أحمد حسن", "李明"]
    assert [slugify(n) for n in names] == ["владимир-иванов", "сергей-петров", "محمد-علي", "أحمد-حسن", "李明"]
    assert slugify("Gaël Müller") == "gael-muller" and slugify("José") == "jose"  # Latin names as before


ENGLISH = (
    "At least ten people were killed on Tuesday in an attack on a market in Gao, the police said. "
    "The government announced an inquiry into the circumstances of the attack."
)


def test_5e_a_model_for_another_language_runs_only_the_name_stages_and_says_so(tmp_path):
    """`--model fr_core_news_sm`: French text is never run through the English rules (date
    expressions, attribution cues, verb patterns, claims); a blank French pipeline stands in for
    the French model, which is not installed for the tests."""
    import spacy

    from newsintel.analysis import analyze_many
    from newsintel.nlp.pipeline import PipelineOptions, build_pipeline

    spacy.blank("fr").to_disk(tmp_path / "fr_model")
    model = str(tmp_path / "fr_model")
    nlp = build_pipeline(PipelineOptions(model=model))
    assert [name for name in nlp.pipe_names if name.startswith("newsintel_")] == [
        "newsintel_actors",
        "newsintel_places",
    ]
    french = Document(id="f", text=FRENCH, source="f.txt")
    english = Document(id="e", text=ENGLISH, source="e.txt")
    report, skipped = list(analyze_many([french, english], model=model))
    assert (report.language, report.to_dict()["language"]) == ("fr", "fr")
    assert [(f.kind, f.message) for f in report.flags] == [
        (
            "language",
            "the model reads 'fr', not English: stages built for English not run "
            "(dates, attribution, events, event_records, claims)",
        )
    ]
    assert report.attributions == report.events == report.claims == report.dates == []
    assert str(skipped) == (
        "e.txt: written in English (en), not French: not analysed; analyse it without --model "
        "(the English default) [E110]"
    )


def test_5f_ingest_stores_each_documents_language_in_its_report(tmp_path):
    extra = [json.dumps({"id": "fr-1", "text": FRENCH}), json.dumps({"id": "en-1", "text": ENGLISH})]
    corpus = write_corpus(tmp_path / "c.jsonl", 1, extra=extra)
    db = tmp_path / "c.db"
    done = newsintel("ingest", str(corpus), "--db", str(db), "--quiet", "--model", "fr_core_news_sm", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        languages = {i: json.loads(r)["language"] for i, r in conn.execute("SELECT document_id, report FROM reports")}
    assert languages == {"doc-000": None, "fr-1": "fr"}  # the first too short to judge
    assert error_rows(db) == [
        (
            f"{corpus}:3",
            "written in English (en), not French: not analysed; analyse it without --model (the English default)",
        )
    ]


@pytest.mark.model
def test_5g_an_english_report_says_english_and_carries_no_language_flag(nlp):
    from newsintel.analysis import analyze

    report = analyze(ENGLISH)
    assert report.language == "en" and [f for f in report.flags if f.kind == "language"] == []
    assert analyze(ENGLISH_SHORT).language is None  # too short to judge
