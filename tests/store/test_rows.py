"""Rows and JSON of a report as the store writes them: the same content however they are made
(item by item, in slices), so that a document of millions of characters fits in memory."""

from __future__ import annotations

import json
import sqlite3

from test_store import full_report

import newsintel.store.core as core
from newsintel.records import Claim, Span
from newsintel.store import open_store
from newsintel.store.rows import item_rows, iter_item_rows, report_json


def _with_accents(report):
    report.document.title = "Attaque à Kaboul — «checkpoint»"
    report.claims.append(Claim(id="c9", text="Le ministère a démenti", speaker="afg-moi"))
    return report


def test_report_json_is_the_report_without_its_text_in_ascii():
    report = _with_accents(full_report())
    written = report_json(report)
    expected = report.to_dict()
    del expected["document"]["text"]
    assert written.isascii()
    assert json.loads(written) == expected
    assert list(json.loads(written)) == list(expected)  # keys in the contract's order
    assert json.dumps(json.loads(written), ensure_ascii=False).count("démenti") == 1


def test_item_rows_one_by_one_are_the_item_rows():
    report = full_report()
    assert {name: list(rows) for name, rows in iter_item_rows(report)} == item_rows(report)
    assert [len(item_rows(report)[name]) for name in ("actors", "mentions", "events", "claims")] == [3, 3, 2, 2]


def test_a_report_with_more_rows_than_a_slice_is_stored_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(core, "FLUSH_ROWS", 2)
    report = full_report()
    text = report.document.text
    report.claims = [Claim(id=f"c{i}", text="x", span=Span.of(text, i, i + 1)) for i in range(1, 8)]
    store = open_store(tmp_path / "s.db")
    assert store.save([report, full_report("doc-2")]).documents_added == 2
    store.close()
    with sqlite3.connect(tmp_path / "s.db") as conn:
        claims = conn.execute("SELECT document_id, claim_id FROM claims ORDER BY document_id, claim_id").fetchall()
        mentions = conn.execute("SELECT document_id, count(*) FROM mentions GROUP BY document_id").fetchall()
    assert claims == [("doc-1", f"c{i}") for i in range(1, 8)] + [("doc-2", "c1"), ("doc-2", "c2")]
    assert mentions == [("doc-1", 3), ("doc-2", 3)]
