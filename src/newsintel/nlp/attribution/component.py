"""The `newsintel_attribution` spaCy component: writes `doc._.ni_attributions`."""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.attribution.finder import AttributionFinder
from newsintel.nlp.attribution.lexicon import load_cues, load_speaker_words
from newsintel.nlp.attribution.quotes import find_quotes
from newsintel.nlp.attribution.speakers import SpeakerResolver
from newsintel.nlp.attribution.state import Found
from newsintel.nlp.component import Stage
from newsintel.nlp.extensions import get_list
from newsintel.records import Attribution, AttributionKind, Span, to_plain

logger = logging.getLogger(__name__)


class AttributionStage(Stage):
    name = "newsintel_attribution"

    def __init__(self, nlp: Language, name: str, *, cue_file: str | None = None) -> None:
        super().__init__()
        self.name = name
        self.words = load_speaker_words()
        self.finder = AttributionFinder(nlp.vocab, load_cues(cue_file), self.words)

    def annotate(self, doc: Doc) -> None:
        attributions = get_list(doc, "ni_attributions")
        attributions.clear()
        token_actor = doc_annotations.token_actor_map(doc)
        actors = doc_annotations.actors_by_id(doc)
        actor_types = {actor_id: actor.get("type") for actor_id, actor in actors.items()}
        text = doc.text  # rebuilt by spaCy on every access: read once, passed along
        found, anonymity = self.finder.find(doc, token_actor=token_actor, actor_types=actor_types, text=text)
        records = build_records(doc, found, anonymity, self.words, token_actor, actors, text=text)
        attributions.extend(to_plain(a) for a in records)


def build_records(
    doc: Doc, found: list[Found], anonymity, words, token_actor, actors, *, text: str
) -> list[Attribution]:
    """Found items → Attribution records, ids in text order, speakers resolved in that order."""
    sent_of = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    resolver = SpeakerResolver(
        doc, words, token_actor=token_actor, actors=actors, anonymity=anonymity, sent_of=sent_of, text=text
    )
    ordered = sorted(found, key=lambda f: (f.start, not f.is_channel, f.cue[0] if f.cue else -1))
    ids = {id(f): f"a{n}" for n, f in enumerate(ordered, start=1)}
    quote_chars = _quote_chars(text)
    records = []
    for item in ordered:
        resolved = resolver.resolve(item)
        channel = item.channel
        if channel is None and resolved.antecedent is not None and _inherits_channel(item, resolved):
            channel = resolved.antecedent.channel
        records.append(
            Attribution(
                id=ids[id(item)],
                kind=_quote_kind(doc, item, quote_chars),
                content=[_char_span(doc, text, s, e) for s, e in item.content],
                speaker=resolved.speaker,
                cue=_char_span(doc, text, *item.cue) if item.cue else None,
                via=ids.get(id(channel)) if channel is not None else None,
                cue_lemma=item.cue_lemma,
                stance=item.stance,  # type: ignore[arg-type]
                continues=ids.get(id(item.continues)) if item.continues is not None else None,
                channel=item.is_channel,
                rule=item.rule,
            )
        )
    return records


def _inherits_channel(item: Found, resolved) -> bool:
    """A document already known to be relayed stays relayed; so does a pronoun speaker in the
    sentence right after a relayed attribution of its antecedent."""
    antecedent = resolved.antecedent
    if antecedent.channel is None or item.is_channel:
        return False
    if resolved.speaker.kind == "document":
        return True
    return 0 <= item.sentence - antecedent.sentence <= 1


def _char_span(doc: Doc, text: str, start: int, end: int) -> Span:
    first, last = doc[start], doc[end - 1]
    return Span.of(text, first.idx, last.idx + len(last))


def _quote_chars(text: str) -> list[bool]:
    inside = [False] * len(text)
    for quote in find_quotes(text):
        for i in range(quote.start, quote.end):
            inside[i] = True
    return inside


def _quote_kind(doc: Doc, item: Found, quote_chars: list[bool]) -> AttributionKind:
    """direct: all content words quoted; mixed: some; indirect: none."""
    quoted = unquoted = 0
    for start, end in item.content:
        for token in doc[start:end]:
            if token.is_alpha or token.like_num:
                if quote_chars[token.idx]:
                    quoted += 1
                else:
                    unquoted += 1
    if quoted and not unquoted:
        return "direct"
    return "mixed" if quoted else "indirect"


@Language.factory(
    "newsintel_attribution",
    default_config={"cue_file": None},
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.ni_attributions"],
)
def make_attribution_finder(nlp: Language, name: str, cue_file: str | None = None) -> AttributionStage:
    return AttributionStage(nlp, name, cue_file=cue_file)
