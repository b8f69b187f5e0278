"""Readers: HTML, JSON lines, JSON, CSV/TSV, folders and gzip, on files written here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsintel.errors import InputError
from newsintel.ingest.formats import estimate_count, normalize_date
from newsintel.ingest.read import ReadOptions, document_id, read
from newsintel.records import Document


def _read(*paths, **options) -> list[Document | InputError]:
    return list(read([str(p) for p in paths], ReadOptions(**options)))


def _jsonl(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_jsonl_uses_record_fields_and_ids(tmp_path):
    path = _jsonl(
        tmp_path / "a.jsonl",
        {
            "id": "r1",
            "text": "Rebels shelled the port.",
            "title": "Port",
            "published": "2022-03-04T10:00:00Z",
            "url": "https://example.org/1",
            "publisher": "Example",
        },
        {"text": "No id here."},
    )
    first, second = _read(path, default_date="2020-01-01")
    assert first == Document(
        id="r1",
        text="Rebels shelled the port.",
        title="Port",
        published="2022-03-04",
        url="https://example.org/1",
        publisher="Example",
        source=f"{path}:1",
    )
    assert second.id == document_id("No id here.")
    assert second.published == "2020-01-01"  # the --date default
    assert second.source == f"{path}:2"


def test_jsonl_bad_lines_are_errors_with_line_numbers_and_the_rest_is_read(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(
        b'{"text": "One."}\n'
        b"\n"
        b"{not json}\n"
        b'{"body": "wrong field"}\n'
        b'{"text": "   "}\n'
        b'["a list"]\n'
        b'{"text": "caf\xe9"}\n'
        b'{"text": "Last."}\n'
    )
    results = _read(path)
    assert [r.text for r in results if isinstance(r, Document)] == ["One.", "Last."]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.path for e in errors] == [f"{path}:{n}" for n in (3, 4, 5, 6, 7)]
    assert "not valid JSON" in errors[0].message
    assert errors[1].message == "no 'text' field (fields: body); choose one with --text-field"
    assert "empty" in errors[2].message
    assert "expected an object" in errors[3].message
    assert "not valid UTF-8" in errors[4].message


def test_jsonl_custom_fields_and_id_field_off(tmp_path):
    path = _jsonl(tmp_path / "c.jsonl", {"id": "x", "body": "Troops left.", "headline": "H", "day": "2021-08-31"})
    (doc,) = _read(path, text_field="body", title_field="headline", date_field="day", id_field="")
    assert (doc.id, doc.title, doc.published) == (document_id("Troops left."), "H", "2021-08-31")


def test_csv_and_tsv_with_quoted_newlines_and_bad_rows(tmp_path):
    csv_path = tmp_path / "d.csv"
    csv_path.write_text(
        "body,headline,date,link\n"
        '"First, with a comma.",A,"Tue, 10 Jun 2003 04:00:00 GMT",http://a\n'
        '"Second\nover two lines.",B,,\n'
        "Third.,C,2003-06-12,http://c,EXTRA\n"
        "Fourth.,D,2003-06-13,\n",
        encoding="utf-8",
    )
    results = _read(csv_path, text_field="body", title_field="headline", date_field="date", url_field="link")
    docs = [r for r in results if isinstance(r, Document)]
    assert [(d.text, d.title, d.published, d.url, d.source) for d in docs] == [
        ("First, with a comma.", "A", "2003-06-10", "http://a", f"{csv_path}:2"),
        ("Second\nover two lines.", "B", None, None, f"{csv_path}:3"),
        ("Fourth.", "D", "2003-06-13", None, f"{csv_path}:6"),
    ]
    (error,) = [r for r in results if isinstance(r, InputError)]
    assert error.path == f"{csv_path}:5"
    assert "5 cells but the header has 4" in error.message

    tsv_path = tmp_path / "e.tsv"
    tsv_path.write_text("text\ttitle\nTab separated.\tT\n", encoding="utf-8")
    (doc,) = _read(tsv_path)
    assert (doc.text, doc.title) == ("Tab separated.", "T")


def test_csv_without_the_text_column_is_one_error(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("body\nx\n", encoding="utf-8")
    (error,) = _read(path)
    assert isinstance(error, InputError)
    assert error.message == "no 'text' column (columns: body); choose one with --text-field"


def test_json_file_with_a_list_of_records(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps([{"text": "A."}, {"nope": 1}, {"text": "B.", "id": 7}]), encoding="utf-8")
    first, error, third = _read(path)
    assert first.text == "A." and third.id == "7"
    assert isinstance(error, InputError) and error.path == f"{path}:2"


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Site | Convoy crosses border</title>"
        '<meta property="og:title" content="Convoy crosses border">'
        '<meta property="og:url" content="https://news.example.org/convoy">'
        '<meta property="article:published_time" content="2021-08-20T08:00:00Z">'
        '<meta property="og:site_name" content="Example News">'
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<article><h1>Convoy crosses border</h1>"
        "<p>A convoy of aid trucks crossed the northern border on Friday after a week of talks "
        "between the two governments, officials said.</p>"
        "<p>The trucks carried food and medicine for about ten thousand people in the valley.</p>"
        "</article><footer>Copyright Example News</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = _read(path, default_date="2000-01-01")
    assert doc.title == "Convoy crosses border"
    assert doc.published == "2021-08-20"
    assert doc.url == "https://news.example.org/convoy"
    assert doc.publisher == "Example News"
    assert "A convoy of aid trucks crossed the northern border on Friday" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.id == document_id(doc.text)


def test_html_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>Only a title</title></head><body><script>var a = 1;</script></body></html>",
        encoding="utf-8",
    )
    (error,) = _read(path)
    assert isinstance(error, InputError) and error.message == "no main text found in the HTML page"


def test_gzip_of_each_format(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as file:
        file.write('{"text": "Zipped line."}\n')
    with gzip.open(tmp_path / "b.txt.gz", "wt", encoding="utf-8") as file:
        file.write("Zipped title\nZipped body.\n")
    with gzip.open(tmp_path / "c.csv.gz", "wt", encoding="utf-8") as file:
        file.write("text\nZipped cell.\n")
    (tmp_path / "d.jsonl.gz").write_bytes(b"not gzip at all")
    results = _read(tmp_path / "a.jsonl.gz", tmp_path / "b.txt.gz", tmp_path / "c.csv.gz", tmp_path / "d.jsonl.gz")
    assert [r.text for r in results[:3]] == ["Zipped line.", "Zipped title\nZipped body.\n", "Zipped cell."]
    assert results[1].title == "Zipped title"
    assert isinstance(results[3], InputError) and "corrupt" in results[3].message


def test_directory_recursive_sorted_glob_hidden_and_unknown_types(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text("Bee.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / ".hidden" / "c.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    _jsonl(tmp_path / "sub" / "d.jsonl", {"text": "Dee."})
    results = _read(tmp_path)
    assert [r.text if isinstance(r, Document) else type(r).__name__ for r in results] == [
        "Bee.",
        "InputError",
        "Ay.",
        "Dee.",
    ]
    assert "unsupported file type '.png'" in results[1].message
    assert [r.text for r in _read(tmp_path, glob="*.txt")] == ["Bee.", "Ay."]
    (error,) = _read(tmp_path, glob="*.xml")
    assert error.message == "no files match '*.xml' in this folder"


def test_normalize_date_formats():
    assert normalize_date("2021-08-15") == "2021-08-15"
    assert normalize_date("2021-08-15T23:10:00+04:30") == "2021-08-15"
    assert normalize_date("Sun, 15 Aug 2021 10:00:00 GMT") == "2021-08-15"
    assert normalize_date(1629021600) == "2021-08-15"
    assert normalize_date(1629021600000) == "2021-08-15"
    assert normalize_date("") is None and normalize_date(None) is None


def test_estimate_count(tmp_path):
    _jsonl(tmp_path / "a.jsonl", {"text": "1"}, {"text": "2"}, {"text": "3"})
    (tmp_path / "b.csv").write_text("text\nx\ny\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("z", encoding="utf-8")
    assert estimate_count([tmp_path], ReadOptions()) == 6
