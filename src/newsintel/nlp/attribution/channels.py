"""Channels: the outlet, document or cited source an attribution reached the article through
("told the Post", "in a statement to the newspaper", "citing officials", "based on an
assessment, which ..."): outer attributions linked to the inner one by `via`."""

from __future__ import annotations

from spacy.tokens import Token

from newsintel.nlp.attribution.state import DocState, Found


def dative_channel(state: DocState, found: Found, verb: Token) -> None:
    """ "told the Post", "said in a statement to the newspaper": the outlet relays it."""
    outlet = None
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and verb.lemma_.lower() == "tell" and _is_outlet(state, child):
            outlet = child
        elif child.dep_ == "prep" and child.lower_ in ("to", "with"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _is_outlet(state, pobj):
                outlet = pobj
        elif child.dep_ == "prep" and child.lower_ == "in":
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in state.lex.nouns:
                for grand in noun.children:
                    if grand.dep_ == "prep" and grand.lower_ in ("to", "with"):
                        pobj = next((c for c in grand.children if c.dep_ == "pobj"), None)
                        if pobj is not None and _is_outlet(state, pobj):
                            outlet = pobj
    if outlet is None:
        return
    channel = Found(
        rule="dative_channel",
        content=list(found.content),
        cue=None,
        cue_lemma=None,
        stance="neutral",
        speaker=state.trim_punct(outlet.left_edge.i, outlet.right_edge.i + 1),
        speaker_head=outlet.i,
        sentence=found.sentence,
        is_channel=True,
    )
    state.found.append(channel)
    found.channel = channel


def based_on_channel(state: DocState, found: Found, speaker: Token) -> None:
    """ "The Post's report was based on an assessment, which claimed": the report relays it."""
    if speaker.dep_ != "pobj" or speaker.head.lower_ not in ("on", "from", "upon"):
        return
    verb = speaker.head.head
    if verb.lemma_.lower() not in state.words.derivation_verbs:
        return
    relay = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if relay is None:
        return
    if relay.lemma_.lower() not in state.words.documents:  # "a portion of the report"
        relay = next((t for t in relay.subtree if t.lemma_.lower() in state.words.documents and t.pos_ == "NOUN"), None)
        if relay is None:
            return
    start, end = relay.left_edge.i, relay.i + 1
    channel = Found(
        rule="based_on_channel",
        content=list(found.content),
        cue=None,
        cue_lemma=None,
        stance="neutral",
        speaker=state.trim_punct(start, end),
        speaker_head=relay.i,
        sentence=found.sentence,
        is_channel=True,
    )
    state.found.append(channel)
    found.channel = channel


def _is_outlet(state: DocState, token: Token) -> bool:
    """A news outlet: by the actors stage's type, by a media noun, else an organisation name."""
    if token.lemma_.lower() in state.words.media:
        return True
    actor = state.token_actor.get(token.i)
    if actor is not None:
        return state.actor_types.get(actor) == "media"
    if token.lemma_.lower() in state.words.institutions:
        return False
    if token.ent_type_ == "ORG" and token.pos_ == "PROPN":
        return True
    # "told the Post": a capitalised name after "the" that the tagger left as a common noun
    return (
        token.is_title
        and token.i > 0
        and state.doc[token.i - 1].lower_ == "the"
        and token.head.lemma_.lower() == "tell"
    )


def citing_inside(state: DocState, outer: Found, anchor: Token) -> None:
    """ "a report citing officials", "the Post reported, citing officials, that ...": the cited
    source becomes an inner attribution relayed by the outer one (`via`)."""
    sentence = state.sents[state.sent_of[anchor.i]]
    for token in sentence:
        if token.lower_ != "citing" or token.i in state.used_cues or state.quote_of[token.i] >= 0:
            continue
        obj = next((c for c in token.children if c.dep_ in ("dobj", "pobj")), None)
        if obj is None or not _source_like(state, obj):
            continue
        cited = (token.left_edge.i, token.right_edge.i + 1)
        outer.content = [c for c in (state.clean_range(_cut(span, cited)) for span in outer.content) if c]
        inner = Found(
            rule="citing_inside",
            content=list(outer.content),
            cue=(token.i, token.i + 1),
            cue_lemma="cite",
            stance="neutral",
            speaker=state.trim_punct(obj.left_edge.i, obj.right_edge.i + 1),
            speaker_head=obj.i,
            sentence=outer.sentence,
            channel=outer,
        )
        state.found.append(inner)
        state.used_cues.add(token.i)


def _source_like(state: DocState, token: Token) -> bool:
    """Who or what can be cited as a source: people, organisations, documents, outlets."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return (
        lemma in state.words.source_roles
        or lemma in state.words.documents
        or lemma in state.words.media
        or lemma in state.words.institutions
    )


def _cut(span: tuple[int, int], cut: tuple[int, int]) -> tuple[int, int]:
    """`span` without `cut` when the cut sits at one of its ends."""
    start, end = span
    if cut[0] <= start < cut[1]:
        start = cut[1]
    if cut[0] < end <= cut[1]:
        end = cut[0]
    return start, max(start, end)
