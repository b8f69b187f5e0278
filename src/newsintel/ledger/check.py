"""Check one claim against articles: does each support, contradict, only report, or ignore it?

    results = check_claim("IS no longer has a presence in Afghanistan", documents)
    for r in results: r.document, r.verdict, r.evidence

The verdict comes from the stance model (`newsintel.ledger.stance`): agree -> "supports",
disagree -> "contradicts", discuss -> "reports", unrelated -> "unrelated"; the evidence is the
sentences closest to the claim, with their offsets. No spaCy: this runs on raw text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsintel.errors import ConfigError
from newsintel.records import Document, Span

VERDICTS = {"agree": "supports", "disagree": "contradicts", "discuss": "reports", "unrelated": "unrelated"}


@dataclass(slots=True)
class CheckResult:
    document: str
    title: str | None
    verdict: str  # supports | contradicts | reports | unrelated
    confidence: float
    evidence: list[Span]
    probabilities: dict[str, float]

    def to_dict(self) -> dict:
        return {
            "document": self.document,
            "title": self.title,
            "verdict": self.verdict,
            "confidence": round(self.confidence, 3),
            "evidence": [s.to_dict() for s in self.evidence],
            "probabilities": {VERDICTS[k]: round(v, 3) for k, v in self.probabilities.items()},
        }


def check_claim(claim: str, documents: Iterable[Document]) -> list[CheckResult]:
    from newsintel.ledger.stance import StanceModel

    if not claim or not claim.strip():
        raise ConfigError("the claim to check is empty")
    model = StanceModel.load()
    results = []
    for document in documents:
        verdict = model.judge(claim, document.text)
        results.append(
            CheckResult(
                document=document.source or document.id,
                title=document.title,
                verdict=VERDICTS[verdict.label],
                confidence=verdict.probabilities[verdict.label],
                evidence=[Span(start, end, text) for start, end, text in verdict.evidence],
                probabilities=verdict.probabilities,
            )
        )
    return results
