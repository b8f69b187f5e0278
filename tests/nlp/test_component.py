import pytest
import spacy

from newsintel.nlp.component import Stage


class Failing(Stage):
    name = "failing"

    def annotate(self, doc):
        raise ValueError("bad offsets")


def test_a_failing_stage_raises_its_own_error_by_default():
    doc = spacy.blank("en")("Troops withdrew.")
    with pytest.raises(ValueError, match="bad offsets"):
        Failing()(doc)


def test_a_set_error_handler_receives_the_failure_and_the_doc_goes_on():
    seen = []
    stage = Failing()
    stage.set_error_handler(lambda name, component, docs, exc: seen.append((name, str(exc), len(docs))))
    doc = spacy.blank("en")("Troops withdrew.")
    assert stage(doc) is doc
    assert seen == [("failing", "bad offsets", 1)]
