"""One-line summaries of the disputes inside one article, for the text and HTML reports.

"Disputed: the Islamic State was once again using Afghanistan … — Pentagon assessment (via the
Post) vs. Suhail Shaheen, Taliban"
"""

from __future__ import annotations

from newsintel.records import Claim, Report

MAX_PROPOSITION = 90


def dispute_lines(report: Report) -> list[str]:
    """One line per disputed claim: the claim, who holds it, and who denies or contradicts it."""
    claims = {c.id: c for c in report.claims}
    opponents: dict[str, list[str]] = {}
    for relation in report.claim_relations:
        if relation.relation in ("denies", "contradicts") and relation.target in claims:
            opponents.setdefault(relation.target, []).append(relation.source)
    lines = []
    for target, sources in opponents.items():
        claim = claims[target]
        against = list(dict.fromkeys(holder(claims[s], report) for s in sources if s in claims))
        lines.append(f"{_short(claim.text)} — {holder(claim, report)} vs. {'; '.join(against)}")
    return lines


def holder(claim: Claim, report: Report) -> str:
    """Who holds a claim, for a reader: "Pentagon assessment (via the Post)", "Suhail Shaheen, Taliban"."""
    actors = {a.id: a for a in report.actors}
    attributions = {a.id: a for a in report.attributions}
    actor = actors.get(claim.speaker or "")
    if actor is not None:
        name = actor.name
        parent = actors.get(actor.parent or "")
        if parent is None and actor.roles:
            name = f"{name}, {actor.roles[0]}"
        elif parent is not None:
            name = f"{name}, {parent.name}"
    elif claim.speaker_text:
        name = _strip_article(claim.speaker_text)
    else:
        name = "the article"
    relay = attributions.get(claim.via) if claim.via else None
    if relay is not None:
        outlet = actors.get(relay.speaker.actor or "")
        name = f"{name} (via {outlet.name if outlet else relay.speaker.text})"
    return name


def _strip_article(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)


def _short(text: str) -> str:
    text = " ".join(text.split()).strip("“”\"' ")
    return text if len(text) <= MAX_PROPOSITION else text[: MAX_PROPOSITION - 1].rsplit(" ", 1)[0] + " …"
