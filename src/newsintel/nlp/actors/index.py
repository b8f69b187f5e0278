"""Everything the linker looks up, compiled once per set of dictionary files.

Compiling tokenises every alias with the pipeline's tokenizer, so the result is cached per
(files, their modification times, tokenizer) in the process.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsintel.nlp.actors.dictionary import DATA_PACKAGE, LEXICON_FILE, ActorDictionary, load_dictionary
from newsintel.nlp.actors.entries import ActorEntry, AgentEntry, Role
from newsintel.nlp.actors.matcher import Candidate, PhraseIndex, Tokenize, is_acronym

logger = logging.getLogger(__name__)

# Only these kinds of actor are worth a fuzzy match: misspelt countries are rare, and
# fuzzy-matching short names gives false positives.
FUZZY_MIN_CHARS = 9


@dataclass(slots=True)
class Lexicon:
    subject_verbs: frozenset[str]
    object_verbs: frozenset[str]
    prepositions: dict[str, frozenset[str]]
    possessed_nouns: frozenset[str]
    descriptions: dict[str, frozenset[str]]
    org_type_words: dict[str, str]
    former_words: frozenset[str]
    person_titles: frozenset[str]
    religious_groups: frozenset[str]
    generic_name_words: frozenset[str]
    us_state_context_words: frozenset[str] = frozenset()
    name_subject_verbs: frozenset[str] = frozenset()
    office_titles: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files(DATA_PACKAGE).joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return Lexicon(
        subject_verbs=frozenset(data["metonym_subject_verbs"]),
        object_verbs=frozenset(data["metonym_object_verbs"]),
        prepositions={k: frozenset(v) for k, v in data["metonym_prepositions"].items()},
        possessed_nouns=frozenset(data["metonym_possessed_nouns"]),
        descriptions={k: frozenset(v) for k, v in data["descriptions"].items()},
        org_type_words=dict(data["org_type_words"]),
        former_words=frozenset(data["former_words"]),
        person_titles=frozenset(data["person_titles"]),
        religious_groups=frozenset(data["religious_groups"]),
        generic_name_words=frozenset(data["generic_name_words"]),
        us_state_context_words=frozenset(data.get("us_state_context_words", ())),
        name_subject_verbs=frozenset(data.get("name_subject_verbs", ())),
        office_titles=frozenset(data.get("office_titles", ())),
    )


@dataclass(slots=True)
class FuzzyIndex:
    """Multi-word names, blocked by the first three letters of each word."""

    names: list[tuple[str, str]] = field(default_factory=list)  # (lowercased name, actor id)
    blocks: dict[str, list[int]] = field(default_factory=dict)

    def add(self, name: str, actor_id: str) -> None:
        words = name.lower().split()
        if len(words) < 2 or len(name) < FUZZY_MIN_CHARS:
            return
        number = len(self.names)
        self.names.append((" ".join(words), actor_id))
        for word in {w[:3] for w in words if len(w) >= 3}:
            self.blocks.setdefault(word, []).append(number)

    def candidates(self, text: str) -> list[tuple[str, str]]:
        numbers: set[int] = set()
        for word in text.lower().split():
            numbers.update(self.blocks.get(word[:3], ()))
        return [self.names[n] for n in sorted(numbers)]


@dataclass(slots=True)
class ActorIndex:
    dictionary: ActorDictionary
    phrases: PhraseIndex
    agent_phrases: PhraseIndex
    agents: dict[str, AgentEntry]
    fuzzy: FuzzyIndex
    lexicon: Lexicon
    # (alpha-3 or cameo country code, institution suffix) -> institution actor id
    institutions: dict[tuple[str, str], str]
    states_by_code: dict[str, str]  # "USA" -> "usa"
    description_index: PhraseIndex
    # alpha-3 -> (person id, role) for roles in that country's bodies: who "the Afghan
    # president" was on a date
    role_holders: dict[str, list[tuple[str, Role]]] = field(default_factory=dict)

    def actor(self, actor_id: str | None) -> ActorEntry | None:
        return self.dictionary.get(actor_id)


def _surface_forms(entry: ActorEntry):
    """(phrase, kind) for every way the entry can be written."""
    for phrase in dict.fromkeys([entry.name, *entry.aliases]):
        yield phrase, "alias"
    for phrase in entry.short_aliases:
        yield phrase, "short"
    for phrase in entry.demonyms:
        yield phrase, "demonym"
    metonyms = list(entry.metonyms)
    if entry.capital and entry.type == "state":
        metonyms.append(entry.capital)
    for phrase in dict.fromkeys(metonyms):
        yield phrase, "metonym"


def build_index(dictionary: ActorDictionary, tokenize: Tokenize) -> ActorIndex:
    items: list[tuple[str, Candidate, bool]] = []
    fuzzy = FuzzyIndex()
    for entry in dictionary.actors.values():
        rank = dictionary.rank.get(entry.id, 0)
        exact_case = set(entry.case_sensitive_aliases)
        for phrase, kind in _surface_forms(entry):
            lowercase_ok = phrase == phrase.lower()
            common_word = phrase in exact_case and " " not in phrase.strip() and not is_acronym(phrase)
            candidate = Candidate(
                entry.id,
                "alias" if kind == "short" else kind,
                rank,
                lowercase_ok,
                short=kind == "short",
                common_word=common_word,
            )
            items.append((phrase, candidate, is_acronym(phrase) or phrase in exact_case))
            if kind == "alias" and entry.type not in ("state", None):
                fuzzy.add(phrase, entry.id)
    phrases = PhraseIndex()
    phrases.add_phrases(items, tokenize)
    agents = {agent.id: agent for agent in dictionary.agents}
    agent_items = [
        (term, Candidate(agent.id, "agent", number, True), False)
        for number, agent in enumerate(dictionary.agents)
        for term in agent.terms
    ]
    agent_phrases = PhraseIndex()
    agent_phrases.add_phrases(agent_items, tokenize)
    lexicon = load_lexicon()
    description_index = PhraseIndex()
    description_index.add_phrases(
        [(d, Candidate(d, "description", 0, True), False) for d in lexicon.descriptions], tokenize
    )
    return ActorIndex(
        dictionary=dictionary,
        phrases=phrases,
        agent_phrases=agent_phrases,
        agents=agents,
        fuzzy=fuzzy,
        lexicon=lexicon,
        institutions=_institutions(dictionary),
        states_by_code=_states_by_code(dictionary),
        description_index=description_index,
        role_holders=_role_holders(dictionary),
    )


def _role_holders(dictionary: ActorDictionary) -> dict[str, list[tuple[str, Role]]]:
    result: dict[str, list[tuple[str, Role]]] = {}
    for entry in dictionary.actors.values():
        for role in entry.roles:
            org = dictionary.get(role.org)
            country = org.country if org is not None else None
            if country:
                result.setdefault(country.upper(), []).append((entry.id, role))
    return result


def _states_by_code(dictionary: ActorDictionary) -> dict[str, str]:
    result: dict[str, str] = {}
    for entry in dictionary.actors.values():
        if entry.type == "state":
            for code in (entry.country, entry.cameo):
                if code:
                    result.setdefault(code.upper(), entry.id)
    return result


def _institutions(dictionary: ActorDictionary) -> dict[tuple[str, str], str]:
    """Institutions reachable as "<a3>-<suffix>" by the id convention, keyed by (A3, suffix)."""
    result: dict[tuple[str, str], str] = {}
    for actor_id, entry in dictionary.actors.items():
        head, _, suffix = actor_id.partition("-")
        if suffix and len(head) == 3 and entry.type != "state":
            result[(head.upper(), suffix)] = actor_id
    return result


def _tokenizer_splitter(tokenizer) -> Tokenize:
    """Tokenise phrases exactly as the pipeline does, with a copy of its tokenizer that has a
    vocabulary of its own: adding tens of thousands of dictionary words to the model's
    vocabulary is slow (lexeme attributes) and would grow it for good."""
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

    copy = Tokenizer(
        Vocab(),
        rules=tokenizer.rules,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )

    def tokenize(phrases: list[str]) -> list[list[str]]:
        return [[t.text for t in doc] for doc in copy.pipe(phrases, batch_size=1000)]

    return tokenize


@functools.lru_cache(maxsize=8)
def _compiled(key: tuple, tokenizer_ref) -> ActorIndex:
    cached = _read_disk_cache(key)
    if cached is not None:
        return cached
    actor_files, agent_files, use_builtin, _stamps, _model = key
    dictionary = load_dictionary(actor_files=actor_files, agent_files=agent_files, use_builtin=use_builtin)
    index = build_index(dictionary, _tokenizer_splitter(tokenizer_ref.tokenizer))
    _write_disk_cache(key, index)
    logger.info(
        "actor index: %d actors, %d agents, %d phrases",
        len(dictionary.actors),
        len(dictionary.agents),
        len(index.phrases.insensitive) + len(index.phrases.sensitive),
    )
    return index


class _TokenizerRef:
    """Hashable by model identity only, so the cache key ignores the tokenizer object."""

    def __init__(self, tokenizer, label: str) -> None:
        self.tokenizer = tokenizer
        self.label = label

    def __hash__(self) -> int:
        return hash(self.label)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _TokenizerRef) and other.label == self.label


def compiled_index(
    *,
    actor_files: tuple[str, ...],
    agent_files: tuple[str, ...],
    use_builtin: bool,
    tokenizer,
    model_label: str,
) -> ActorIndex:
    from newsintel.nlp.actors.dictionary import builtin_files

    lexicon = Path(str(resources.files(DATA_PACKAGE).joinpath(LEXICON_FILE)))
    paths = [*(builtin_files() if use_builtin else []), *map(Path, actor_files), *map(Path, agent_files), lexicon]
    stamps = tuple(_stamp(p) for p in paths)
    key = (tuple(actor_files), tuple(agent_files), use_builtin, stamps, model_label)
    return _compiled(key, _TokenizerRef(tokenizer, model_label))


def _stamp(path: Path) -> tuple[str, float, int]:
    try:
        stat = path.stat()
    except OSError:
        return (str(path.resolve()), 0.0, -1)  # load_dictionary reports the missing file
    return (str(path.resolve()), stat.st_mtime, stat.st_size)


# ---------------------------------------------------------------- on-disk cache
# Compiling the Phoenix dictionaries (40,000 names) takes seconds; a pickle of the compiled
# index loads in a fraction of that. The key holds every file's path, mtime and size, the
# model and the versions of newsintel and spaCy, so a stale cache is never used.


def cache_dir() -> Path | None:
    """$NEWSINTEL_CACHE_DIR, else ~/.cache/newsintel (or $XDG_CACHE_HOME/newsintel);
    NEWSINTEL_CACHE_DIR=off disables the cache."""
    import os

    setting = os.environ.get("NEWSINTEL_CACHE_DIR")
    if setting and setting.lower() in ("off", "0", "none", "false"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsintel"


def _cache_file(key: tuple) -> Path | None:
    import hashlib

    import spacy

    from newsintel.about import __version__

    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(repr((key, __version__, spacy.__version__, CACHE_FORMAT)).encode()).hexdigest()
    return folder / "actors" / f"{digest[:32]}.pickle"


CACHE_FORMAT = 8  # bump when ActorIndex or its parts change shape


def _read_disk_cache(key: tuple) -> ActorIndex | None:
    import pickle

    path = _cache_file(key)
    if path is None or not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)  # our own cache file, keyed by content
    except Exception:  # a broken cache is rebuilt, never fatal
        logger.debug("actor index cache %s unreadable; rebuilding", path, exc_info=True)
        return None
    return index if isinstance(index, ActorIndex) else None


def _write_disk_cache(key: tuple, index: ActorIndex) -> None:
    import pickle

    path = _cache_file(key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{id(index)}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError:
        logger.debug("cannot write the actor index cache %s", path, exc_info=True)
