"""Every `doc._` attribute newsintel uses, declared once, at import.

They hold plain data only (ids, strings, character offsets, lists and dicts of those), never
spaCy objects, so that Docs survive `DocBin` serialisation and `n_process > 1`. Each list
holds records in their JSON form (`records.to_plain`), with character offsets into doc.text.
"""

from __future__ import annotations

from spacy.tokens import Doc

# attribute name -> default factory; lists are created per Doc by the getters' owners.
DOC_ATTRIBUTES: dict[str, object] = {
    "ni_doc_id": None,  # str: Document.id
    "ni_published": None,  # str: ISO publication date, the anchor of time-aware stages
    "ni_actors": None,  # list[dict]: records.Actor
    "ni_places": None,  # list[dict]: records.Place
    "ni_metonyms": None,  # list[dict]: {start, end, text, actor}: places that stand for actors
    "ni_toponyms": None,  # list[dict]: every geographic name with coordinates, metonyms and
    # demonyms included: {start, end, text, role, place, name, kind, country, lat, lon, ...}
    "ni_focus": None,  # dict: the country the article is about {country (alpha-3), name, lat, lon,
    # geonameid, strong, share}, from the places stage
    "ni_dates": None,  # list[dict]: records.DateMention
    "ni_attributions": None,  # list[dict]: records.Attribution
    "ni_events": None,  # list[dict]: records.Event
    "ni_claims": None,  # list[dict]: records.Claim
    "ni_claim_relations": None,  # list[dict]: records.ClaimRelation
    "ni_flags": None,  # list[dict]: records.Flag
}


def register_extensions() -> None:
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def get_list(doc: Doc, name: str) -> list:
    """The list stored under `doc._.<name>`, created empty on first use."""
    value = doc._.get(name)
    if value is None:
        value = []
        doc._.set(name, value)
    return value


register_extensions()
