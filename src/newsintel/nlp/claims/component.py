"""The `newsintel_claims` stage: claims from attributions and statements, and their relations.

Reads `doc._.ni_attributions` (and actors, dates) through `newsintel.nlp.annotations`; writes
`doc._.ni_claims` (records.Claim dicts) and `doc._.ni_claim_relations` (records.ClaimRelation
dicts, "from"/"to" keys as in the JSON contract).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsintel.nlp.claims.extract import extract_claims
from newsintel.nlp.claims.relate import relate, states
from newsintel.nlp.claims.rules import load_rules
from newsintel.nlp.component import Stage


class ClaimExtractor(Stage):
    name = "newsintel_claims"

    def __init__(self, *, rules_file: str | None = None) -> None:
        super().__init__()
        self.rules = load_rules(rules_file)  # parsed once, at load time

    def annotate(self, doc: Doc) -> None:
        frames = extract_claims(doc, self.rules)
        for frame in frames:
            frame.claim["states"] = sorted("|".join(state) for state in states(frame, self.rules))
        doc._.ni_claims = [frame.claim for frame in frames]
        doc._.ni_claim_relations = relate(frames, self.rules, doc.text)  # one Doc.text build per doc


@Language.factory(
    "newsintel_claims",
    default_config={"rules_file": None},
    requires=["doc._.ni_attributions"],
    assigns=["doc._.ni_claims", "doc._.ni_claim_relations"],
)
def make_claim_extractor(nlp: Language, name: str, rules_file: str | None = None) -> ClaimExtractor:
    extractor = ClaimExtractor(rules_file=rules_file)
    extractor.name = name
    return extractor
