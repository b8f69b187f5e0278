"""The verb-pattern model shared by newsintel's YAML dictionaries and TABARI/PETRARCH files.

A `VerbEntry` is a block of verbs (or event nouns) with a default CAMEO code and a list of
`Pattern`s that refine it. Patterns use the TABARI notation, which analysts already know:

    "* FOR &ECONSANCT"        the verb (*) followed later by FOR then a member of a synset
    "INDICATED WOULD * NOW"   words before the verb, in order, gaps allowed
    "RECENTLY_*"              `_` joins: the words must be adjacent
    "+ WAS * DEAD IN $"       `$` marks where the source is, `+` the target, `^` skips a
                              phrase, `%` a compound actor whose members act on each other

Words match tokens case-insensitively; `{...}` and `(...)` groupings of PETRARCH 2 files are
read as plain words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SLOT_KINDS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}


@dataclass(frozen=True, slots=True)
class Element:
    """One item of a pattern: a word, a synset, or an actor slot."""

    kind: str  # "word" | "synset" | "source" | "target" | "compound" | "skip"
    value: str = ""  # lower-case word, or synset name
    joined: bool = False  # must touch the previous element (or the verb, for the first one)
    near: bool = False  # in the same PETRARCH phrase group "(WITH OFFICIALS)" as the previous one


@dataclass(frozen=True, slots=True)
class Pattern:
    before: tuple[Element, ...]  # nearest-to-the-verb first
    after: tuple[Element, ...]  # in text order
    code: str | None  # None: the pattern explicitly means "no event"
    reverse_code: str | None = None  # "[031:032]": the target does 032 back to the source
    text: str = ""
    line: int | None = None
    required_words: frozenset[str] = frozenset()  # plain words the sentence must contain

    @property
    def weight(self) -> int:
        """How specific the pattern is: the number of things it must find."""
        return len(self.before) + len(self.after)


@dataclass(slots=True)
class VerbForm:
    """A way the verb appears: a head word plus adjacent words ("wire tap", "break down")."""

    head_forms: frozenset[str]  # lower-case surface forms of the head word
    lemma: str | None = None  # also match tokens with this lemma (newsintel dictionaries)
    pre: tuple[str, ...] = ()  # words right before the head
    post: tuple[str, ...] = ()  # words right after the head (particles)
    code: str | None = None  # overrides the entry's code when set
    reverse_code: str | None = None
    has_code: bool = False


@dataclass(slots=True)
class VerbEntry:
    name: str
    code: str | None
    reverse_code: str | None = None
    forms: list[VerbForm] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    pos: str = "verb"  # "verb" or "noun"
    source: str = ""  # where it was read from, for evidence ("file:line")
    origin: str = "tabari"  # "tabari" | "newsintel"
    frame: dict = field(default_factory=dict)  # newsintel extras: target preps, symmetric, ...


@dataclass(slots=True)
class PatternSet:
    """Every entry of the loaded dictionaries, indexed for lookup by surface form and lemma."""

    entries: list[VerbEntry] = field(default_factory=list)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    by_form: dict[str, list[tuple[VerbEntry, VerbForm]]] = field(default_factory=dict)
    by_lemma: dict[str, list[tuple[VerbEntry, VerbForm]]] = field(default_factory=dict)
    _member_index: dict[tuple[str, bool], dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)

    def members_by_first_word(self, name: str, *, reverse: bool) -> dict[str, list[tuple[str, ...]]]:
        """A synset's members keyed by the word matching starts from (the last one when reading
        backwards), so that matching does not loop over long synsets."""
        key = (name, reverse)
        if key not in self._member_index:
            index: dict[str, list[tuple[str, ...]]] = {}
            for member in self.synsets.get(name, []):
                words = member[::-1] if reverse else member
                index.setdefault(words[0], []).append(words)
            self._member_index[key] = index
        return self._member_index[key]

    def add(self, entry: VerbEntry) -> None:
        self.entries.append(entry)
        for form in entry.forms:
            for surface in form.head_forms:
                self.by_form.setdefault(surface, []).append((entry, form))
            if form.lemma:
                self.by_lemma.setdefault(form.lemma, []).append((entry, form))

    def extend(self, other: PatternSet) -> None:
        self._member_index.clear()
        for name, members in other.synsets.items():
            self.synsets.setdefault(name, members)
        for entry in other.entries:
            self.add(entry)


def split_code(raw: str) -> tuple[str | None, str | None]:
    """'[031:032]' -> ('031', '032'); '[---]' -> (None, None)."""
    raw = raw.strip().strip("[]").strip()
    first, _, second = raw.partition(":")
    return _one_code(first), _one_code(second) if second else None


IGNORE_CODE = "+++"  # TABARI: the pattern is disabled; fall back to the other patterns


def _one_code(code: str) -> str | None:
    code = code.strip()
    if code == IGNORE_CODE:
        return IGNORE_CODE
    if not code or set(code) <= {"-", "+", "#"}:
        return None
    return code


def parse_pattern(text: str, code: str | None, reverse: str | None, *, line: int | None = None) -> Pattern:
    """A TABARI pattern body ("INDICATED WOULD * NOW") as a Pattern."""
    items = _items(text)
    try:
        star = [item[0] for item in items].index("*")
    except ValueError:
        star = len(items)  # no verb marker: everything comes after the verb
        items = [("*", False, False), *items]
    after_items = items[star + 1 :]
    after = tuple(_element(symbol, joined, near) for symbol, joined, near in after_items)
    # before: stored nearest-first; each element is joined/near to the one nearer the verb
    before_list = [
        _element(items[index][0], items[index + 1][1], items[index + 1][2]) for index in range(star - 1, -1, -1)
    ]
    required = frozenset(e.value for e in (*before_list, *after) if e.kind == "word")
    return Pattern(tuple(before_list), after, code, reverse, text.strip(), line, required)


def _element(symbol: str, joined: bool, near: bool = False) -> Element:
    if symbol in SLOT_KINDS:
        return Element(SLOT_KINDS[symbol], "", joined, near)
    if symbol.startswith("&"):
        return Element("synset", normalise_synset(symbol), joined, near)
    return Element("word", symbol.lower(), joined, near)


def normalise_synset(name: str) -> str:
    return name.strip().lstrip("&").rstrip("_").upper()


def _items(text: str) -> list[tuple[str, bool, bool]]:
    """Symbols of a pattern with whether `_` joins each to the previous symbol, and whether it
    shares a PETRARCH 2 phrase group - `(...)` or `{...}` - with the previous symbol."""
    for bracket in "{}()":
        text = text.replace(bracket, f" {bracket} ")
    items: list[tuple[str, bool, bool]] = []
    join_next = False
    depth = 0
    group_items = 0  # symbols seen in the outermost open group
    for chunk in text.split():
        if chunk in "({":
            if depth == 0:  # a new outermost group: "(OF {BANNED PARTIES})" is one phrase
                group_items = 0
            depth += 1
            continue
        if chunk in ")}":
            depth = max(depth - 1, 0)
            continue
        parts = [part for part in chunk.split("_") if part]
        for position, part in enumerate(parts):
            joined = (join_next or chunk.startswith("_")) if position == 0 else True
            near = depth > 0 and group_items > 0
            items.append((part, bool(items) and joined, near))
            group_items += depth > 0
        join_next = chunk.endswith("_")
    return items
