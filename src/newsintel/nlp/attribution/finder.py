"""Find attributions in a parsed Doc: who said what, through which cue, on whose word.

The finder works in token indices and hands `Found` items to `records.py`-shaped output in
`component.py`. Order of work, per document (one module per rule family):

1. quotations from the raw text (`quotes.py`, indexed in `state.py`), robust to unbalanced marks;
2. reporting cues: verbs with a clausal complement / quotation / object (`verb_cues.py`),
   "according to X" and other phrases, nouns with a that-clause ("his claim that ...")
   (`phrase_cues.py`); subjects, speaker phrases and host clauses are read in `clauses.py`;
3. cue clauses joined into another's content, relays and nested attributions (`overlaps.py`);
4. speakers shown by layout: transcript turns, "Name: ..." headlines, colons, dashes (`layout.py`);
5. "And that ..." fragments and quotations still without a cue: attached to a cue in their
   sentence or the one before, else continuing the last speaker of the paragraph (`uncued.py`);
6. channels, found with the cue they qualify: "told the Post", "in a statement to the
   newspaper", "citing officials", "based on an assessment, which ..." become outer
   attributions linked by `via` (`channels.py`).

Nested attributions (a cue inside another's content) are dropped: the outer one carries it.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsintel.nlp.attribution.layout import headline_speakers, transcript_turns
from newsintel.nlp.attribution.lexicon import CueLexicon, SpeakerWords
from newsintel.nlp.attribution.overlaps import drop_nested, relay_according_to, split_joined_cues
from newsintel.nlp.attribution.phrase_cues import noun_cue, phrase_cue, phrase_hits
from newsintel.nlp.attribution.state import DocState, Found
from newsintel.nlp.attribution.uncued import attach_quotes, continue_fragments
from newsintel.nlp.attribution.verb_cues import MISTAGGED_SAY, inverted_say, verb_cue

__all__ = ["AttributionFinder", "Found"]


class AttributionFinder:
    """Stateless after construction: `find(doc)` returns the Found items of one Doc."""

    def __init__(self, vocab: Vocab, lexicon: CueLexicon, words: SpeakerWords) -> None:
        self.lexicon = lexicon
        self.words = words
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        for text in lexicon.phrases:
            self.phrases.add(f"CUE:{text}", [_pattern_doc(vocab, text)])
        for text in words.anonymity_phrases:
            self.phrases.add("ANON", [_pattern_doc(vocab, text)])
        self.anon_key = vocab.strings["ANON"]

    def find(
        self,
        doc: Doc,
        *,
        token_actor: dict[int, str] | None = None,
        actor_types: dict[str, str | None] | None = None,
        text: str | None = None,
    ) -> tuple[list[Found], list[tuple[int, int]]]:
        """The attributions of `doc` and the token spans of anonymity phrases."""
        if len(doc) == 0:
            return [], []
        state = DocState(
            doc,
            lexicon=self.lexicon,
            words=self.words,
            phrases=self.phrases,
            anon_key=self.anon_key,
            token_actor=token_actor or {},
            actor_types=actor_types or {},
            text=doc.text if text is None else text,
        )
        _run(state)
        return state.found, state.anonymity


def _run(state: DocState) -> None:
    """The rule families in the order that lets each see what the ones before it found."""
    hits = phrase_hits(state)
    for sent in state.sents:
        for token in sent:
            if state.quote_of[token.i] >= 0 or token.i in state.used_cues:
                continue
            if token.lower_ in MISTAGGED_SAY and token.i == sent.start and inverted_say(state, token):
                continue
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in state.lex.verbs:
                verb_cue(state, token)
    for start, end, cue in hits:
        phrase_cue(state, start, end, cue)
    for token in state.doc:
        if token.pos_ == "NOUN" and token.lemma_.lower() in state.lex.nouns:
            noun_cue(state, token)
    state.found = [f for f in state.found if f.content]  # trimming can leave a cue with no words
    split_joined_cues(state)
    relay_according_to(state)
    drop_nested(state)
    transcript_turns(state)
    headline_speakers(state)
    continue_fragments(state)
    attach_quotes(state)
    state.found = [f for f in state.found if f.content]
    state.found.sort(key=lambda f: (f.start, f.end))


def _pattern_doc(vocab: Vocab, text: str) -> Doc:
    return Doc(vocab, words=text.split())
