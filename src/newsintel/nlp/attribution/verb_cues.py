"""Verb cues: a reporting verb of the lexicon with its clausal complement, quotation, object or
host clause ("said that ...", "“...,” she said", "called him divisive", "The war is over, he
said"), evidential verbs ("It seems that ..."), bare questions ("Asked whether ..."), and a
sentence-initial "Said Ellis: “...”"."""

from __future__ import annotations

from spacy.tokens import Token

from newsintel.nlp.attribution.channels import based_on_channel, citing_inside, dative_channel
from newsintel.nlp.attribution.clauses import (
    CLIMB_DEPS,
    CONTENT_DEPS,
    PRO_FORM_CONTENTS,
    adjacent_quote,
    agent_of,
    bare_participle,
    head_clause,
    infinitive,
    inverted_subject,
    noun_of,
    passive,
    quotation_before,
    right_after_quote,
    speaker_span,
    subject_of,
)
from newsintel.nlp.attribution.lexicon import Cue
from newsintel.nlp.attribution.state import DocState, Found

OBJECT_DEPS = {"dobj", "attr"}
# "Asked whether ...": a bare participle whose complement is a reported question
QUESTION_CUES = {"ask"}
GERUND_PREPOSITIONS = {"by", "after", "in", "upon", "while"}  # not "without", "instead of"
# "Said Ellis: “...”": a sentence-initial "Said" that the parser takes for part of a name
MISTAGGED_SAY = {"said", "says"}


def verb_cue(state: DocState, verb: Token) -> None:
    cue = state.lex.verbs[verb.lemma_.lower()]
    if (
        verb.dep_ == "amod"
        or verb.tag_ == "VBG"
        and verb.dep_ in ("pcomp", "pobj", "compound")
        and not _reporting_gerund(state, verb)
    ):
        return  # "the alleged attack", "without saying": not a report
    if verb.dep_ in ("auxpass", "aux"):
        return
    if bare_participle(state, verb):
        _bare_question(state, verb)
        return
    if verb.lemma_.lower() == "cite" and verb.tag_ == "VBG":
        return  # "a report citing officials": a chain, see channels.citing_inside
    if "e" in cue.frames:
        _evidential(state, verb)
        return
    content, frame = _verb_content(state, verb, cue)
    if content is None:
        return
    state.last_relative = None
    speaker_head = subject_of(state, verb)
    if speaker_head is not None and (
        state.quote_of[speaker_head.i] >= 0 or state.para_of[speaker_head.i] != state.para_of[verb.i]
    ):
        speaker_head = inverted_subject(state, verb)  # the parser took a quoted word for it
    elif speaker_head is None and content[-1][1] <= verb.i and right_after_quote(state, verb):
        speaker_head = inverted_subject(state, verb)  # "“...,” added the mayor": parsed as an object
    if speaker_head is None and not passive(state, verb) and verb.dep_ not in CLIMB_DEPS:
        return
    cue_span = _cue_span(state, verb)
    relative = state.last_relative
    found = Found(
        rule=f"verb_cue:{frame}",
        content=content,
        cue=cue_span,
        cue_lemma=verb.lemma_.lower(),
        stance=cue.stance,
        speaker=speaker_span(state, speaker_head, verb) if speaker_head is not None else None,
        speaker_head=noun_of(state, speaker_head).i if speaker_head is not None else None,
        sentence=state.sent_of[verb.i],
        relative=(relative.i, relative.i + 1) if relative is not None else None,
        verb=verb.i,
    )
    state.add(found)
    state.used_cues.add(verb.i)
    dative_channel(state, found, verb)
    if speaker_head is not None:
        based_on_channel(state, found, speaker_head)
    citing_inside(state, found, verb)


def inverted_say(state: DocState, token: Token) -> bool:
    """ "Said Ellis: “...”" — a cue the tagger took for a name, then the speaker, then a quote."""
    if token.i + 1 >= len(state.doc) or state.doc[token.i + 1].pos_ not in ("PROPN", "DET", "NOUN"):
        return False
    end = token.i + 1
    while (
        end < len(state.doc)
        and end - token.i <= 6
        and state.doc[end].text not in (":", ",")
        and state.quote_of[end] < 0
    ):
        end += 1
    quote_at = end + 1 if end < len(state.doc) and state.doc[end].text in (":", ",") else end
    while quote_at < len(state.doc) and state.doc[quote_at].is_space:
        quote_at += 1
    if quote_at >= len(state.doc) or state.quote_of[quote_at] < 0:
        return False
    speaker = state.trim_punct(token.i + 1, end)
    state.add(
        Found(
            rule="inverted_say",
            content=[state.quotes[state.quote_of[quote_at]]],
            cue=(token.i, token.i + 1),
            cue_lemma="say",
            stance="neutral",
            speaker=speaker,
            speaker_head=state.phrase_head(*speaker).i,
            sentence=state.sent_of[token.i],
        )
    )
    state.used_cues.add(token.i)
    return True


def _reporting_gerund(state: DocState, verb: Token) -> bool:
    """ "He began by saying ...", "after saying ...": the gerund reports what was said."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_PREPOSITIONS and verb.head.dep_ == "prep"


def _evidential(state: DocState, verb: Token) -> None:
    """ "The team appeared paralyzed", "It seems that ...": the writer's hedged claim; the
    whole clause is the content and no one in the text is its source."""
    complement = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp", "ccomp") and c.i > verb.i), None)
    if complement is None or verb.dep_ not in ("ROOT", "conj") or state.quote_of[complement.i] >= 0:
        return
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl") and c.i < verb.i), None)
    start = subject.left_edge.i if subject is not None else verb.i
    content = state.clean_range((start, complement.right_edge.i + 1))
    if content is None:
        return
    state.add_one_word_cue("verb_cue:e", content, verb, None, None, stance="hedged")


def _bare_question(state: DocState, verb: Token) -> None:
    """ "Asked whether he would run, Smith said no": the question is reported, and its asker
    is the agent ("asked by the host") or nobody named."""
    if verb.lemma_.lower() not in QUESTION_CUES:
        return
    complement = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
    if complement is None:
        complement = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > verb.i), None)
    if complement is None:
        return
    content = state.clean_range(state.subtree_range(complement, exclude=verb))
    if content is None:
        return
    asker = agent_of(state, verb)
    state.add_one_word_cue(
        "verb_cue:asked",
        content,
        verb,
        speaker_span(state, asker, verb) if asker is not None else None,
        asker.i if asker is not None else None,
    )


def _cue_span(state: DocState, verb: Token) -> tuple[int, int]:
    """The verb with its auxiliaries, negation and particles ("has not said", "pointed out")."""
    start = end = verb.i
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i and verb.i - child.i <= 3:
            start = min(start, child.i)
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.i
    return start, end + 1


def _verb_content(state: DocState, verb: Token, cue: Cue) -> tuple[list[tuple[int, int]] | None, str]:
    """The content of a verb cue and the frame that gave it: c, parataxis, q, x or o."""
    frames = cue.frames
    if "q" in frames:
        quoted = quotation_before(state, verb)
        if quoted is not None:  # "“It is finished,” she said of ...": the quotation, not a later clause
            return [quoted], "q"
    complements = [c for c in verb.children if c.dep_ in CONTENT_DEPS and state.para_of[c.i] == state.para_of[verb.i]]
    # "Claiming X, Trump told Fox that Y": the complement after the cue is what was said
    complement = next((c for c in complements if c.i > verb.i), complements[-1] if complements else None)
    if complement is not None and ("c" in frames or "q" in frames):
        return _listed(state.clean_range(state.subtree_range(complement, exclude=verb))), "c"
    if verb.dep_ == "parataxis" and "q" in frames:  # "The war is over, he said."
        return head_clause(state, verb), "parataxis"
    if _as_clause(state, verb) and ("c" in frames or "q" in frames):  # "As Reuters reported, ..."
        return head_clause(state, verb), "as"
    quote = adjacent_quote(state, verb) if "q" in frames else None
    if quote is not None:
        return _listed(quote), "q"
    if "x" in frames:
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if xcomp is not None and xcomp.i > verb.i:
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
            start = obj.left_edge.i if obj is not None else xcomp.left_edge.i
            return _listed(state.clean_range((start, xcomp.right_edge.i + 1))), "x"
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    as_phrase = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.i), None
    )
    if (
        obj is not None and as_phrase is not None and "c" in frames and not passive(state, verb)
    ):  # "voters see him as a uniter"
        return _listed(state.clean_range((obj.left_edge.i, as_phrase.right_edge.i + 1))), "o"
    pro_form = next(
        (
            c
            for c in verb.children
            if c.i == verb.i + 1 and c.lower_ in PRO_FORM_CONTENTS and c.dep_ in ("advmod", "intj", "dobj", "ccomp")
        ),
        None,
    )
    if pro_form is not None and "c" in frames:
        return _listed((pro_form.i, pro_form.i + 1)), "c"
    if "o" in frames and passive(state, verb) and agent_of(state, verb) is not None:
        # "The meeting was first reported by Politico": the subject is what was reported
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        if subject is not None and subject.pos_ != "PRON":
            return _listed(state.clean_range((subject.left_edge.i, subject.right_edge.i + 1))), "passive"
    if "o" in frames and not infinitive(state, verb) and not passive(state, verb):
        obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
        predicate = next((c for c in verb.children if c.dep_ == "oprd" and obj is not None and c.i > obj.i), None)
        if obj is not None and (obj.pos_ != "PRON" or predicate is not None) and obj.i > verb.i:
            start, end = obj.left_edge.i, obj.right_edge.i + 1
            if predicate is not None:  # "called him divisive": the label is what was said
                end = max(end, predicate.right_edge.i + 1)
            for child in verb.children:  # "depicted the threat as a risk", "thanked X for Y"
                if child.dep_ in ("prep", "oprd") and child.i > obj.i and child.lower_ in ("as", "of", "for"):
                    if child.lower_ == "for":
                        start = child.i
                    end = max(end, child.right_edge.i + 1)
            return _listed(state.clean_range((start, end))), "o"
        prep = next(
            (c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in ("as", "about", "of")),
            None,
        )
        if prep is not None and any(c.dep_ == "pobj" for c in prep.children):
            return _listed(state.clean_range((prep.i, prep.right_edge.i + 1))), "o"
    return None, ""


def _as_clause(state: DocState, verb: Token) -> bool:
    """ "As the Post reported, ...", "..., as Reuters said": a comment clause on its host."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    has_subject = any(c.dep_ == "nsubj" for c in verb.children)
    # "as he said this", "as she called for a vote": a time, not a source
    has_object = any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative")
        or c.dep_ in ("prep", "prt")
        and f"{verb.lemma_.lower()} {c.lower_}" in state.lex.phrases
        for c in verb.children
    )
    return has_subject and not has_object


def _listed(span: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    return None if span is None else [span]
