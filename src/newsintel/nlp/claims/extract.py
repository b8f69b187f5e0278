"""Claims from attributions and from the article's own statements, with a normalised form.

A claim's normalised form comes from the dependency parse of its clause: the subject (actor id
when an actor mention covers it), the predicate lemma, the object, the polarity (negation,
"no longer", "no <noun>"), the modality (a modal auxiliary, or "plans to" when an intention verb
carries the proposition) and the time (a date mention inside the claim).

Besides the `records.Claim` dict, each claim gets a `Frame`: plain data the relation rules need
(who the speaker is, which sources it rests on, what a denial or corroboration points at).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsintel.english.dateline import dateline_end
from newsintel.english.words import RELATIVE_PRONOUNS
from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.claims.rules import ClaimRules
from newsintel.nlp.claims.speakers import resolved_kind, resolved_text, speaker_head, speaker_key
from newsintel.nlp.extensions import get_list

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# a wire dateline opening a story: "KABUL (Reuters) - ", "WASHINGTON (AP) — ", "LONDON -- "
OBJECT_DEPS = ("dobj", "attr", "acomp", "oprd", "dative")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "such", "its", "their", "his", "her"}
VERBAL = {"VERB", "AUX"}
AIMED_AT = {"on", "against", "at", "upon"}
QUANTIFIERS = {"some", "many", "all", "most", "several", "dozens", "hundreds", "thousands", "none", "both"}


@dataclass(slots=True)
class Reference:
    """A noun phrase naming a source or report ("the US intelligence assessment")."""

    text: str
    head: str  # lemma of the head noun
    actor: str | None = None
    start: int = 0
    end: int = 0
    owner: str | None = None  # lemma of a possessor: "the monitors' account" -> "monitor"
    owner_actor: str | None = None


@dataclass(slots=True)
class Frame:
    claim: dict
    speaker_key: str
    source_heads: set[str] = field(default_factory=set)  # speaker head noun and those of its via chain
    source_actors: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)  # predicate keys: "lemma", "be lemma", "lemma object"
    passive: bool = False
    subject_key: str | None = None
    object_key: str | None = None
    target: Reference | None = None  # what a denial / corroboration / rebuttal aims at
    act: str | None = None  # "denial", "rebuttal", "support" when the claim is such an act
    act_evidence: tuple[int, int] | None = None
    sentence: tuple[int, int] = (0, 0)
    topic: str = ""  # text used for topical similarity


def extract_claims(doc: Doc, rules: ClaimRules) -> list[Frame]:
    token_actor = doc_annotations.token_actor_map(doc)
    dates = doc_annotations.token_date_map(doc)
    date_values = {d["id"]: d.get("value") for d in get_list(doc, "ni_dates")}
    attributions = get_list(doc, "ni_attributions")
    by_id = {a["id"]: a for a in attributions}
    frames: list[Frame] = []
    covered: set[int] = set()
    relays = _relays(attributions)
    text = doc.text  # Doc.text rebuilds the string on every access
    # token -> sentence, once: Token.sent walks the document on every call
    sentences = list(doc.sents)
    sentence_of = [0] * len(doc)
    for number, sentence in enumerate(sentences):
        sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
    for attribution in attributions:
        covered.update(_tokens_of_attribution(doc, attribution))
        if attribution["id"] in relays:
            continue  # its content is the claim of the source it relays: one claim, not two
        for piece in _propositions(doc, text, attribution, sentences, sentence_of):
            frame = _attribution_frame(
                doc, attribution, piece, by_id, rules, token_actor, dates, date_values, sentences, sentence_of, text
            )
            if frame is not None:
                frames.append(frame)
    for sentence in sentences:
        if any(t.i in covered for t in sentence) or _is_question(sentence):
            continue
        for verb, clause in _clauses(sentence):
            frame = _sentence_frame(doc, sentence, verb, clause, rules, token_actor, dates, date_values)
            if frame is not None:
                frames.append(frame)
    frames.sort(key=lambda f: (f.claim["span"]["start"], f.claim["span"]["end"]))
    for number, frame in enumerate(frames, 1):
        frame.claim["id"] = f"c{number}"
    return frames


def _relays(attributions: list[dict]) -> set[str]:
    """Ids of attributions another one reached the article through with the same content
    ("officials told the Post that X": the Post's X is the officials' X)."""
    ranges = {a["id"]: [(c["start"], c["end"]) for c in a.get("content") or []] for a in attributions}
    relays: set[str] = set()
    for attribution in attributions:
        via = attribution.get("via")
        if (
            via is not None
            and via in ranges
            and any(s < e2 and s2 < e for s, e in ranges[attribution["id"]] for s2, e2 in ranges[via])
        ):
            relays.add(via)
    return relays


def _propositions(
    doc: Doc, text: str, attribution: dict, sentences: list[Span], sentence_of: list[int]
) -> list[list[dict]]:
    """The content of an attribution cut into propositions: one per sentence-sized piece with a
    verb of its own; verbless fragments join the piece before them."""
    pieces: list[dict] = []
    for content in attribution.get("content") or []:
        if not content.get("text", "").strip():
            continue
        tokens = doc_annotations.char_span_tokens(doc, content["start"], content["end"])
        if tokens is None:
            continue
        for sentence in (sentences[n] for n in sorted({sentence_of[t.i] for t in tokens})):
            start = max(content["start"], sentence.start_char)
            end = min(content["end"], sentence.end_char)
            if text[start:end].strip(" “”\"'‘’,.…"):
                pieces.append({"start": start, "end": end, "text": text[start:end]})
    pieces.sort(key=lambda p: p["start"])
    groups: list[list[dict]] = []
    for piece in pieces:
        tokens = doc_annotations.char_span_tokens(doc, piece["start"], piece["end"])
        has_verb = tokens is not None and any(
            t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT") for t in tokens
        )
        if has_verb or not groups:
            groups.append([piece])
        else:
            groups[-1].append(piece)
    return groups


def _tokens_of_attribution(doc: Doc, attribution: dict) -> set[int]:
    spans = list(attribution.get("content") or [])
    for key in ("cue",):
        if attribution.get(key):
            spans.append(attribution[key])
    speaker_span = (attribution.get("speaker") or {}).get("span")
    if speaker_span:
        spans.append(speaker_span)
    indices: set[int] = set()
    for span in spans:
        tokens = doc_annotations.char_span_tokens(doc, span["start"], span["end"])
        if tokens is not None:
            indices.update(t.i for t in tokens)
    return indices


def _is_question(sentence: Span) -> bool:
    return sentence.text.rstrip(" \"'”’").endswith("?")


def _attribution_frame(
    doc, attribution, content, by_id, rules, token_actor, dates, date_values, sentences, sentence_of, text
) -> Frame | None:
    start, end = content[0]["start"], content[-1]["end"]
    after_dateline = dateline_end(text, start, end)
    if after_dateline is not None:  # "KABUL (Reuters) - Militants attacked ...": the claim starts after it
        start = after_dateline
        content = [{**content[0], "start": start, "text": text[start : content[0]["end"]]}, *content[1:]]
    tokens = doc_annotations.char_span_tokens(doc, start, end)
    if tokens is None:
        return None
    speaker = attribution.get("speaker") or {}
    claim = {
        "id": "",
        "text": " … ".join(c["text"].strip() for c in content),
        "attribution": attribution["id"],
        "speaker": speaker.get("actor"),
        "span": {"start": start, "end": end, "text": text[start:end]},
        "speaker_text": resolved_text(speaker),
        "speaker_kind": resolved_kind(speaker),
        "via": attribution.get("via"),
        "stance": attribution.get("stance") or "neutral",
    }
    frame = Frame(claim, speaker_key(speaker))
    media_actors = {a["id"] for a in get_list(doc, "ni_actors") if a.get("type") == "media"}
    chain, seen = attribution, set()
    while chain is not None and chain["id"] not in seen:
        seen.add(chain["id"])
        chain_speaker = chain.get("speaker") or {}
        head = speaker_head(doc, chain_speaker)
        if head:
            frame.source_heads.add(head)
        if chain_speaker.get("actor"):
            frame.source_actors.add(chain_speaker["actor"])
        if chain_speaker.get("actor") in media_actors or head in rules.media_nouns:
            frame.source_heads |= rules.media_report_nouns  # "the report" may name the outlet's story
        chain = by_id.get(chain.get("via")) if chain.get("via") else None
    verb = _clause_head(tokens, rules)
    _fill_form(frame, verb, rules, token_actor, tokens)
    _fill_time(frame, tokens, dates, date_values)
    cue = attribution.get("cue")
    cue_token = None
    if cue:
        cue_span = doc_annotations.char_span_tokens(doc, cue["start"], cue["end"])
        cue_token = cue_span.root if cue_span is not None else None
    _fill_act(frame, verb, cue_token, attribution, rules, token_actor)
    sentence = sentences[sentence_of[tokens.start]]
    frame.sentence = (sentence.start_char, sentence.end_char)
    frame.topic = sentence.text
    return frame


def _clauses(sentence: Span) -> list[tuple[Token, Span]]:
    """The independent clauses of a sentence, each with its verb and its own span: "X has not
    signed the law; the vote was postponed" holds two statements. Coordinated or juxtaposed
    clauses count only when they have a subject of their own."""
    root = sentence.root
    doc = sentence.doc
    split = [
        c
        for c in root.children
        if c.pos_ in VERBAL
        and _subject(c) is not None
        and (
            c.dep_ in ("conj", "parataxis")
            or (c.dep_ == "ccomp" and any(p.dep_ == "punct" and p.text == ";" for p in root.children))
        )
    ]
    if not split:
        return [(root, sentence)]
    pieces = [(c, doc[c.left_edge.i : c.right_edge.i + 1]) for c in split]
    taken = {t.i for _, piece in pieces for t in piece}
    rest = [t.i for t in sentence if t.i not in taken]
    first, last = min(rest), max(rest)
    pieces.append((root, doc[first : last + 1]))
    return [(verb, _trim(piece)) for verb, piece in sorted(pieces, key=lambda item: item[1].start)]


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end - 1 and (span.doc[start].is_punct or span.doc[start].dep_ == "cc"):
        start += 1
    while end - 1 > start and (span.doc[end - 1].is_punct or span.doc[end - 1].dep_ == "cc"):
        end -= 1
    return span.doc[start:end]


def _sentence_frame(
    doc, sentence: Span, root: Token, clause: Span, rules, token_actor, dates, date_values
) -> Frame | None:
    if root.pos_ not in VERBAL:
        return None
    claim = {
        "id": "",
        "text": clause.text.strip(),
        "attribution": None,
        "speaker": None,
        "span": {"start": clause.start_char, "end": clause.end_char, "text": clause.text},
        "speaker_text": None,
        "speaker_kind": "none",
        "via": None,
        "stance": "assertive",
    }
    frame = Frame(claim, "article")
    verb = _descend_frame(root, rules)
    _fill_form(frame, verb, rules, token_actor, clause)
    _fill_time(frame, clause, dates, date_values)
    _fill_act(frame, verb, None, None, rules, token_actor)
    if frame.act == "denial" and root.lemma_.lower() in rules.denial_verbs:
        # "The Taliban denounced the assessment as inaccurate": the subject is the one who denies.
        subject = _child(root, SUBJECT_DEPS)
        if subject is not None:
            actor = doc_annotations.actor_of_tokens(subject.subtree, token_actor)
            claim.update(
                speaker=actor,
                speaker_text=_phrase(subject),
                speaker_kind="named" if actor else "anonymous",
                stance="denial",
            )
            frame.speaker_key = actor or _phrase(subject).lower()
    frame.sentence = (sentence.start_char, sentence.end_char)
    frame.topic = sentence.text
    return frame


def _clause_head(tokens: Span, rules: ClaimRules) -> Token:
    """The verb that heads the claim's clause: the first verbal token whose head lies outside."""
    candidates = [t for t in tokens if (t.head.i < tokens.start or t.head.i >= tokens.end or t.head == t)]
    verbal = [t for t in candidates if t.pos_ == "VERB"] or [t for t in candidates if t.pos_ == "AUX"]
    head = verbal[0] if verbal else (candidates[0] if candidates else tokens.root)
    return _descend_frame(head, rules)


def _descend_frame(verb: Token, rules: ClaimRules) -> Token:
    """ "The reality is that X ..." -> the verb of X; "X plans to attack" keeps "plan" (see modality)."""
    if verb.lemma_.lower() == "be":
        subject = _child(verb, SUBJECT_DEPS)
        framed = subject is not None and subject.lemma_.lower() in rules.frame_nouns
        # "it is true / clear that X": the adjective frames the clause
        expletive = (
            subject is not None
            and subject.lower_ == "it"
            and any(c.dep_ == "acomp" and c.lemma_.lower() in rules.frame_adjectives for c in verb.children)
        )
        if framed or expletive:
            clause = _child(verb, ("ccomp", "attr")) or next(
                (g for c in verb.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "ccomp"), None
            )
            if clause is not None and clause.pos_ in VERBAL:
                return clause
    return verb


def _subject(verb: Token) -> Token | None:
    """The subject, skipping a relative or complementizer the parser took for one ("that IS has been ...")."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.lower_ not in RELATIVE_PRONOUNS:
            return child
    return None


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree if t.dep_ not in ("punct",) and not t.is_space]
    while words and words[0].lower_ in DETERMINERS:
        words = words[1:]
    return " ".join(t.text for t in words) or token.text


def _entity_key(token: Token, token_actor: dict[int, str]) -> str:
    """An actor id, or the noun's own words: its left modifiers and its lemma
    ("the leaked reports" -> "leaked report"; prepositional tails and clauses dropped)."""
    actor = token_actor.get(token.i)  # the noun itself, not an actor inside its modifiers
    if actor:  # ("vehicles of the Islamic State" is not the Islamic State)
        return actor
    inner = next(
        (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if inner is not None and (token.pos_ == "NUM" or token.lower_ in QUANTIFIERS):
        # "twelve of its workers" -> "twelve worker": the count and what is counted
        return f"{token.lower_} {_entity_key(inner, token_actor)}"
    modifiers = [
        t.lower_
        for t in token.lefts
        if t.dep_ in ("compound", "amod", "nmod", "nummod") and t.lower_ not in DETERMINERS and t.is_alpha
    ]
    head = token.lemma_.lower() if token.pos_ in ("NOUN", "PROPN") else token.lower_
    return " ".join([*modifiers, head])


def _fill_form(frame: Frame, verb: Token, rules: ClaimRules, token_actor, scope) -> None:
    claim = frame.claim
    modality = None
    aux = [c.lemma_.lower() for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() in rules.modal_auxiliaries]
    if aux:
        modality = aux[0]
    if verb.lemma_.lower() in rules.intention_verbs:
        inner = _child(verb, ("xcomp",))
        if inner is not None and inner.pos_ in VERBAL:
            modality = f"{verb.lemma_.lower()} to"
            subject_holder = verb
            verb = inner
        else:
            subject_holder = verb
    else:
        subject_holder = verb
    verb = _denied_clause(verb, rules) or verb
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subject = _subject(verb) or _subject(subject_holder)
    lemma = verb.lemma_.lower()
    obj = _child(verb, OBJECT_DEPS)
    predicate = lemma if verb.pos_ in VERBAL else None  # a verbless fragment states no predicate
    if lemma == "be" and obj is not None:
        predicate = f"be {obj.lemma_.lower()}"
    particle = _child(verb, ("prt",))
    if particle is not None and predicate:
        predicate = f"{predicate} {particle.lower_}"
    negations = sum(1 for c in verb.children if c.dep_ == "neg")
    negations += sum(1 for c in verb.children if c.dep_ == "advmod" and _adverb_phrase(c) in rules.negating_adverbs)
    if obj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        negations += 1
    claim["subject"] = _entity_key(subject, token_actor) if subject is not None else _left_actor(verb, token_actor)
    claim["predicate"] = predicate
    claim["object"] = _object_value(verb, obj, token_actor)
    claim["polarity"] = "negative" if negations % 2 else "positive"
    claim["modality"] = modality
    frame.passive = passive
    frame.subject_key = claim["subject"]
    frame.object_key = claim["object"]
    frame.keys = _predicate_keys(verb, obj, predicate, passive)


def _predicate_keys(verb: Token, obj: Token | None, predicate: str | None, passive: bool) -> set[str]:
    """The forms the state classes are written in: "suppress", "be suppress", "have presence"."""
    if not predicate:
        return set()
    lemma = verb.lemma_.lower()
    keys = {predicate}
    if passive:
        keys.add(f"be {lemma}")
    if obj is not None:
        keys.add(f"{lemma} {obj.lemma_.lower()}")
    keys.update(f"be {c.lemma_.lower()}" for c in verb.children if c.dep_ in ("acomp", "attr") and lemma == "be")
    return keys


def _denied_clause(verb: Token, rules: ClaimRules) -> Token | None:
    """ "rejected the claim that the army used gas": the proposition is the clause in the object."""
    if verb.lemma_.lower() not in rules.denial_verbs:
        return None
    obj = _child(verb, ("dobj",))
    if obj is None or obj.lemma_.lower() not in rules.source_nouns:
        return None
    return _that_clause(obj)


def _that_clause(noun: Token) -> Token | None:
    """The that-clause a noun carries: "reports that militants kidnapped ..." -> "kidnapped"."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in VERBAL and any(g.dep_ == "mark" for g in c.children)
        ),
        None,
    )


def _left_actor(verb: Token, token_actor: dict[int, str]) -> str | None:
    """An actor among the verb's left dependents when the parser found no subject
    ("IS has been suppressed" with IS misparsed as an auxiliary)."""
    return doc_annotations.actor_of_tokens(list(verb.lefts), token_actor)


def _adverb_phrase(adverb: Token) -> str:
    """ "never", or "no longer" when the adverb carries its own negation."""
    negation = [g.lower_ for g in adverb.children if g.dep_ in ("neg", "det", "advmod") and g.i < adverb.i]
    return " ".join([*negation, adverb.lower_])


def _object_value(verb: Token, obj: Token | None, token_actor) -> str | None:
    if obj is not None:
        if obj.dep_ in ("attr", "acomp") and verb.lemma_.lower() == "be":
            # "a check on ISIS": the prepositional object is what the predicate is about
            inner = next((g for c in obj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return _entity_key(inner, token_actor)
            return None
        return _entity_key(obj, token_actor)
    # no direct object: the agent of a passive ("by X"), or what an action is aimed at ("on X")
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    heads = ("agent",) if passive else ("prep",)
    agent = next(
        (
            g
            for c in verb.children
            if c.dep_ in heads and (passive or c.lower_ in AIMED_AT)
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    return _entity_key(agent, token_actor) if agent is not None else None


def _fill_time(frame: Frame, tokens, dates: dict[int, str], date_values: dict[str, str | None]) -> None:
    for token in tokens:
        if token.i in dates:
            frame.claim["time"] = date_values.get(dates[token.i])
            return
    frame.claim["time"] = None


def _reference(token: Token, token_actor) -> Reference:
    actor = doc_annotations.actor_of_tokens([token, *token.subtree], token_actor)
    words = list(token.subtree)
    owner = _child(token, ("poss",))
    return Reference(
        _phrase(token),
        token.lemma_.lower(),
        actor,
        words[0].idx,
        words[-1].idx + len(words[-1]),
        owner=owner.lemma_.lower() if owner is not None else None,
        owner_actor=doc_annotations.actor_of_tokens(owner.subtree, token_actor) if owner is not None else None,
    )


def _fill_act(
    frame: Frame, verb: Token, cue: Token | None, attribution: dict | None, rules: ClaimRules, token_actor
) -> None:
    """Is this claim itself a denial, a rebuttal or a corroboration, and of what?"""
    lemma = verb.lemma_.lower()
    obj = _child(verb, ("dobj",)) or next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in rules.source_nouns
        ),
        None,
    )
    subject = _child(verb, SUBJECT_DEPS)
    polarity = frame.claim["polarity"]
    if (
        lemma in rules.denial_verbs
        and obj is not None
        and polarity == "positive"
        and _names_a_source(obj, rules, token_actor)
    ):
        frame.act, frame.target = "denial", _reference(obj, token_actor)
    elif lemma in rules.support_verbs and polarity == "positive":
        # "the leaked reports corroborate earlier warnings": the claim vouches for the reports
        pointer = subject if subject is not None and subject.lemma_.lower() in rules.source_nouns else obj
        if pointer is not None and pointer.lemma_.lower() in rules.source_nouns:
            frame.act, frame.target = "support", _reference(pointer, token_actor)
    elif subject is not None and subject.lemma_.lower() in rules.source_nouns and _is_rebuttal(verb, rules, polarity):
        frame.act, frame.target = "rebuttal", _reference(subject, token_actor)
    if frame.act is None and attribution is not None and attribution.get("stance") == "denial":
        # "X denied the report" / "X denounced as inaccurate the assessment": what is denied is
        # a source noun that is the cue's object or the head of the content
        target = _child(cue, ("dobj",)) if cue is not None else None
        if target is None or target.lemma_.lower() not in rules.source_nouns:
            target = _source_noun_in(verb.doc, frame.claim["span"], rules)
        if target is not None:
            frame.act, frame.target = "denial", _reference(target, token_actor)
            clause = _that_clause(target)
            if clause is not None:
                # "dismissed reports that militants kidnapped aid workers": that is what is denied
                _fill_form(frame, clause, rules, token_actor, None)
            elif frame.claim["predicate"] not in rules.denial_verbs and attribution.get("cue_lemma"):
                # a verbless content ("as inaccurate the assessment"): the cue is the predicate
                frame.claim.update(
                    predicate=attribution["cue_lemma"], object=frame.target.actor or frame.target.text.lower()
                )
    if frame.act is not None:
        frame.act_evidence = (verb.idx, verb.idx + len(verb))


def _names_a_source(token: Token, rules: ClaimRules, token_actor: dict[int, str]) -> bool:
    """A denial aims at a report, a claim or a named source ("denied the Pentagon's claims",
    "rejected the Herald"), not at an act ("condemned the attack") or a bare pronoun."""
    return token.lemma_.lower() in rules.source_nouns or token.i in token_actor


def _source_noun_in(doc: Doc, span: dict, rules: ClaimRules) -> Token | None:
    """The highest source noun ("assessment", "report") of a verbless content span."""
    tokens = doc_annotations.char_span_tokens(doc, span["start"], span["end"])
    if tokens is None or any(t.pos_ == "VERB" for t in tokens):
        return None
    nouns = [t for t in tokens if t.lemma_.lower() in rules.source_nouns and t.pos_ in ("NOUN", "PROPN")]
    return min(nouns, key=lambda t: len(list(t.ancestors))) if nouns else None


def _is_rebuttal(verb: Token, rules: ClaimRules, polarity: str) -> bool:
    lemma = verb.lemma_.lower()
    obj = _child(verb, ("dobj", "attr", "acomp"))
    obj_lemma = obj.lemma_.lower() if obj is not None else ""
    obj_text = obj.lower_ if obj is not None else ""
    if (
        lemma in rules.reality_verbs
        and polarity == "negative"
        and (obj_lemma in rules.reality_objects or obj_text in rules.reality_objects)
    ):
        return True
    if (
        lemma in rules.reality_verbs
        and polarity == "positive"
        and (obj_lemma in rules.motive_objects or obj_text in rules.motive_objects)
    ):
        return True
    return bool(
        lemma == "be"
        and polarity == "positive"
        and (obj_lemma in rules.falsity_words or obj_text in rules.falsity_words)
    )
