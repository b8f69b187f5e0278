"""A malformed data file is one DictionaryError naming the file, whatever goes wrong."""

from __future__ import annotations

import pytest

from newsintel.datafiles import reading_yaml
from newsintel.errors import DictionaryError


def test_the_parsed_file_is_given_to_the_block():
    with reading_yaml("newsintel.data", "quantities.yaml", what="the quantity lexicon") as data:
        assert data["units"]["seven"] == 7


def test_a_missing_key_names_the_file_and_what_it_holds():
    with (
        pytest.raises(DictionaryError) as caught,
        reading_yaml("newsintel.data", "quantities.yaml", what="the quantity lexicon") as data,
    ):
        data["no_such_list"]
    assert caught.value.path == "newsintel.data/quantities.yaml"
    assert str(caught.value).startswith("newsintel.data/quantities.yaml: cannot read the quantity lexicon: ")


def test_a_missing_file_is_the_same_error():
    with (
        pytest.raises(DictionaryError) as caught,
        reading_yaml("newsintel.data", "absent.yaml", what="the absent list"),
    ):
        pass
    assert caught.value.path == "newsintel.data/absent.yaml"
    assert caught.value.code == "E400"
