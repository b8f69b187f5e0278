"""Which language a document is written in, so that no text is coded with another language's rules.

newsintel's stages read English (cue lexicons, verb dictionaries, actor names). A French or
Arabic article run through them gives nonsense ("dans" as an actor), so a document whose
language is not the model's is not analysed: it becomes a `LanguageSkipped` error naming its
language and the model to pass (`--model fr_core_news_sm`). With such a model only the stages
that read names run (`nlp/pipeline.py`, NAME_STAGES); each report names the stages left out and
carries the language detected here. Detection is py3langid (offline, its model ships in the
package). It decides only when it can: a text mostly in a non-Latin script is never English; a
Latin-script text needs enough letters and a confident detector, so a short English headline is
never skipped by mistake.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from newsintel.errors import InputError
from newsintel.records import Document

SAMPLE_CHARS = 5000  # the start of a document tells its language
MIN_LETTERS = 100  # below this many letters a Latin-script text is not judged
MIN_PROBABILITY = 0.9
ANY_LANGUAGE = "xx"  # spaCy's code for multi-language models


class LanguageSkipped(InputError):
    """A document not in the model's language: recorded, not analysed."""

    code = "E110"

    def __init__(self, message: str, *, path: str | None = None, language: str = "") -> None:
        super().__init__(message, path=path)
        self.language = language


@dataclass(frozen=True, slots=True)
class Detected:
    language: str  # ISO 639-1 code
    probability: float


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Detected | None:
    """The language of `text`, or None when the text is too short or the detector unsure."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f") / len(letters)
    language, probability = _identifier().classify(sample)
    if latin < 0.5:  # mostly another script: whatever the detector says, not a Latin language
        return Detected(language if language != "en" else "und", float(probability))
    if len(letters) < MIN_LETTERS or probability < MIN_PROBABILITY:
        return None
    return Detected(language, float(probability))


def language_name(code: str) -> str:
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return found.name if found is not None else code


def model_language(model: str | None) -> str:
    """The language of a spaCy model: its meta.json for a folder, else the name's prefix
    ("fr_core_news_sm" -> "fr"); the default model is English."""
    if not model:
        return "en"
    meta = Path(model) / "meta.json"
    if meta.is_file():
        try:
            return str(json.loads(meta.read_text(encoding="utf-8")).get("lang") or ANY_LANGUAGE)
        except (OSError, ValueError):
            return ANY_LANGUAGE
    prefix = Path(model).name.split("_", 1)[0].lower()
    return prefix if 2 <= len(prefix) <= 3 and prefix.isalpha() else ANY_LANGUAGE


def check_language(document: Document, *, expected: str = "en") -> LanguageSkipped | None:
    """None when `document` may be analysed by a model for `expected`; else the error to record."""
    return judge_language(document, expected=expected)[1]


def judge_language(document: Document, *, expected: str = "en") -> tuple[str | None, LanguageSkipped | None]:
    """The document's language (None when not judged) and, when it is not `expected` (a model
    for any language, "xx", expects none), the error to record instead of analysing it."""
    detected = detect_language(document.text)
    if detected is None:
        return None, None
    if expected == ANY_LANGUAGE or detected.language == expected:
        return detected.language, None
    name = language_name(detected.language) if detected.language != "und" else "a non-Latin script"
    if detected.language == "und":
        advice = "pass a model for its language with --model"
    elif detected.language == "en":
        advice = "analyse it without --model (the English default)"
    else:
        advice = f"pass a model for it, e.g. --model {detected.language}_core_news_sm"
    return detected.language, LanguageSkipped(
        f"written in {name} ({detected.language}), not {language_name(expected)}: not analysed; {advice}",
        path=document.source or document.id,
        language=detected.language,
    )
