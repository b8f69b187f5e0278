"""Dependency-parse helpers: who is the subject, the object, which actors a phrase names.

Everything here works on one spaCy parse plus a token -> actor map, so it can be tested on
sentences with hand-made actor maps.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsintel.english.words import RELATIVE_PRONOUNS
from newsintel.nlp.events.lexicon import words

SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "dative", "obj", "attr", "oprd"}
NP_MODIFIER_DEPS = {"compound", "poss", "amod", "nmod", "npadvmod", "nummod", "flat", "appos"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
INSTRUMENT_VERBS = {"use", "employ", "utilize", "utilise", "spend", "fire"}


@dataclass(slots=True)
class ActorIndex:
    """Where actors are in a Doc: token -> actor id, and actor id -> CAMEO actor codes."""

    token_actor: dict[int, str] = field(default_factory=dict)
    mention_end: dict[int, int] = field(default_factory=dict)  # token -> last token of its mention
    mention_start: dict[int, int] = field(default_factory=dict)
    codes: dict[str, list[str]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # actor id -> type ("state", "media", ...)

    def actor(self, token: Token | int) -> str | None:
        index = token if isinstance(token, int) else token.i
        return self.token_actor.get(index)


def build_actor_index(
    doc: Doc, mentions: list[tuple[int, int, str]], cameo: dict[str, str | None], kinds: dict[str, str] | None = None
) -> ActorIndex:
    """Index actor mentions given as (start_char, end_char, actor_id)."""
    index = ActorIndex(kinds=dict(kinds or {}))
    for start, end, actor in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for token in span:
            if token.i in index.token_actor:
                continue
            index.token_actor[token.i] = actor
            index.mention_start[token.i] = span.start
            index.mention_end[token.i] = span.end - 1
    for actor, code in cameo.items():
        index.codes[actor] = [c for c in (code or "").split("/") if c] if code else []
    return index


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it, in text order."""
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)


def np_actors(head: Token, actors: ActorIndex, *, follow_conj: bool = True) -> list[tuple[str, Token]]:
    """Actors named by the noun phrase headed by `head` (one per coordinated member)."""
    found: list[tuple[str, Token]] = []
    for member in conjuncts(head) if follow_conj else [head]:
        for actor, token in _member_actors(member, actors):
            if actor not in [a for a, _ in found]:
                found.append((actor, token))
    return found


def _member_actors(head: Token, actors: ActorIndex, depth: int = 0) -> list[tuple[str, Token]]:
    actor = actors.actor(head)
    if actor is not None and actor.startswith("local:"):
        known = _dictionary_actor_for_local(head, actors)
        if known is not None:
            return [known]
    if actor is not None:
        refined = _refining_title(head, actor, actors) or _owning_state(head, actor, actors)
        if refined is not None:
            return [refined]
    if actor is not None:
        return [
            *_misparsed_coordination(head, actors),
            (actor, head),
            *_listed_appositions(head, actors),
            *_coordinated_inside_mention(head, actors),
        ]
    if depth > 3:
        return []
    for child in head.children:  # "Eriador's death toll", "the Taliban's seizure", "US officials"
        if child.dep_ in NP_MODIFIER_DEPS and child.i < head.i:
            if child.dep_ != "poss" and head.tag_ == "NNS" and actors.kinds.get(actors.actor(child) or "") == "person":
                continue  # "Sanders backers" are not Sanders
            if actors.actor(child) is not None:  # "Eriadori and Calenardhon leaders"
                return [(actor, c) for c in conjuncts(child) if (actor := actors.actor(c))]
            hit = _first_actor_in(child, actors)
            if hit:
                return [hit]
    for child in head.children:  # "ambassadors of Arnor", "soldiers from Gondor"
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in", "between") and child.i > head.i:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return np_actors(pobj, actors)
        if child.dep_ == "appos":
            members = _member_actors(child, actors, depth + 1)
            if members:
                return members
    return []


def _misparsed_coordination(head: Token, actors: ActorIndex) -> list[tuple[str, Token]]:
    """'Fornost and the evil Gondor' parsed as a modifier of Gondor: a modifier with its own
    'and' is a coordinated member, not a modifier."""
    found = []
    for child in head.children:
        coordinated_state = child.dep_ == "amod" and actors.kinds.get(actors.actor(child) or "") == "state"
        if (
            (child.dep_ in ("nmod", "compound") or coordinated_state)  # "Hungarian and Romanian officials"
            and child.i < head.i
            and any(c.dep_ in ("cc", "conj") for c in child.children)
        ):
            found += [(actor, c) for c in conjuncts(child) if (actor := actors.actor(c)) is not None]
    return found


def _listed_appositions(head: Token, actors: ActorIndex) -> list[tuple[str, Token]]:
    """'Mordor, the Shire, Fornost and Bree' parsed as an apposition: a list of actors (an
    apposition without coordination names the same actor again: 'the minister, Calimehtar')."""
    found = []
    for child in head.children:
        appositive = (
            child.dep_ == "appos" and actors.actor(child) is not None and actors.actor(child) != actors.actor(head)
        )
        if appositive and any(c.dep_ == "conj" for c in child.children):
            found += [(actor, c) for c in conjuncts(child) if (actor := actors.actor(c)) is not None]
    return found


def _coordinated_inside_mention(head: Token, actors: ActorIndex) -> list[tuple[str, Token]]:
    """'The ambassadors of Arnor, Osgiliath and Gondor': the mention covers 'ambassadors of
    Arnor'; the countries coordinated with Arnor are further actors of the phrase."""
    start, end = actors.mention_start.get(head.i), actors.mention_end.get(head.i)
    if start is None or end is None or start == end:
        return []
    found = []
    doc = head.doc
    for index in range(start, end + 1):
        if index == head.i:
            continue
        stack = [c for c in doc[index].children if c.dep_ == "conj" and c.i > end]
        while stack:  # the coordination chain hangs off its first member
            other = stack.pop()
            actor = actors.actor(other)
            if actor is not None and actor != actors.actor(head):
                found.append((actor, other))
            stack.extend(c for c in other.children if c.dep_ == "conj")
    return sorted(found, key=lambda pair: pair[1].i)


def _refining_title(head: Token, actor: str, actors: ActorIndex) -> tuple[str, Token] | None:
    """'Bree Prime Minister Romendacil' where the dictionaries know Romendacil only by the
    country code (BRE): the title's actor (BREGOV) says the same, more precisely. A person
    known as such keeps their own identity."""
    if actors.kinds.get(actor) == "person":
        return None
    codes = actors.codes.get(actor) or []
    for child in head.children:
        if child.dep_ not in ("compound", "poss", "nmod") or child.i > head.i:
            continue
        for token in child.subtree:
            other = actors.actor(token)
            other_codes = actors.codes.get(other or "") or []
            if (
                other
                and other != actor
                and codes
                and any(o.startswith(c) and len(o) > len(c) for o in other_codes for c in codes)
            ):
                return other, token
    return None


def _owning_state(head: Token, actor: str, actors: ActorIndex) -> tuple[str, Token] | None:
    """'Taiwan's Foreign Minister', 'the Kandor defence ministry': an office the dictionaries
    place in one country, owned in the text by another state, is that state's office."""
    if actors.kinds.get(actor) not in words("state_organ_kinds"):
        return None
    own = {code[:3] for code in actors.codes.get(actor) or []}
    for child in head.children:
        if child.dep_ not in ("poss", "amod", "compound", "nmod") or child.i > head.i:
            continue
        if any(c.dep_ == "conj" for c in child.children):
            continue  # "Hungarian and Romanian officials": a coordination, read as such
        for token in child.subtree:
            other = actors.actor(token)
            if other is None or other == actor or actors.kinds.get(other) != "state":
                continue
            codes = {code[:3] for code in actors.codes.get(other) or []}
            if codes and own and not codes & own:
                return other, token
    return None


def _dictionary_actor_for_local(head: Token, actors: ActorIndex) -> tuple[str, Token] | None:
    """'Gondor's Prime Minister Falastur' with Falastur unknown to the dictionaries: the
    known actor in the title stands for him."""
    for child in head.children:
        if child.dep_ in ("compound", "poss", "nmod", "amod") and child.i < head.i:
            for token in child.subtree:
                actor = actors.actor(token)
                if actor is not None and not actor.startswith("local:"):
                    return actor, token
    return None


def _first_actor_in(token: Token, actors: ActorIndex) -> tuple[str, Token] | None:
    for item in token.subtree:
        actor = actors.actor(item)
        if actor is not None:
            return actor, item
    return None


def phrase_head(token: Token) -> Token:
    """Climb from a modifier to the head of its noun phrase ("Taliban" in "Taliban targets")."""
    while (
        token.dep_ in NP_MODIFIER_DEPS - {"appos"} and token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN")
    ):
        token = token.head
    return token


def phrase_span(head: Token) -> tuple[int, int]:
    """Token range [start, end) of a noun phrase without its clauses and coordinated members."""
    keep = [head]
    stack = [c for c in head.children if c.dep_ not in CLAUSE_DEPS | {"conj", "cc", "punct", "prep"}]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS | {"conj", "cc", "punct"})
    return min(t.i for t in keep), max(t.i for t in keep) + 1


def object_phrases(head: Token) -> list[tuple[int, int]]:
    """Token ranges of the coordinated members of an object phrase, one per thing named:
    "churches, embassies and business centers" are three, but "stricter passport, visa and
    luggage checks" is one: bare singular nouns coordinated before a plural head are its
    modifiers (the parser often hangs them in the coordination instead)."""
    members = conjuncts(head)
    if len(members) > 1 and _modifiers_of_last(members):
        return [(phrase_span(members[0])[0], phrase_span(members[-1])[1])]
    return [phrase_span(member) for member in members]


def _modifiers_of_last(members: list[Token]) -> bool:
    last = members[-1]
    if last.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in last.children):
        return False
    return all(
        member.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "prep") for c in member.children)
        for member in members[:-1]
    )


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, is-passive) of a verb, carried from governing clauses where needed."""
    seen = 0
    token = verb
    while seen < 6:
        seen += 1
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and child.dep_ != "expl":
                return _through_relative(child), False
        for child in token.children:
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return _through_relative(child), token.i == verb.i
        repaired = _misattached_subject(token)
        if repaired is not None:
            return repaired
        dep, head = token.dep_, token.head
        if head.i == token.i:
            return None, False
        if token.tag_ == "VBG" and dep in ("advcl", "conj", "acl"):
            before = token.doc[token.i - 1] if token.i > token.sent.start else None
            if before is not None and before.pos_ in ("PROPN", "NOUN") and before.dep_ in ("conj", "dobj", "pobj"):
                return before, False  # "with X attacking Y and Z retaliating": Z retaliates
        if any(c.dep_ == "auxpass" for c in token.children) and dep == "xcomp":
            return None, False  # "to be allowed to leave": the controller is not the doer
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            token = head  # "condemned X and promised Y": shared subject
        elif dep == "xcomp":
            controller = _object_controller(head)
            if controller is not None:
                return controller, False
            token = head  # "plans to attack": the planner
        elif dep == "pcomp" and _judged_object(head) is not None:
            return _judged_object(head), False  # "accused X of attacking", "praised X for releasing": X did it
        elif dep in ("advcl", "pcomp") or (dep == "prep" and head.pos_ == "VERB"):
            token = head if dep != "pcomp" else head.head  # "retaliating by attacking"
        elif dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _noun_clause_subject(token, head)
        elif dep == "acomp" or (dep == "ccomp" and token.tag_ in ("VB", "TO")):
            token = head
        else:
            return None, False
    return None, False


def _misattached_subject(verb: Token) -> tuple[Token, bool] | None:
    """Repairs for two common parse errors: the subject hung on the auxiliary ("X was
    heavily criticized" with X under "was"), or read as a compound of a verb taken for a noun
    ("Ethiopia act on ...")."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.i < verb.i:
            for grandchild in child.children:
                if grandchild.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
                    return grandchild, child.dep_ == "auxpass" or grandchild.dep_ in PASSIVE_SUBJECT_DEPS
    if verb.pos_ == "VERB":
        for child in verb.children:
            if child.dep_ in ("compound", "npadvmod", "nmod") and child.i < verb.i and child.pos_ in ("PROPN", "NOUN"):
                return child, False
    return None


def other_subjects(verb: Token, subject: Token) -> list[Token]:
    """Further subjects of the same verb ("Lions, tigers, and Gondor welcomed": two nsubj)."""
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != subject.i]


def _through_relative(subject: Token) -> Token:
    """'the woman who shot': the subject 'who' stands for 'woman'."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _judged_object(prep: Token) -> Token | None:
    """'blamed X for attacking', 'charged X with kidnapping', 'stopped X from leaving': after a
    verb of judging or preventing (`object_control_verbs`), the object does what the gerund
    says; the subject only judges it."""
    verb, obj = prep.head, None
    if verb.dep_ in ("dobj", "obj") and verb.pos_ in ("PROPN", "NOUN", "PRON"):
        verb, obj = verb.head, verb  # the phrase hangs on the object: "accused [the Front of killing]"
    if prep.lower_ not in ("of", "for", "with", "from", "against") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() not in words("object_control_verbs"):
        return None
    return obj or next(
        (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("PROPN", "NOUN", "PRON")), None
    )


def relative_antecedent(token: Token) -> Token | None:
    """'Smith, whom the Front kidnapped': the noun a relative pronoun stands for (as object)."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = token.head
    for _ in range(3):  # the pronoun may sit in a phrase of the clause ("for which")
        if clause.dep_ == "relcl":
            return clause.head
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _object_controller(head: Token) -> Token | None:
    """'urged Bree to help': with an object, the object does the complement; but "used tear gas
    to disperse them": an instrument does nothing, the user does."""
    if head.lemma_.lower() in INSTRUMENT_VERBS:
        return None
    for child in head.children:
        if child.dep_ in ("dobj", "obj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    return None


def _noun_clause_subject(verb: Token, noun: Token) -> tuple[Token | None, bool]:
    if verb.dep_ == "relcl" and verb.tag_ != "VB":
        return noun, False  # "a woman shooting at officers", "the woman who shot"
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner, False  # "the group's plan to attack"
    return None, False  # "ground seized in fighting", "efforts to stop": no known doer


def passive_agent(verb: Token) -> Token | None:
    """The object of a by-agent ("attacked by the rebels"); only participles have one."""
    if verb.tag_ != "VBN":
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def right_region(verb: Token, *, end: int | None = None) -> list[Token]:
    """Tokens after the verb in its clause: its subtree minus coordinated predicates."""
    last = end if end is not None else verb.i
    tokens: list[Token] = []
    stack = [c for c in verb.children if c.i > verb.i and not _is_coordinated_predicate(c)]
    while stack:
        token = stack.pop()
        if token.i > last:  # the verb's own particles ("cordoned off") are not its region
            tokens.append(token)
        stack.extend(token.children)
    return sorted(tokens, key=lambda t: t.i)


def _is_coordinated_predicate(token: Token) -> bool:
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")


def left_region(verb: Token, *, start: int | None = None) -> list[Token]:
    """Tokens before the verb in its sentence, nearest first."""
    first = start if start is not None else verb.i
    sentence = verb.sent
    return [verb.doc[i] for i in range(first - 1, sentence.start - 1, -1)]


def first_actor_phrase(
    tokens: list[Token], actors: ActorIndex, *, resolved: dict[int, list[str]] | None = None
) -> Token | None:
    """The head of the first noun phrase with an actor among `tokens` (a pronoun resolved to
    an actor counts: "urged him")."""
    for token in tokens:
        if actors.actor(token) is not None:
            return phrase_head(token)
        poss = token.dep_ == "poss" and token.lower_ in ("former", "latter")  # "the former's hideouts"
        if resolved is not None and (token.dep_ in ("dobj", "dative", "pobj") or poss) and token.i in resolved:
            return token
    return None


def ancestors_chain(token: Token) -> Iterator[Token]:
    """The governing tokens up to the sentence root."""
    seen = 0
    while token.head.i != token.i and seen < 12:
        token = token.head
        seen += 1
        yield token
