"""Read newsintel's own pattern dictionaries (YAML): verbs and event nouns mapped to CAMEO.

synsets:
  COMMENT: [comment, substantiate, "elaborate further"]
verbs:
  - lemmas: [attack, assault, "crack down"]   # a multi-word verb: head word + particles
    code: "190"                               # null: no event unless a pattern matches
    reverse: null                             # code of the target's event back, if any
    patterns: ["* TO_&COMMENT [011]"]         # TABARI pattern notation (see patterns.py)
nouns:
  - lemmas: [seizure, capture]
    code: "192"
    target_preps: [of]                        # prepositions introducing the target
    symmetric: false                          # "talks with X": both sides act
    needs_target: false                       # true: an event only towards an actor
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import yaml

from newsintel.errors import DictionaryError
from newsintel.nlp.events.patterns import PatternSet, VerbEntry, VerbForm, normalise_synset, parse_pattern, split_code

_PATTERN = re.compile(r"^(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")


def read_builtin() -> PatternSet:
    text = resources.files("newsintel.nlp.events.data").joinpath("patterns.yaml").read_text(encoding="utf-8")
    return parse_yaml_patterns(text, path="newsintel:events/data/patterns.yaml")


def read_yaml_file(path: str | Path) -> PatternSet:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"cannot read pattern file: {exc.strerror}", path=str(path)) from exc
    return parse_yaml_patterns(text, path=str(path))


def parse_yaml_patterns(text: str, *, path: str) -> PatternSet:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise DictionaryError(f"not valid YAML: {exc}", path=path, line=None if line is None else line + 1) from exc
    if not isinstance(data, dict) or not ({"verbs", "nouns"} & set(data)):
        raise DictionaryError("expected a mapping with 'verbs' and/or 'nouns' lists", path=path)
    result = PatternSet()
    for name, members in (data.get("synsets") or {}).items():
        result.synsets[normalise_synset(str(name))] = [tuple(str(m).lower().replace("_", " ").split()) for m in members]
    for pos in ("verbs", "nouns"):
        for number, item in enumerate(data.get(pos) or [], start=1):
            result.add(_entry(item, pos[:-1], path, number))
    return result


def _entry(item: dict, pos: str, path: str, number: int) -> VerbEntry:
    where = f"{pos}s[{number}]"
    if not isinstance(item, dict) or not item.get("lemmas"):
        raise DictionaryError(f"{where}: each entry needs 'lemmas'", path=path)
    for key in ("target_preps",):
        values = item.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise DictionaryError(
                f"{where}: '{key}' must be a list of words (quote on/off/yes/no: YAML reads them as booleans)",
                path=path,
            )
    code = item.get("code")
    code, _ = split_code(str(code)) if code is not None else (None, None)
    reverse = item.get("reverse")
    entry = VerbEntry(
        name=str(item["lemmas"][0]).upper(),
        code=code,
        reverse_code=str(reverse) if reverse else None,
        pos=pos,
        source=f"{path}:{where}",
        origin="newsintel",
        frame={k: v for k, v in item.items() if k not in ("lemmas", "code", "reverse", "patterns")},
    )
    for lemma in item["lemmas"]:
        words = str(lemma).lower().split()
        entry.forms.append(VerbForm(head_forms=frozenset(), lemma=words[0], post=tuple(words[1:])))
    for raw in item.get("patterns") or []:
        match = _PATTERN.match(str(raw))
        if not match:
            raise DictionaryError(f"{where}: pattern {raw!r} needs a [code] at its end", path=path)
        pattern_code, pattern_reverse = split_code(match.group("code"))
        entry.patterns.append(parse_pattern(match.group("body"), pattern_code, pattern_reverse))
    return entry
