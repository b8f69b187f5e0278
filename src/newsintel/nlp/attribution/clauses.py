"""Reading a cue's clause: its subject and speaker phrase, and quotations or host clauses
that stand for its content. Shared by verb, phrase and noun cues and by quotations without a cue."""

from __future__ import annotations

from spacy.tokens import Token

from newsintel.english.words import RELATIVE_PRONOUNS
from newsintel.nlp.attribution.state import DocState

CLIMB_DEPS = {"xcomp", "acomp", "advcl", "conj", "acl", "relcl", "ccomp", "pcomp"}
CONTENT_DEPS = {"ccomp"}
# "a law that allows ...": a restrictive "that" is no phrase of its own, the antecedent speaks
BARE_RELATIVES = {"that"}
# "half said so", "72 percent said yes": a one-word answer stands for the whole content
PRO_FORM_CONTENTS = {"so", "yes", "no"}


def subject_of(state: DocState, verb: Token) -> Token | None:
    current = verb
    for _ in range(4):
        agent = agent_of(state, current)
        if agent is not None:  # "was described by X"
            return agent
        if any(child.dep_ == "nsubjpass" for child in current.children):
            return None  # "he was asked": the subject is not the speaker
        subjects = [child for child in current.children if child.dep_ in ("nsubj", "csubj")]
        if subjects:
            # Two subjects mean a misparse such as a dateline ("KABUL — Officials said"):
            # the one nearest before the verb is the speaker.
            before = [child for child in subjects if child.i < current.i]
            return _relative_antecedent(state, before[-1] if before else subjects[0], current)
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return _issuer(state, current.head) or current.head  # "a statement saying", "a report citing"
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "ccomp" and current.i > current.head.i:
            return None  # a complement's verb is not said by the matrix subject
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head  # "began by saying": on to the verb the preposition hangs from
        if state.para_of[current.head.i] != state.para_of[verb.i]:
            return None  # the parser joined two paragraphs
        current = current.head
    return None


def _issuer(state: DocState, document: Token) -> Token | None:
    """ "The group issued a statement saying ...": the group, not the statement, speaks."""
    verb = document.head
    if document.dep_ != "dobj" or document.lemma_.lower() not in state.words.documents:
        return None
    if verb.lemma_.lower() not in state.words.issuing_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _relative_antecedent(state: DocState, subject: Token, verb: Token) -> Token:
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        if subject.lower_ not in BARE_RELATIVES:
            state.last_relative = subject
        return verb.head
    return subject


def agent_of(state: DocState, verb: Token) -> Token | None:
    """ "was described by X": X."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def speaker_span(state: DocState, head: Token, verb: Token) -> tuple[int, int]:
    """The whole noun phrase of the speaker, without a clause of it that holds the cue."""
    phrase = head
    head = noun_of(state, head)
    excluded: set[int] = set()
    if verb.i != head.i and verb in head.subtree:  # "a report citing ...", "officials who said"
        excluded = {t.i for t in verb.subtree}
    for child in head.children:  # "a report citing officials": the cited ones are not the report
        if child.dep_ == "acl" and child.lemma_.lower() == "cite":
            excluded |= {t.i for t in child.subtree}
    included = {t.i for t in phrase.subtree if t.i not in excluded}
    start, end = head.i, head.i + 1  # the unbroken run of the phrase around its head
    while start - 1 in included:
        start -= 1
    while end in included:
        end += 1
    if start < verb.i < end and verb.i not in excluded:
        end = verb.i
    start = _stray_name_start(state, start)
    for i in range(end - 1, start, -1):  # a subject never runs over a paragraph break
        if "\n" in state.doc[i].text:
            start = i + 1
            break
    return state.trim_punct(start, max(end, start + 1))


def _stray_name_start(state: DocState, start: int) -> int:
    """ "“...,” Tulsa police Chief Chuck Jordan said": the parser may hang the first proper
    noun after a quotation on the quoted clause; it still opens the speaker's phrase."""
    run = start
    while (
        run > 0
        and state.quote_of[run - 1] < 0
        and state.doc[run - 1].is_alpha
        and (
            state.doc[run - 1].pos_ == "PROPN" or state.doc[run - 1].is_title  # the tagger may call it a verb
        )
    ):
        run -= 1
    before = run - 1
    if run < start and before >= 0 and state.doc[before].is_punct and state.quote_of[before] >= 0:
        return run
    return start


def noun_of(state: DocState, head: Token) -> Token:
    """ "Current and former officials": spaCy may head the phrase by the first adjective."""
    if head.pos_ == "ADJ":
        noun = next((c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None:
            return noun
    return head


def right_after_quote(state: DocState, verb: Token) -> bool:
    """Only punctuation and auxiliaries between a closing quotation and the verb."""
    i = verb.i - 1
    while i >= 0 and (state.doc[i].is_punct or state.doc[i].dep_ in ("aux", "advmod")) and state.quote_of[i] < 0:
        i -= 1
    return i >= 0 and state.quote_of[i] >= 0


def inverted_subject(state: DocState, verb: Token) -> Token | None:
    """ "“...,” said Rep. Jane Doe (D-Md.)": the noun phrase right after the cue."""
    end = verb.i + 1
    while end < len(state.doc) and state.quote_of[end] < 0 and end - verb.i <= 8:
        if state.doc[end].text in (",", ".", ";", ":", "!", "?") or state.doc[end].is_space:
            break
        end += 1
    names = [t for t in state.doc[verb.i + 1 : end] if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not names:
        return None
    return state.doc[verb.i + 1 : end].root


def passive(state: DocState, verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def infinitive(state: DocState, verb: Token) -> bool:
    """ "to address the nation": a plan or purpose, not something said."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def bare_participle(state: DocState, verb: Token) -> bool:
    """ "When pressed for comment", "asked about it": the subject is not the speaker."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl", "amod", "conj"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)


def marked_by(state: DocState, clause: Token, start: int, end: int) -> bool:
    """ "called for all candidates to lay out ...": the parser makes the phrase's own
    preposition the `mark` of an infinitive clause; that clause is the content."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and start <= c.i < end for c in clause.children)


def adjacent_quote(state: DocState, verb: Token) -> tuple[int, int] | None:
    """A quotation right after the cue clause ("said: “...”") or right before ("“...,” X said"),
    in the cue's sentence, or opening the next one when the cue's sentence ends in a colon."""
    sent = state.sents[state.sent_of[verb.i]]
    j = verb.i + 1
    while j < len(state.doc) and state.quote_of[j] < 0 and j - verb.i <= 12:
        if state.doc[j].text in (".", "!", "?") or "\n" in state.doc[j].text:
            break  # the cue's sentence ended before any quotation
        j += 1
    if j < len(state.doc) and state.quote_of[j] >= 0 and _only_glue(state, verb.i + 1, j, verb):
        return state.quotes[state.quote_of[j]]
    k = verb.i - 1
    while k >= sent.start and state.quote_of[k] < 0:
        k -= 1
    # the tagger may start a new sentence right after the closing mark: "“...?” a narrator asks."
    floor = sent.start - 1 if sent.start > 0 and state.quote_of[sent.start - 1] >= 0 else sent.start
    if (
        k >= floor
        and state.quote_of[k] >= 0
        and state.para_of[k] == state.para_of[verb.i]
        and _only_glue(state, k + 1, verb.i, verb)
    ):
        return state.quotes[state.quote_of[k]]
    return None


def _only_glue(state: DocState, start: int, end: int, verb: Token) -> bool:
    """Between a quote and its cue: punctuation, the speaker, the cue's own words."""
    for i in range(start, end):
        tok = state.doc[i]
        if tok.is_punct or tok.is_space or tok.i == verb.i:
            continue
        if tok.head.i == verb.i or tok.head.head.i == verb.i or _is_ancestor(verb, tok) or _is_ancestor(tok, verb):
            continue
        return False
    return True


def quotation_before(state: DocState, verb: Token) -> tuple[int, int] | None:
    """A quotation that ends in a comma, "?" or "!" and is followed only by the cue's
    subject and the cue: the classic “...,” she said."""
    k = verb.i - 1
    while k >= 0 and state.quote_of[k] < 0 and verb.i - k <= 12:
        k -= 1
    if k < 0 or state.quote_of[k] < 0 or state.para_of[k] != state.para_of[verb.i]:
        return None
    start, end = state.quotes[state.quote_of[k]]
    if not any(t.text in (",", "?", "!") for t in state.doc[max(start, end - 3) : end]):
        return None
    if not _opens_clause(state, start):
        return None  # "calling him “a buffoon,” Susan said": the quotation is inside the content
    if any(c.i > verb.i and (c.lower_ in PRO_FORM_CONTENTS or c.dep_ in CONTENT_DEPS) for c in verb.children):
        return None  # "“...,” Melanie said yes", "... said that ...": the cue has its own content
    between = state.doc[end : verb.i]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and end <= c.i < verb.i), None)
    if subject is None and any(not (t.is_punct or t.is_space) for t in between):
        return None
    own = {t.i for t in subject.subtree} if subject is not None else set()
    if subject is not None:  # a name the parser left on the quoted clause
        own |= set(range(_stray_name_start(state, subject.left_edge.i), subject.left_edge.i))
    if any(
        not (t.is_punct or t.is_space or t.i in own or t.dep_ in ("aux", "neg", "advmod") and t.head.i == verb.i)
        for t in between
    ):
        return None
    return start, end


def _opens_clause(state: DocState, i: int) -> bool:
    """A quotation standing on its own: at a paragraph's or sentence's start, or after a colon."""
    j = i - 1
    while j >= 0 and state.doc[j].is_space and "\n" not in state.doc[j].text:
        j -= 1
    return (
        j < 0
        or "\n" in state.doc[j].text
        or state.doc[j].text in (".", ":", "!", "?", "”", '"')
        or bool(state.doc[i].is_sent_start)
    )


def head_clause(state: DocState, verb: Token) -> list[tuple[int, int]] | None:
    """The clause a parenthetical cue comments on: "The strike, officials said, killed 12"
    gives both sides of "officials said"; "The war is over, he said." the left one; "As the
    Post reported, ..." the right one."""
    own = {t.i for t in verb.subtree}
    host = [t.i for t in verb.head.subtree if t.i not in own]
    left = [i for i in host if i < verb.left_edge.i]
    right = [i for i in host if i > verb.right_edge.i]
    cleaned = [state.clean_range((min(side), max(side) + 1)) for side in (left, right) if side]
    segments = [s for s in cleaned if s is not None and any(t.is_alpha for t in state.doc[s[0] : s[1]])]
    return segments or None


def _is_ancestor(ancestor: Token, token: Token) -> bool:
    return ancestor in token.ancestors
