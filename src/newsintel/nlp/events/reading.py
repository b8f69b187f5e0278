"""How an event stands in its sentence: a stated intention, a background mention, or a
descriptive participle rather than an event.

- Intentions: a cooperative event (CAMEO 04-08) that its doer says it will do, is willing,
  ready or agrees to do ("Syria is willing to withdraw its troops", "the rebels said they will
  release the minister") is the expression of an intent to do it: CAMEO 03x, asserted.
- Background: an event named as the time frame of another ("after days of fighting", "in the
  wake of the execution", "since last month's invasion") or told in the past perfect inside a
  relative clause ("whom they had taken hostage") was reported before; it is not a new event
  of this report.
- Descriptions: a participle that modifies a noun ("the banned party", "the besieged town") or
  stands for people ("evacuated the wounded") describes a state, it does not report an event.

The cue words are data (`data/modes.yaml`: `background_prepositions`, `intent_codes`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsintel.nlp.events.modes import cues, mapping

_INTENT_MODES = {"planned"}


def intent_code(code: str, mode: str, trigger: Token) -> str | None:
    """The code of the stated intent to do the event `code`: CAMEO 03x for a cooperative event,
    13x for a hostile one ("they would blockade Paris"), 139 for one tied to a condition the
    other side must meet ("will withdraw its force unless ..."); None when it is no intent."""
    if mode not in _INTENT_MODES or code.startswith(("03", "13")):
        return None
    if _ultimatum(trigger):
        return "139"
    tables = [mapping("intent_codes")]
    if _said_by_its_doer(trigger):
        tables.append(mapping("threat_codes"))  # "they said they would blockade Paris"; not "the rebels will attack"
    for table in tables:
        for prefix in sorted(table, key=len, reverse=True):
            if code.startswith(prefix):
                return table[prefix]
    return None


def refusal_code(code: str, mode: str, trigger: Token) -> str | None:
    """'Syria will not accept refugees', 'failed to reach agreement': a cooperative event its doer
    will not do or failed to do is a rejection (CAMEO 120)."""
    if mode != "negated" or code[:2] not in ("03", "04", "05", "06", "07", "08"):
        return None
    table = cues()
    future = any(c.dep_ == "aux" and c.lower_ in table["future_modals"] for c in trigger.children)
    failed = trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in table["not_done_verbs"]
    return "120" if future or failed else None


def _said_by_its_doer(trigger: Token) -> bool:
    """A reported clause whose subject is a pronoun or the reporting subject itself."""
    if trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in cues()["reporting_verbs"]:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and speaker is not None and (subject.pos_ == "PRON" or subject.lower_ == speaker.lower_)


def _ultimatum(trigger: Token) -> bool:
    marks = cues()["ultimatum_marks"]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in trigger.children
    )


def demanded_by(trigger: Token) -> Token | None:
    """'Russia said Sudan must return the helicopter': the reporting verb whose subject demands
    the event of its own subject (a modal of obligation in a reported clause with another subject)."""
    table = cues()
    if trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in table["reporting_verbs"]:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in table["demand_modals"] for c in trigger.children):
        return None
    return trigger.head


def is_background(trigger: Token) -> bool:
    """Whether the event is named as the time frame or earlier history of another one."""
    preps = cues()["background_prepositions"]
    node = trigger
    for _ in range(4):  # the nearest few heads: "after five days of fighting"
        if node.dep_ == "pobj" and _prep_words(node.head) in preps:
            return True
        if node.dep_ not in ("pobj", "prep", "compound", "amod", "nmod", "poss") or node.head is node:
            break
        node = node.head
    # "whom they had taken hostage two weeks ago"
    return trigger.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children)


def _prep_words(prep: Token) -> str:
    """'after', or 'in the wake of' / 'in response to' for a multi-word preposition."""
    if prep.lower_ in ("of", "to") and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep":
        outer = prep.head.head
        return " ".join(
            [outer.lower_, *(t.lower_ for t in prep.doc[outer.i + 1 : prep.head.i]), prep.head.lower_, prep.lower_]
        )
    return prep.lower_


def is_description(trigger: Token) -> bool:
    """A participle describing a noun ("the banned party") or standing for people ("the wounded")."""
    if trigger.tag_ not in ("VBN", "VBD", "JJ", "VBG"):
        return False
    if trigger.dep_ == "amod" and trigger.i < trigger.head.i:
        return True
    return (
        trigger.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "det" for c in trigger.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in trigger.children)
    )
