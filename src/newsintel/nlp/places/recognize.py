"""Find place names in a parsed Doc: the NER's places, names inside organisation names,
demonyms, and gazetteer names the NER missed.

The gazetteer alone matches only prominent places (continents, regions, countries,
first-level divisions, counties, capitals and towns of 100,000+), written capitalised,
outside people's names and other non-place entities: town names are too often ordinary
words or surnames for anything looser.
"""

from __future__ import annotations

import importlib.resources

from spacy.tokens import Doc, Span, Token

from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.places.chains import chain_mentions
from newsintel.nlp.places.cued import cued_mentions
from newsintel.nlp.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    ADMIN2_COUNTRIES,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    LANDMARK,
    REGION,
    Gazetteer,
    normalise,
    skeleton,
)
from newsintel.nlp.places.mentions import (
    Mention,
    currency_nouns,
    make_mention,
    not_places,
    person_cues,
    place_cues,
    type_nouns,
)
from newsintel.nlp.places.spelling import SAME_NAME_LIKENESS, close_respellings, likeness
from newsintel.nlp.places.typed import continued_name, type_hint, typed_mention, typed_scan

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities whose tokens are never scanned for places: a place name in them is part of a
# person's name, a date, a quantity, a title.
BLOCKING_LABELS = frozenset(
    {
        "PERSON",
        "DATE",
        "TIME",
        "MONEY",
        "QUANTITY",
        "PERCENT",
        "CARDINAL",
        "ORDINAL",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
        "EVENT",
        "PRODUCT",
    }
)
PROMINENT_TOWN = 100_000
ARTICLES = frozenset({"the", "a", "an"})
LARGE_FEATURES = frozenset({CONTINENT, COUNTRY, ADMIN1, REGION})
MISTAGGED_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP", "LANGUAGE"})
MISTAGGED_TOWN = 10_000
MAX_NGRAM = 5
DATA = importlib.resources.files("newsintel.nlp.places") / "data"


def names_a_person(doc: Doc, start: int, end: int) -> bool:
    """A name inside a longer PERSON entity ("Lisa Monaco"), or right after a kinship noun or
    an honorific ("his brother Jordan", "Mr. Chad"): a person, not a place."""
    if doc[start].ent_type_ == "PERSON":
        first, last = entity_bounds(doc, start)
        if first < start or last > end:
            return True
    if start == 0:
        return False
    return doc[start - 1].lower_.rstrip(".") in person_cues()


def entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) of the entity token `i` is in, from the IOB tags (no walk over doc.ents)."""
    first = i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    last = i + 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return first, last


def actor_tokens_of(doc: Doc) -> frozenset[int]:
    """Token indices inside the actor mentions the actors stage wrote."""
    tokens: set[int] = set()
    for start, end, _ in doc_annotations.actor_mentions(doc):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return frozenset(tokens)


def _abbreviation_in_brackets(doc: Doc, start: int, end: int) -> bool:
    """ "the District Commissioner (DC)": capitals in brackets that spell the initials of the
    words before them abbreviate those words; they are no place ("DC" is not Washington)."""
    text = doc[start:end].text.replace(".", "")
    if not text.isupper() or not text.isalpha() or start == 0 or end >= len(doc):
        return False
    if doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    words = [t for t in doc[max(0, start - 1 - 2 * len(text)) : start - 1] if t.is_alpha and t.text[:1].isupper()]
    initials = "".join(t.text[0] for t in words[-len(text) :])
    return initials.upper() == text


def _names_a_currency(doc: Doc, end: int) -> bool:
    """ "the Canadian dollar", "the Norwegian krone": the name is part of a currency's, no place."""
    if end >= len(doc):
        return False
    word = doc[end]  # a noun, not the verb of "Norway pounds the rebels"
    return word.lower_ in currency_nouns() and word.pos_ == "NOUN" and not word.text[:1].isupper()


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Every place mention, in text order, without overlaps (longer and NER ones first)."""
    taken = [False] * len(doc)
    mentions: list[Mention] = []

    def keep(mention: Mention | None) -> None:
        if mention is not None and mention.end < len(doc) and doc[mention.end].text == "-":
            mention = _hyphenated(doc[mention.start : mention.end], gaz) or mention
        if mention is None or any(taken[mention.start : mention.end]):
            return
        if mention.source not in ("demonym", "chain") and names_a_person(doc, mention.start, mention.end):
            return
        if _abbreviation_in_brackets(doc, mention.start, mention.end) or _names_a_currency(doc, mention.end):
            return
        for i in range(mention.start, mention.end):
            taken[i] = True
        mentions.append(mention)

    blocked = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS:
            for i in range(ent.start, ent.end):
                blocked[i] = True
    actor_tokens = actor_tokens_of(doc)
    for mention in chain_mentions(doc, gaz):  # "Woliboka (Kandi, Alibori)": the chain says what each is
        keep(mention)
    for ent in doc.ents:
        if ent.label_ in MISTAGGED_LABELS:
            keep(_mislabelled_place(ent, gaz, actor_tokens))
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            for mention in _entity_mentions(ent, gaz):
                keep(mention)
        elif ent.label_ == "NORP":
            keep(_demonym(ent, gaz))
    for mention in typed_scan(doc, gaz, taken):
        keep(mention)
    for mention in _gazetteer_scan(doc, gaz, taken, blocked, actor_tokens):
        keep(mention)
    for mention in cued_mentions(doc, gaz, taken, actor_tokens):  # kept in the focus country only
        keep(mention)
    for mention in mentions:
        mention.hint = mention.hint or type_hint(doc, mention)
    return sorted(mentions, key=lambda m: m.start)


def _trim(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive or punctuation from a span."""
    start, end = span.start, _before_open_bracket(span)
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text not in (".",)):
        end -= 1
    return doc[start:end]


def _before_open_bracket(span: Span) -> int:
    """Where a name ends that the NER ran into a bracket it never closed ("Kavala (Drama" of
    "in Kavala (Drama)"): before the bracket, which holds another name."""
    doc = span.doc
    for i in range(span.start + 1, span.end):
        if doc[i].text in ("(", "["):
            return span.end if any(t.text in (")", "]") for t in doc[i + 1 : span.end]) else i
    return span.end


_mention = make_mention


def _entity_mentions(ent: Span, gaz: Gazetteer) -> list[Mention]:
    """The NER's place entity, or the known places inside it ("Springfield, Illinois")."""
    span = _trim(ent)
    if not len(span) or span.text in not_places():
        return []
    candidates = gaz.candidates(span.text)
    if candidates:
        return [_mention(span, candidates, "ner")]
    longer = continued_name(span, gaz)
    if longer is not None:
        return [longer]
    typed = typed_mention(span, gaz)
    if typed is not None:
        return [typed]
    inner = [
        m
        for m in _scan_tokens(span.doc, gaz, range(span.start, span.end), span.end, prominent_only=True)
        if not _continued_by_particle(span, m)
    ]
    if inner:
        return inner
    if (ent.label_ == "GPE" or _cued(ent)) and any(t.text[:1].isupper() for t in span):
        # "Ar-Rustaq" for Rustaq, "Sabadel" for Sabadell: kept in the focus country, as cued names
        respelt = _without_article(gaz, span)
        if not respelt and (ent.label_ in PLACE_LABELS or _surely_placed(ent)):
            respelt = close_respellings(gaz, span.text)
        if respelt:
            mention = _mention(span, respelt, "cued")
            mention.unplaced_if_dropped = True  # the NER says it is a place; the respelling may not fit
            return [mention]
        # A place the gazetteer does not know (a village, a district): kept, unplaced ("in
        # memoriam" tagged a place is a Latin phrase, not a name).
        return [_mention(span, (), "ner")]
    return []


def _continued_by_particle(span: Span, mention: Mention) -> bool:
    """ "San Juan" of "San Juan de Pitalito": the start of a longer name, not a place inside it."""
    doc, end = span.doc, mention.end
    return end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].text[:1].isupper()


def _hyphenated(span: Span, gaz: Gazetteer) -> Mention | None:
    """The NER stopped at a hyphen inside a name ("Stratford" of "Stratford-upon-Avon",
    "Kamianets" of "Kamianets-Podilskyi"): the longest hyphenated name the gazetteer knows."""
    doc = span.doc
    for end in range(min(len(doc), span.end + MAX_HYPHENATED), span.end + 1, -1):
        if not doc[end - 1].is_alpha:
            continue
        whole = doc[span.start : end]
        if any(t.is_space or t.whitespace_ for t in whole[:-1]):
            continue  # "Kabul - Reuters": a dash between words, not inside a name
        candidates = gaz.candidates(whole.text)
        if candidates:
            return _mention(whole, candidates, "ner")
    return None


MAX_HYPHENATED = 4


def _cued(ent: Span) -> bool:
    """The entity follows a place preposition, or "<place noun> of"."""
    if ent.start == 0:
        return False
    prepositions, nouns = place_cues()
    before = ent.doc[ent.start - 1]
    if before.lower_ in prepositions:
        return True
    if before.text == "(" and ent.start >= 2 and ent.doc[ent.start - 2].ent_type_ in PLACE_LABELS:
        return True  # "Woliboka (Alibori)": the division of the place before
    return before.lower_ == "of" and ent.start >= 2 and ent.doc[ent.start - 2].lower_ in nouns


def _mislabelled_place(ent: Span, gaz: Gazetteer, actor_tokens: frozenset[int] = frozenset()) -> Mention | None:
    """A short "person" or "organisation" the NER got wrong: a name of a country, division
    or region after "the" or a preposition ("across the Sahel"), or a town of 10,000+ after
    a place cue ("fighting in Grozny", "the town of Manbij")."""
    end = _before_open_bracket(ent)
    if end < ent.end:
        ent = Span(ent.doc, ent.start, end, label=ent.label_)
    if len(ent) > 3 or not ent.text[:1].isupper():
        return None
    key = normalise(ent.text)
    candidates = gaz.candidates(ent.text)
    demonym = _adjectival_demonym(ent, gaz)
    if demonym is not None:
        return demonym
    if len(ent) > 1 and ent.label_ == "PERSON":
        # A whole multi-word "person" that is a country, state or region ("Tamil Nadu").
        large = tuple(c for c in candidates if gaz.feature[c] in LARGE_FEATURES and _own_name(gaz, c, key))
        if large:
            return _mention(ent, large, "ner")
    if ent.start == 0:
        return None
    before = ent.doc[ent.start - 1]
    cued = _cued(ent)
    if before.lower_ in ARTICLES or before.pos_ == "ADP":
        large = tuple(c for c in candidates if gaz.feature[c] in LARGE_FEATURES)
        if large and len(ent) == 1 and not cued:
            return _mention(ent, large, "ner")
    if not cued:
        return None
    # One word after a cue that no actor claims may be a town of any size ("shelling near
    # Segbana"); longer names only towns of 10,000+.
    any_town = (
        len(ent) == 1
        and ent.label_ in ("PERSON", "ORG", "WORK_OF_ART")
        and not any(t.i in actor_tokens for t in ent)
        and ent.doc[ent.start - 1].lower_ in STRONG_PLACE_CUES
        and not _possessed(ent)
    )
    respelt = _surely_placed(ent)  # "according to X" may be a person named like a respelt town
    towns = tuple(
        c
        for c in candidates
        if any_town or gaz.population[c] >= MISTAGGED_TOWN or gaz.feature[c] in LARGE_FEATURES
        if _own_name(gaz, c, key, respelt=respelt)
    )
    if not towns and not candidates and respelt:
        close = close_respellings(gaz, ent.text)  # "the district of Taragona" (Tarragona)
        return _mention(ent, close, "cued") if close else None
    return _mention(ent, towns, "ner") if towns else None


# Prepositions that put a mislabelled one-word name on the map whatever its size ("near
# Segbana"); "in", "at", "to" precede people too ("at Kelly's request").
STRONG_PLACE_CUES = frozenset({"near", "outside", "around", "between", "across", "inside", "towards", "toward"})


def _surely_placed(ent: Span) -> bool:
    """A name only a place fits: after "in", "near", ... or "<place noun> of", not possessed and
    not a people's name ("according to X", "from X's show" say nothing)."""
    if ent.start == 0 or ent.label_ == "NORP" or _possessed(ent):
        return False
    before = ent.doc[ent.start - 1].lower_
    if before in STRONG_PLACE_CUES or before in LOCATIVES:
        return True
    _, nouns = place_cues()
    return before == "of" and ent.start >= 2 and ent.doc[ent.start - 2].lower_ in nouns


def _possessed(ent: Span) -> bool:
    return ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"


def _adjectival_demonym(ent: Span, gaz: Gazetteer) -> Mention | None:
    """A one-word demonym the NER called a person or a language, used as an adjective
    ("Slovak architect", "the English city of Salisbury")."""
    if len(ent) != 1 or ent.text not in gaz.demonyms:
        return None
    if ent[0].dep_ not in ("amod", "compound") or ent[0].head.i <= ent[0].i:
        return None
    return _mention(ent, (gaz.demonyms[ent.text],), "demonym", role="modifier")


def _demonym(ent: Span, gaz: Gazetteer) -> Mention | None:
    span = _trim(ent)
    entry = gaz.demonyms.get(span.text)
    if entry is None:
        return None
    return _mention(span, (entry,), "demonym", role="modifier")


def _prominent(gaz: Gazetteer, entry: int) -> bool:
    feature = gaz.feature[entry]
    if feature == ADMIN2:  # districts of the world share names with too many ordinary words
        return gaz.country[entry] in ADMIN2_COUNTRIES
    if feature in (CONTINENT, COUNTRY, ADMIN1, REGION, CAPITAL, LANDMARK):
        return True
    return feature == CITY and gaz.population[entry] >= PROMINENT_TOWN


def _inside_a_longer_name(span: Span, gaz: Gazetteer, candidates: tuple[int, ...]) -> bool:
    """A town name written next to another capitalised name is most likely part of a
    person's or an organisation's name the NER missed ("Vladimir Petrov", "John Phoenix");
    a division's too when joined by a hyphen or a lower-case particle ("Logone-et-Chari", "Rio
    Grande do Norte", "Villa de Leyva"), or when the next word is capitalised ("Colonia
    Roma"), unless that word is a type noun ("Kabul Province")."""
    if span[0].ent_type_:
        return False  # inside an organisation's name the neighbours are that name's words
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if all(gaz.feature[c] in (CITY, CAPITAL, ADMIN2) for c in candidates):
        return any(_capitalised_word(t) for t in (after, before))
    if any(gaz.feature[c] in (COUNTRY, CONTINENT, REGION) for c in candidates):
        return False
    divisions, settlements = type_nouns()
    if after is not None and _capitalised_word(after) and after.lower_ not in divisions | settlements:
        return True
    joined_before = before is not None and (before.text in ("-", "\u2013") or before.lower_ in NAME_PARTICLES)
    joined_after = after is not None and (after.text in ("-", "\u2013") or after.lower_ in NAME_PARTICLES)
    return (joined_before and span.start >= 2 and doc[span.start - 2].text[:1].isupper()) or (
        joined_after and span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper()
    )


NAME_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "di", "la", "el", "al", "du", "des", "van", "von"})


def _capitalised_word(token: Token | None) -> bool:
    return token is not None and token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _own_name(gaz: Gazetteer, entry: int, key: str, *, respelt: bool = True) -> bool:
    """A town matched by its own name or (`respelt`) another spelling of it ("Seville" for Sevilla),
    not by a translated alternate: those ("White House" for Casablanca) are
    ordinary English phrases."""
    if gaz.feature[entry] not in (CITY, CAPITAL):
        return True
    own = normalise(gaz.name[entry])
    if own == key:
        return True
    if not respelt or min(len(own), len(key)) < MIN_SPELLING:
        return False
    if skeleton(own) == skeleton(key):
        return True
    # a respelling, not a longer name that starts alike ("New York" is not New York City's own)
    return abs(len(own) - len(key)) <= 2 and likeness(own, key) >= SAME_NAME_LIKENESS


MIN_SPELLING = 5  # letters: shorter alternates (of three or four letters) are words and acronyms too


def _plausible_surface(text: str, gaz: Gazetteer, candidates: tuple[int, ...]) -> bool:
    """Capitalised; short forms only in capitals or with periods ("US", "U.K."), not "Us"."""
    if not text[:1].isupper() or text in not_places():
        return False
    return len(text) > 3 or text.isupper() or "." in text  # a short word only as an acronym


def _scan_tokens(
    doc: Doc, gaz: Gazetteer, starts, limit: int, *, prominent_only: bool, actor_tokens: frozenset[int] | None = None
):
    """Longest gazetteer names starting at each token of `starts`, never past `limit`."""
    i_skip = -1
    for i in starts:
        if i < i_skip or not doc[i].text[:1].isupper() or doc[i].lower_ in ARTICLES:
            continue
        for n in range(min(MAX_NGRAM, limit - i), 0, -1):
            span = doc[i : i + n]
            if not span[-1].text[:1].isupper() and not span[-1].text.endswith("."):
                continue
            text = span.text
            demonym = gaz.demonyms.get(text)
            if demonym is not None:
                yield _mention(span, (demonym,), "demonym", role="modifier")
                i_skip = i + n
                break
            candidates = gaz.candidates(text) or _without_article(gaz, span)
            if prominent_only:
                key = normalise(text)
                cued = actor_tokens is not None and _cued_town(doc, span, actor_tokens)
                candidates = tuple(c for c in candidates if (cued or _prominent(gaz, c)) and _own_name(gaz, c, key))
            if prominent_only and candidates and _inside_a_longer_name(span, gaz, candidates):
                continue
            if candidates and _plausible_surface(text, gaz, candidates):
                yield _mention(span, candidates, "gazetteer")
                i_skip = i + n
                break


ARABIC_ARTICLES = frozenset({"al", "el", "as", "ash", "ar", "ad", "an", "az", "at", "ath", "ed", "es", "er", "en"})


def _without_article(gaz: Gazetteer, span: Span) -> tuple[int, ...]:
    """ "Ar-Rustaq" when the gazetteer has only "Rustaq": a name written with an Arabic article
    the gazetteer's spelling leaves out (never a one-word name: "Al" alone is no place)."""
    if len(span) < 2 or span[0].lower_ not in ARABIC_ARTICLES:
        return ()
    rest = span[2:] if span[1].text == "-" else span[1:]
    return gaz.candidates(rest.text) if len(rest) and rest[0].text[:1].isupper() else ()


CUED_TOWN_ENTITIES = frozenset({"", "GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"})


def _cued_town(doc: Doc, span: Span, actor_tokens: frozenset[int]) -> bool:
    """A name after a place cue ("near Segbana", "west of Kandi", "the town of X"), outside
    any entity but a place or a mislabelled one, and no actor of the text ("in Congress"):
    a town of any size may be meant. Inside an organisation's name it is not cued."""
    if span.start == 0 or any(t.ent_type_ not in CUED_TOWN_ENTITIES for t in span):
        return False
    if any(t.ent_type_ == "ORG" and t.ent_iob_ != "B" for t in span):
        return False
    if any(t.i in actor_tokens for t in span):
        return False
    prepositions, nouns = place_cues()
    before = doc[span.start - 1]
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False  # "at Kelly's request"
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span):
        return before.lower_ in STRONG_PLACE_CUES  # a name the NER gave to a person or a body
    if before.lower_ in prepositions and before.lower_ not in ("to", "from"):
        return True
    return before.lower_ == "of" and span.start >= 2 and doc[span.start - 2].lower_ in nouns


def _cued_variants(
    doc: Doc, gaz: Gazetteer, run: list[int], found: list[Mention], actor_tokens: frozenset[int]
) -> list[Mention]:
    """One capitalised word after a place cue that the gazetteer only knows in another
    spelling ("near Bakhchisaray" for Bakhchysarai): a mention without candidates, which resolution
    fills with the spellings in the article's focus country (or drops)."""
    used = {i for m in found for i in range(m.start, m.end)}
    variants = []
    for i in run:
        token = doc[i]
        if i in used or token.pos_ != "PROPN" or not token.is_title or not token.is_alpha or len(token) < 4:
            continue
        span = doc[i : i + 1]
        if _cued_town(doc, span, actor_tokens) and not gaz.candidates(token.text) and gaz.variants(token.text):
            variants.append(_mention(span, (), "variant"))
    return variants


LOCATIVES = frozenset({"in", "at", "near"})


def _after_locative(doc: Doc, mention: Mention) -> bool:
    """ "the Chamber of Agriculture in Rennes" tagged as one organisation: a place after "in" inside
    the entity is where the body sits, written as a literal place, not part of its name."""
    if mention.start == 0:
        return False
    before = doc[mention.start - 1]
    return before.lower_ in LOCATIVES and before.ent_iob_ == "I" and mention.end == entity_bounds(doc, mention.start)[1]


def _whole_entity(doc: Doc, mention: Mention) -> bool:
    """The mention is all of its entity ("Sanaa" tagged ORG): a mislabelled place, not a place
    inside an organisation's name."""
    ent = next((e for e in doc.ents if e.start <= mention.start < e.end), None)
    if ent is None:
        return False
    words = [t for t in ent if t.lower_ not in ARTICLES and not t.is_punct]
    return bool(words) and words[0].i == mention.start and words[-1].i == mention.end - 1


def _gazetteer_scan(doc: Doc, gaz: Gazetteer, taken: list[bool], blocked: list[bool], actor_tokens: frozenset[int]):
    """Gazetteer names in the tokens the NER left (and inside organisation names)."""
    free = [i for i in range(len(doc)) if not taken[i] and not blocked[i]]
    if not free:
        return
    # Scan runs of free tokens so that an n-gram never bridges a taken or blocked token.
    run: list[int] = []
    for i in free + [-1]:
        if run and i != run[-1] + 1:
            limit = run[-1] + 1
            found = list(_scan_tokens(doc, gaz, run, limit, prominent_only=True, actor_tokens=actor_tokens))
            found += _cued_variants(doc, gaz, run, found, actor_tokens)
            for mention in found:
                inside_org = (
                    doc[mention.start].ent_type_ == "ORG"
                    and not _after_locative(doc, mention)
                    and (not _whole_entity(doc, mention) or any(gaz.feature[c] == LANDMARK for c in mention.candidates))
                )
                if mention.role == "literal" and inside_org:
                    mention.role = "embedded"
                    mention.source = "embedded"
                yield mention
            run = []
        if i >= 0:
            run.append(i)
