import spacy
from spacy.tokens import DocBin

from newsintel.nlp.extensions import DOC_ATTRIBUTES, get_list


def test_extensions_hold_plain_data_that_survives_docbin():
    nlp = spacy.blank("en")
    doc = nlp("Kabul denied it.")
    doc._.ni_published = "2023-04-27"
    get_list(doc, "ni_actors").append(
        {"id": "afg-gov", "name": "Afghan government", "mentions": [{"start": 0, "end": 5, "text": "Kabul"}]}
    )
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (again,) = DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)
    assert again._.ni_published == "2023-04-27"
    assert again._.ni_actors[0]["mentions"][0]["text"] == "Kabul"


def test_every_declared_attribute_is_registered():
    from spacy.tokens import Doc

    assert all(Doc.has_extension(name) for name in DOC_ATTRIBUTES)
