import pytest

from newsintel.errors import InputError
from newsintel.ingest.read import ReadOptions, document_id, read, read_text_document


def test_same_text_gets_the_same_id():
    assert document_id("Kabul, Tuesday.") == document_id("Kabul, Tuesday.")
    assert document_id("Kabul, Tuesday.") != document_id("Kabul, Wednesday.")


def test_text_file_becomes_a_document_with_title_and_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Clashes in Kandahar\n\nFighting resumed on Monday.\n", encoding="utf-8")
    document = read_text_document(path, published="2023-01-02")
    assert document.title == "Clashes in Kandahar"
    assert document.published == "2023-01-02"
    assert document.source == str(path)
    assert document.text.startswith("Clashes in Kandahar")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"   \n\t\n", "file is empty"),
        (b"\x00\x01\x02binary", "looks binary"),
        ("Kaboul, mardi".encode("latin-1") + b"\xe9t\xe9", "not valid UTF-8"),
    ],
)
def test_bad_files_raise_input_errors_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_text_document(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_and_oversized_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text_document(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    big.write_text("word " * 300, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read_text_document(big, max_bytes=1000)


def test_read_yields_errors_in_place_and_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Troops withdrew from the town.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    results = list(read([empty, tmp_path / "nope.txt", good], ReadOptions(default_date="2024-05-01")))
    assert [type(r).__name__ for r in results] == ["InputError", "InputError", "Document"]
    assert results[2].published == "2024-05-01"
