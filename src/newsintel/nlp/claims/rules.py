"""The claims stage's lexical rules, read once from `data/claim_rules.yaml`."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from newsintel.errors import DictionaryError

RULES_FILE = "claim_rules.yaml"
_WORD_LISTS = (
    "modal_auxiliaries",
    "intention_verbs",
    "negating_adverbs",
    "frame_nouns",
    "frame_adjectives",
    "denial_verbs",
    "falsity_words",
    "reality_verbs",
    "reality_objects",
    "motive_objects",
    "source_nouns",
    "document_nouns",
    "support_verbs",
    "media_report_nouns",
    "media_nouns",
)
_CLASS_ROLES = ("subject_a", "subject_b", "patient_a", "patient_b")


@dataclass(frozen=True, slots=True)
class ExclusiveClass:
    """Two states of one entity that cannot both hold ("active" / "suppressed")."""

    name: str
    subject_a: frozenset[str]
    subject_b: frozenset[str]
    patient_a: frozenset[str]
    patient_b: frozenset[str]


@dataclass(frozen=True, slots=True)
class ClaimRules:
    words: dict[str, frozenset[str]]
    classes: tuple[ExclusiveClass, ...]

    def __getattr__(self, name: str) -> frozenset[str]:
        try:
            return object.__getattribute__(self, "words")[name]
        except KeyError:
            raise AttributeError(name) from None


def parse_rules(data: object, *, path: str) -> ClaimRules:
    if not isinstance(data, dict):
        raise DictionaryError("expected a mapping of rule name -> list", path=path)
    words: dict[str, frozenset[str]] = {}
    for name in _WORD_LISTS:
        values = data.get(name)
        if not isinstance(values, list):
            raise DictionaryError(f"'{name}' must be a list of words", path=path)
        words[name] = frozenset(str(v).lower() for v in values)
    classes = []
    for number, entry in enumerate(data.get("exclusive_classes") or [], 1):
        if not isinstance(entry, dict) or "name" not in entry:
            raise DictionaryError(f"exclusive_classes entry {number} needs a name", path=path)
        roles = {role: frozenset(str(v).lower() for v in entry.get(role) or []) for role in _CLASS_ROLES}
        classes.append(ExclusiveClass(name=str(entry["name"]), **roles))
    return ClaimRules(words, tuple(classes))


@functools.lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> ClaimRules:
    """The built-in rules, or those of a YAML file with the same shape."""
    try:
        if path is None:
            text = resources.files("newsintel.nlp.claims.data").joinpath(RULES_FILE).read_text("utf-8")
            where = f"newsintel/nlp/claims/data/{RULES_FILE}"
        else:
            text = Path(path).read_text("utf-8")
            where = path
        data = yaml.safe_load(text)
    except OSError as exc:
        raise DictionaryError(f"cannot read claim rules: {exc.strerror}", path=path or RULES_FILE) from None
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise DictionaryError(
            f"not valid YAML: {exc}", path=path or RULES_FILE, line=None if line is None else line + 1
        ) from None
    return parse_rules(data, path=where)
