"""The stance model and the cue rules for short texts, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsintel.ledger.stance import LABELS, StanceModel, feature_names, pair_features, prepare_article
from newsintel.textsim import prepare, split_sentences, stem, words


def test_words_and_stems():
    assert words("The mayor didn't resign?") == ["the", "mayor", "didn't", "resign", "?"]
    assert stem("denies") == stem("denied") == "den"


def test_sentences_split_on_punctuation_and_paragraphs():
    text = 'He said "no." Then she left.\n\nA new one. U.S. officials agreed.'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        'He said "no."',
        "Then she left.",
        "A new one.",
        "U.S. officials agreed.",
    ]


def test_feature_vector_has_one_value_per_name():
    article = prepare_article("The bridge collapsed on Monday. Engineers said it was old.")
    assert len(pair_features(prepare("The bridge collapsed"), article)) == len(feature_names())


@pytest.fixture(scope="module")
def model() -> StanceModel:
    return StanceModel.load()


@pytest.mark.parametrize(
    ("claim", "headline", "label"),
    [
        ("The singer has died", "The singer is not dead: death report is a hoax", "disagree"),
        ("The singer has died", "Singer reportedly dies at 70", "discuss"),
        ("The singer has died", "Singer dies at 70 after long illness", "agree"),
        ("The singer has died", "Police confirm the singer died at home", "agree"),
        ("The singer has died", "Parliament passes the budget for next year", "unrelated"),
        # reporting structure: a source before a colon, a reporting verb, a source closing it
        ("The rebels seized the airport", "Army officer: rebels seized the airport overnight", "discuss"),
        ("The rebels seized the airport", "Minister accuses rebels of seizing the airport", "discuss"),
        ("The rebels seized the airport", "Rebels seize the airport after heavy fighting -- monitor", "discuss"),
        ("The rebels seized the airport", "Rebels seized the airport? Residents fear the worst", "discuss"),
        # a claim about what someone said is asserted by a headline saying it
        ("The minister said the talks failed", "Minister says the talks failed", "agree"),
        # negations count when they bear on the claim, not elsewhere in the headline
        ("The rebels seized the airport", "Rebels have not seized the airport, army insists", "disagree"),
        ("The rebels seized the airport", "That airport seizure story is not real", "disagree"),
        ("The rebels seized the airport", "Airport staff had no idea how the rebels seized it", "agree"),
        ("The mayor resigned", "Mayor resigns after a long dispute with the council", "agree"),
        # a negation reaches the predicate a few words on ("not among the bodies found")
        (
            "Bodies found in the grave are the missing miners",
            "Missing miners not among 12 bodies found in grave",
            "disagree",
        ),
        # a confirming cue that is asked, hedged just before, or the tail of a compound confirms nothing
        ("The phone is waterproof", "Is this proof the phone survives a swim?", "discuss"),
        ("The phone is waterproof", "Phone maker said to confirm the phone is waterproof", "discuss"),
        ("The watch survives the shower", "Watch to be shower-proof at launch: reports", "discuss"),
        # a negation inside the claim's relative clause does not flip the claim
        ("The council held a meeting that did not include the mayor", "That council meeting is not real", "disagree"),
    ],
)
def test_short_texts_follow_the_cue_rules(model, claim, headline, label):
    assert model.judge(claim, headline).label == label


def test_long_article_verdicts(model):
    claim = "The mayor of Springfield resigned"
    supporting = (
        "The mayor of Springfield resigned on Monday after a long dispute with the council. "
        "He confirmed his resignation in a letter and will leave office at the end of the month."
    )
    denying = (
        "Springfield city hall dismissed reports that the mayor resigned as false. "
        "A spokesperson said the mayor has not resigned and remains in office."
    )
    other = (
        "The football team won its third straight game on Saturday, with a late goal from the captain. Fans cheered."
    )
    assert model.judge(claim, supporting).label == "agree"
    assert model.judge(claim, denying).label == "disagree"
    assert model.judge(claim, other).label == "unrelated"
    verdict = model.judge(claim, denying)
    assert verdict.evidence[0][2] == "Springfield city hall dismissed reports that the mayor resigned as false."
    assert set(verdict.probabilities) == set(LABELS)


def test_model_is_small_and_stores_no_vocabulary(model):
    from importlib import resources

    blob = resources.files("newsintel.ledger.data").joinpath("stance_model.joblib")
    assert len(blob.read_bytes()) < 5_000_000
    assert model.idf.shape == (1 << 17,)  # numbers over hash buckets, no strings
    assert model.info["features"] == feature_names()


def test_installed_scikit_learn_is_the_version_the_model_was_saved_with(model):
    import sklearn

    saved = model.info["sklearn"].split(".")[:2]
    assert sklearn.__version__.split(".")[:2] == saved, (
        f"the stance model is a scikit-learn {model.info['sklearn']} pickle; pin that version or retrain"
    )
    assert model.classifier.n_iter_ == 184  # early stopping ended the 400-iteration budget here (docs/claims.md)


def test_a_model_saved_by_another_scikit_learn_release_is_refused(monkeypatch):
    import sklearn

    from newsintel.errors import ConfigError
    from newsintel.ledger.stance import _check_saved_with

    monkeypatch.setattr(sklearn, "__version__", "1.9.4")
    _check_saved_with("1.9.1")  # a bug-fix release reads the same pickle
    with pytest.raises(ConfigError, match=r"saved with scikit-learn 1\.8\.2, but 1\.9\.4 is installed"):
        _check_saved_with("1.8.2")
