"""A community named with a country's demonym ("Iraqi Kurds", "Syrian Christians", "American
Muslims") is that country's part of the community: a composed actor with the country and the
community as parent (CAMEO country + religion code, IRQ + CHR = IRQCHR), as PETRARCH composes
a country with a group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsintel.nlp.actors.entries import slugify
from newsintel.nlp.actors.state import DocActors

if TYPE_CHECKING:
    from newsintel.nlp.actors.index import ActorIndex

COMMUNITY_TYPES = frozenset(("religious", "other"))


def national_communities(index: ActorIndex, doc: Doc, state: DocActors) -> None:
    """Merge a state's demonym and the country-less community right after it into one actor."""
    by_end = {m.end: m for m in state.mentions if m.how == "demonym"}
    for mention in list(state.mentions):
        community = index.actor(mention.actor)
        demonym = by_end.get(mention.start)
        if demonym is None or community is None or mention.how != "alias":
            continue
        country_entry = index.actor(demonym.actor)
        if community.type not in COMMUNITY_TYPES or community.country or country_entry is None:
            continue
        if country_entry.type != "state" or not country_entry.country:
            continue
        name = doc[demonym.start : mention.end].text
        actor_id = f"local:{slugify(name)}"
        state.entries.setdefault(
            actor_id,
            {
                "id": actor_id,
                "name": name,
                "type": community.type,
                "country": country_entry.country,
                "cameo": country_entry.country + (community.cameo or ""),
                "mentions": [],
                "parent": community.id,
                "local": True,
                "roles": [],
            },
        )
        state.mentions.remove(demonym)
        mention.start, mention.actor, mention.how = demonym.start, actor_id, "composed"
