"""Load, merge and index actor and agent dictionaries.

Built-in YAML files (`data/*.yaml`) load first, then user files (`--actors`, `--agents`) merge
over them: a user entry with a known id overrides the fields it sets and adds its aliases.
TABARI/PETRARCH `.txt` files are read too (see `tabari.py`).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from importlib import resources
from pathlib import Path

from newsintel.errors import DictionaryError
from newsintel.nlp.actors import tabari
from newsintel.nlp.actors.entries import ActorEntry, AgentEntry, DatedCode, slugify
from newsintel.nlp.actors.yaml_format import (
    actor_from_yaml,
    agent_from_yaml,
    is_yaml_file,
    read_yaml_list,
)

logger = logging.getLogger(__name__)

DATA_PACKAGE = "newsintel.nlp.actors.data"
AGENTS_FILE = "agents.yaml"
LEXICON_FILE = "linking.yaml"  # the linker's own lexicons, not actors
_MERGED_LIST_FIELDS = (
    "aliases",
    "demonyms",
    "metonyms",
    "affiliations",
    "short_aliases",
    "case_sensitive_aliases",
)


@dataclasses.dataclass(slots=True)
class ActorDictionary:
    actors: dict[str, ActorEntry] = dataclasses.field(default_factory=dict)
    agents: list[AgentEntry] = dataclasses.field(default_factory=list)
    # actor id -> rank: entries from later (user) files win alias conflicts
    rank: dict[str, int] = dataclasses.field(default_factory=dict)

    def get(self, actor_id: str | None) -> ActorEntry | None:
        return self.actors.get(actor_id) if actor_id else None

    def add(self, entry: ActorEntry, *, rank: int, override: bool) -> None:
        """Add an entry; an entry with a known id is merged into the existing one."""
        existing = self.actors.get(entry.id)
        if existing is None:
            self.actors[entry.id] = entry
        else:
            if not override:
                logger.warning(
                    "actor id %r is defined twice (%s and %s); the later entry's fields win",
                    entry.id,
                    existing.source,
                    entry.source,
                )
            self.actors[entry.id] = merge_entries(existing, entry)
        self.rank[entry.id] = rank


def merge_entries(base: ActorEntry, over: ActorEntry) -> ActorEntry:
    """`over`'s given fields replace `base`'s; alias-like lists are united (over's first)."""
    merged = dataclasses.replace(base)
    given = over.given or frozenset(f.name for f in dataclasses.fields(ActorEntry))
    for f in dataclasses.fields(ActorEntry):
        name = f.name
        if name in ("id", "given", "source"):
            continue
        if name in _MERGED_LIST_FIELDS:
            values = list(dict.fromkeys([*getattr(over, name), *getattr(base, name)]))
            setattr(merged, name, values)
        elif name == "extra":
            merged.extra = {**base.extra, **over.extra}
        elif name == "dated_metonyms":
            merged.dated_metonyms = over.dated_metonyms if "metonyms" in given else base.dated_metonyms
        elif name == "codes":
            merged.codes = over.codes or base.codes
        elif name == "period":
            merged.period = over.period if given & {"from", "to"} else base.period
        elif name in given:
            setattr(merged, name, getattr(over, name))
    merged.source = over.source
    merged.given = base.given | over.given
    return merged


# ---------------------------------------------------------------- files


def builtin_files() -> list[Path]:
    """The package's YAML dictionaries (actors, and `agents.yaml`), without the lexicon."""
    root = resources.files(DATA_PACKAGE)
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith((".yaml", ".yml")) and p.name != LEXICON_FILE)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DictionaryError("no such dictionary file", path=str(path)) from None
    except UnicodeDecodeError as exc:
        try:
            # old TABARI dictionaries are often Latin-1
            return path.read_bytes().decode("latin-1")
        except UnicodeDecodeError:
            raise DictionaryError(f"not a text file: {exc}", path=str(path)) from None


@functools.lru_cache(maxsize=32)
def _read_actor_file(path: str, mtime: float) -> tuple[ActorEntry, ...] | tuple[tabari.TabariActor, ...]:
    text = _read_text(Path(path))
    if is_yaml_file(path):
        items = read_yaml_list(text, path)
        entries = tuple(actor_from_yaml(item, path) for item in items)
        _check_unique_ids(entries, path)
        return entries
    return tuple(tabari.read_tabari_actors(text, path))


@functools.lru_cache(maxsize=32)
def _read_agent_file(path: str, mtime: float) -> tuple[AgentEntry, ...]:
    text = _read_text(Path(path))
    if is_yaml_file(path):
        return tuple(agent_from_yaml(item, path) for item in read_yaml_list(text, path))
    return tuple(tabari.read_tabari_agents(text, path))


def _check_unique_ids(entries: tuple[ActorEntry, ...], path: str) -> None:
    seen: dict[str, str | None] = {}
    for entry in entries:
        if entry.id in seen:
            line = entry.source.rsplit(":", 1)[-1] if entry.source else None
            raise DictionaryError(
                f"entry '{entry.id}': id already used at {seen[entry.id]}",
                path=path,
                line=int(line) if line and line.isdigit() else None,
            )
        seen[entry.id] = entry.source


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        raise DictionaryError("no such dictionary file", path=str(path)) from None


def load_dictionary(
    *,
    actor_files: list[str] | tuple[str, ...] = (),
    agent_files: list[str] | tuple[str, ...] = (),
    use_builtin: bool = True,
) -> ActorDictionary:
    dictionary = ActorDictionary()
    rank = 0
    builtin_actor_files: list[Path] = []
    builtin_agent_files: list[Path] = []
    if use_builtin:
        for path in builtin_files():
            (builtin_agent_files if path.name == AGENTS_FILE else builtin_actor_files).append(path)
    for path in builtin_actor_files:
        for entry in _read_actor_file(str(path), _mtime(path)):
            if isinstance(entry, ActorEntry):  # built-in files are YAML
                dictionary.add(entry, rank=rank, override=False)
    for number, name in enumerate(actor_files, start=1):
        path = Path(name)
        entries = _read_actor_file(str(path), _mtime(path))
        if is_yaml_file(path):
            for entry in entries:
                if isinstance(entry, ActorEntry):
                    dictionary.add(entry, rank=rank + number, override=True)
        else:
            add_tabari_actors(dictionary, entries, rank=rank + number, source=str(path))
    for path in [*builtin_agent_files, *map(Path, agent_files)]:
        dictionary.agents.extend(_read_agent_file(str(path), _mtime(path)))
    check_references(dictionary)
    return dictionary


# ---------------------------------------------------------------- TABARI actors -> entries


def add_tabari_actors(dictionary: ActorDictionary, actors, *, rank: int, source: str = "") -> None:
    """Add TABARI actors; one whose default code and name match a known actor enriches it."""
    by_code = _known_by_code(dictionary)
    used_ids: set[str] = set()
    for actor in actors:
        default = next((c.code for c in actor.codes if c.period is None), None)
        names = list(
            dict.fromkeys(tabari.name_case(n) for name in actor.names for n in tabari.split_parenthetical(name))
        )
        known = _matching_known(dictionary, by_code.get(default or ""), names) or _same_slug(dictionary, names)
        if known is not None:
            _enrich(known, names, actor.codes)
            continue
        entry = _tabari_entry(actor, names, default, dictionary, used_ids, source)
        dictionary.add(entry, rank=rank, override=True)


def _known_by_code(dictionary: ActorDictionary) -> dict[str, list[ActorEntry]]:
    by_code: dict[str, list[ActorEntry]] = {}
    for entry in dictionary.actors.values():
        if entry.cameo:
            by_code.setdefault(entry.cameo.upper(), []).append(entry)
    return by_code


def _matching_known(dictionary, candidates, names: list[str]) -> ActorEntry | None:
    if not candidates:
        return None
    wanted = {n.lower() for n in names}
    for entry in candidates:
        forms = {entry.name.lower(), *(a.lower() for a in entry.aliases)}
        if forms & wanted or (entry.type == "state" and entry.id == entry.cameo.lower()):
            return dictionary.actors[entry.id]
    return None


def _same_slug(dictionary: ActorDictionary, names: list[str]) -> ActorEntry | None:
    """A known actor whose id is the slug of this TABARI actor's name ("hamid-karzai")."""
    entry = dictionary.actors.get(slugify(names[0]))
    if entry is not None and entry.name.lower() in {n.lower() for n in names}:
        return entry
    return None


def _enrich(entry: ActorEntry, names: list[str], codes: list[DatedCode]) -> None:
    reserved = {m.lower() for m in [*entry.metonyms, *([entry.capital] if entry.capital else [])]}
    known = {a.lower() for a in [entry.name, *entry.aliases, *entry.demonyms]}
    for name in names:
        if name.lower() not in reserved and name.lower() not in known:
            entry.aliases.append(name)
            known.add(name.lower())
    if not entry.codes and any(c.period for c in codes):
        entry.codes = list(codes)


def _tabari_entry(actor, names, default, dictionary, used_ids: set[str], source: str) -> ActorEntry:
    base = slugify(names[0])
    actor_id = base
    suffix = 2
    while actor_id in used_ids or (actor_id in dictionary.actors and dictionary.rank.get(actor_id, 0) == 0):
        actor_id = f"{base}-{suffix}"
        suffix += 1
    used_ids.add(actor_id)
    codes = [c.code for c in actor.codes if c.code]
    # several dated codes, or an elite code, is how TABARI files describe a person's career
    dated = len(set(codes)) > 1 or any(c.endswith("ELI") for c in codes)
    code = default or (codes[-1] if codes else None)
    return ActorEntry(
        id=actor_id,
        name=names[0],
        type=tabari.code_type(code, dated),
        country=_country_of_code(code),
        cameo=code,
        aliases=names,
        codes=list(actor.codes),
        source=f"{source}:{actor.line}",
        given=frozenset(("name", "type", "country", "cameo", "aliases")),
    )


@functools.lru_cache(maxsize=1)
def _alpha3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def _country_of_code(code: str | None) -> str | None:
    if code and len(code) >= 3 and code[:3] in _alpha3_codes():
        return code[:3]
    return None


def check_references(dictionary: ActorDictionary) -> None:
    """Unknown parent/government ids are logged, not fatal: user files may extend them later."""
    for entry in dictionary.actors.values():
        refs = [entry.parent, *(g.actor for g in entry.governments)]
        for ref in refs:
            if ref and ref not in dictionary.actors:
                logger.debug("%s (%s) refers to unknown actor %r", entry.id, entry.source, ref)
