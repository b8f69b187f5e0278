"""One-line summaries of the disputes inside one article, for the text and HTML reports.

"Disputed: the Islamic State was once again using Afghanistan … — Pentagon assessment (via the
Post) vs. Suhail Shaheen, Taliban"
"""

from __future__ import annotations

from newsintel.records import Claim, Report

MAX_PROPOSITION = 90


def dispute_lines(report: Report) -> list[str]:
    """One line per disputed source: its (first) claim, who holds it, who denies or contradicts it."""
    claims = {c.id: c for c in report.claims}
    opponents: dict[str, list[str]] = {}
    for relation in report.claim_relations:
        if relation.relation in ("denies", "contradicts") and relation.target in claims:
            opponents.setdefault(relation.target, []).append(relation.source)
    grouped: dict[tuple[str, str], list[Claim]] = {}
    for target, sources in opponents.items():
        against = "; ".join(dict.fromkeys(holder(claims[s], report) for s in sources if s in claims))
        grouped.setdefault((holder(claims[target], report), against), []).append(claims[target])
    lines = []
    for (held_by, against), disputed in grouped.items():
        more = f" (+{len(disputed) - 1} more)" if len(disputed) > 1 else ""
        lines.append(f"{_short(disputed[0].text)}{more} — {held_by} vs. {against}")
    return lines


def holder(claim: Claim, report: Report) -> str:
    """Who holds a claim, for a reader: "Pentagon assessment (via the Post)", "Suhail Shaheen, Taliban"."""
    actors = {a.id: a for a in report.actors}
    attributions = {a.id: a for a in report.attributions}
    actor = actors.get(claim.speaker or "")
    if claim.speaker_kind == "document" and claim.speaker_text:
        name = _document_name(claim.speaker_text)
    elif actor is not None:
        name = actor.name
        if actor.type == "person" and actor.roles:
            name = f"{name}, {actor.roles[0].rsplit(', ', 1)[-1]}"  # roles read "title, organisation"
    elif claim.speaker_text:
        name = _strip_article(claim.speaker_text)
    else:
        name = "the article"
    relay = attributions.get(claim.via) if claim.via else None
    if relay is not None:
        name = f"{name} (via {_outlet_name(relay.speaker.text)})"
    return name


def _document_name(text: str) -> str:
    """ "a classified Pentagon assessment" -> "Pentagon assessment": names and the head noun."""
    words = text.split()
    kept = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in ("a", "an", "the")]
    return " ".join([*kept, words[-1]]) if words else text


def _outlet_name(text: str) -> str:
    """ "the Post’s report" -> "the Post": a relay is named by its outlet."""
    for mark in ("’s ", "'s "):
        if mark in text:
            return text.split(mark, 1)[0]
    return text


def _strip_article(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)


def _short(text: str) -> str:
    text = " ".join(text.split()).strip("“”\"' ")
    if text.lower().startswith("that "):
        text = text[5:].strip("“”\"' ")
    return text if len(text) <= MAX_PROPOSITION else text[: MAX_PROPOSITION - 1].rsplit(" ", 1)[0] + " …"
