"""Stance of an article towards a claim: agree, disagree, discuss or unrelated.

Hand-built features (hashed TF-IDF cosine over the article and its sentences, word and n-gram
overlap, counts of refuting / hedging / supporting / reporting words in the sentences closest to
the claim, negation parity) feed a gradient-boosted tree model trained by
`scripts/train_stance.py` on FNC-1 train. The shipped weights (`data/stance_model.joblib`) hold
numbers only: the IDF table is an array over hash buckets, so no word from the data is stored.

    model = StanceModel.load()
    verdict = model.judge("The mayor resigned", article_text)
    verdict.label, verdict.probabilities, verdict.evidence
"""

from __future__ import annotations

import functools
import io
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources

import numpy as np

from newsintel.errors import ConfigError
from newsintel.textsim import (
    Passage,
    content_stems,
    cosine,
    ngrams,
    overlap,
    prepare,
    split_sentences,
    stance_words,
    tfidf,
)

logger = logging.getLogger(__name__)

LABELS: tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")
RELATED: tuple[str, ...] = LABELS[:3]
MODEL_FILE = "stance_model.joblib"
WORD_CLASSES = ("refute", "negation", "hedge", "support", "report")
TOP_SENTENCES = 3
LEAD_SENTENCES = 3


@dataclass(slots=True)
class Article:
    """An article body split into prepared sentences, prepared once and reused across claims."""

    text: str
    whole: Passage
    sentences: list[Passage]
    offsets: list[tuple[int, int]]
    class_counts: np.ndarray  # sentences x word classes


def prepare_article(text: str, idf=None) -> Article:
    offsets = split_sentences(text) or [(0, len(text))]
    sentences = [prepare(text[s:e], idf) for s, e in offsets]
    whole_stems = [s for p in sentences for s in p.stems]
    whole = Passage(text, [t for p in sentences for t in p.tokens], whole_stems, tfidf(whole_stems, idf))
    lexicon = stance_words()
    counts = np.array(
        [[lexicon.members(c, p.tokens) for c in WORD_CLASSES] + [p.tokens.count("?")] for p in sentences],
        dtype=np.float32,
    )
    return Article(text, whole, sentences, offsets, counts)


def feature_names() -> list[str]:
    names = [
        "c_len",
        "c_refute",
        "c_negation",
        "c_hedge",
        "c_support",
        "c_question",
        "b_len",
        "n_sent",
        "cos_body",
        "overlap",
        "jaccard",
        "bigram",
        "trigram",
        "cos_max",
        "cos_top_mean",
        "cos_lead",
        "cos_first",
        "argmax_pos",
        "overlap_max",
        "overlap_lead",
        "n_close",
        "neg_parity_best",
        "neg_parity_lead",
        "refute_near",
    ]
    for where in ("body", "lead", "top", "close"):
        names += [f"{where}_{c}" for c in (*WORD_CLASSES, "question")]
    return names


def pair_features(claim: Passage, article: Article) -> np.ndarray:
    """The feature vector of one claim–article pair, in `feature_names()` order."""
    lexicon = stance_words()
    sims = np.array([cosine(claim.vector, s.vector) for s in article.sentences], dtype=np.float32)
    overlaps = np.array([overlap(claim, s) for s in article.sentences], dtype=np.float32)
    order = np.argsort(-sims)
    top = order[:TOP_SENTENCES]
    close = (overlaps >= 0.3) | (sims >= 0.25)
    n = len(article.sentences)
    lead = slice(0, LEAD_SENTENCES)
    claim_set, body_set = claim.stem_set, article.whole.stem_set
    union = claim_set | body_set
    claim_neg = lexicon.members("negation", claim.tokens)
    best = article.sentences[int(order[0])]
    lead_tokens = [t for s in article.sentences[:LEAD_SENTENCES] for t in s.tokens]
    values = [
        len(claim.stems),
        lexicon.members("refute", claim.tokens),
        claim_neg,
        lexicon.members("hedge", claim.tokens),
        lexicon.members("support", claim.tokens),
        claim.tokens.count("?"),
        math.log1p(len(article.whole.tokens)),
        math.log1p(n),
        cosine(claim.vector, article.whole.vector),
        overlap(claim, article.whole),
        len(claim_set & body_set) / len(union) if union else 0.0,
        _ngram_share(claim.stems, article.whole.stems, 2),
        _ngram_share(claim.stems, article.whole.stems, 3),
        float(sims.max()),
        float(sims[top].mean()),
        float(sims[:LEAD_SENTENCES].max()),
        float(sims[0]),
        float(order[0]) / n,
        float(overlaps.max()),
        float(overlaps[:LEAD_SENTENCES].max()),
        float(close.sum()),
        float((claim_neg % 2) != (lexicon.members("negation", best.tokens) % 2)),
        float((claim_neg % 2) != (lexicon.members("negation", lead_tokens) % 2)),
        _refute_near_claim_words(claim, [article.sentences[i] for i in top]),
    ]
    counts = article.class_counts
    body_rate = counts.sum(axis=0) * 100.0 / max(len(article.whole.tokens), 1)
    parts = [body_rate, counts[lead].sum(axis=0), counts[top].sum(axis=0), counts[close].sum(axis=0)]
    return np.concatenate([np.array(values, dtype=np.float32), *[p.astype(np.float32) for p in parts]])


def _ngram_share(claim: Sequence[str], body: Sequence[str], n: int) -> float:
    mine = ngrams(claim, n)
    return len(mine & ngrams(body, n)) / len(mine) if mine else 0.0


def _refute_near_claim_words(claim: Passage, sentences: Iterable[Passage], window: int = 6) -> float:
    """Refuting words within `window` tokens of a word the claim shares: "the photo is a hoax"."""
    lexicon = stance_words()
    shared = claim.stem_set
    hits = 0
    for sentence in sentences:
        stems = content_stems(sentence.tokens)
        positions = [i for i, t in enumerate(sentence.tokens) if lexicon.has("refute", t)]
        if not positions or not shared & set(stems):
            continue
        anchor = [i for i, t in enumerate(sentence.tokens) if content_stems([t]) and content_stems([t])[0] in shared]
        hits += sum(1 for p in positions if any(abs(p - a) <= window for a in anchor))
    return float(hits)


@dataclass(slots=True)
class Verdict:
    label: str
    probabilities: dict[str, float]
    evidence: list[tuple[int, int, str]] = field(default_factory=list)  # decisive sentences


def _check_saved_with(saved: str | None) -> None:
    """A pickle read by another scikit-learn release may predict differently without a word:
    refuse it, naming the release to install."""
    import sklearn

    if saved and saved.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ConfigError(
            f"the stance model {MODEL_FILE} was saved with scikit-learn {saved}, but {sklearn.__version__} is "
            f"installed: pip install 'scikit-learn=={saved}' (the pinned version), or retrain it with "
            "scripts/train_stance.py"
        )


class StanceModel:
    """The trained classifier with the IDF table it was trained with."""

    def __init__(self, classifier, idf: np.ndarray, *, info: dict | None = None) -> None:
        self.classifier = classifier
        self.idf = idf
        self.info = info or {}
        self._classes = [str(c) for c in classifier.classes_]

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> StanceModel:
        import joblib

        blob = resources.files("newsintel.ledger.data").joinpath(MODEL_FILE)
        if not blob.is_file():
            raise ConfigError(f"the stance model {MODEL_FILE} is missing; run scripts/train_stance.py")
        payload = joblib.load(io.BytesIO(blob.read_bytes()))
        _check_saved_with((payload.get("info") or {}).get("sklearn"))
        idf = payload["idf"].astype(np.float32)
        return cls(payload["classifier"], idf, info=payload.get("info"))

    def features(self, claim: str, article: Article) -> np.ndarray:
        return pair_features(prepare(claim, self.idf), article)

    def prepare_article(self, text: str) -> Article:
        return prepare_article(text, self.idf)

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """Class probabilities in LABELS order."""
        from threadpoolctl import threadpool_limits

        # one thread: OpenMP spinning on a shared, busy machine costs more than it gains here
        with threadpool_limits(limits=1):
            raw = self.classifier.predict_proba(rows)
        out = np.zeros((len(rows), len(LABELS)), dtype=np.float64)
        for j, name in enumerate(self._classes):
            out[:, LABELS.index(name)] = raw[:, j]
        return out

    def judge(self, claim: str, article: str | Article, *, related_only: bool = False) -> Verdict:
        prepared = article if isinstance(article, Article) else self.prepare_article(article)
        return self.judge_many([claim], prepared, related_only=related_only)[0]

    def judge_many(self, claims: Sequence[str], article: Article, *, related_only: bool = False) -> list[Verdict]:
        """Verdicts of several claims on one prepared article (the article is featurised once)."""
        if not claims:
            return []
        passages = [prepare(c, self.idf) for c in claims]
        probs = self.probabilities(np.vstack([pair_features(p, article) for p in passages]))
        if is_short(article):
            # relatedness from the model, the side from the cues of the one sentence
            return [
                _unrelated(article, row)
                if not related_only and row[LABELS.index("unrelated")] > 0.5
                else judge_short(c, article, idf=self.idf, related_only=True)
                for c, row in zip(claims, probs, strict=True)
            ]
        verdicts = [
            self._verdict(p, article, row, related_only=related_only) for p, row in zip(passages, probs, strict=True)
        ]
        if len(article.sentences) <= FEW_SENTENCES:
            verdicts = [
                _explicit_cue_override(c, article, v, self.idf) if v.label != "unrelated" else v
                for c, v in zip(claims, verdicts, strict=True)
            ]
        return verdicts

    def _verdict(self, claim: Passage, article: Article, probs: np.ndarray, *, related_only: bool) -> Verdict:
        choices = RELATED if related_only else LABELS
        label = max(choices, key=lambda name: probs[LABELS.index(name)])
        return Verdict(label, {n: float(p) for n, p in zip(LABELS, probs, strict=True)}, _evidence(claim, article))


def _evidence(claim: Passage, article: Article, limit: int = 2) -> list[tuple[int, int, str]]:
    """The sentences closest to the claim, in text order: what the verdict rests on."""
    scored = sorted(((cosine(claim.vector, s.vector), i) for i, s in enumerate(article.sentences)), reverse=True)[
        :limit
    ]
    chosen = sorted(i for score, i in scored if score > 0.05)
    return [(*article.offsets[i], article.sentences[i].text) for i in chosen]


# A headline or a single sentence: the body model's features (lead, top sentences, rates per
# 100 words) mean little there, so short texts get the cue rules of `headline_stance.yaml`.
SHORT_WORDS = 40
SHORT_SENTENCES = 3
RELATED_COSINE = 0.12


FEW_SENTENCES = 3  # FNC-1 bodies are longer: the body model never saw articles this short
RESTATES = 0.5  # share of the claim's words a sentence must repeat for its cue to decide


def _explicit_cue_override(claim: str, article: Article, verdict: Verdict, idf) -> Verdict:
    """In a short article, an explicit refuting or confirming cue in a sentence that restates
    the claim decides, as it would in a headline."""
    passage = prepare(claim, idf)
    for start, end, text in verdict.evidence:
        sentence = prepare_article(text, idf)
        if overlap(passage, sentence.whole) < RESTATES:
            continue
        short = judge_short(claim, sentence, idf=idf, related_only=True)
        if short.label in ("disagree", "agree") and short.label != verdict.label and _has_cue(short.label, sentence):
            return Verdict(short.label, verdict.probabilities, [(start, end, text)])
    return verdict


def _has_cue(label: str, sentence: Article) -> bool:
    cues = _headline_cues()
    name = "refute" if label == "disagree" else "support"
    return cues.members(name, sentence.whole.tokens) > 0


def _unrelated(article: Article, probs: np.ndarray) -> Verdict:
    return Verdict("unrelated", {n: float(p) for n, p in zip(LABELS, probs, strict=True)}, [])


def is_short(article: Article) -> bool:
    """A headline: few words in one sentence, or in a few that do not read as an article's
    statements: all but the last end in "?" or "!" ("Singer dead? Fans mourn online"), or the
    text does not end in a full stop (headlines don't; "U.S. Strike Kills Leader" splits at "U.S.")."""
    if len(article.whole.tokens) > SHORT_WORDS or len(article.sentences) > SHORT_SENTENCES:
        return False
    if len(article.sentences) == 1 or not article.text.rstrip("\"'”’)] ").endswith("."):
        return True
    return all(s.text.rstrip("\"'”’)] ").endswith(("?", "!")) for s in article.sentences[:-1])


@functools.lru_cache(maxsize=1)
def _headline_cues():
    from newsintel.textsim import load_word_classes

    return load_word_classes("newsintel.ledger.data", "headline_stance.yaml")


def judge_short(claim: str, article: Article, *, idf=None, related_only: bool = False) -> Verdict:
    """Stance of a headline-length text: refuting cues, confirming cues, then hedges and the
    reporting structure of the headline (`newsintel.ledger.headline`)."""
    from newsintel.ledger.headline import headline_stance

    passage = prepare(claim, idf)
    text = article.whole
    similarity = cosine(passage.vector, text.vector)
    if not related_only and similarity < RELATED_COSINE and overlap(passage, text) < 0.3:
        label = "unrelated"
    else:
        label = headline_stance(claim, article.text).label
    probabilities = {name: float(name == label) for name in LABELS}
    return Verdict(label, probabilities, [(*article.offsets[0], article.sentences[0].text)])
