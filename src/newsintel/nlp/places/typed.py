"""Place names written with their type noun ("Kandi district", "Gaya town", "Sud
department") and names the NER cut short before the rest of them ("Chaharmahal" of
"Chaharmahal and Bakhtiari province"): the noun says what to look up, and what kind of place
the name is (the mention's hint)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsintel.nlp.places.gazetteer import ADMIN1, ADMIN2, Gazetteer, normalise
from newsintel.nlp.places.mentions import Mention, hint_of, make_mention, not_places, type_nouns

MAX_NGRAM = 5
_mention = make_mention

_hint_of = hint_of


def type_hint(doc: Doc, mention: Mention) -> str | None:
    """ "Ghazni city", "Kandi district", "the town of X", "the province of Y"."""
    if mention.end < len(doc):
        hint = _hint_of(doc[mention.end].lower_)
        if hint:
            return hint
    if mention.start >= 2 and doc[mention.start - 1].lower_ == "of":
        return _hint_of(doc[mention.start - 2].lower_)
    return None


NAME_ENTITIES = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
TYPED_BLOCKING = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})
MAX_TYPED_NAME = 3


def _type_noun_positions(doc: Doc) -> list[int]:
    """Indices (> 0) of the type nouns of the text, found on the array of lower-case forms
    (a Python string per token would cost more than the scan)."""
    from spacy.attrs import LOWER

    divisions, settlements = type_nouns()
    wanted = {doc.vocab.strings.add(word) for word in divisions | settlements}
    return [i for i, lower in enumerate(doc.to_array([LOWER]).tolist()) if i > 0 and lower in wanted]


def typed_scan(doc: Doc, gaz: Gazetteer, taken: list[bool]):
    """Names the NER missed or mislabelled that a type noun follows ("Gaya town",
    "Kandi district", "El Carmen municipality"): any town or division of that name."""
    for i in _type_noun_positions(doc):
        token = doc[i]
        for n in range(min(MAX_TYPED_NAME, i), 0, -1):
            span = doc[i - n : i]
            if any(taken[span.start : span.end]) or any(t.ent_type_ in TYPED_BLOCKING for t in span):
                continue
            if not all(t.text[:1].isupper() or t.lower_ in ("al", "el", "de", "-") for t in span):
                continue
            if not span[0].text[:1].isupper() or span[0].is_stop:
                continue
            compass = span.text in not_places()
            # "Sud department" names a division; a compass word with a town noun, or inside a longer
            # name ("Central District Court"), none
            if compass and (_hint_of(token.lower_) != "division" or _name_goes_on(doc, i + 1)):
                continue
            if token.ent_type_ in NAME_ENTITIES or (span.text.isupper() and len(span.text) <= 3):
                break  # "the Highways Agency", "GOP state": a name or an acronym, not a typed place
            whole = doc[span.start : i + 1]
            candidates = gaz.candidates(whole.text)  # "Oklahoma City", "Khyber Agency": the whole is the name
            if candidates and not any(taken[whole.start : whole.end]):
                span = whole
            else:
                candidates = gaz.candidates(span.text)
            if compass:
                candidates = one_country_division(gaz, candidates, normalise(span.text))
            if candidates:
                mention = _mention(span, candidates, "typed")
                mention.hint = _hint_of(token.lower_)
                yield mention
                break


def _name_goes_on(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text[:1].isupper()


def one_country_division(gaz: Gazetteer, candidates: tuple[int, ...], key: str) -> tuple[int, ...]:
    """The divisions of one country whose own name is a compass word ("Sud department"):
    "the Western region" of many countries says nothing on its own."""
    own = tuple(c for c in candidates if gaz.feature[c] in (ADMIN1, ADMIN2) and normalise(gaz.name[c]) == key)
    return own if len({gaz.country[c] for c in own}) == 1 else ()


def typed_mention(span: Span, gaz: Gazetteer) -> Mention | None:
    """A name and its type noun taken together by the NER ("Kandi district", "Ghazni city"):
    looked up without the noun, which becomes the mention's hint."""
    if len(span) < 2:
        return None
    hint = _hint_of(span[-1].lower_)
    if hint is None:
        return None
    candidates = gaz.candidates(span[:-1].text)
    if not candidates:
        return None
    mention = _mention(span, candidates, "ner")
    mention.hint = hint
    return mention


NAME_JOINERS = frozenset({"and", "-", "de", "del", "la", "el", "al"})


def continued_name(span: Span, gaz: Gazetteer) -> Mention | None:
    """A place the NER cut short ("Chaharmahal" of "Chaharmahal and Bakhtiari province"): the
    longest name the gazetteer knows that goes on over capitalised words and joiners, best
    when a type noun closes it."""
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and end - span.start < MAX_NGRAM
        and (doc[end].text[:1].isupper() or doc[end].lower_ in NAME_JOINERS)
    ):
        end += 1
    for stop in range(end, span.end, -1):
        if not doc[stop - 1].text[:1].isupper():
            continue
        whole = doc[span.start : stop]
        candidates = gaz.candidates(whole.text)
        if candidates:
            mention = _mention(whole, candidates, "ner")
            mention.hint = _hint_of(doc[stop].lower_) if stop < len(doc) else None
            return mention
    return None
