"""Read newsintel's YAML actor and agent dictionaries, keeping line numbers for messages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from newsintel.errors import DictionaryError
from newsintel.nlp.actors.entries import (
    ACTOR_TYPES,
    ID_PATTERN,
    ActorEntry,
    AgentEntry,
    Government,
    Metonym,
    Period,
    Role,
    parse_date,
)

LINE_KEY = "__line__"
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_ACTOR_FIELDS = {
    "id",
    "name",
    "type",
    "country",
    "cameo",
    "plover",
    "aliases",
    "parent",
    "affiliations",
    "demonyms",
    "capital",
    "metonyms",
    "governments",
    "roles",
    "codes",
    "from",
    "to",
    "short_aliases",
    "case_sensitive_aliases",
}


class _LineLoader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """A safe loader that records the 1-based line of every mapping under LINE_KEY, and
    leaves dates as strings so that a bad date is reported with its entry's line."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node, deep=False):  # PyYAML's signature
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


def read_yaml_list(text: str, path: str) -> list[dict[str, Any]]:
    """The file's top-level list of mappings, or a DictionaryError saying why not."""
    try:
        data = yaml.load(text, Loader=_LineLoader)  # a safe loader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise DictionaryError(f"not valid YAML: {reason}", path=path, line=line) from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise DictionaryError("a dictionary file must be a YAML list of entries", path=path, line=1)
    for item in data:
        if not isinstance(item, dict):
            raise DictionaryError(f"every entry must be a mapping, got {type(item).__name__}: {item!r}", path=path)
    return data


class _Checker:
    """Field checks that raise DictionaryError pointing at one entry."""

    def __init__(self, path: str, entry: dict[str, Any]) -> None:
        self.path = path
        self.entry = entry
        self.line = entry.get(LINE_KEY)

    def fail(self, reason: str) -> DictionaryError:
        label = self.entry.get("id")
        where = f"entry '{label}': " if label else "entry: "
        return DictionaryError(where + reason, path=self.path, line=self.line)

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.entry.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing required field '{key}'")
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(f"'{key}' must be a string, got {type(value).__name__}")
        value = str(value).strip()
        if required and not value:
            raise self.fail(f"'{key}' must not be empty")
        return value or None

    def required_text(self, key: str) -> str:
        """A field that must be a non-empty string."""
        value = self.text(key, required=True)
        if value is None:  # text(required=True) has raised already
            raise self.fail(f"missing required field '{key}'")
        return value

    def strings(self, key: str) -> list[str]:
        value = self.entry.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            raise self.fail(f"'{key}' must be a list of strings")
        return [str(v).strip() for v in value if str(v).strip()]

    def period(self, item: dict[str, Any], what: str) -> Period:
        try:
            start = parse_date(item.get("from"))
            end = parse_date(item.get("to"), end=True)
        except ValueError as exc:
            raise self.fail(f"{what}: {exc}") from None
        if start and end and end < start:
            raise self.fail(f"{what}: 'to' ({end}) is before 'from' ({start})")
        return Period(start, end)

    def mappings(self, key: str) -> list[dict[str, Any]]:
        value = self.entry.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(f"'{key}' must be a list of mappings")
        return value


def actor_from_yaml(entry: dict[str, Any], path: str) -> ActorEntry:
    check = _Checker(path, entry)
    actor_id = check.required_text("id")
    if not ID_PATTERN.match(actor_id):
        raise check.fail(f"id {actor_id!r} must be lowercase letters, digits and '-'")
    kind = check.text("type")
    if kind is not None and kind not in ACTOR_TYPES:
        raise check.fail(f"unknown type {kind!r}; known: {', '.join(sorted(ACTOR_TYPES))}")
    country = check.text("country")
    if country is not None and not _COUNTRY.match(country):
        raise check.fail(f"country {country!r} must be an ISO 3166 alpha-3 code like 'AFG'")
    metonyms = _metonyms(check)
    _no_split_text(check, entry)
    return ActorEntry(
        id=actor_id,
        name=check.required_text("name"),
        type=kind,
        country=country,
        cameo=check.text("cameo"),
        aliases=check.strings("aliases"),
        parent=check.text("parent"),
        affiliations=check.strings("affiliations"),
        demonyms=check.strings("demonyms"),
        capital=check.text("capital"),
        metonyms=[m.name for m in metonyms],
        dated_metonyms=[m for m in metonyms if m.actor or m.period != Period()],
        governments=_governments(check),
        roles=_roles(check),
        extra={k: v for k, v in entry.items() if k not in _ACTOR_FIELDS and k != LINE_KEY},
        source=f"{path}:{check.line}",
        given=frozenset(k for k in entry if k != LINE_KEY),
        period=check.period(entry, "the actor's own 'from'/'to'"),
        short_aliases=check.strings("short_aliases"),
        case_sensitive_aliases=check.strings("case_sensitive_aliases"),
    )


def _metonyms(check: _Checker) -> list[Metonym]:
    """Metonyms are names ("Kabul"), or {name, actor, from, to} when a name stood for a
    particular actor in a period ("Tripoli" for a regime until 2011)."""
    value = check.entry.get("metonyms")
    if value is None:
        return []
    if not isinstance(value, list):
        raise check.fail("'metonyms' must be a list of names or of {name, actor, from, to}")
    result = []
    for item in value:
        if isinstance(item, str) and item.strip():
            result.append(Metonym(item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
            actor = item.get("actor")
            if actor is not None and not isinstance(actor, str):
                raise check.fail(f"metonym {item['name']!r}: 'actor' must be an actor id")
            result.append(Metonym(item["name"].strip(), actor, check.period(item, f"metonym {item['name']!r}")))
        else:
            raise check.fail(f"each metonym must be a name or a mapping with a 'name', got {item!r}")
    return result


def _governments(check: _Checker) -> list[Government]:
    result = []
    for item in check.mappings("governments"):
        actor = item.get("actor")
        if not isinstance(actor, str) or not actor:
            raise check.fail("each of 'governments' needs an 'actor' id")
        result.append(Government(actor, check.period(item, f"government {actor}")))
    return sorted(result, key=lambda g: g.period.start or dt.date.min)


def _roles(check: _Checker) -> list[Role]:
    result = []
    for item in check.mappings("roles"):
        title = item.get("title")
        if not isinstance(title, str) or not title.strip():
            raise check.fail("each of 'roles' needs a 'title'")
        org = item.get("org")
        if org is not None and not isinstance(org, str):
            raise check.fail(f"role {title!r}: 'org' must be an actor id")
        aliases = item.get("title_aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise check.fail(f"role {title!r}: 'title_aliases' must be a list of strings")
        result.append(Role(title.strip(), org, check.period(item, f"role {title!r}"), [a.strip() for a in aliases]))
    return result


def agent_from_yaml(entry: dict[str, Any], path: str) -> AgentEntry:
    check = _Checker(path, entry)
    agent_id = check.required_text("id")
    terms = check.strings("terms")
    if not terms:
        raise check.fail("an agent needs a non-empty 'terms' list")
    kind = check.text("type")
    if kind is not None and kind not in ACTOR_TYPES:
        raise check.fail(f"unknown type {kind!r}; known: {', '.join(sorted(ACTOR_TYPES))}")
    title = entry.get("title", False)
    if not isinstance(title, bool):
        raise check.fail("'title' must be true or false")
    return AgentEntry(
        id=agent_id,
        terms=terms,
        cameo=check.text("cameo"),
        institution=check.text("institution"),
        type=kind,
        title=title,
        label=check.text("label"),
        source=f"{path}:{check.line}",
    )


def is_yaml_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in (".yaml", ".yml")


def _no_split_text(check: _Checker, entry: dict[str, Any]) -> None:
    """ "name: Foreign, Commonwealth ..." wrapped onto a second line gives the name "Foreign" and
    an empty field "Commonwealth ...": an unknown empty field whose name has a space is text
    that needed quotes, and a wrong short name would match ordinary words."""
    for key, value in entry.items():
        if value is None and isinstance(key, str) and key not in _ACTOR_FIELDS and " " in key.strip():
            raise check.fail(f"field {key!r} has no value: text with a comma or colon must be quoted")
