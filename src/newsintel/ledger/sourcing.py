"""Sourcing profile: what the claims of a document, or of a corpus, rest on.

Shares of claims resting on anonymous sources, on second-hand reports (relayed through another
source: "told the Post"), on named sources, on documents (reports, assessments), and of the
article's own unattributed statements; the speakers relied on most; and, per disputed
proposition, the speakers each side relies on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsintel.records import Report

KINDS = ("anonymous", "named", "document", "pronoun", "none")


@dataclass(slots=True)
class SourcingProfile:
    claims: int = 0
    attributed: int = 0  # claims with a speaker (not the article's own statements)
    counts: Counter = field(default_factory=Counter)  # speaker kind -> claims
    second_hand: int = 0
    relays: Counter = field(default_factory=Counter)  # outlet / source relayed through -> claims
    speakers: Counter = field(default_factory=Counter)  # display name -> claims

    def share(self, kind: str, *, of_attributed: bool = True) -> float:
        total = self.attributed if of_attributed else self.claims
        value = self.second_hand if kind == "second_hand" else self.counts[kind]
        return value / total if total else 0.0

    def to_dict(self) -> dict:
        return {
            "claims": self.claims,
            "attributed": self.attributed,
            "by_speaker_kind": {k: self.counts[k] for k in KINDS},
            "second_hand": self.second_hand,
            "shares_of_attributed": {k: round(self.share(k), 3) for k in (*KINDS[:4], "second_hand")},
            "relayed_through": dict(self.relays.most_common()),
            "top_speakers": dict(self.speakers.most_common(10)),
        }

    def add(self, other: SourcingProfile) -> None:
        self.claims += other.claims
        self.attributed += other.attributed
        self.counts.update(other.counts)
        self.second_hand += other.second_hand
        self.relays.update(other.relays)
        self.speakers.update(other.speakers)


def document_profile(report: Report) -> SourcingProfile:
    actors = {a.id: a.name for a in report.actors}
    attributions = {a.id: a for a in report.attributions}
    profile = SourcingProfile()
    for claim in report.claims:
        profile.claims += 1
        kind = claim.speaker_kind if claim.speaker_kind in KINDS else "none"
        profile.counts[kind] += 1
        if claim.attribution is None and kind == "none":
            continue
        profile.attributed += 1
        profile.speakers[actors.get(claim.speaker or "", claim.speaker_text or "?")] += 1
        relay = attributions.get(claim.via) if claim.via else None
        if relay is not None:
            profile.second_hand += 1
            profile.relays[actors.get(relay.speaker.actor or "", relay.speaker.text)] += 1
    return profile


def corpus_profile(reports: list[Report]) -> SourcingProfile:
    total = SourcingProfile()
    for report in reports:
        total.add(document_profile(report))
    return total


def sourcing_counts(report: Report) -> dict[str, int]:
    """Integer claim counts for the JSON contract's `sourcing` object (keys added, none renamed)."""
    profile = document_profile(report)
    return {
        "claims": profile.claims,
        "claims_attributed": profile.attributed,
        "claims_anonymous": profile.counts["anonymous"],
        "claims_named": profile.counts["named"],
        "claims_document": profile.counts["document"],
        "claims_second_hand": profile.second_hand,
    }
