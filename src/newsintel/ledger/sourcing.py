"""Sourcing profile: what the claims of a document, or of a corpus, rest on.

Shares of claims resting on anonymous sources, on second-hand reports (relayed through another
source: "told the Post"), on named sources, on documents (reports, assessments), and of the
article's own unattributed statements; the speakers relied on most; and, per disputed
proposition, the speakers each side relies on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsintel.records import Actor, Report, claim_bases

KINDS = ("anonymous", "named", "document", "pronoun", "none")


@dataclass(slots=True)
class SourcingProfile:
    claims: int = 0
    attributed: int = 0  # claims with a speaker (not the article's own statements)
    counts: Counter = field(default_factory=Counter)  # speaker kind -> claims
    second_hand: int = 0
    relays: Counter = field(default_factory=Counter)  # outlet / source relayed through -> claims
    speakers: Counter = field(default_factory=Counter)  # display name -> claims
    resting_on: Counter = field(default_factory=Counter)  # every source a claim rests on (speaker or relay)
    media: int = 0  # claims that rest on a news outlet (said by it, or relayed through it)
    anonymous_or_media: int = 0

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
            "media": self.media,
            "anonymous_or_media": self.anonymous_or_media,
            "relayed_through": dict(self.relays.most_common()),
            "resting_on": dict(self.resting_on.most_common(10)),
            "top_speakers": dict(self.speakers.most_common(10)),
        }

    def add(self, other: SourcingProfile) -> None:
        self.claims += other.claims
        self.attributed += other.attributed
        self.counts.update(other.counts)
        self.second_hand += other.second_hand
        self.relays.update(other.relays)
        self.speakers.update(other.speakers)
        self.resting_on.update(other.resting_on)
        self.media += other.media
        self.anonymous_or_media += other.anonymous_or_media


def document_profile(report: Report) -> SourcingProfile:
    actors = {a.id: a for a in report.actors}
    profile = SourcingProfile()
    for basis in claim_bases(report):
        claim, kind = basis.claim, basis.kind
        profile.claims += 1
        profile.counts[kind] += 1
        if not basis.attributed:
            continue
        profile.attributed += 1
        # an unnamed source keeps its description ("US defense officials"), not its agency's name
        speaker = claim.speaker_text or "?" if kind == "anonymous" else _name(actors, claim.speaker, claim.speaker_text)
        profile.speakers[speaker] += 1
        outlets = [_name(actors, relay.speaker.actor, relay.speaker.text) for relay in basis.relays]
        if outlets:
            profile.second_hand += 1
            profile.relays[outlets[0]] += 1  # the outlet it reached the article through
        profile.resting_on.update({speaker, *outlets})
        profile.media += basis.on_media
        profile.anonymous_or_media += basis.on_media or kind == "anonymous"
    return profile


def _name(actors: dict[str, Actor], actor_id: str | None, text: str | None) -> str:
    actor = actors.get(actor_id or "")
    return actor.name if actor is not None else (text or "?")


def corpus_profile(reports: list[Report]) -> SourcingProfile:
    total = SourcingProfile()
    for report in reports:
        total.add(document_profile(report))
    return total


def profile_line(report: Report) -> str | None:
    """ "20 attributed claims: 35% anonymous, 50% second-hand; rest on The Washington Post 55%"."""
    profile = document_profile(report)
    if not profile.attributed:
        return None
    parts = [
        f"{profile.attributed} attributed claims: {profile.share('anonymous'):.0%} anonymous, "
        f"{profile.share('named'):.0%} named, {profile.share('document'):.0%} documents, "
        f"{profile.share('second_hand'):.0%} second-hand"
    ]
    top = [(name, n) for name, n in profile.resting_on.most_common(2) if n > 1]
    if top:
        parts.append("rest on " + ", ".join(f"{name} {n / profile.attributed:.0%}" for name, n in top))
    return "; ".join(parts)
