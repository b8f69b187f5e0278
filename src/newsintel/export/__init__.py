"""SHARE: reports and stored corpora in the formats other tools load."""
