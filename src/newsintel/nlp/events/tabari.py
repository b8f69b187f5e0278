"""Read TABARI/PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt, ...).

The format, as used by those files:

    &CURRENCY                     a synset: the `+` lines after it are its members
    +DOLLARS
    +AUSTRIAN FLORIN

    --- ABANDON  [345]  ---       a verb block with its default code ([---]: no event)
    ABANDON                       the verb; regular inflections are generated
    BREAK { BROKE BROKEN }        `{}` lists irregular forms
    +BREAK_DOWN {+BROKE_DOWN}     a multi-word verb; `+` marks the inflected word
    DOWNPLAY [014]                another verb of the block, with its own default code
    - * DIPLOMATIC TIES [901]     a pattern of the block (see `patterns.parse_pattern`)

`#` starts a comment; `<!-- ... -->` blocks are comments too.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from newsintel.english.inflect import regular_forms
from newsintel.errors import DictionaryError
from newsintel.nlp.events.patterns import (
    PatternSet,
    VerbEntry,
    VerbForm,
    normalise_synset,
    parse_pattern,
    split_code,
)

logger = logging.getLogger(__name__)

_HEADER = re.compile(r"^---\s*(?P<verb>[^\[]+?)\s*(?P<code>\[[^\]]*\])?\s*(\[[^\]]*\]\s*)*(#.*)?---\s*$")
_CODE = re.compile(r"\[([^\]]*)\]")
_FORMS = re.compile(r"\{([^}]*)\}")


def looks_like_tabari_verbs(path: str | Path) -> bool:
    """True when the file has TABARI verb blocks (`--- VERB [code] ---`)."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh):
            if _HEADER.match(line.strip()):
                return True
            if number > 5000:
                break
    return False


def read_verb_file(path: str | Path) -> PatternSet:
    """Parse one TABARI/PETRARCH verb dictionary; DictionaryError names the line at fault."""
    path = str(path)
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError as exc:
        raise DictionaryError(f"cannot read verb dictionary: {exc.strerror}", path=path) from exc
    return parse_verb_lines(lines, path=path)


def parse_verb_lines(lines: list[str], *, path: str = "<verbs>") -> PatternSet:
    reader = _Reader(path)
    for number, raw in enumerate(lines, start=1):
        reader.feed(raw, number)
    result = reader.finish()
    if not result.entries:
        raise DictionaryError("no verb blocks ('--- VERB [code] ---') found", path=path)
    return result


class _Reader:
    """A line-by-line state machine: in a comment, a synset, or a verb block."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.result = PatternSet()
        self.raw_synsets: dict[str, list[str]] = {}
        self.synset: str | None = None
        self.block: VerbEntry | None = None
        self.in_comment = False

    def feed(self, raw: str, number: int) -> None:
        line = raw.strip()
        if self.in_comment:
            self.in_comment = "-->" not in line
            return
        if line.startswith("<!"):
            self.in_comment = "-->" not in line
            return
        header = _HEADER.match(line)
        if header:
            self._start_block(header, number)
            return
        line = strip_comment(line)
        if not line:
            return
        if line.startswith("&"):
            self.synset = normalise_synset(line.split()[0])
            self.raw_synsets[self.synset] = []
            self.block = None
            return
        if line.startswith("+") and self.synset is not None:
            self.raw_synsets[self.synset].append(line[1:].strip())
            return
        if self.block is None:
            raise DictionaryError(f"line outside any verb block or synset: {line!r}", path=self.path, line=number)
        if line.startswith("-"):
            self._add_pattern(line[1:].strip(), number)
        else:
            self._add_verb(line, number)

    def _start_block(self, header: re.Match, number: int) -> None:
        verb = header.group("verb").strip().rstrip("_")
        code, reverse = split_code(header.group("code") or "[---]")
        self.synset = None
        self.block = VerbEntry(
            name=verb.upper(), code=code, reverse_code=reverse, source=f"{self.path}:{number}", origin="tabari"
        )
        self.result.add(self.block)
        words = verb.replace("_", " ").split()
        if len(words) > 1:  # "LASH OUT": a multi-word verb named in the header
            self._register(self.block, _compound_form(" ".join(words), [], None, None, False))

    def _add_pattern(self, body: str, number: int) -> None:
        codes = list(_CODE.finditer(body))
        if not codes:
            raise DictionaryError(f"pattern without a [code]: {body!r}", path=self.path, line=number)
        last = codes[-1]
        code, reverse = split_code(last.group(0))
        text = body[: last.start()]
        assert self.block is not None
        self.block.patterns.append(parse_pattern(text, code, reverse, line=number))

    def _add_verb(self, line: str, number: int) -> None:
        assert self.block is not None
        codes = list(_CODE.finditer(line))
        has_code = bool(codes)
        code, reverse = split_code(codes[-1].group(0)) if codes else (None, None)
        forms_match = _FORMS.search(line)
        extra = forms_match.group(1).split() if forms_match else []
        head = _CODE.sub(" ", _FORMS.sub(" ", line)).strip()
        if not head.lstrip("+"):
            raise DictionaryError(f"verb line without a verb: {line!r}", path=self.path, line=number)
        self._register(self.block, _compound_form(head, extra, code, reverse, has_code))

    def _register(self, entry: VerbEntry, form: VerbForm) -> None:
        entry.forms.append(form)
        for surface in form.head_forms:
            self.result.by_form.setdefault(surface, []).append((entry, form))

    def finish(self) -> PatternSet:
        self.result.synsets = _expand_synsets(self.raw_synsets, self.path)
        return self.result


def strip_comment(line: str) -> str:
    """The line without its `#` comment; a `#` inside [...] is part of a code ("[###]")."""
    depth = 0
    for index, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(depth - 1, 0)
        elif char == "#" and depth == 0:
            return line[:index].strip()
    return line.strip()


def _compound_form(text: str, extra: list[str], code: str | None, reverse: str | None, has_code: bool) -> VerbForm:
    """The form of a (possibly multi-word) verb; in 'WIRE_+TAP' the `+` marks the verb word."""
    raw_words = [w for w in re.split(r"[_\s]+", text) if w]
    head_index = max((i for i, w in enumerate(raw_words) if w.startswith("+")), default=0)
    clean = [w.lstrip("+").lower() for w in raw_words]
    forms = regular_forms(clean[head_index])
    for item in extra:
        item_words = [w.lstrip("+").lower() for w in item.split("_") if w.lstrip("+")]
        if len(item_words) == len(clean):
            forms.add(item_words[head_index])
        elif item_words:
            forms.add(item_words[0])
    return VerbForm(
        head_forms=frozenset(forms),
        pre=tuple(clean[:head_index]),
        post=tuple(clean[head_index + 1 :]),
        code=code,
        reverse_code=reverse,
        has_code=has_code,
    )


def _expand_synsets(raw: dict[str, list[str]], path: str) -> dict[str, list[tuple[str, ...]]]:
    """Members of each synset as word tuples, with embedded synsets (+&OTHER) expanded."""
    expanded: dict[str, list[tuple[str, ...]]] = {}

    def expand(name: str, seen: frozenset[str]) -> list[tuple[str, ...]]:
        if name in expanded:
            return expanded[name]
        members: list[tuple[str, ...]] = []
        for member in raw.get(name, []):
            if member.startswith("&"):
                inner = normalise_synset(member)
                if inner in seen or inner not in raw:
                    logger.warning("%s: synset &%s refers to unknown or circular &%s", path, name, inner)
                    continue
                members.extend(expand(inner, seen | {inner}))
                continue
            words = tuple(w.lower() for w in re.split(r"[_\s]+", member.replace("{", " ").replace("}", " ")) if w)
            if words:
                members.append(words)
        expanded[name] = members
        return members

    for name in raw:
        expand(name, frozenset({name}))
    return expanded
