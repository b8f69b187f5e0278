"""Describe and resolve speakers: kind, actor, anonymous-source structure, antecedents.

Runs over the attributions of a document in text order, so that a pronoun or a definite
description ("he", "the official", "the report") is resolved against the speakers already seen.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsintel.english.words import GROUP_SPEAKER_PRONOUNS, PERSON_SPEAKER_PRONOUNS, SPEAKER_PRONOUNS
from newsintel.nlp.attribution.lexicon import SpeakerWords
from newsintel.nlp.attribution.state import Found
from newsintel.records import AnonymousSource, Span, Speaker

DEFINITE = {"the", "this", "that", "these", "those"}
PRONOUN_REACH = 3  # sentences a pronoun looks back for a person mention
PARTITIVE_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
PARTITIVE_QUANTIFIERS = {"some", "several", "many", "most", "both", "all", "each", "none"}


@dataclass
class Resolved:
    speaker: Speaker
    antecedent: Found | None = None


class SpeakerResolver:
    def __init__(
        self,
        doc: Doc,
        words: SpeakerWords,
        *,
        token_actor: dict[int, str],
        actors: dict[str, dict],
        anonymity: list[tuple[int, int]],
        sent_of: list[int],
        text: str,
    ) -> None:
        self.doc = doc
        self.text = text
        self.words = words
        self.token_actor = token_actor
        self.actors = actors
        self.anonymity = anonymity
        self.sent_of = sent_of
        self.seen: list[tuple[Found, Speaker]] = []

    # ---------------------------------------------------------------- entry point
    def resolve(self, found: Found) -> Resolved:
        if found.speaker is None or found.speaker_head is None:
            return Resolved(Speaker(text="", kind="none"))
        if found.continues is not None:
            earlier = self._speaker_of(found.continues)
            if earlier is not None:
                return Resolved(replace(earlier), antecedent=found.continues)
        head = self.doc[found.speaker_head]
        start, end = found.speaker
        span = self._span(start, end)
        if found.relative is not None:
            return self._relative(found, head, start, end, span)
        lower = head.lower_
        group = self._partitive_group(head)
        if group is not None:  # "one of them said": a member of the group spoken of before
            result = self._resolve_pronoun(found, group, span)
            if result.speaker.anonymous_source is not None:
                result.speaker.anonymous_source = replace(
                    result.speaker.anonymous_source, number=PARTITIVE_NUMBERS.get(lower), plural=lower != "one"
                )
        elif head.pos_ == "PRON" and lower in SPEAKER_PRONOUNS:
            result = self._resolve_pronoun(found, head, span)
        elif self._is_anaphoric_description(head, start, end):
            result = self._resolve_description(found, head, span)
        else:
            result = Resolved(self._describe(head, start, end, span))
        self.seen.append((found, result.speaker))
        return result

    def _relative(self, found: Found, head: Token, start: int, end: int, span: Span) -> Resolved:
        """ "an assessment, which claimed": the relative pronoun speaks for its antecedent."""
        antecedent = self._describe(head, start, end, span)
        assert found.relative is not None  # only relative clauses come here
        pronoun = self._span(*found.relative)
        speaker = Speaker(
            text=pronoun.text,
            span=pronoun,
            actor=antecedent.actor,
            anonymous=antecedent.anonymous,
            description=antecedent.description,
            kind=antecedent.kind,
            anonymous_source=antecedent.anonymous_source,
            resolved_from=span,
        )
        self.seen.append((found, speaker))
        return Resolved(speaker)

    def _partitive_group(self, head: Token) -> Token | None:
        """ "One of them", "two of those": the group pronoun the speaker is part of."""
        if head.lower_ not in PARTITIVE_NUMBERS and head.lower_ not in PARTITIVE_QUANTIFIERS:
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                group = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if group is not None and group.lower_ in ("them", "those", "us"):
                    return group
        return None

    def _speaker_of(self, found: Found) -> Speaker | None:
        return next((speaker for f, speaker in self.seen if f is found), None)

    # ---------------------------------------------------------------- description
    def _describe(self, head: Token, start: int, end: int, span: Span) -> Speaker:
        actor = self._actor(head, start, end)
        lemma = head.lemma_.lower()
        if _common_noun(head) and lemma in self.words.documents:
            return Speaker(text=span.text, span=span, actor=actor, kind="document", description=lemma)
        if self._is_unnamed_person(head, start, end):
            source = self._anonymous_structure(head, start, end)
            return Speaker(
                text=span.text,
                span=span,
                actor=actor,
                anonymous=True,
                kind="anonymous",
                description=_phrase_without_det(self.doc, start, end),
                anonymous_source=source,
            )
        return Speaker(text=span.text, span=span, actor=actor, kind="named")

    def _names_a_person(self, head: Token) -> bool:
        actor = self.actors.get(self.token_actor.get(head.i) or "", {})
        if head.ent_type_ == "PERSON" or actor.get("type") == "person":
            return True
        # Opening a sentence, "Sanders said" looks like "Officials said"; the same word
        # capitalised inside a sentence elsewhere in the article shows it is a name.
        return head.i == head.sent.start and head.text in self._capitalised_inside_sentences

    @functools.cached_property
    def _capitalised_inside_sentences(self) -> set[str]:
        """Words written capitalised inside running sentences (not in title-case headlines,
        where "Witnesses Say ..." capitalises every word)."""
        names: set[str] = set()
        for sent in self.doc.sents:
            words = [t for t in sent if t.is_alpha]
            if sum(t.is_title for t in words) * 2 > len(words):
                continue
            names.update(t.text for t in words if t.is_title and t.i != sent.start)
        return names

    def _is_unnamed_person(self, head: Token, start: int, end: int) -> bool:
        lemma = head.lemma_.lower()
        if not _common_noun(head) and not (head.pos_ == "NOUN" and lemma in self.words.source_roles):
            return False
        if self._names_a_person(head):
            return False  # "Trump said" opening a sentence, tagged as the common noun
        if lemma in self.words.institutions or lemma in self.words.documents or lemma in self.words.media:
            return False  # "the ministry said": an organisation described, not a hidden person
        # an apposition with a name ("the coordinator, Nathan Sales") names the speaker
        return not any(
            t.dep_ == "appos" and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON") for t in self.doc[start:end]
        )

    def _anonymous_structure(self, head: Token, start: int, end: int) -> AnonymousSource:
        number, plural = None, head.tag_ in ("NNS", "NNPS")
        ranks: list[Token] = []
        affiliation: list[str] = []
        country = None
        for token in self.doc[start:end]:
            if token.i == head.i:
                continue
            low = token.lower_
            if token.head.i == head.i and token.dep_ in ("det", "nummod", "quantmod") and low in self.words.numbers:
                number = self.words.numbers[low]
            elif token.dep_ == "nummod" and token.head.i == head.i and token.like_num:
                number = _to_int(token.text)
            elif low in self.words.plural_quantifiers and token.head.i == head.i:
                plural = True
            elif low in self.words.ranks and token.i < head.i:
                ranks.append(token)
            elif (
                token.i < head.i
                and token.dep_ in ("compound", "amod", "nmod")
                and token.pos_ in ("NOUN", "PROPN", "ADJ")
            ):
                token_country = self._country(token)
                if token_country is not None:
                    country = country or token_country
                else:
                    affiliation.append(token.text)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "at", "with", "in", "from", "of") and child.i < end:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and child.lower_ != "with" or pobj is not None and child.head.lower_ != "familiar":
                    affiliation.append(self.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text)
                    country = country or self._country(pobj)
        if number is not None and number > 1:
            plural = True
        return AnonymousSource(
            role=head.lemma_.lower(),
            rank=_rank_text(self.doc, ranks),
            affiliation=" ".join(affiliation) or None,
            country=country,
            number=number if number is not None else (None if plural else 1),
            plural=plural,
            anonymity_phrase=self._anonymity_phrase(start, end),
        )

    def _country(self, token: Token) -> str | None:
        actor_id = self.token_actor.get(token.i)
        if actor_id is not None:
            actor = self.actors.get(actor_id) or {}
            if actor.get("type") == "state" or token.ent_type_ in ("GPE", "NORP"):
                return actor.get("country")
        return None

    def _anonymity_phrase(self, start: int, end: int) -> str | None:
        sentence = self.sent_of[start]
        for a_start, a_end in self.anonymity:
            if self.sent_of[a_start] == sentence or a_start >= start and a_start <= end + 3:
                return self.doc[a_start:a_end].text
        return None

    def _actor(self, head: Token, start: int, end: int) -> str | None:
        """The actor of the head's own words first, then of its apposition, then of the rest."""
        core = [head, *[c for c in head.children if c.dep_ in ("compound", "flat", "poss")]]
        apposed = [t for a in self.doc[start:end] if a.dep_ == "appos" for t in a.subtree]
        # "a statement reported by Reuters": the clause that relays it does not author it
        relaying = {t.i for c in head.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
        rest = [t for t in self.doc[start:end] if t.i not in relaying]
        for token in [*core, *apposed, *rest]:
            actor = self.token_actor.get(token.i)
            if actor is not None:
                return actor
        return None

    # ---------------------------------------------------------------- pronouns
    def _resolve_pronoun(self, found: Found, head: Token, span: Span) -> Resolved:
        lower = head.lower_
        if lower in PERSON_SPEAKER_PRONOUNS:
            target = self._recent(found, lambda f, s: s.kind != "document" and _singular(s) and self._personal(f, s))
            assert found.speaker_head is not None  # a pronoun speaker has its head
            if target is None or self.sent_of[found.speaker_head] - target[0].sentence > PRONOUN_REACH:
                person = self._recent_person_entity(head)
                if person is not None:
                    return Resolved(
                        Speaker(
                            text=span.text,
                            span=span,
                            actor=self._actor(self.doc[person[1] - 1], *person),
                            kind="pronoun",
                            resolved_from=self._span(*person),
                        )
                    )
        elif lower in GROUP_SPEAKER_PRONOUNS:
            target = self._recent(
                found, lambda f, s: not _singular(s) or s.kind == "named" and not self._personal(f, s)
            )
        else:  # "it"
            target = self._recent(found, lambda f, s: s.kind in ("document", "named") and not self._personal(f, s))
        if target is None:
            return Resolved(Speaker(text=span.text, span=span, kind="pronoun"))
        return Resolved(_as_pronoun(target[1], span), antecedent=target[0])

    def _resolve_description(self, found: Found, head: Token, span: Span) -> Resolved:
        """ "the official", "the report", "the newspaper": the last speaker of that kind."""
        lemma = head.lemma_.lower()
        if lemma in self.words.media:
            target = self._recent(found, lambda f, s: f.is_channel or self._is_media(s.actor))
        else:
            target = self._recent(
                found,
                lambda f, s: (
                    s.anonymous_source is not None
                    and s.anonymous_source.role == lemma
                    or s.span is not None
                    and self._head_lemma(f) == lemma
                ),
            )
        if target is None:
            mention = self._earlier_mention(head)
            if mention is not None:
                kind_speaker = self._describe(head, *self._token_range(span), span)
                kind_speaker.actor = kind_speaker.actor or self._actor(self.doc[mention[2]], mention[0], mention[1])
                kind_speaker.resolved_from = self._span(mention[0], mention[1])
                return Resolved(kind_speaker)
            return Resolved(self._describe(head, *self._token_range(span), span))
        resolved = _as_pronoun(target[1], span)
        if lemma in self.words.documents:
            resolved.kind = "document"
        return Resolved(resolved, antecedent=target[0])

    def _earlier_mention(self, head: Token) -> tuple[int, int, int] | None:
        """An earlier noun with the same lemma that an actor owns ("the Post's report")."""
        lemma = head.lemma_.lower()
        for i in range(head.i - 1, -1, -1):
            token = self.doc[i]
            if token.lemma_.lower() == lemma and token.pos_ == "NOUN":
                owners = [c for c in token.children if c.dep_ in ("poss", "compound") and self.token_actor.get(c.i)]
                if owners:
                    return token.left_edge.i, token.i + 1, owners[0].i
        return None

    def _is_anaphoric_description(self, head: Token, start: int, end: int) -> bool:
        lemma = head.lemma_.lower()
        if not _common_noun(head) or start >= end:
            return False
        if self.doc[start].lower_ not in DEFINITE:
            return False
        modifiers = [t for t in self.doc[start:end] if t.i != head.i and t.i != start]
        if any(t.dep_ in ("poss", "prep", "appos", "relcl", "acl") for t in modifiers):
            return False
        if any(t.pos_ == "PROPN" for t in modifiers) and lemma not in self.words.documents:
            return False  # "the Pentagon assessment" still refers back; "the Taliban official" names
        return lemma in self.words.anaphoric_roles or lemma in self.words.media or lemma in self.words.documents

    def _recent(self, found: Found, accept) -> tuple[Found, Speaker] | None:
        position = found.cue[0] if found.cue else found.start
        for earlier, speaker in reversed(self.seen):
            at = earlier.cue[0] if earlier.cue else earlier.start
            if at >= position or speaker.kind == "none":
                continue
            if self.sent_of[position] - earlier.sentence > 12:
                break
            if accept(earlier, speaker):
                return earlier, speaker
        return None

    def _personal(self, found: Found, speaker: Speaker) -> bool:
        """A person: a PERSON name, a person's role ("the coordinator, X"), or a pronoun for one."""
        if speaker.anonymous_source is not None:
            return True
        if found.speaker_head is None or found.speaker is None:
            return False
        head = self.doc[found.speaker_head]
        if head.lower_ in PERSON_SPEAKER_PRONOUNS or head.lemma_.lower() in self.words.source_roles:
            return True
        actor = self.actors.get(speaker.actor or "", {})
        if actor.get("type") == "person" or head.ent_type_ == "PERSON":
            return True
        return head.lemma_.lower() not in self.words.institutions and any(
            t.ent_type_ == "PERSON" and t.dep_ in ("appos", "compound", "nsubj")
            for t in self.doc[found.speaker[0] : found.speaker[1]]
        )

    def _is_media(self, actor_id: str | None) -> bool:
        if not actor_id:
            return False
        return bool(self.actors.get(actor_id, {}).get("type") == "media")

    def _recent_person_entity(self, head: Token) -> tuple[int, int] | None:
        sentence = self.sent_of[head.i]
        for ent in reversed(self.doc.ents):
            if ent.end > head.i:
                continue
            if sentence - self.sent_of[ent.start] > PRONOUN_REACH:
                return None
            if ent.label_ == "PERSON":
                return ent.start, ent.end
        return None

    def _head_lemma(self, found: Found) -> str | None:
        return self.doc[found.speaker_head].lemma_.lower() if found.speaker_head is not None else None

    # ---------------------------------------------------------------- spans
    def _span(self, start: int, end: int) -> Span:
        first, last = self.doc[start], self.doc[end - 1]
        return Span.of(self.text, first.idx, last.idx + len(last))

    def _token_range(self, span: Span) -> tuple[int, int]:
        char = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        assert char is not None  # spans come from this doc's own characters
        return char.start, char.end


def _common_noun(token: Token) -> bool:
    """A common noun as written: "the post" is a document, "the Post" is a newspaper."""
    if token.pos_ == "PROPN":  # the tagger's PROPN on a lower-case word is a common noun
        return token.is_lower
    return token.pos_ == "NOUN" and (token.is_lower or token.i == token.sent.start)


def _as_pronoun(antecedent: Speaker, span: Span) -> Speaker:
    """The pronoun's own span, with the antecedent's actor, structure and mention."""
    return Speaker(
        text=span.text,
        span=span,
        actor=antecedent.actor,
        anonymous=antecedent.anonymous,
        description=antecedent.description,
        kind="pronoun",
        anonymous_source=antecedent.anonymous_source,
        resolved_from=antecedent.resolved_from or antecedent.span,
    )


def _singular(speaker: Speaker) -> bool:
    source = speaker.anonymous_source
    if source is not None:
        return not source.plural
    return " and " not in speaker.text


def _rank_text(doc: Doc, ranks: list[Token]) -> str | None:
    if not ranks:
        return None
    return doc[ranks[0].i : ranks[-1].i + 1].text


def _phrase_without_det(doc: Doc, start: int, end: int) -> str:
    if doc[start].dep_ == "det" and end - start > 1:
        start += 1
    return doc[start:end].text


def _to_int(text: str) -> int | None:
    try:
        return int(text.replace(",", ""))
    except ValueError:
        return None
