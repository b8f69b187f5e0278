"""Read actor and agent dictionaries in the TABARI/PETRARCH text format.

Actors (`--actors`): an entry line `NAME [CODE]` (or `NAME` with its codes on following lines),
`+ALIAS` lines (several may share a line), code lines `[CODE]`, `[CODE >DATE]`, `[CODE <DATE]`,
`[CODE DATE-DATE]` (dates YYYYMMDD or YYMMDD), `#` comments and `<!-- -->` comment blocks.
Underscores stand for spaces; a trailing underscore (a TABARI "stop") is dropped.

Agents (`--agents`): `TERM {PLURALS} [~CODE]` (code after the actor's, `[CODE~]` before it),
`{}` for no plural, regular plurals generated otherwise, and `!SET! = A, B` substitution sets
used inside terms as `!SET!`.

Structural faults raise DictionaryError with file and line; a bad date inside an otherwise
readable code (old dictionaries have a few) is logged and the code kept undated-free (dropped).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsintel.english.inflect import plural
from newsintel.errors import DictionaryError
from newsintel.nlp.actors.entries import AgentEntry, DatedCode, Period, slugify

logger = logging.getLogger(__name__)

_CODE_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_MACRO = re.compile(r"!(\w+)!")
# Agent codes that name an institution with a conventional id suffix (<a3>-<suffix>).
AGENT_INSTITUTIONS = {"GOV": "gov", "MIL": "mil", "COP": "police", "LEG": "leg", "JUD": "judiciary"}
_CODE_TYPES = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "SPY": "intelligence",
    "LEG": "legislature",
    "JUD": "judiciary",
    "REB": "insurgent",
    "INS": "insurgent",
    "UAF": "militant",
    "IMG": "militant",
    "SEP": "insurgent",
    "OPP": "party",
    "PTY": "party",
    "MED": "media",
    "IGO": "igo",
    "NGO": "ngo",
    "NGM": "ngo",
    "BUS": "company",
    "MNC": "company",
    "REL": "religious",
}


@dataclass(slots=True)
class TabariActor:
    """One actor block: its names (first is canonical) and its codes."""

    names: list[str]
    codes: list[DatedCode] = field(default_factory=list)
    line: int = 0

    @property
    def name(self) -> str:
        return self.names[0]


def strip_comments(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line number, text) with `#` comments and `<!-- -->` blocks removed, blank lines skipped."""
    in_block = False
    for number, raw in enumerate(lines, start=1):
        line = raw
        if in_block:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            in_block = False
        while "<!" in line:
            before, after = line.split("<!", 1)
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                line, in_block = before, True
        line = line.split("#", 1)[0].strip()
        if line:
            yield number, line


_SPACES = re.compile(r"\s+")


def phrase(text: str) -> str:
    """A dictionary phrase as it appears in text: underscores to spaces, stops dropped."""
    return _SPACES.sub(" ", text.replace("_", " ")).strip()


_VOWELS = set("AEIOUY")


def name_case(name: str) -> str:
    """TABARI writes every name in capitals; keep capitals only for what looks like an
    acronym (UN, USA, U.S., NGO), so that the rest matches case-insensitively like any name."""
    letters = [c for c in name if c.isalpha()]
    dotted = re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", name) is not None
    if dotted or len(letters) <= 3 or (len(letters) <= 5 and not _VOWELS & set(letters)):
        return name
    return name.title()


def parse_date_token(token: str) -> dt.date:
    """TABARI dates: YYYYMMDD, or YYMMDD with years <= 30 read as 20YY (as PETRARCH does)."""
    if not token.isdigit() or len(token) not in (6, 8):
        raise ValueError(f"date {token!r} is neither YYYYMMDD nor YYMMDD")
    if len(token) == 6:
        year = int(token[:2])
        token = f"{2000 + year if year <= 30 else 1900 + year}{token[2:]}"
    return dt.date(int(token[:4]), int(token[4:6]), int(token[6:8]))


def parse_code(block: str) -> DatedCode:
    """`USAGOV 20090120-20170120` / `HOB <950601` / `IGOUNO >070201` / `---` -> DatedCode."""
    parts = block.split(None, 1)
    if not parts:
        return DatedCode(None)
    code = parts[0].upper()
    if code.startswith(("<", ">")) or code[0].isdigit():
        # "[950601-990815]": a date with no code (PETRARCH rejects these too)
        raise ValueError(f"code block [{block}] has a date but no code")
    code_value = None if set(code) <= {"-"} else code
    if len(parts) == 1:
        return DatedCode(code_value)
    when = parts[1].replace(" ", "")
    if when.startswith(">"):
        period = Period(start=parse_date_token(when[1:]))
    elif when.startswith("<"):
        period = Period(end=parse_date_token(when[1:]))
    elif "-" in when:
        first, last = when.split("-", 1)
        period = Period(parse_date_token(first), parse_date_token(last))
    else:
        raise ValueError(f"cannot read the date restriction {parts[1]!r}")
    return DatedCode(code_value, period)


def _codes_of(text: str, path: str, number: int) -> tuple[str, list[DatedCode]]:
    """Split `text` into what precedes its first `[` and the code blocks it holds."""
    if text.count("[") != text.count("]"):
        if text.startswith("[") or "[" in text.split("]", 1)[0]:
            raise DictionaryError("unbalanced '[' ']' in a code block", path=path, line=number)
        # a stray ']' typed inside a name ("+FAEROYENE]_"): keep the name without it
        logger.warning("%s:%d: stray ']' in %r ignored", path, number, text)
        text = text.replace("]", "")
    head = text.split("[", 1)[0].strip()
    codes = []
    for block in _CODE_BLOCK.findall(text):
        try:
            codes.append(parse_code(block.strip()))
        except ValueError as exc:
            logger.warning("%s:%d: %s; this code is ignored", path, number, exc)
    return head, codes


def read_tabari_actors(text: str, path: str) -> list[TabariActor]:
    entries: list[TabariActor] = []
    current: TabariActor | None = None
    for number, line in strip_comments(text.splitlines()):
        if line.startswith("+"):
            if current is None:
                raise DictionaryError("an alias line '+...' comes before any actor", path=path, line=number)
            head, codes = _codes_of(line, path, number)
            current.names.extend(phrase(a) for a in head.split("+") if phrase(a))
            current.codes.extend(codes)
        elif line.startswith("["):
            if current is None:
                raise DictionaryError("a code line '[...]' comes before any actor", path=path, line=number)
            current.codes.extend(_codes_of(line, path, number)[1])
        else:
            head, codes = _codes_of(line, path, number)
            if not phrase(head):
                raise DictionaryError(f"cannot read an actor name in {line!r}", path=path, line=number)
            current = TabariActor([phrase(head)], codes, number)
            entries.append(current)
    return entries


def code_type(code: str | None, dated: bool) -> str | None:
    """A newsintel actor type guessed from a CAMEO code (a dated code usually means a person)."""
    if not code:
        return None
    if dated:
        return "person"
    if len(code) == 3:
        return "state"
    for start in range(0, len(code) - 2, 3):
        kind = _CODE_TYPES.get(code[start : start + 3])
        if kind is not None and start > 0:
            return kind
    return _CODE_TYPES.get(code[:3], "other")


def split_parenthetical(name: str) -> list[str]:
    """'ANIMAL LIBERATION FRONT (ALF)' -> the name without the brackets, and the acronym."""
    if "(" not in name:
        return [name]
    inner = re.findall(r"\(([^()]*)\)", name)
    outer = phrase(re.sub(r"\([^()]*\)", " ", name))
    result = [outer] if outer else []
    result.extend(phrase(i) for i in inner if phrase(i))
    return result or [name]


# ---------------------------------------------------------------- agents


def read_tabari_agents(text: str, path: str) -> list[AgentEntry]:
    substitutions: dict[str, list[str]] = {}
    agents: list[AgentEntry] = []
    for number, line in strip_comments(text.splitlines()):
        match = _SUBSTITUTION.match(line)
        if match:
            substitutions[match.group(1).upper()] = [w.strip() for w in match.group(2).split(",") if w.strip()]
            continue
        if "[" not in line:
            # a bare term (PETRARCH skips these too): nothing to code it with
            logger.warning("%s:%d: agent %r has no [code]; skipped", path, number, line)
            continue
        agents.append(_agent_line(line, substitutions, path, number))
    return agents


def _agent_line(line: str, substitutions: dict[str, list[str]], path: str, number: int) -> AgentEntry:
    if line.count("[") != 1 or line.count("]") > 1:
        raise DictionaryError("an agent line needs exactly one [code] block", path=path, line=number)
    head, rest = line.split("[", 1)
    if "]" not in rest:
        # "[~ENV}": a mistyped closing bracket; the code is still readable
        logger.warning("%s:%d: code block not closed with ']': %r", path, number, line)
        rest = rest.replace("}", "]") if "}" in rest else rest + "]"
    raw_code = rest.split("]", 1)[0].replace(" ", "").upper()
    if "~" not in raw_code:
        raise DictionaryError(f"agent code [{raw_code}] lacks '~' (write [~GOV] or [NGO~])", path=path, line=number)
    prefix = raw_code.endswith("~")
    code = raw_code.strip("~") or None
    plurals: list[str] | None = None
    if "{" in head:
        if "}" not in head:
            raise DictionaryError("unclosed '{' in plural forms", path=path, line=number)
        term_text, braces = head.split("{", 1)
        plurals = [p for p in braces.split("}", 1)[0].split() if p]
    else:
        term_text = head
    term_text = term_text.strip()
    if not term_text:
        raise DictionaryError("an agent line has no term", path=path, line=number)
    forms = _expand(term_text, substitutions, path, number)
    if plurals is None:
        forms += [regular_plural(f) for f in forms if "!" not in term_text]
    else:
        forms += [f for p in plurals for f in _expand(p, substitutions, path, number)]
    terms = list(dict.fromkeys(phrase(f) for f in forms if phrase(f)))
    return AgentEntry(
        id=f"tabari:{slugify(terms[0])}",
        terms=terms,
        cameo=code,
        prefix=prefix,
        institution=AGENT_INSTITUTIONS.get(code or ""),
        type=code_type(f"XXX{code}", dated=False) if code else None,
        title=False,
        label=phrase(term_text).lower(),
        source=f"{path}:{number}",
    )


def _expand(term: str, substitutions: dict[str, list[str]], path: str, number: int) -> list[str]:
    match = _MACRO.search(term)
    if not match:
        return [term]
    name = match.group(1).upper()
    if name not in substitutions:
        raise DictionaryError(f"unknown substitution set !{name}!", path=path, line=number)
    results = []
    for word in substitutions[name]:
        results.extend(_expand(term[: match.start()] + word + term[match.end() :], substitutions, path, number))
    return results


def regular_plural(term: str) -> str:
    """The regular English plural of a term's last word (SOLDIER -> SOLDIERS, ARMY -> ARMIES)."""
    words = term.rstrip("_").rsplit("_", 1) if "_" in term.rstrip("_") else [term.rstrip("_")]
    last = words[-1]
    form = plural(last.lower())
    kept = len(os.path.commonprefix([form, last.lower()]))  # "army" -> "armies": "arm" stays as written
    ending = form[kept:].upper() if last.isupper() else form[kept:]
    return "_".join([*words[:-1], last[:kept] + ending])
