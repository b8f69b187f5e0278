"""The actor stage on the shared fixture article, with the built-in dictionaries."""

from __future__ import annotations

import pytest
from tests.conftest import shared_path

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def linked():
    text = shared_path("fixtures", "taliban_isis_k.txt").read_text(encoding="utf-8")
    import newsintel.nlp.actors.component  # noqa: F401
    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model()
    nlp.add_pipe("newsintel_actors")
    doc = nlp.make_doc(text)
    doc._.ni_published = "2023-04-27"
    doc = nlp(doc)
    return text, doc._.ni_actors, doc._.ni_metonyms, doc._.ni_flags


def owners(actors, surface: str) -> set[str]:
    """Ids of the actors with a mention reading `surface` (with or without "the")."""
    wanted = {surface.lower(), surface.lower().removeprefix("the ")}
    return {a["id"] for a in actors for m in a["mentions"] if m["text"].lower() in wanted}


def test_each_actor_is_one_actor_with_all_its_mentions(linked):
    _, actors, _, _ = linked
    groups = [
        ["Afghan Taliban", "the Taliban", "The Afghan government"],
        ["IS", "ISIS", "the Islamic State"],
        ["the US", "the United States"],  # as places and partners; acting, it is the government (below)
        ["the Washington Post", "the Post", "the newspaper"],
        ["Pentagon"],
        ["the White House"],
        ["the National Security Council"],
        ["the State Department"],
        ["the Biden administration"],
        ["Adrienne Watson"],
        ["Nathan Sales"],
        ["Suhail Shaheen"],
        ["Jack Teixeria"],
    ]
    for group in groups:
        found = [owners(actors, s) - {"usa-gov"} for s in group]
        assert all(found), (group, found)
        assert len(set().union(*found)) == 1, (group, found)
    assert "usa-gov" in owners(actors, "The United States")  # "The United States maintains ...": its government


def test_dictionary_ids(linked):
    _, actors, _, _ = linked
    assert owners(actors, "The Afghan government") == {"taliban"}
    assert owners(actors, "ISIS-K") == {"isis-k"}
    by_id = {a["id"]: a for a in actors}
    assert by_id["isis-k"]["parent"] == "islamic-state"
    assert owners(actors, "Jack Teixeria") == {"jack-teixeira"}
    for surface in ("Suhail Shaheen", "Nathan Sales", "Adrienne Watson", "the State Department", "Pentagon"):
        (actor_id,) = owners(actors, surface)
        assert not actor_id.startswith("local:"), surface


def test_urged_washington_is_the_us_government(linked):
    text, _, metonyms, _ = linked
    start = text.index("urged Washington") + len("urged ")
    assert {"start": start, "end": start + 10, "text": "Washington", "actor": "usa-gov"} in metonyms


def test_misspelt_name_is_flagged(linked):
    _, _, _, flags = linked
    variants = [f for f in flags if f["kind"] == "name_variant"]
    assert [f["span"]["text"] for f in variants] == ["Jack Teixeria"]
