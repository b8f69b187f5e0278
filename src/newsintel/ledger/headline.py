"""Stance of a headline (one short text) towards a claim, from cue words and headline structure.

A headline refutes a claim when it holds more refuting cues than the claim (hoax, debunked, the
denial verbs of the attribution lexicon); it confirms it with a confirming cue; it only REPORTS
(observes) the claim when it hedges (reportedly, could, "?") or when its structure attributes the
claim to a source the claim itself does not name:

- a source before a colon opening the headline ("Senator: ...", "Pentagon official: ...");
- a source after a colon or dash closing it ("...: monitor", "... -- analyst");
- a reporting verb of the attribution lexicon ("X says", "Y predicts", "Z accuses"), unless the
  claim itself is about what someone said ("the priest says he met God").

Otherwise a related headline asserts the claim. Cue words come from `data/headline_stance.yaml`
and from the attribution stage's lexicon (`newsintel/nlp/attribution/data`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsintel.english.inflect import regular_forms
from newsintel.english.words import RELATIVE_PRONOUNS
from newsintel.textsim import WordClasses, content_stems, load_word_classes, stem, words

# a short phrase, then a colon followed by more headline (the word limit is checked after)
_COLON_PREFIX = re.compile(r"^\s*(?P<source>[^:?!.\"“”]{1,50}?)\s*:\s+\S")
# a colon or a dash, then up to three words closing the headline
_TRAILING_SOURCE = re.compile(r"(?:\s*:|\s+--?|\s+[–—]|,)\s*(?P<source>[A-Za-z][\w.'’ -]{0,40}?)\s*$")
MAX_SOURCE_WORDS = 5
MAX_TRAILING_WORDS = 3
REPORTING_STANCES = ("neutral", "hedged", "assertive")
# Content words after a negation that it bears on. A headline is short: six words reach its
# predicate ("not among 28 bodies found"); chosen on Emergent's train split (2 -> 6: 1,107 -> 1,111
# of 1,366 headlines right).
NEGATION_REACH = 6


@dataclass(frozen=True, slots=True)
class HeadlineCues:
    words: WordClasses  # the classes of headline_stance.yaml
    report_forms: frozenset[str]  # inflected forms of reporting verbs
    denial_forms: frozenset[str]  # inflected forms of denial verbs
    denial_phrases: tuple[tuple[str, ...], ...]
    source_nouns: frozenset[str]


def _noun_forms(lemma: str, nouns) -> set[str]:
    """ "dispute", "disputes" may be nouns ("after a long dispute"): only "disputed" is a verb."""
    return {lemma, lemma + "s"} if lemma in nouns else set()


@functools.lru_cache(maxsize=1)
def headline_cues() -> HeadlineCues:
    from newsintel.nlp.attribution.lexicon import load_cues, load_speaker_words

    lexicon = load_word_classes("newsintel.ledger.data", "headline_stance.yaml")
    cues = load_cues()
    chosen = lexicon.exact.get("reporting", frozenset())
    report = {
        form
        for lemma, cue in cues.verbs.items()
        if cue.stance == "hedged" or (lemma in chosen and cue.stance in REPORTING_STANCES)
        for form in regular_forms(lemma)
    }
    report |= lexicon.exact.get("irregular_reporting", frozenset())
    not_denial = lexicon.exact.get("not_denial", frozenset())
    denial = {
        form
        for lemma, cue in cues.verbs.items()
        if cue.stance == "denial" and lemma not in not_denial
        for form in regular_forms(lemma) - _noun_forms(lemma, cues.nouns)
    }
    phrases = tuple(tuple(words(p)) for p, cue in cues.phrases.items() if cue.stance == "denial")
    speakers = load_speaker_words()
    nouns = speakers.source_roles | speakers.institutions | speakers.media
    nouns |= lexicon.exact.get("sources", frozenset())
    nouns |= {n + "s" for n in nouns}
    return HeadlineCues(lexicon, frozenset(report), frozenset(denial), phrases, frozenset(nouns))


@dataclass(frozen=True, slots=True)
class HeadlineStance:
    label: str  # agree | disagree | discuss
    rule: str  # the cue that decided


def headline_stance(claim: str, headline: str) -> HeadlineStance:
    """agree / disagree / discuss of a related headline towards a claim."""
    cues = headline_cues()
    claim_tokens, tokens = words(claim), words(headline)
    claim_stems = set(content_stems(claim_tokens))
    refuting = _refuting(cues, tokens) + _negations_on_claim(cues, tokens, claim_stems)
    if refuting > _refuting(cues, claim_tokens) + _main_clause_negations(cues, claim_tokens):
        return HeadlineStance("disagree", "refuting-cue")
    if _confirming(cues, tokens, headline) > cues.words.members("support", claim_tokens):
        return HeadlineStance("agree", "confirming-cue")
    if cues.words.members("hedge", tokens) > cues.words.members("hedge", claim_tokens):
        return HeadlineStance("discuss", "hedge")
    if _reporting(cues, tokens) > _reporting(cues, claim_tokens):
        return HeadlineStance("discuss", "reporting-verb")
    if _source_prefix(cues, headline, claim_stems):
        return HeadlineStance("discuss", "source-prefix")
    if _source_suffix(cues, headline, claim_stems):
        return HeadlineStance("discuss", "source-suffix")
    return HeadlineStance("agree", "asserted")


_COMPOUND_TAIL = re.compile(r"(?<=\w-)[A-Za-z]+")
HEDGE_REACH = 2  # words before a confirming cue in which a hedge takes it back ("said to confirm")


def _confirming(cues: HeadlineCues, tokens: list[str], headline: str) -> int:
    """Confirming cues the headline asserts: not asked ("Is this proof ...?"), not hedged just
    before ("said to confirm", "appears to confirm"), not the tail of a compound ("shower-proof")."""
    if "?" in tokens:
        return 0
    tails = {t.lower() for t in _COMPOUND_TAIL.findall(headline)}
    return sum(
        1
        for i, token in enumerate(tokens)
        if cues.words.has("support", token)
        and token not in tails
        and not any(cues.words.has("hedge", t) for t in tokens[max(0, i - HEDGE_REACH) : i])
    )


def _refuting(cues: HeadlineCues, tokens: list[str]) -> int:
    count = cues.words.members("refute", tokens) + sum(1 for t in tokens if t in cues.denial_forms)
    for phrase in cues.denial_phrases:
        n = len(phrase)
        count += sum(1 for i in range(len(tokens) - n + 1) if tuple(tokens[i : i + n]) == phrase)
    return count


def _negations_on_claim(cues: HeadlineCues, tokens: list[str], claim_stems: set[str]) -> int:
    """Negations that bear on the claim: "have not been caught" (a claim word follows), "is not
    real" (a truth word follows), "... probably not" (closing); not "has no idea how ..."."""
    count = 0
    truth = cues.words.exact.get("truth", frozenset())
    idioms = cues.words.exact.get("negation_idioms", frozenset())
    for i, token in enumerate(tokens):
        if not cues.words.has("negation", token):
            continue
        after = [t for t in tokens[i + 1 :] if t != "?"]
        if not after:
            count += 1
            continue
        if after[0] in idioms:  # "no idea", "not sure", "no one": the negation is about something else
            continue
        following = content_stems(after)[:NEGATION_REACH]
        if set(following) & claim_stems or any(t in truth for t in after[:NEGATION_REACH]):
            count += 1
    return count


def _main_clause_negations(cues: HeadlineCues, tokens: list[str]) -> int:
    """The claim's own negations, but not inside a relative clause ("a panel that didn't include
    any women" asserts that the panel exists)."""
    return sum(
        1
        for i, t in enumerate(tokens)
        if cues.words.has("negation", t) and not RELATIVE_PRONOUNS & set(tokens[max(0, i - 2) : i])
    )


def _reporting(cues: HeadlineCues, tokens: list[str]) -> int:
    return sum(1 for t in tokens if t in cues.report_forms)


def _is_source(cues: HeadlineCues, source: str, claim_stems: set[str], *, max_words: int) -> bool:
    """A short phrase naming who speaks: none of the claim's words, not a headline label, and a
    source noun of the attribution lexicon ("official", "group", "monitor", "agency")."""
    tokens = words(source)
    if not tokens or len(tokens) > max_words or "?" in tokens:
        return False
    if set(content_stems(tokens)) & claim_stems or {stem(t) for t in tokens} & claim_stems:
        return False
    if cues.words.members("labels", tokens):
        return False
    return any(t in cues.source_nouns for t in tokens)


def _source_prefix(cues: HeadlineCues, headline: str, claim_stems: set[str]) -> bool:
    match = _COLON_PREFIX.match(headline)
    return match is not None and _is_source(cues, match.group("source"), claim_stems, max_words=MAX_SOURCE_WORDS)


def _source_suffix(cues: HeadlineCues, headline: str, claim_stems: set[str]) -> bool:
    match = _TRAILING_SOURCE.search(headline)
    if not match or len(words(headline)) <= len(words(match.group("source"))) + 2:
        return False
    source = match.group("source")
    return _is_source(cues, source, claim_stems, max_words=MAX_TRAILING_WORDS)
