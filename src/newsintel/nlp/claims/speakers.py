"""Who holds a claim: the speaker of its attribution as the claim records it (a pronoun or a
definite description counts as what it refers to)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsintel.english.words import RELATIVE_PRONOUNS
from newsintel.nlp import annotations as doc_annotations


def resolved_kind(speaker: dict) -> str:
    """A pronoun or a definite description counts as what it refers to: "the official" after
    "a senior defense official" is anonymous; "he" after "Suhail Shaheen" is named."""
    kind = speaker.get("kind") or "none"
    if kind != "pronoun":
        return kind
    if speaker.get("anonymous"):
        return "anonymous"
    return "named" if speaker.get("actor") else kind


def _stands_for_antecedent(speaker: dict) -> bool:
    """A pronoun or a relative pronoun ("an assessment, which said ...") speaks for its antecedent."""
    antecedent = speaker.get("resolved_from")
    if not antecedent or not antecedent.get("text"):
        return False
    return speaker.get("kind") == "pronoun" or (speaker.get("text") or "").strip().lower() in RELATIVE_PRONOUNS


def resolved_text(speaker: dict) -> str | None:
    if _stands_for_antecedent(speaker):
        return speaker["resolved_from"]["text"]
    return speaker.get("text")


def speaker_key(speaker: dict) -> str:
    return speaker.get("actor") or " ".join((resolved_text(speaker) or "?").lower().split())


def speaker_head(doc: Doc, speaker: dict) -> str | None:
    span = speaker.get("resolved_from") if _stands_for_antecedent(speaker) else speaker.get("span")
    if span:
        tokens = doc_annotations.char_span_tokens(doc, span["start"], span["end"])
        if tokens is not None:
            return tokens.root.lemma_.lower()
    text = (speaker.get("text") or "").split()
    return text[-1].lower().strip(".,'’s") if text else None
