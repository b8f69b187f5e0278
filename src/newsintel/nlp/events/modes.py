"""Whether an event happened: asserted, negated, planned, hypothetical, denied or reported.

Decided from the parse around the trigger; the cue words are data (`data/modes.yaml`).
"""

from __future__ import annotations

import functools
from importlib import resources

import yaml
from spacy.tokens import Token

from newsintel.nlp.events.syntax import ancestors_chain

# How far up the tree a cue may sit: complements and infinitives, not whole other clauses.
_CHAIN_DEPS = {
    "xcomp",
    "ccomp",
    "acl",
    "relcl",
    "pcomp",
    "pobj",
    "dobj",
    "advcl",
    "conj",
    "prep",
    "acomp",
    "amod",
    "nsubj",
    "attr",
}


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    text = resources.files("newsintel.nlp.events.data").joinpath("modes.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """The word lists of modes.yaml, lower case."""
    lists = {key: values for key, values in _table().items() if isinstance(values, list)}
    return {key: frozenset(str(v).lower() for v in values) for key, values in lists.items()}


def mapping(key: str) -> dict[str, str]:
    """A mapping of modes.yaml (`intent_codes`)."""
    return {str(k): str(v) for k, v in (_table().get(key) or {}).items()}


def is_negated(token: Token) -> bool:
    return any(child.dep_ == "neg" or child.dep_ == "det" and child.lower_ == "no" for child in token.children)


def _modal(token: Token, words: frozenset[str]) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in words for child in token.children)


def _marked(token: Token, words: frozenset[str]) -> bool:
    return any(child.dep_ == "mark" and child.lower_ in words for child in token.children)


def event_mode(trigger: Token) -> str:
    """The mode of the event whose trigger is `trigger` (attribution is checked by the caller)."""
    mode = _mode_from_parse(trigger)
    if mode == "planned" and _told_as_past(trigger):
        return "asserted"  # "a kidnapping six months ago", "they kidnapped him": done, not planned
    return mode


def _told_as_past(trigger: Token) -> bool:
    """A finite past verb ("attacked"), or a past-time word on the trigger ("six months ago")."""
    if trigger.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return True
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False  # a verb's own tense says it; a later "ago" may belong to another clause
    past = cues()["past_time_words"]
    for child in trigger.children:
        near = child.dep_ in ("npadvmod", "advmod", "prep", "amod") and child.i > trigger.i - 3
        if near and child.lower_ != "since" and any(t.lower_ in past for t in child.subtree):
            return True
    # "investigate the kidnapping of Smith six months ago": the parser hangs "ago" on the verb
    after = trigger.doc[trigger.right_edge.i + 1 : min(trigger.right_edge.i + 5, trigger.sent.end)]
    heads = (trigger.i, trigger.head.i)
    return any(t.lower_ in past and t.head.i in heads and t.dep_ in ("advmod", "npadvmod") for t in after)


def _evidential(token: Token) -> bool:
    """'was purportedly killed', 'reportedly shows'."""
    return any(c.dep_ == "advmod" and c.lower_ in cues()["evidential_adverbs"] for c in token.children)


def _not_done(governor: Token, previous: Token) -> bool:
    """'has yet to apologize', 'failed to withdraw', 'refused to release'."""
    if previous.dep_ != "xcomp":
        return False
    if governor.lemma_.lower() in cues()["not_done_verbs"]:
        return True
    return governor.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in governor.children)


def _mode_from_parse(trigger: Token) -> str:
    table = cues()
    if is_negated(trigger):
        return "negated"
    if _marked(trigger, table["conditional_marks"]):
        return "hypothetical"
    if _reported_would(trigger):
        return "planned"  # "they said they would boycott the talks": future in the past
    if _modal(trigger, table["hypothetical_modals"]) or _possible(trigger):
        return "hypothetical"
    if _modal(trigger, table["future_modals"]) or _about_to(trigger) or _purpose(trigger):
        return "planned"
    previous = trigger
    reported = _evidential(trigger)
    for governor in ancestors_chain(trigger):
        if previous.dep_ not in _CHAIN_DEPS:
            break
        reported = reported or _evidential(governor)
        mode = _governed_mode(governor, previous, table)
        if mode == "stop":
            break
        if mode is not None:
            return mode
        if previous.dep_ in ("ccomp", "prep") and governor.lemma_.lower() in table["reporting_verbs"]:
            reported = True  # "X said Y attacked Z", "reported on the detentions of ..."
        previous = governor
    return "reported" if reported or _wire_lead(trigger) else "asserted"


def _governed_mode(governor: Token, previous: Token, table: dict[str, frozenset[str]]) -> str | None:
    """The mode that `governor` gives what hangs below it through `previous`; "stop" when the
    search should go no higher; None when it says nothing."""
    lemma = governor.lemma_.lower()
    dep = previous.dep_
    if _not_done(governor, previous):
        return "negated"
    if lemma in table["evidence_nouns"] and is_negated(governor) and dep in ("acl", "ccomp", "relcl"):
        return "hypothetical"  # "no hard evidence that Isis has captured her"
    if lemma in table["denial_verbs"] and dep in ("ccomp", "xcomp", "dobj", "pcomp", "pobj", "prep"):
        return "denied"
    if (lemma in table["request_verbs"] and dep in ("xcomp", "acl", "pcomp")) or (
        lemma in table["plea_verbs"] and (dep in ("ccomp", "advcl") or (dep == "prep" and previous.lower_ == "for"))
    ):
        return "hypothetical"  # "urged X to attack", "called for sanctions": asked for, not done
    # "is committed to opening": the participle's form is the plan word, its "to" the link
    stative = governor.lower_ in table["plan_verbs"] and dep == "prep" and previous.lower_ == "to"
    if (
        (lemma in table["plan_verbs"] or stative)
        and governor.pos_ in ("VERB", "AUX", "ADJ")
        and dep in ("xcomp", "ccomp", "prep", "pcomp")
    ):
        return "negated" if is_negated(governor) else "planned"
    if lemma in table["plan_nouns"] and governor.pos_ == "NOUN" and dep in ("acl", "relcl", "prep", "pcomp", "xcomp"):
        return "planned"
    if governor.pos_ in ("NOUN", "PROPN") and dep in ("pobj", "prep", "dobj"):
        return "stop"  # "a statement about Foley's killing": the killing is its topic, not what is planned
    if dep in ("ccomp", "advcl") and _marked(previous, table["conditional_marks"]):
        return "hypothetical"
    unrealised = table["demand_modals"] | table["future_modals"] | table["hypothetical_modals"]
    if dep == "advcl" and _marked(previous, table["future_time_marks"]) and _modal(governor, unrealised):
        return "hypothetical"  # "X must agree to reforms before they disarm": not done yet
    if _modal(governor, table["hypothetical_modals"]) and dep == "xcomp":
        return "hypothetical"
    return None


def _purpose(trigger: Token) -> bool:
    """'began a hunger strike to protest', 'will visit X to mediate': the aim of another act."""
    if trigger.dep_ != "advcl" or trigger.head.pos_ not in ("VERB", "AUX"):
        return False
    table = cues()
    if trigger.head.lemma_.lower() in table["plea_verbs"] | table["request_verbs"]:
        return False  # "pleaded for Kandor to release him": asked for (hypothetical), below
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def _possible(trigger: Token) -> bool:
    """'a possible war against Iraq', 'a potential strike'."""
    words = cues()["possibility_adjectives"]
    return trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in words for c in trigger.children)


def _wire_lead(trigger: Token) -> bool:
    """'Gunmen killed ten soldiers ..., a military source and residents said on Monday': a
    sentence-final reporting clause after a comma, often parsed as a conjunct, reports all
    before it."""
    sentence = trigger.sent
    reporting = cues()["reporting_verbs"]
    doc = sentence.doc
    for token in doc[max(trigger.i + 1, sentence.end - 8) : sentence.end]:  # the last words only: no quadratic scan
        if token.lemma_.lower() not in reporting or token.dep_ not in ("ROOT", "conj", "parataxis"):
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children):
            continue
        if any(t.text == "," for t in doc[max(trigger.i, token.i - 12) : token.i]):
            return True
    return False


def _about_to(token: Token) -> bool:
    """'is about to restore', 'is going to attack'."""
    head = token.head
    return token.dep_ == "xcomp" and head.lower_ in ("about", "going", "set", "poised")


def _reported_would(token: Token) -> bool:
    """'they said they would boycott': 'would' as the future of a reported clause."""
    return (
        token.dep_ == "ccomp"
        and token.head.lemma_.lower() in cues()["reporting_verbs"]
        and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in token.children)
    )
