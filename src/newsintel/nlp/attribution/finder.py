"""Find attributions in a parsed Doc: who said what, through which cue, on whose word.

The finder works in token indices and hands `Found` items to `records.py`-shaped output in
`component.py`. Order of work, per document:

1. quotations from the raw text (`quotes.py`), robust to unbalanced marks;
2. reporting cues: verbs with a clausal complement / quotation / object, "according to X",
   nouns with a that-clause ("his claim that ..."), a colon after a speaker ("X: “...”");
3. quotations still without a cue: attached to a cue in their sentence or the one before,
   else continuing the last speaker of the paragraph (or the one before);
4. "And that ..." fragments continuing the previous reported claim;
5. channels: "told the Post", "in a statement to the newspaper", "citing officials",
   "based on an assessment, which ..." become outer attributions linked by `via`.

Nested attributions (a cue inside another's content) are dropped: the outer one carries it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from newsintel.nlp.attribution.lexicon import Cue, CueLexicon, SpeakerWords
from newsintel.nlp.attribution.quotes import find_quotes

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CLIMB_DEPS = {"xcomp", "acomp", "advcl", "conj", "acl", "relcl", "ccomp", "pcomp"}
CONTENT_DEPS = {"ccomp"}
OBJECT_DEPS = {"dobj", "attr"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# "a law that allows ...": a restrictive "that" is no phrase of its own, the antecedent speaks
BARE_RELATIVES = {"that"}
# "half said so", "72 percent said yes": a one-word answer stands for the whole content
PRO_FORM_CONTENTS = {"so", "yes", "no"}
# "Asked whether ...": a bare participle whose complement is a reported question
QUESTION_CUES = {"ask"}
GERUND_PREPOSITIONS = {"by", "after", "in", "upon", "while"}  # not "without", "instead of"
DASHES = {"\u2015", "\u2014", "\u2013", "-", "--"}
# "PENCE: ..." or "“WALLACE: ..." at the start of a paragraph
TRANSCRIPT_TURN = re.compile(r"(?m)^[\"\u201c']?(?P<name>[A-Z][A-Z.'\- ]{1,30}[A-Z]):[ \t]+")
# "Said Ellis: “...”": a sentence-initial "Said" that the parser takes for part of a name
MISTAGGED_SAY = {"said", "says"}
# "Pence: ..." / "Rush Limbaugh: ..." at the start of a paragraph: one to four capitalised words
HEADLINE_SPEAKER = re.compile(r"(?m)^(?P<name>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}):[ \t]+(?=\S)")
MIN_QUOTE_WORDS = 4  # a shorter quotation with no cue is a scare quote, not speech
SPEAKER_GAP_SENTENCES = 6  # how far back a continuation or pronoun may look for its speaker


@dataclass
class Found:
    """One attribution under construction; spans are token index ranges [start, end)."""

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    stance: str
    speaker: tuple[int, int] | None
    speaker_head: int | None = None
    sentence: int = 0
    channel: Found | None = None  # the outer attribution this one reached the article through
    continues: Found | None = None  # the attribution whose speaker this one continues
    is_channel: bool = False  # an outer attribution created for a relaying outlet/document
    rule: str = ""  # the pattern that found it, for evidence and error analysis
    relative: tuple[int, int] | None = None  # "an assessment, which claimed": the relative pronoun
    verb: int | None = None  # the cue's verb token, when the cue is a verb

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


class AttributionFinder:
    """Stateless after construction: `find(doc)` returns the Found items of one Doc."""

    def __init__(self, vocab, lexicon: CueLexicon, words: SpeakerWords) -> None:
        self.lexicon = lexicon
        self.words = words
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        for text, cue in lexicon.phrases.items():
            self.phrases.add(f"CUE:{text}", [_pattern_doc(vocab, text)])
        for text in words.anonymity_phrases:
            self.phrases.add("ANON", [_pattern_doc(vocab, text)])
        self.anon_key = vocab.strings["ANON"]

    # ---------------------------------------------------------------- entry point
    def find(
        self,
        doc: Doc,
        *,
        token_actor: dict[int, str] | None = None,
        actor_types: dict[str, str] | None = None,
        text: str | None = None,
    ) -> tuple[list[Found], list[tuple[int, int]]]:
        """The attributions of `doc` and the token spans of anonymity phrases."""
        if len(doc) == 0:
            return [], []
        state = _DocState(doc, self, token_actor or {}, actor_types or {}, doc.text if text is None else text)
        state.run()
        return state.found, state.anonymity


def _pattern_doc(vocab, text: str) -> Doc:
    return Doc(vocab, words=text.split())


class _DocState:
    """Everything computed for one Doc; methods are the steps of `find`."""

    def __init__(
        self, doc: Doc, finder: AttributionFinder, token_actor: dict[int, str], actor_types: dict[str, str | None], text: str
    ) -> None:
        self.doc = doc
        self.text = text  # Doc.text is rebuilt on every access: it is read once per document
        self.token_actor = token_actor
        self.actor_types = actor_types
        self.f = finder
        self.lex = finder.lexicon
        self.words = finder.words
        self.found: list[Found] = []
        self.anonymity: list[tuple[int, int]] = []
        self.sents: list[Span] = _paragraph_sentences(doc)
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.quotes = self._quote_token_spans()
        self.quote_of = [-1] * len(doc)
        for q, (s, e) in enumerate(self.quotes):
            for i in range(s, e):
                self.quote_of[i] = q
        self.para_of = self._paragraph_index()
        self.used_cues: set[int] = set()
        self.last_relative: Token | None = None
        self.covered = [False] * len(doc)

    # ---------------------------------------------------------------- driver
    def run(self) -> None:
        phrase_hits = self._phrase_hits()
        for sent in self.sents:
            for token in sent:
                if self.quote_of[token.i] >= 0 or token.i in self.used_cues:
                    continue
                if token.lower_ in MISTAGGED_SAY and token.i == sent.start and self._inverted_say(token):
                    continue
                if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.lex.verbs:
                    self._verb_cue(token)
        for start, end, cue in phrase_hits:
            self._phrase_cue(start, end, cue)
        for token in self.doc:
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.nouns:
                self._noun_cue(token)
        self.found = [f for f in self.found if f.content]  # trimming can leave a cue with no words
        self._split_joined_cues()
        self._relay_according_to()
        self._drop_nested()
        self._transcript_turns()
        self._headline_speakers()
        self._continue_fragments()
        self._attach_quotes()
        self.found = [f for f in self.found if f.content]
        self.found.sort(key=lambda f: (f.start, f.end))

    # ---------------------------------------------------------------- quotations
    def _paragraph_index(self) -> list[int]:
        """token.i -> paragraph number (the parser's sentences may run over blank lines)."""
        index, paragraph = [0] * len(self.doc), 0
        for token in self.doc:
            index[token.i] = paragraph
            if "\n" in token.text_with_ws:
                paragraph += 1
        return index

    def _quote_token_spans(self) -> list[tuple[int, int]]:
        spans = []
        for quote in find_quotes(self.text):
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append((span.start, span.end))
        return spans

    def _expand_to_quotes(self, start: int, end: int) -> tuple[int, int]:
        """Grow a content range to whole quotations it cuts into (multi-sentence quotes)."""
        for i in (start, end - 1):
            q = self.quote_of[i] if 0 <= i < len(self.doc) else -1
            if q >= 0:
                start, end = min(start, self.quotes[q][0]), max(end, self.quotes[q][1])
        return start, end

    # ---------------------------------------------------------------- verb cues
    def _verb_cue(self, verb: Token) -> None:
        cue = self.lex.verbs[verb.lemma_.lower()]
        if verb.dep_ == "amod" or verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "compound") and not self._reporting_gerund(verb):
            return  # "the alleged attack", "without saying": not a report
        if verb.dep_ in ("auxpass", "aux"):
            return
        if self._bare_participle(verb):
            self._bare_question(verb)
            return
        if verb.lemma_.lower() == "cite" and verb.tag_ == "VBG":
            return  # "a report citing officials": a chain, see _citing_inside
        if "e" in cue.frames:
            self._evidential(verb)
            return
        content, frame = self._verb_content(verb, cue)
        if content is None:
            return
        self.last_relative = None
        speaker_head = self._subject_of(verb)
        if speaker_head is not None and (self.quote_of[speaker_head.i] >= 0 or self.para_of[speaker_head.i] != self.para_of[verb.i]):
            speaker_head = self._inverted_subject(verb)  # the parser took a quoted word for it
        elif speaker_head is None and content[-1][1] <= verb.i and self._right_after_quote(verb):
            speaker_head = self._inverted_subject(verb)  # "“...,” added the mayor": parsed as an object
        if speaker_head is None and not self._passive(verb) and verb.dep_ not in CLIMB_DEPS:
            return
        cue_span = self._cue_span(verb)
        relative = self.last_relative
        found = Found(
            rule=f"verb_cue:{frame}",
            content=content,
            cue=cue_span,
            cue_lemma=verb.lemma_.lower(),
            stance=cue.stance,
            speaker=self._speaker_span(speaker_head, verb) if speaker_head is not None else None,
            speaker_head=self._noun_of(speaker_head).i if speaker_head is not None else None,
            sentence=self.sent_of[verb.i],
            relative=(relative.i, relative.i + 1) if relative is not None else None,
            verb=verb.i,
        )
        self._add(found)
        self.used_cues.add(verb.i)
        self._dative_channel(found, verb)
        if speaker_head is not None:
            self._based_on_channel(found, speaker_head)
        self._citing_inside(found, verb)

    def _inverted_say(self, token: Token) -> bool:
        """"Said Ellis: “...”" — a cue the tagger took for a name, then the speaker, then a quote."""
        if token.i + 1 >= len(self.doc) or self.doc[token.i + 1].pos_ not in ("PROPN", "DET", "NOUN"):
            return False
        end = token.i + 1
        while end < len(self.doc) and end - token.i <= 6 and self.doc[end].text not in (":", ",") and self.quote_of[end] < 0:
            end += 1
        quote_at = end + 1 if end < len(self.doc) and self.doc[end].text in (":", ",") else end
        while quote_at < len(self.doc) and self.doc[quote_at].is_space:
            quote_at += 1
        if quote_at >= len(self.doc) or self.quote_of[quote_at] < 0:
            return False
        speaker = self._trim_punct(token.i + 1, end)
        self._add(
            Found(
                rule="inverted_say",
                content=[self.quotes[self.quote_of[quote_at]]],
                cue=(token.i, token.i + 1),
                cue_lemma="say",
                stance="neutral",
                speaker=speaker,
                speaker_head=self._phrase_head(*speaker).i,
                sentence=self.sent_of[token.i],
            )
        )
        self.used_cues.add(token.i)
        return True

    def _reporting_gerund(self, verb: Token) -> bool:
        """"He began by saying ...", "after saying ...": the gerund reports what was said."""
        return verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_PREPOSITIONS and verb.head.dep_ == "prep"

    def _bare_participle(self, verb: Token) -> bool:
        """"When pressed for comment", "asked about it": the subject is not the speaker."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl", "amod", "conj"):
            return False
        return not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)

    def _evidential(self, verb: Token) -> None:
        """"The team appeared paralyzed", "It seems that ...": the writer's hedged claim; the
        whole clause is the content and no one in the text is its source."""
        complement = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp", "ccomp") and c.i > verb.i), None)
        if complement is None or verb.dep_ not in ("ROOT", "conj") or self.quote_of[complement.i] >= 0:
            return
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl") and c.i < verb.i), None)
        start = subject.left_edge.i if subject is not None else verb.i
        content = self._clean_range((start, complement.right_edge.i + 1))
        if content is None:
            return
        self._add_one_word_cue("verb_cue:e", content, verb, None, None, stance="hedged")

    def _bare_question(self, verb: Token) -> None:
        """"Asked whether he would run, Smith said no": the question is reported, and its asker
        is the agent ("asked by the host") or nobody named."""
        if verb.lemma_.lower() not in QUESTION_CUES:
            return
        complement = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
        if complement is None:
            complement = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > verb.i), None)
        if complement is None:
            return
        content = self._clean_range(self._subtree_range(complement, exclude=verb))
        if content is None:
            return
        asker = self._agent(verb)
        self._add_one_word_cue("verb_cue:asked", content, verb, self._speaker_span(asker, verb) if asker is not None else None,
                               asker.i if asker is not None else None)

    def _cue_span(self, verb: Token) -> tuple[int, int]:
        """The verb with its auxiliaries, negation and particles ("has not said", "pointed out")."""
        start = end = verb.i
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i and verb.i - child.i <= 3:
                start = min(start, child.i)
            if child.dep_ == "prt" and child.i == verb.i + 1:
                end = child.i
        return start, end + 1

    def _passive(self, verb: Token) -> bool:
        return any(c.dep_ == "auxpass" for c in verb.children)

    def _marked_by(self, clause: Token, start: int, end: int) -> bool:
        """"called for all candidates to lay out ...": the parser makes the phrase's own
        preposition the `mark` of an infinitive clause; that clause is the content."""
        return clause.dep_ == "advcl" and any(c.dep_ == "mark" and start <= c.i < end for c in clause.children)

    def _verb_content(self, verb: Token, cue: Cue) -> tuple[list[tuple[int, int]] | None, str]:
        """The content of a verb cue and the frame that gave it: c, parataxis, q, x or o."""
        frames = cue.frames
        if "q" in frames:
            quoted = self._quotation_before(verb)
            if quoted is not None:  # "“It is finished,” she said of ...": the quotation, not a later clause
                return [quoted], "q"
        complements = [c for c in verb.children if c.dep_ in CONTENT_DEPS and self.para_of[c.i] == self.para_of[verb.i]]
        # "Claiming X, Trump told Fox that Y": the complement after the cue is what was said
        complement = next((c for c in complements if c.i > verb.i), complements[-1] if complements else None)
        if complement is not None and ("c" in frames or "q" in frames):
            return _listed(self._clean_range(self._subtree_range(complement, exclude=verb))), "c"
        if verb.dep_ == "parataxis" and "q" in frames:  # "The war is over, he said."
            return self._head_clause(verb), "parataxis"
        if self._as_clause(verb) and ("c" in frames or "q" in frames):  # "As Reuters reported, ..."
            return self._head_clause(verb), "as"
        quote = self._adjacent_quote(verb) if "q" in frames else None
        if quote is not None:
            return _listed(quote), "q"
        if "x" in frames:
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if xcomp is not None and xcomp.i > verb.i:
                obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
                start = obj.left_edge.i if obj is not None else xcomp.left_edge.i
                return _listed(self._clean_range((start, xcomp.right_edge.i + 1))), "x"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.i), None)
        if as_phrase is not None and "c" in frames and not self._passive(verb):  # "voters see him as a uniter"
            return _listed(self._clean_range((obj.left_edge.i, as_phrase.right_edge.i + 1))), "o"
        pro_form = next((c for c in verb.children if c.i == verb.i + 1 and c.lower_ in PRO_FORM_CONTENTS and c.dep_ in ("advmod", "intj", "dobj", "ccomp")), None)
        if pro_form is not None and "c" in frames:
            return _listed((pro_form.i, pro_form.i + 1)), "c"
        if "o" in frames and self._passive(verb) and self._agent(verb) is not None:
            # "The meeting was first reported by Politico": the subject is what was reported
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
            if subject is not None and subject.pos_ != "PRON":
                return _listed(self._clean_range((subject.left_edge.i, subject.right_edge.i + 1))), "passive"
        if "o" in frames and not self._infinitive(verb) and not self._passive(verb):
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
                return _listed(self._clean_range((start, end))), "o"
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in ("as", "about", "of")), None)
            if prep is not None and any(c.dep_ == "pobj" for c in prep.children):
                return _listed(self._clean_range((prep.i, prep.right_edge.i + 1))), "o"
        return None, ""

    def _as_clause(self, verb: Token) -> bool:
        """"As the Post reported, ...", "..., as Reuters said": a comment clause on its host."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return False
        has_subject = any(c.dep_ == "nsubj" for c in verb.children)
        # "as he said this", "as she called for a vote": a time, not a source
        has_object = any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative")
            or c.dep_ in ("prep", "prt") and f"{verb.lemma_.lower()} {c.lower_}" in self.lex.phrases
            for c in verb.children
        )
        return has_subject and not has_object

    def _agent(self, verb: Token) -> Token | None:
        """"was described by X": X."""
        for child in verb.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def _infinitive(self, verb: Token) -> bool:
        """"to address the nation": a plan or purpose, not something said."""
        return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def _head_clause(self, verb: Token) -> list[tuple[int, int]] | None:
        """The clause a parenthetical cue comments on: "The strike, officials said, killed 12"
        gives both sides of "officials said"; "The war is over, he said." the left one; "As the
        Post reported, ..." the right one."""
        own = {t.i for t in verb.subtree}
        host = [t.i for t in verb.head.subtree if t.i not in own]
        left = [i for i in host if i < verb.left_edge.i]
        right = [i for i in host if i > verb.right_edge.i]
        segments = [self._clean_range((min(side), max(side) + 1)) for side in (left, right) if side]
        segments = [s for s in segments if s is not None and any(t.is_alpha for t in self.doc[s[0] : s[1]])]
        return segments or None

    def _adjacent_quote(self, verb: Token) -> tuple[int, int] | None:
        """A quotation right after the cue clause ("said: “...”") or right before ("“...,” X said"),
        in the cue's sentence, or opening the next one when the cue's sentence ends in a colon."""
        sent = self.sents[self.sent_of[verb.i]]
        j = verb.i + 1
        while j < len(self.doc) and self.quote_of[j] < 0 and j - verb.i <= 12:
            if self.doc[j].text in (".", "!", "?") or "\n" in self.doc[j].text:
                break  # the cue's sentence ended before any quotation
            j += 1
        if j < len(self.doc) and self.quote_of[j] >= 0 and self._only_glue(verb.i + 1, j, verb):
            return self.quotes[self.quote_of[j]]
        k = verb.i - 1
        while k >= sent.start and self.quote_of[k] < 0:
            k -= 1
        # the tagger may start a new sentence right after the closing mark: "“...?” a narrator asks."
        floor = sent.start - 1 if sent.start > 0 and self.quote_of[sent.start - 1] >= 0 else sent.start
        if k >= floor and self.quote_of[k] >= 0 and self.para_of[k] == self.para_of[verb.i] and self._only_glue(k + 1, verb.i, verb):
            return self.quotes[self.quote_of[k]]
        return None

    def _quotation_before(self, verb: Token) -> tuple[int, int] | None:
        """A quotation that ends in a comma, "?" or "!" and is followed only by the cue's
        subject and the cue: the classic “...,” she said."""
        k = verb.i - 1
        while k >= 0 and self.quote_of[k] < 0 and verb.i - k <= 12:
            k -= 1
        if k < 0 or self.quote_of[k] < 0 or self.para_of[k] != self.para_of[verb.i]:
            return None
        start, end = self.quotes[self.quote_of[k]]
        if not any(t.text in (",", "?", "!") for t in self.doc[max(start, end - 3) : end]):
            return None
        if not self._opens_clause(start):
            return None  # "calling him “a buffoon,” Susan said": the quotation is inside the content
        if any(c.i > verb.i and (c.lower_ in PRO_FORM_CONTENTS or c.dep_ in CONTENT_DEPS) for c in verb.children):
            return None  # "“...,” Melanie said yes", "... said that ...": the cue has its own content
        between = self.doc[end : verb.i]
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and end <= c.i < verb.i), None)
        if subject is None and any(not (t.is_punct or t.is_space) for t in between):
            return None
        own = {t.i for t in subject.subtree} if subject is not None else set()
        if subject is not None:  # a name the parser left on the quoted clause
            own |= set(range(self._stray_name_start(subject.left_edge.i), subject.left_edge.i))
        if any(not (t.is_punct or t.is_space or t.i in own or t.dep_ in ("aux", "neg", "advmod") and t.head.i == verb.i) for t in between):
            return None
        return start, end

    def _opens_clause(self, i: int) -> bool:
        """A quotation standing on its own: at a paragraph's or sentence's start, or after a colon."""
        j = i - 1
        while j >= 0 and self.doc[j].is_space and "\n" not in self.doc[j].text:
            j -= 1
        return j < 0 or "\n" in self.doc[j].text or self.doc[j].text in (".", ":", "!", "?", "”", "\"") or self.doc[i].is_sent_start

    def _only_glue(self, start: int, end: int, verb: Token) -> bool:
        """Between a quote and its cue: punctuation, the speaker, the cue's own words."""
        for i in range(start, end):
            tok = self.doc[i]
            if tok.is_punct or tok.is_space or tok.i == verb.i:
                continue
            if tok.head.i == verb.i or tok.head.head.i == verb.i or _is_ancestor(verb, tok) or _is_ancestor(tok, verb):
                continue
            return False
        return True

    # ---------------------------------------------------------------- subjects
    def _subject_of(self, verb: Token) -> Token | None:
        current = verb
        for _ in range(4):
            agent = self._agent(current)
            if agent is not None:  # "was described by X"
                return agent
            if any(child.dep_ == "nsubjpass" for child in current.children):
                return None  # "he was asked": the subject is not the speaker
            subjects = [child for child in current.children if child.dep_ in ("nsubj", "csubj")]
            if subjects:
                # Two subjects mean a misparse such as a dateline ("KABUL — Officials said"):
                # the one nearest before the verb is the speaker.
                before = [child for child in subjects if child.i < current.i]
                return self._relative_antecedent(before[-1] if before else subjects[0], current)
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                return self._issuer(current.head) or current.head  # "a statement saying", "a report citing"
            if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
                return None
            if current.dep_ == "ccomp" and current.i > current.head.i:
                return None  # a complement's verb is not said by the matrix subject
            if current.dep_ == "pcomp" and current.head.dep_ == "prep":
                current = current.head  # "began by saying": on to the verb the preposition hangs from
            if self.para_of[current.head.i] != self.para_of[verb.i]:
                return None  # the parser joined two paragraphs
            current = current.head
        return None

    def _issuer(self, document: Token) -> Token | None:
        """"The group issued a statement saying ...": the group, not the statement, speaks."""
        verb = document.head
        if document.dep_ != "dobj" or document.lemma_.lower() not in self.words.documents:
            return None
        if verb.lemma_.lower() not in self.words.issuing_verbs:
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)

    def _right_after_quote(self, verb: Token) -> bool:
        """Only punctuation and auxiliaries between a closing quotation and the verb."""
        i = verb.i - 1
        while i >= 0 and (self.doc[i].is_punct or self.doc[i].dep_ in ("aux", "advmod")) and self.quote_of[i] < 0:
            i -= 1
        return i >= 0 and self.quote_of[i] >= 0

    def _inverted_subject(self, verb: Token) -> Token | None:
        """"“...,” said Rep. Jane Doe (D-Md.)": the noun phrase right after the cue."""
        end = verb.i + 1
        while end < len(self.doc) and self.quote_of[end] < 0 and end - verb.i <= 8:
            if self.doc[end].text in (",", ".", ";", ":", "!", "?") or self.doc[end].is_space:
                break
            end += 1
        names = [t for t in self.doc[verb.i + 1 : end] if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not names:
            return None
        return self.doc[verb.i + 1 : end].root

    def _relative_antecedent(self, subject: Token, verb: Token) -> Token:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            if subject.lower_ not in BARE_RELATIVES:
                self.last_relative = subject
            return verb.head
        return subject

    def _speaker_span(self, head: Token, verb: Token) -> tuple[int, int]:
        """The whole noun phrase of the speaker, without a clause of it that holds the cue."""
        phrase = head
        head = self._noun_of(head)
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
        start = self._stray_name_start(start)
        for i in range(end - 1, start, -1):  # a subject never runs over a paragraph break
            if "\n" in self.doc[i].text:
                start = i + 1
                break
        return self._trim_punct(start, max(end, start + 1))

    def _stray_name_start(self, start: int) -> int:
        """"“...,” Tulsa police Chief Chuck Jordan said": the parser may hang the first proper
        noun after a quotation on the quoted clause; it still opens the speaker's phrase."""
        run = start
        while run > 0 and self.quote_of[run - 1] < 0 and self.doc[run - 1].is_alpha and (
            self.doc[run - 1].pos_ == "PROPN" or self.doc[run - 1].is_title  # the tagger may call it a verb
        ):
            run -= 1
        before = run - 1
        if run < start and before >= 0 and self.doc[before].is_punct and self.quote_of[before] >= 0:
            return run
        return start

    def _noun_of(self, head: Token) -> Token:
        """"Current and former officials": spaCy may head the phrase by the first adjective."""
        if head.pos_ == "ADJ":
            noun = next((c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return noun
        return head

    # ---------------------------------------------------------------- phrase cues
    def _phrase_hits(self) -> list[tuple[int, int, Cue]]:
        hits = []
        for key, start, end in self.f.phrases(self.doc):
            label = self.doc.vocab.strings[key]
            if key == self.f.anon_key:
                self.anonymity.append((start, end))
                continue
            hits.append((start, end, self.lex.phrases[label[4:]]))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept, last_end = [], -1
        for start, end, cue in hits:
            if start >= last_end:
                kept.append((start, end, cue))
                last_end = end
        return kept

    def _phrase_cue(self, start: int, end: int, cue: Cue) -> None:
        if self.quote_of[start] >= 0 or any(i in self.used_cues for i in range(start, end)):
            return
        if cue.text in ("according to", "per", "as reported by", "in the words of"):
            self._according_to(start, end, cue)
        elif cue.text == "citing":
            return  # handled with the attribution it qualifies
        else:
            # "called on", "pointed out", "told reporters": a verb phrase; its verb carries it
            verb = next((t for t in self.doc[start:end] if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and verb.i not in self.used_cues and self.quote_of[verb.i] < 0 and not self._bare_participle(verb):
                self._phrase_verb(verb, start, end, cue)

    def _phrase_verb(self, verb: Token, start: int, end: int, cue: Cue) -> None:
        content = None
        last = self.doc[end - 1]
        for child in list(verb.children) + list(last.children):
            if child.i >= end and (child.dep_ in ("ccomp", "xcomp", "pobj", "dobj") or self._marked_by(child, start, end)):
                first, last_i = self._subtree_range(child, exclude=verb)
                content = self._clean_range((max(first, end), last_i))
                break
        if content is None:
            for child in verb.children:
                if child.dep_ == "prep" and child.i >= end - 1:
                    pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                    if pobj is not None:
                        content = self._clean_range(self._subtree_range(pobj, exclude=verb))
                        break
        if content is None:
            content = self._adjacent_quote(verb)
        if content is None:
            return
        head = self._subject_of(verb)
        found = Found(
            rule="phrase_verb",
            content=[content],
            cue=(start, end),
            cue_lemma=cue.text,
            stance=cue.stance,
            speaker=self._speaker_span(head, verb) if head is not None else None,
            speaker_head=head.i if head is not None else None,
            sentence=self.sent_of[verb.i],
            verb=verb.i,
        )
        self._add(found)
        self.used_cues.update(range(start, end))
        self._dative_channel(found, verb)

    def _according_to(self, start: int, end: int, cue: Cue) -> None:
        prep = self.doc[end - 1]  # "to" of "according to", or "per"
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            following = self.doc[end] if end < len(self.doc) else None
            if following is None or following.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"):
                return
            pobj = following
            while pobj.head.i >= end and pobj.head.i != pobj.i and pobj.head.i < pobj.sent.end and pobj.dep_ in ("compound", "det", "amod", "nummod", "poss"):
                pobj = pobj.head
        phrase_tokens = set(range(start, end)) | {t.i for t in pobj.subtree}
        phrase_start = min(phrase_tokens)
        phrase_end = max(phrase_tokens) + 1
        sent = self.sents[self.sent_of[start]]
        segments = self._segments_outside(sent.start, sent.end, phrase_start, phrase_end)
        if not segments:
            return
        found = Found(
            rule="according_to",
            content=segments,
            cue=(start, end),
            cue_lemma=cue.text,
            stance=cue.stance,
            speaker=self._speaker_span(pobj, prep),
            speaker_head=pobj.i,
            sentence=self.sent_of[start],
        )
        found.content = [self._expand_to_quotes(s, e) for s, e in found.content]
        self._add(found)
        self.used_cues.update(range(start, end))
        self._citing_inside(found, pobj)

    def _segments_outside(self, start: int, end: int, cut_start: int, cut_end: int) -> list[tuple[int, int]]:
        segments = []
        for s, e in ((start, cut_start), (cut_end, end)):
            s, e = self._clean_range((s, e)) or (s, s)
            if e > s and sum(1 for t in self.doc[s:e] if t.is_alpha) >= 3:
                segments.append((s, e))
        return segments

    # ---------------------------------------------------------------- noun cues
    def _noun_cue(self, noun: Token) -> None:
        if self.quote_of[noun.i] >= 0 or noun.i in self.used_cues:
            return
        clause = next(
            (c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)),
            None,
        )
        if clause is None:
            return
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and noun.dep_ in ("dobj", "pobj", "attr") and noun.head.pos_ in ("VERB", "AUX", "ADP"):
            governor = noun.head.head if noun.head.pos_ == "ADP" else noun.head
            owner = self._subject_of(governor)  # "Trump repeated his claims that ..."
            if owner is not None and owner.pos_ == "PRON" and owner.lower_ in RELATIVE_PRONOUNS:
                owner = None
        cue = self.lex.nouns[noun.lemma_.lower()]
        found = Found(
            rule="noun_cue",
            content=[self._clean_range(self._subtree_range(clause, exclude=noun))],
            cue=(noun.i, noun.i + 1),
            cue_lemma=noun.lemma_.lower(),
            stance=cue.stance,
            speaker=self._trim_punct(owner.left_edge.i, owner.right_edge.i + 1) if owner is not None else None,
            speaker_head=owner.i if owner is not None else None,
            sentence=self.sent_of[noun.i],
        )
        if owner is not None and owner.i in range(found.start, found.end):
            return
        self._add(found)
        self.used_cues.add(noun.i)

    # ---------------------------------------------------------------- channels
    def _dative_channel(self, found: Found, verb: Token) -> None:
        """"told the Post", "said in a statement to the newspaper": the outlet relays it."""
        outlet = None
        for child in verb.children:
            if child.dep_ in ("dative", "dobj") and verb.lemma_.lower() == "tell" and self._is_outlet(child):
                outlet = child
            elif child.dep_ == "prep" and child.lower_ in ("to", "with"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and self._is_outlet(pobj):
                    outlet = pobj
            elif child.dep_ == "prep" and child.lower_ == "in":
                noun = next((c for c in child.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.lemma_.lower() in self.lex.nouns:
                    for grand in noun.children:
                        if grand.dep_ == "prep" and grand.lower_ in ("to", "with"):
                            pobj = next((c for c in grand.children if c.dep_ == "pobj"), None)
                            if pobj is not None and self._is_outlet(pobj):
                                outlet = pobj
        if outlet is None:
            return
        channel = Found(
            rule="dative_channel",
            content=list(found.content),
            cue=None,
            cue_lemma=None,
            stance="neutral",
            speaker=self._trim_punct(outlet.left_edge.i, outlet.right_edge.i + 1),
            speaker_head=outlet.i,
            sentence=found.sentence,
            is_channel=True,
        )
        self.found.append(channel)
        found.channel = channel

    def _based_on_channel(self, found: Found, speaker: Token) -> None:
        """"The Post's report was based on an assessment, which claimed": the report relays it."""
        if speaker.dep_ != "pobj" or speaker.head.lower_ not in ("on", "from", "upon"):
            return
        verb = speaker.head.head
        if verb.lemma_.lower() not in self.words.derivation_verbs:
            return
        relay = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if relay is None:
            return
        if relay.lemma_.lower() not in self.words.documents:  # "a portion of the report"
            relay = next((t for t in relay.subtree if t.lemma_.lower() in self.words.documents and t.pos_ == "NOUN"), None)
            if relay is None:
                return
        start, end = relay.left_edge.i, relay.i + 1
        channel = Found(
            rule="based_on_channel",
            content=list(found.content),
            cue=None,
            cue_lemma=None,
            stance="neutral",
            speaker=self._trim_punct(start, end),
            speaker_head=relay.i,
            sentence=found.sentence,
            is_channel=True,
        )
        self.found.append(channel)
        found.channel = channel

    def _is_outlet(self, token: Token) -> bool:
        """A news outlet: by the actors stage's type, by a media noun, else an organisation name."""
        if token.lemma_.lower() in self.words.media:
            return True
        actor = self.token_actor.get(token.i)
        if actor is not None:
            return self.actor_types.get(actor) == "media"
        if token.lemma_.lower() in self.words.institutions:
            return False
        if token.ent_type_ == "ORG" and token.pos_ == "PROPN":
            return True
        # "told the Post": a capitalised name after "the" that the tagger left as a common noun
        return token.is_title and token.i > 0 and self.doc[token.i - 1].lower_ == "the" and token.head.lemma_.lower() == "tell"

    def _citing_inside(self, outer: Found, anchor: Token) -> None:
        """"a report citing officials", "the Post reported, citing officials, that ...": the cited
        source becomes an inner attribution relayed by the outer one (`via`)."""
        sentence = self.sents[self.sent_of[anchor.i]]
        for token in sentence:
            if token.lower_ != "citing" or token.i in self.used_cues or self.quote_of[token.i] >= 0:
                continue
            obj = next((c for c in token.children if c.dep_ in ("dobj", "pobj")), None)
            if obj is None or not self._source_like(obj):
                continue
            cited = (token.left_edge.i, token.right_edge.i + 1)
            outer.content = [c for c in (self._clean_range(_cut(span, cited)) for span in outer.content) if c]
            inner = Found(
                rule="citing_inside",
                content=list(outer.content),
                cue=(token.i, token.i + 1),
                cue_lemma="cite",
                stance="neutral",
                speaker=self._trim_punct(obj.left_edge.i, obj.right_edge.i + 1),
                speaker_head=obj.i,
                sentence=outer.sentence,
                channel=outer,
            )
            self.found.append(inner)
            self.used_cues.add(token.i)

    def _source_like(self, token: Token) -> bool:
        """Who or what can be cited as a source: people, organisations, documents, outlets."""
        lemma = token.lemma_.lower()
        if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        return lemma in self.words.source_roles or lemma in self.words.documents or lemma in self.words.media or lemma in self.words.institutions

    # ---------------------------------------------------------------- quotations without cue
    def _attach_quotes(self) -> None:
        for qs, qe in self.quotes:
            if any(self.covered[i] for i in range(qs, qe)):
                continue
            words = sum(1 for t in self.doc[qs:qe] if t.is_alpha)
            sent = self.sents[self.sent_of[qs]]
            opens_sentence = self._only_punct(sent.start, qs)
            if self._colon_speaker(qs, qe) or self._colon_introduced(qs, qe) or self._dash_speaker(qs, qe):
                continue
            if words < MIN_QUOTE_WORDS and not opens_sentence:
                continue  # a scare quote or a title
            if words >= MIN_QUOTE_WORDS and (self._quote_then_subject(qs, qe) or self._quote_then_name_cue(qs, qe)):
                continue
            previous = self._previous_found(qs)
            if previous is None:
                continue
            if self._follows_directly(previous, qs, opens_sentence):
                previous.content.append((qs, qe))  # "“A,” he said. “B.”": one attribution, two parts
                self._mark((qs, qe))
                continue
            if not opens_sentence or not self._continues_speech(previous, qs):
                continue
            self._add(
                Found(
                    rule="attach_quotes",
                    content=[(qs, qe)],
                    cue=None,
                    cue_lemma=None,
                    stance=previous.stance if previous.cue is None else "neutral",
                    speaker=previous.speaker,
                    speaker_head=previous.speaker_head,
                    sentence=self.sent_of[qs],
                    continues=previous,
                    channel=previous.channel,
                )
            )

    def _quote_then_subject(self, qs: int, qe: int) -> bool:
        """"“...,” Ramos barked.": a quotation ending in a comma, then a subject and its verb
        (any verb: the construction itself is the cue) in the same sentence."""
        if not any(t.text in (",", "?", "!") for t in self.doc[max(qs, qe - 2) : qe + 1]):
            return False
        j = qe
        while j < len(self.doc) and (self.doc[j].is_punct and self.doc[j].text != "." or self.doc[j].is_space and "\n" not in self.doc[j].text):
            j += 1
        if j >= len(self.doc) or self.quote_of[j] >= 0 or not self._same_paragraph(qe - 1, j):
            return False
        if self._quote_then_verb(qs, qe, j):
            return True
        subject = self.doc[j]
        while subject.dep_ not in ("nsubj",) and subject.head.i != subject.i and subject.head.i < j + 8 and subject.head.pos_ not in ("VERB", "AUX"):
            subject = subject.head
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.pos_ != "VERB" or not 0 < verb.i - subject.right_edge.i <= 2 or subject.left_edge.i != j:
            return False
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
            return False  # "“...,” Trump read the letter": the verb has its own content
        self._add_one_word_cue("quote_subject", (qs, qe), verb, self._speaker_span(subject, verb), self._noun_of(subject).i)
        return True

    def _add_one_word_cue(self, rule: str, content: tuple[int, int], verb: Token, speaker: tuple[int, int] | None,
                          speaker_head: int | None, *, stance: str = "neutral") -> None:
        """An attribution whose cue is the verb alone (a construction around it revealed it)."""
        self._add(Found(
            rule=rule, content=[content], cue=(verb.i, verb.i + 1), cue_lemma=verb.lemma_.lower(), stance=stance,
            speaker=speaker, speaker_head=speaker_head, sentence=self.sent_of[verb.i],
        ))
        self.used_cues.add(verb.i)

    def _quote_then_name_cue(self, qs: int, qe: int) -> bool:
        """"“...,” Tulsa police Chief Chuck Jordan said Monday.": read on the surface when the
        parse is broken: a quotation ending in a comma, a short run of names and nouns, then a
        quoting verb of the lexicon (said, told, added) that ends the sentence or a clause."""
        if not any(t.text in (",", "?", "!") for t in self.doc[max(qs, qe - 3) : qe]):
            return False
        j = qe
        while j < len(self.doc) and j - qe <= 8 and self.quote_of[j] < 0 and (
            self.doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or self.doc[j].is_title and self.doc[j].is_alpha
            or self.doc[j].text in (".", "-", "'s", "’s") and j > qe
        ) and not (self.doc[j].lemma_.lower() in self.lex.verbs and self.doc[j].tag_ in ("VBD", "VBZ")):
            j += 1
        if j == qe or j >= len(self.doc) or not self._same_paragraph(qe, j):
            return False
        verb = self.doc[j]
        cue = self.lex.verbs.get(verb.lemma_.lower())
        if cue is None or "q" not in cue.frames or verb.tag_ not in ("VBD", "VBZ") or verb.i in self.used_cues:
            return False
        after = self.doc[j + 1] if j + 1 < len(self.doc) else None
        if after is not None and (after.pos_ == "SCONJ" or after.lower_ == "that"):
            return False  # "... the chief said that ...": a clause of its own follows
        speaker = self._trim_punct(qe, j)
        head = max(range(*speaker), key=lambda i: (self.doc[i].pos_ in ("PROPN", "NOUN"), i))
        self._add_one_word_cue("quote_name_cue", (qs, qe), verb, speaker, head, stance=cue.stance)
        return True

    def _quote_then_verb(self, qs: int, qe: int, j: int) -> bool:
        """"“This is fantastic!” beamed Donna Hartley": a past-tense verb right after the
        quotation, its subject after it (the inversion itself marks the quotation's speaker)."""
        verb = self.doc[j]
        if verb.tag_ != "VBD" or verb.pos_ != "VERB":
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.left_edge.i == j + 1), None)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN") or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
            return False
        self._add_one_word_cue("quote_verb_subject", (qs, qe), verb, self._speaker_span(subject, verb), self._noun_of(subject).i)
        return True

    def _follows_directly(self, previous: Found, qs: int, opens_sentence: bool) -> bool:
        """The quotation comes right after the previous attribution's cue clause, same paragraph."""
        if previous.end > qs or not self._same_paragraph(previous.end, qs):
            return False
        if self._only_glue_text(previous, qs):
            return True
        last_sentence = max(self.sent_of[e - 1] for _, e in previous.content)
        cue_sentence = self.sent_of[previous.cue[0]] if previous.cue else last_sentence
        return opens_sentence and self.sent_of[qs] == max(last_sentence, cue_sentence) + 1 and self._quoted(previous)

    def _quoted(self, found: Found) -> bool:
        return any(self.quote_of[i] >= 0 for s, e in found.content for i in (s, e - 1))

    def _continues_speech(self, previous: Found, qs: int) -> bool:
        """A quotation opening a sentence or paragraph with no cue goes on with the last
        speaker when nothing but quotation separates them (the next paragraph, or the same)."""
        between = self.doc[previous.end : qs]
        unquoted = [t for t in between if self.quote_of[t.i] < 0 and t.is_alpha and not self.covered[t.i]]
        if previous.cue is not None:
            unquoted = [t for t in unquoted if not previous.cue[0] - 12 <= t.i < previous.cue[1] + 12]
        if len(unquoted) > 3:
            return False
        # a paragraph opening with a quotation, right after a paragraph that reports someone
        return self._quoted(previous) or self._opens_paragraph(qs) and self._paragraphs_between(previous.end, qs) == 1

    def _opens_paragraph(self, index: int) -> bool:
        i = index - 1
        while i >= 0 and self.doc[i].is_space and "\n" not in self.doc[i].text:
            i -= 1
        return i < 0 or "\n" in self.doc[i].text

    def _paragraphs_between(self, start: int, end: int) -> int:
        return sum(1 for t in self.doc[start:end] if "\n" in t.text and self.quote_of[t.i] < 0)

    def _dash_speaker(self, qs: int, qe: int) -> bool:
        """"“...” ― Name": a signature after a dash names the speaker of the quotation."""
        i = qe
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        if qe > qs and self.doc[qe - 1].text[-1] in "\u2015\u2014\u2013" and self.doc[qe - 1].text[0] in "\u201d\"":
            i = qe - 1  # "”―" tokenized as one: the closing mark and the dash
        elif i >= len(self.doc) or self.doc[i].text not in DASHES:
            return False
        start = i + 1
        while start < len(self.doc) and self.doc[start].is_space:
            start += 1
        end = start
        while end < len(self.doc) and not self.doc[end].is_space and "\n" not in self.doc[end].text and self.quote_of[end] < 0:
            if self.doc[end].text in (".", "!", "?") and end > start:
                break
            end += 1
        names = [t for t in self.doc[start:end] if t.is_alpha]
        if not names or len(names) > 8 or not names[0].is_title:
            return False
        start, end = self._trim_punct(start, end)
        self._add(
            Found(
                rule="dash_speaker",
                content=[(qs, qe)],
                cue=(i, i + 1),
                cue_lemma=self.doc[i].text,
                stance="neutral",
                speaker=(start, end),
                speaker_head=self._phrase_head(start, end).i,
                sentence=self.sent_of[qs],
            )
        )
        return True

    def _headline_speakers(self) -> None:
        """"Pence: Trump Was Mocking the Campaign" — a short name and a colon open a paragraph."""
        text = self.text
        for match in HEADLINE_SPEAKER.finditer(text):
            name_text = match.group("name")
            if name_text.lower() in self.words.labels or name_text.isupper():
                continue  # upper-case names are transcript turns
            name = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
            body_end = text.find("\n", match.end())
            body_end = len(text) if body_end < 0 else body_end
            body = self.doc.char_span(match.end(), body_end, alignment_mode="expand")
            if name is None or body is None or len(body) < 3 or any(t.pos_ in ("VERB", "AUX") for t in name):
                continue
            inside = [f for f in self.found if f.cue is not None and body.start <= f.cue[0] < body.end]
            if any(self.covered[i] for i in range(body.start, body.end)) and not self._only_these_cover(inside, body):
                continue
            content = self._clean_range((body.start, body.end))
            if content is None:
                continue
            # "Rubio: I Still Believe ...": cues inside the line are the named speaker's words
            self.found = [f for f in self.found if not any(f is g for g in inside)]
            self._add(
                Found(
                    rule="headline_speaker",
                    content=[content],
                    cue=(name.end, name.end + 1),
                    cue_lemma=":",
                    stance="neutral",
                    speaker=(name.start, name.end),
                    speaker_head=name.root.i,
                    sentence=self.sent_of[name.start],
                )
            )

    def _only_these_cover(self, found: list[Found], body: Span) -> bool:
        """Every covered token of `body` belongs to one of `found`, all of them inside it."""
        own = {i for f in found for s, e in f.content for i in range(s, e)}
        if not found or any(not (body.start <= s and e <= body.end) for f in found for s, e in f.content):
            return False
        return all(i in own for i in range(body.start, body.end) if self.covered[i])

    def _transcript_turns(self) -> None:
        """"PENCE: Well, ..." — a transcript turn: an upper-case name and a colon open the paragraph."""
        text = self.text
        for match in TRANSCRIPT_TURN.finditer(text):
            name = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
            body_end = text.find("\n", match.end())
            body_end = len(text) if body_end < 0 else body_end
            body = self.doc.char_span(match.end(), body_end, alignment_mode="expand")
            if name is None or body is None or len(body) == 0 or any(self.covered[i] for i in range(body.start, body.end)):
                continue
            colon = name.end
            content = self._clean_range((body.start, body.end))
            if content is None:
                continue
            if self.doc[content[1] - 1].text in ('"', "\u201d") and self.quote_of[content[1] - 1] >= 0:
                content = (content[0], content[1] - 1)
            self._add(
                Found(
                    rule="transcript_turns",
                    content=[content],
                    cue=(colon, colon + 1),
                    cue_lemma=":",
                    stance="neutral",
                    speaker=(name.start, name.end),
                    speaker_head=name.end - 1,
                    sentence=self.sent_of[name.start],
                )
            )

    def _phrase_head(self, start: int, end: int) -> Token:
        return self.doc[start:end].root

    def _colon_introduced(self, qs: int, qe: int) -> bool:
        """"He listed the qualities:\n\n“...”": the quotation after a colon belongs to the
        attribution of the colon's sentence, or else to that sentence's subject."""
        i = qs - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or self.doc[i].text != ":" or self.quote_of[i] >= 0:
            return False
        sentence = self.sent_of[i]
        owner = next((f for f in self.found if not f.is_channel and f.cue and self.sent_of[f.cue[0]] == sentence), None)
        if owner is not None:
            owner.content.append((qs, qe))
            self._mark((qs, qe))
            return True
        sent_start = self.sents[sentence].start
        if any(self.quote_of[k] >= 0 for k in range(sent_start, i)):
            return False
        root = next((t for t in self.doc[sent_start:i] if not sent_start <= t.head.i < i or t.head.i == t.i), None)
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
        if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON") or subject.i >= i:
            return False
        self._add(
            Found(
                rule="colon_introduced",
                content=[(qs, qe)],
                cue=(i, i + 1),
                cue_lemma=":",
                stance="neutral",
                speaker=self._speaker_span(subject, root),
                speaker_head=subject.i,
                sentence=self.sent_of[qs],
            )
        )
        return True

    def _only_glue_text(self, previous: Found, qs: int) -> bool:
        """Only the cue clause lies between the previous attribution and this quotation."""
        between = self.doc[previous.end : qs]
        if len(between) > 8:
            return False
        cue_and_speaker = set()
        if previous.cue:
            cue_and_speaker.update(range(*previous.cue))
        if previous.speaker:
            cue_and_speaker.update(range(*previous.speaker))
        return all(t.is_punct or t.is_space or t.i in cue_and_speaker or t.dep_ in ("advmod", "prep", "pobj", "det", "npadvmod") for t in between) and any(
            t.i in cue_and_speaker for t in between
        )

    def _colon_speaker(self, qs: int, qe: int) -> bool:
        """"X: “...”" — a noun phrase and a colon right before the quotation."""
        if qs == 0 or self.doc[qs - 1].text != ":":
            return False
        colon = self.doc[qs - 1]
        sent_start = self.sents[self.sent_of[colon.i]].start
        if colon.i - sent_start > 10 or colon.i == sent_start:
            return False
        tokens = self.doc[sent_start : colon.i]
        if any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return False
        head = tokens.root
        if head.pos_ not in ("PROPN", "NOUN", "PRON"):
            return False
        self._add(
            Found(
                rule="colon_speaker",
                content=[(qs, qe)],
                cue=(colon.i, colon.i + 1),
                cue_lemma=":",
                stance="neutral",
                speaker=self._trim_punct(sent_start, colon.i),
                speaker_head=head.i,
                sentence=self.sent_of[qs],
            )
        )
        return True

    def _previous_found(self, index: int) -> Found | None:
        """The last attribution before `index` within reach (same or previous paragraphs)."""
        best = None
        for found in self.found:
            if found.is_channel or found.start >= index:
                continue
            if self.sent_of[index] - found.sentence > SPEAKER_GAP_SENTENCES:
                continue
            if best is None or found.start > best.start:
                best = found
        return best

    # ---------------------------------------------------------------- fragments
    def _continue_fragments(self) -> None:
        """A sentence "And that ..." with no cue of its own continues the claim before it."""
        for k, sent in enumerate(self.sents):
            first = sent[0]
            if first.dep_ == "cc" and len(sent) > 1:
                first = sent[1]
            if first.lower_ != "that" or first.dep_ not in ("mark", "nsubj", "det") or any(self.covered[i] for i in range(sent.start, sent.end)):
                continue
            previous = self._previous_found(sent.start)
            if previous is None or previous.sentence != k - 1 or previous.is_channel:
                continue
            span = self._clean_range((sent.start, sent.end))
            if span is not None:
                previous.content.append(span)
                self._mark(span)

    # ---------------------------------------------------------------- bookkeeping
    def _add(self, found: Found) -> None:
        anchor = found.cue[0] if found.cue else None
        found.content = [self._within_paragraph(c, anchor) for c in found.content if c is not None and c[1] > c[0]]
        found.content = [c for c in found.content if c is not None]
        if not found.content:
            return
        self.found.append(found)
        for span in found.content:
            self._mark(span)

    def _within_paragraph(self, span: tuple[int, int], anchor: int | None) -> tuple[int, int] | None:
        """Cut a content at paragraph breaks, keeping the part on the cue's side (the parser's
        sentences can run over a blank line; a content never does)."""
        start, end = span
        breaks = [i for i in range(start, end) if "\n" in self.doc[i].text and self.quote_of[i] < 0]
        if not breaks:
            return span
        if anchor is None or anchor < start:
            return self._clean_range((start, breaks[0]))
        if anchor >= end:
            return self._clean_range((breaks[-1] + 1, end))
        before = [b for b in breaks if b < anchor]
        after = [b for b in breaks if b > anchor]
        return self._clean_range((before[-1] + 1 if before else start, after[0] if after else end))

    def _mark(self, span: tuple[int, int]) -> None:
        for i in range(*span):
            self.covered[i] = True

    def _split_joined_cues(self) -> None:
        """"He said that X but did not suggest Y", "... said X, while others said Y": a cue
        clause coordinated with or adjoined to another's content is not part of what the first
        speaker said. The parser hangs it inside the content; cut it out, and let a cue without
        a subject of its own share the first cue's speaker."""
        for outer in list(self.found):
            if outer.verb is None or outer.is_channel:
                continue
            for inner in self.found:
                verb = self.doc[inner.verb] if inner.verb is not None else None
                if inner is outer or verb is None or not any(s <= verb.i < e for s, e in outer.content):
                    continue
                if not self._joined_clause(verb, outer):
                    continue
                cut_start, cut_end = self._clause_with_its_connective(verb)
                remaining = [
                    piece
                    for start, end in outer.content
                    for piece in (
                        self._segments_outside(start, end, max(start, cut_start), min(end, cut_end))
                        if start < cut_end and cut_start < end else [(start, end)]
                    )
                ]
                if not remaining:
                    continue  # the clause is all the outer cue has: it is its content after all
                outer.content = remaining
                own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
                if not own_subject and verb.dep_ == "conj" and outer.speaker is not None:
                    inner.speaker, inner.speaker_head = outer.speaker, outer.speaker_head
                    inner.relative = outer.relative

    def _joined_clause(self, verb: Token, outer: Found) -> bool:
        """The cue's clause hangs off a word of the outer content as a conjunct or an adverbial
        clause with its own subject ("while other voters said"), not as the outer's complement."""
        if verb.dep_ == "conj":  # with a subject of its own it goes on the reported clause
            return self.doc[outer.verb] is not verb.head and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        if verb.dep_ == "advcl":
            return any(c.dep_ in SUBJECT_DEPS for c in verb.children) and any(
                c.dep_ == "mark" and c.lower_ in ("while", "whereas", "but") for c in verb.children
            )
        return False

    def _clause_with_its_connective(self, verb: Token) -> tuple[int, int]:
        """The clause of `verb` with the "but"/"and"/"while" and comma that join it."""
        start, end = verb.left_edge.i, verb.right_edge.i + 1
        if verb.dep_ == "conj":
            for sibling in verb.head.children:
                if sibling.dep_ in ("cc", "punct") and sibling.i < verb.left_edge.i and sibling.i > verb.head.i:
                    start = min(start, sibling.i) if all(
                        t.dep_ in ("cc", "punct") or t.i >= verb.left_edge.i for t in self.doc[sibling.i : verb.left_edge.i]
                    ) else start
        while start > 0 and self.doc[start - 1].is_punct and self.doc[start - 1].text in (",", ";"):
            start -= 1
        return start, end

    def _relay_according_to(self) -> None:
        """"AFRICOM confirmed the strike, according to a statement": the full report inside the
        "according to" content is the attribution; the statement is the channel it came through."""
        for outer in [f for f in self.found if f.rule == "according_to" and not f.is_channel]:
            inner = next(
                (
                    f for f in self.found
                    if f is not outer and f.verb is not None and f.speaker is not None and f.channel is None
                    and self._inside(f.cue, outer.content) and self._inside(f.speaker, outer.content)
                    and not self._amid(outer, f.content)  # "X reported that, according to Z, ..."
                ),
                None,
            )
            if inner is None:
                continue
            outer.is_channel = True  # keeps its whole content: the statement carried all of it
            inner.channel = outer

    def _amid(self, relay: Found, content: list[tuple[int, int]]) -> bool:
        """The "according to Z" phrase stands inside `content`, with its words on both sides."""
        if relay.cue is None or relay.speaker is None:
            return False
        start, end = relay.cue[0], max(relay.cue[1], relay.speaker[1])
        tokens = [i for s, e in content for i in range(s, e) if self.doc[i].is_alpha]
        return any(i < start for i in tokens) and any(i >= end for i in tokens)

    @staticmethod
    def _inside(span: tuple[int, int] | None, content: list[tuple[int, int]]) -> bool:
        return span is not None and any(s <= span[0] and span[1] <= e for s, e in content)

    def _drop_nested(self) -> None:
        """PolNeAR-style: a cue inside another attribution's content is part of that content."""
        keep = []
        for found in self.found:
            cue_at = found.cue[0] if found.cue else (found.speaker[0] if found.speaker else found.start)
            nested = any(
                other is not found and not other.is_channel and other is not found.channel
                and any(s <= cue_at < e for s, e in other.content)
                and not any(s <= (other.cue[0] if other.cue else -1) < e for s, e in found.content)
                for other in self.found
            )
            if not nested:
                keep.append(found)
        keep = self._one_attribution_per_content(keep)
        kept_ids = {id(f) for f in keep}
        for found in keep:
            if found.channel is not None and id(found.channel) not in kept_ids:
                found.channel = None
        self.found = keep
        self.covered = [False] * len(self.doc)
        for found in keep:
            for span in found.content:
                self._mark(span)

    def _one_attribution_per_content(self, found: list[Found]) -> list[Found]:
        """Two cues claiming the same words: the one nearer to them keeps them.

        Relays (`channel`, or a `via` to a kept outer attribution) share their content on purpose."""
        primary = [f for f in found if not f.is_channel and f.channel is None or f.cue is None]
        primary.sort(key=self._cue_distance)
        owner = [None] * len(self.doc)
        losers: set[int] = set()
        for item in primary:
            tokens = [i for s, e in item.content for i in range(s, e)]
            if any(owner[i] is not None and owner[i] is not item for i in tokens):
                losers.add(id(item))
                continue
            for i in tokens:
                owner[i] = item
        return [f for f in found if id(f) not in losers]

    def _cue_distance(self, found: Found) -> int:
        if found.cue is None or not found.content:
            return len(self.doc)
        return min(min(abs(found.cue[0] - e), abs(s - found.cue[1])) for s, e in found.content)

    # ---------------------------------------------------------------- token ranges
    def _subtree_range(self, token: Token, *, exclude: Token | None = None) -> tuple[int, int]:
        start, end = token.left_edge.i, token.right_edge.i + 1
        if exclude is not None and start <= exclude.i < end:
            if exclude.i < token.i:
                start = exclude.right_edge.i + 1 if exclude.right_edge.i < token.i else token.i
            else:
                end = exclude.left_edge.i if exclude.left_edge.i > token.i else token.i + 1
        return self._expand_to_quotes(start, end)

    def _clean_range(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        start, end = span
        while start < end and (self.doc[start].is_space or self.doc[start].text in (",", ";", ":", "—", "–", "-") and self.quote_of[start] < 0):
            start += 1
        while end > start and (self.doc[end - 1].is_space or self.doc[end - 1].text in (",", ";", ":", "—", "–", "-", ".") and self.quote_of[end - 1] < 0):
            end -= 1
        return (start, end) if end > start else None

    def _trim_punct(self, start: int, end: int) -> tuple[int, int]:
        while start < end - 1 and (self.doc[start].is_punct or self.doc[start].is_space):
            start += 1
        while end - 1 > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        return start, end

    def _only_punct(self, start: int, end: int) -> bool:
        return all(t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV") for t in self.doc[start:end])

    def _ends_with_colon(self, start: int, end: int) -> bool:
        return end > start and self.doc[end - 1].text == ":"

    def _same_paragraph(self, start: int, end: int) -> bool:
        return "\n" not in self.text[self.doc[start - 1].idx if start else 0 : self.doc[end].idx]


def _paragraph_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, cut again at paragraph breaks, which it sometimes runs over."""
    sentences = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if "\n" in token.text and token.i + 1 < sent.end:
                sentences.append(doc[start : token.i + 1])
                start = token.i + 1
        sentences.append(doc[start : sent.end])
    return [s for s in sentences if len(s)]


def _listed(span: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    return None if span is None else [span]


def _cut(span: tuple[int, int], cut: tuple[int, int]) -> tuple[int, int]:
    """`span` without `cut` when the cut sits at one of its ends."""
    start, end = span
    if cut[0] <= start < cut[1]:
        start = cut[1]
    if cut[0] < end <= cut[1]:
        end = cut[0]
    return start, max(start, end)


def _is_ancestor(ancestor: Token, token: Token) -> bool:
    return ancestor in token.ancestors
