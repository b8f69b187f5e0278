"""The ledger over articles run through the whole pipeline: wire copies count once, a denial
in another article forms the other side."""

from __future__ import annotations

import pytest

from newsintel.ledger.claims import reconcile

pytestmark = pytest.mark.model

WIRE = (
    "KABUL (Reuters) - Militants attacked a police checkpoint in the northern province overnight, killing "
    "five officers, a provincial spokesman said on Sunday. The spokesman said the attackers fled into the "
    "hills after a two-hour gunfight."
)
LOCAL = (
    "Residents said militants attacked a police checkpoint in the northern province overnight and killed five "
    "officers. The Taliban denied that militants attacked a police checkpoint in the province."
)
OTHER = "The provincial council approved a new budget for schools and roads on Monday, its chairman said."


def test_wire_copies_count_once_and_a_denial_is_the_other_side(analyze_text):
    texts = [WIRE, WIRE + "\n\nAid groups called for calm.", WIRE + "\n\nMore details follow.", LOCAL, OTHER]
    reports = [analyze_text(text) for text in texts]
    ledger = reconcile(reports)
    ids = [r.document.id for r in reports]
    attack = next(c for c in ledger.clusters if "checkpoint" in c.proposition)
    assert attack.disputed
    asserts, disputes = attack.sides
    assert asserts.independent == 2
    assert sorted(asserts.speakers) == ["Residents", "a provincial spokesman"]
    wire_origin = next(o for o in asserts.origins if o.copies == 3)
    assert wire_origin.documents == ids[:3]
    assert disputes.speakers == ["Taliban"]
    assert disputes.independent == 1
    # the budget story shares no proposition with the attack
    assert all(ids[4] not in {ref.document for side in c.sides for ref in side.claims} for c in ledger.clusters)


STRIKE = "The air strike killed 12 civilians in the village of Tal Hamra on Monday, local officials said."
DENIAL = "The army said no civilians were killed in the strike on Tal Hamra."
MONITOR = "At least four civilians were killed in the strike on Tal Hamra, a monitoring group said."
ABOUT_50 = "About 50 fighters attacked the checkpoint in the northern district, police said."
ABOUT_52 = "Police said about 52 fighters attacked the checkpoint in the northern district on Sunday."


def test_a_count_disputed_across_articles_and_compatible_counts_agree(analyze_text):
    reports = [analyze_text(text) for text in (STRIKE, DENIAL, MONITOR, ABOUT_50, ABOUT_52)]
    ids = [r.document.id for r in reports]
    ledger = reconcile(reports)
    placed = [[[ids.index(ref.document) for ref in side.claims] for side in c.sides] for c in ledger.clusters]
    # 12 and "at least four" on one side, "no civilians" on the other; about 50 and 52 agree
    assert placed == [[[0, 2], [1]], [[3, 4]]]
    strike = ledger.clusters[0]
    assert [(r.link.rule, r.link.evidence, r.link.confidence) for r in strike.relations] == [
        ("number-mismatch", "'no civilians' vs '12 civilians'", 0.85),
        ("number-mismatch", "'At least four civilians' vs 'no civilians'", 0.85),
    ]
    assert strike.sides[1].speakers == ["The army"]
