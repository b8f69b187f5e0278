"""The ledger over articles run through the whole pipeline: wire copies count once, a denial
in another article forms the other side."""

from __future__ import annotations

import pytest

from newsintel.ledger.claims import reconcile

pytestmark = pytest.mark.model

WIRE = ("KABUL (Reuters) - Militants attacked a police checkpoint in the northern province overnight, killing "
        "five officers, a provincial spokesman said on Sunday. The spokesman said the attackers fled into the "
        "hills after a two-hour gunfight.")
LOCAL = ("Residents said militants attacked a police checkpoint in the northern province overnight and killed five "
         "officers. The Taliban denied that militants attacked a police checkpoint in the province.")
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
