"""Cross-document ledger on hand-built reports: clusters, sides, independent origins, sourcing."""

from __future__ import annotations

from newsintel.ledger.claims import document_origins, reconcile
from newsintel.ledger.duplicates import groups_of, near_duplicate_groups, wire_credit
from newsintel.ledger.sourcing import corpus_profile, document_profile
from newsintel.records import Attribution, Claim, ClaimRelation, Document, Report, Speaker

WIRE = (
    "BEIRUT (Reuters) - Rebels shelled the port city overnight, killing four people, a monitoring group said on "
    "Sunday. The group said the shelling damaged a hospital and two schools near the harbour."
)


def _report(doc_id: str, text: str, claims: list[Claim], relations=(), attributions=()) -> Report:
    return Report(
        document=Document(id=doc_id, text=text),
        claims=claims,
        claim_relations=list(relations),
        attributions=list(attributions),
    )


def _claim(cid, text, speaker_text, kind="named", **extra) -> Claim:
    return Claim(id=cid, text=text, speaker_text=speaker_text, speaker_kind=kind, **extra)


def test_wire_credit_and_near_duplicates():
    assert wire_credit(WIRE) == "reuters"
    assert wire_credit("(AP) — A storm hit the coast.") == "ap"
    assert wire_credit("A storm hit the coast, officials said.") is None
    copy = WIRE + " Aid groups called for calm."
    groups = near_duplicate_groups(
        [("a", WIRE), ("b", copy), ("c", "Something else entirely happened today in the capital city.")]
    )
    assert groups == [["a", "b"], ["c"]]


def test_three_wire_copies_count_once_against_an_independent_source():
    claim_text = "Rebels shelled the port city overnight, killing four people"
    reports = [
        _report(
            f"copy{i}",
            WIRE + suffix,
            [_claim("c1", claim_text, "a monitoring group", "anonymous", subject="rebels", predicate="shell")],
        )
        for i, suffix in enumerate(["", " Aid groups called for calm.", " More follows."])
    ]
    reports.append(
        _report(
            "local",
            "Residents said rebels shelled the port city overnight and killed four people in the harbour district.",
            [
                _claim(
                    "c1",
                    "rebels shelled the port city overnight and killed four people",
                    "Residents",
                    "anonymous",
                    subject="rebels",
                    predicate="shell",
                )
            ],
        )
    )
    ledger = reconcile(reports)
    assert len(ledger.clusters) == 1
    side = ledger.clusters[0].sides[0]
    assert side.position == "asserts"
    assert len(side.claims) == 4
    assert side.independent == 2
    copies = next(o for o in side.origins if o.copies == 3)
    assert copies.documents == ["copy0", "copy1", "copy2"]


def test_denial_across_articles_forms_two_sides():
    first = _report(
        "d1",
        "The army said it captured the bridge.",
        [_claim("c1", "the army captured the bridge", "The army", subject="army", predicate="capture")],
    )
    second = _report(
        "d2",
        "Rebels denied the army captured the bridge.",
        [_claim("c1", "the army captured the bridge", "Rebels", stance="denial", subject="army", predicate="capture")],
    )
    ledger = reconcile([first, second])
    cluster = ledger.clusters[0]
    assert cluster.disputed
    assert [s.position for s in cluster.sides] == ["asserts", "disputes"]
    assert cluster.sides[1].speakers == ["Rebels"]


def test_unrelated_claims_on_the_same_topic_are_not_clustered():
    first = _report("e1", "x", [_claim("c1", "Rebels shelled the port city overnight", "Residents", subject="rebels")])
    second = _report(
        "e2",
        "y",
        [_claim("c1", "The government raised fuel taxes to pay for the war", "The ministry", subject="government")],
    )
    assert reconcile([first, second]).clusters == []


def test_relation_inside_one_article_makes_a_disputed_cluster():
    report = _report(
        "f1",
        "t",
        [
            _claim(
                "c1",
                "the group is active in the valley",
                "a report",
                "document",
                subject="group",
                predicate="be active",
            ),
            _claim("c2", "the group has been defeated", "the governor", subject="group", predicate="defeat"),
        ],
        relations=[ClaimRelation("c2", "c1", "contradicts", "e", 0.75, "exclusive-states")],
    )
    cluster = reconcile([report]).clusters[0]
    assert [s.speakers for s in cluster.sides] == [["a report"], ["the governor"]]


def test_sourcing_profile_counts_anonymous_second_hand_and_named():
    post = Attribution("a1", "indirect", [], Speaker("the Post", kind="named", actor="washington-post"))
    report = _report(
        "g1",
        "t",
        [
            _claim("c1", "one", "officials", "anonymous", via="a1", attribution="a2"),
            _claim("c2", "two", "a senior official", "anonymous", attribution="a3"),
            _claim("c3", "three", "Jane Doe", "named", attribution="a4"),
            _claim("c4", "four", None, "none"),
        ],
        attributions=[post],
    )
    profile = document_profile(report)
    assert profile.to_dict()["by_speaker_kind"] == {"anonymous": 2, "named": 1, "document": 0, "pronoun": 0, "none": 1}
    assert profile.attributed == 3
    assert profile.second_hand == 1
    assert dict(profile.relays) == {"the Post": 1}
    assert round(profile.share("anonymous"), 3) == 0.667
    assert corpus_profile([report, report]).claims == 8
    assert report.sourcing["claims_anonymous"] == 2
    assert report.sourcing["claims_second_hand"] == 1


def test_fragments_are_neither_clustered_nor_disputed():
    # noun phrases and quoted scraps hold no proposition: the same words in two articles and a
    # denial-stance scrap make no cluster and no dispute
    first = _report(
        "g1",
        "x",
        [
            _claim("c1", "any candidate", "the article", "none"),
            _claim("c2", "the mayor and the governor", "Residents", "anonymous"),
        ],
    )
    second = _report(
        "g2",
        "y",
        [
            _claim("c1", "any candidate", "the article", "none"),
            _claim("c2", "the mayor and the governor", "a columnist", stance="denial"),
        ],
    )
    assert reconcile([first, second]).clusters == []


def test_opposite_polarity_needs_one_subject_and_object():
    # "I have no money" and "he has money for the campaign": one light verb, different people
    first = _report(
        "h1",
        "x",
        [
            _claim(
                "c1",
                "I have no money left for the campaign",
                "the senator",
                subject="i",
                predicate="have",
                object="money",
                polarity="negative",
            )
        ],
    )
    second = _report(
        "h2",
        "y",
        [
            _claim(
                "c1",
                "he has money from small donors for the campaign",
                "a rival",
                subject="he",
                predicate="have",
                object="money",
            )
        ],
    )
    third = _report(
        "h3",
        "z",
        [
            _claim(
                "c1",
                "the party has no plans to raise the campaign money",
                "a spokesman",
                subject="party",
                predicate="have",
                object=None,
                polarity="negative",
            )
        ],
    )
    fourth = _report(
        "h4",
        "w",
        [
            _claim(
                "c1",
                "the party has a plan for the campaign money",
                "an aide",
                subject="party",
                predicate="have",
                object=None,
            )
        ],
    )
    assert not any(c.disputed for c in reconcile([first, second, third, fourth]).clusters)


def test_one_article_is_one_origin_per_side():
    # the article's own sentences on one side count once, however many of them repeat the point
    claims = [
        _claim(
            f"c{i}",
            f"the rebels shelled the port city again {when}",
            "the article",
            "none",
            subject="rebels",
            predicate="shell",
            object="port city",
        )
        for i, when in enumerate(["on Monday", "overnight", "this week"], 1)
    ]
    first = _report("i1", "x", claims)
    second = _report(
        "i2",
        "y",
        [
            _claim(
                "c1",
                "the rebels shelled the port city",
                "Residents",
                "anonymous",
                subject="rebels",
                predicate="shell",
                object="port city",
            )
        ],
    )
    cluster = reconcile([first, second]).clusters[0]
    assert [o.key for o in cluster.sides[0].origins] == ["document:i1", "document:i2"]
    assert cluster.sides[0].independent == 2


AP_BILL = (
    "WASHINGTON (AP) — The Senate passed the border funding bill late on Thursday after a week of "
    "debate, sending the measure to the president. The vote was 61 to 38, with nine members of the "
    "minority party joining the majority. Supporters said the money would pay for more inspectors at "
    "the busiest crossings and for new scanners at the ports. Opponents said the bill did too little "
    "for the asylum courts, where the backlog has grown for three years."
)
AP_MARKETS = (
    "NEW YORK (AP) — Stocks rose on Friday, a day after the Senate passed the border funding bill, as "
    "traders bet that a shutdown had been avoided. Shares of freight companies led the gains, and "
    "the price of oil slipped for a second day. Analysts said the next test for the market would be "
    "the jobs report due next week."
)


def _bill_report(doc_id: str, text: str) -> Report:
    return _report(
        doc_id,
        text,
        [
            _claim(
                "c1",
                "The Senate passed the border funding bill",
                "the article",
                "none",
                subject="senate",
                predicate="pass",
                object="bill",
            )
        ],
    )


def test_wire_origin_is_the_story_not_the_agency():
    # an edited copy (cut to its first half, a paragraph added) is below the near-duplicate
    # threshold but keeps most of the story: still the same wire story
    cut = AP_BILL[: AP_BILL.index("Supporters")] + "The president is expected to sign it on Monday, aides said."
    assert groups_of([("a1", AP_BILL), ("a2", cut)]) == [["a1"], ["a2"]]
    reports = [
        _bill_report("a1", AP_BILL),
        _bill_report("a2", cut),
        _bill_report("a3", AP_BILL + " More follows."),
        _bill_report("m1", AP_MARKETS),
    ]
    assert document_origins(reports) == {"a1": "wire:ap:a1", "a2": "wire:ap:a1", "a3": "wire:ap:a1", "m1": "wire:ap:m1"}
    side = reconcile(reports).clusters[0].sides[0]
    # two AP stories are two origins; the three copies of one story count once
    assert [(o.key, o.documents) for o in side.origins] == [("wire:ap:a1", ["a1", "a2", "a3"]), ("wire:ap:m1", ["m1"])]
    assert side.independent == 2


def test_near_duplicates_crediting_different_agencies_are_one_origin():
    reuters = AP_MARKETS.replace("(AP)", "(Reuters)")
    origins = document_origins(
        [_bill_report("m1", AP_MARKETS), _bill_report("r1", reuters.replace("Stocks", "Shares"))]
    )
    # near-duplicate text is one origin whatever the credit says
    assert origins["m1"] == origins["r1"]


def test_candidate_pairs_find_every_pair_that_comparing_all_pairs_would_match(monkeypatch):
    """The indexed search (matrix product + statement keys) clusters exactly like comparing
    every pair of claims that share a word."""
    from newsintel.ledger import claims as ledger_claims

    texts = [
        ("the army captured the bridge near the river", "army", "capture", "bridge"),
        ("the army has captured the old bridge", "army", "capture", "bridge"),
        ("it captured the bridge on Monday", "it", "capture", "bridge"),
        ("rebels shelled the port city overnight", "rebels", "shell", "city"),
        ("the rebels shelled the city again", "rebels", "shell", "city"),
        ("the minister said the talks would resume", "minister", "say", None),
        ("talks between the two sides will resume next week", "talks", "resume", None),
        ("the ministry denied that the talks had failed", "ministry", "deny", None),
    ]
    reports = [
        _report(
            f"d{i}",
            text,
            [
                _claim(
                    "c1",
                    text,
                    "a source",
                    subject=subject,
                    predicate=predicate,
                    object=obj,
                    states=[f"{subject}|activity|a"] if i % 3 == 0 else [],
                )
            ],
        )
        for i, (text, subject, predicate, obj) in enumerate(texts)
    ]
    indexed = reconcile(reports).to_dict()

    def every_sharing_pair(claims, vectors, threshold):
        return ((i, j) for i in range(len(vectors)) for j in range(i) if set(vectors[i]) & set(vectors[j]))

    monkeypatch.setattr(ledger_claims, "_candidate_pairs", every_sharing_pair)
    assert indexed == reconcile(reports).to_dict()
    assert len(indexed["clusters"]) >= 2
