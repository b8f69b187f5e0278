"""Near-duplicate groups on plain texts (the library function other stages use)."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHash

from newsintel import dedup
from newsintel.dedup import iter_shingles, near_duplicate_groups, shingles, signature, similarity

WIRE = (
    "KABUL (Wire) - Gunmen attacked a convoy carrying election workers in the eastern province on "
    "Tuesday, killing four people and wounding seven, the provincial governor's spokesman said. "
    "No group immediately claimed responsibility for the attack, which came two days before the vote. "
    "Security forces have been placed on high alert across the region, the spokesman added, and "
    "polling stations in three districts will be guarded by soldiers."
)
# Three copies of one wire story, as papers run it: new headline, dropped dateline, small edits.
COPIES = {
    "paper-a": "Election convoy attacked\n" + WIRE,
    "paper-b": WIRE.replace("KABUL (Wire) - ", "").replace("killing four people", "killing 4 people"),
    "paper-c": WIRE.replace("Tuesday", "Tuesday morning").replace(
        " and polling stations in three districts will be guarded by soldiers.", "."
    )
    + " Editing by a desk editor.",
}
UNRELATED = {
    "sports": "The home side won the cup final on penalties after a goalless draw that lasted two hours "
    "in front of a sold-out stadium, ending a run of four lost finals.",
    "same-topic": "Election officials said on Wednesday that the vote would go ahead as planned in the eastern "
    "province despite an attack on a convoy, and that extra ballot papers had been sent.",
}


def test_three_edited_copies_of_one_wire_story_are_one_group():
    groups = near_duplicate_groups({**COPIES, **UNRELATED})
    assert groups == {
        "paper-a": "paper-a",
        "paper-b": "paper-a",
        "paper-c": "paper-a",
        "sports": "sports",
        "same-topic": "same-topic",
    }


def test_plain_iterables_are_keyed_by_position():
    texts = [UNRELATED["sports"], COPIES["paper-b"], COPIES["paper-a"]]
    assert near_duplicate_groups(texts) == {0: 0, 1: 1, 2: 1}


def test_threshold_controls_what_counts_as_a_copy():
    pair = {"a": COPIES["paper-a"], "c": COPIES["paper-c"]}
    assert near_duplicate_groups(pair, threshold=0.99) == {"a": "a", "c": "c"}


def test_texts_without_words_stay_alone():
    assert near_duplicate_groups({"x": "", "y": "  ...  "}) == {"x": "x", "y": "y"}


def test_shingles_and_signature_similarity():
    assert shingles("A b, c d!") == {b"a b c", b"b c d"}
    assert shingles("Two words") == {b"two words"}
    same = similarity(signature(COPIES["paper-a"]), signature(COPIES["paper-a"]))
    far = similarity(signature(COPIES["paper-a"]), signature(UNRELATED["sports"]))
    assert same == 1.0 and far < 0.1


def test_groups_of_id_text_pairs_in_input_order():
    from newsintel.dedup import groups_of

    pairs = [("z", COPIES["paper-b"]), ("s", UNRELATED["sports"]), ("a", COPIES["paper-a"])]
    assert groups_of(pairs) == [["z", "a"], ["s"]]


def test_a_long_text_is_hashed_in_batches_to_the_same_signature(monkeypatch):
    """A 5,000,000-character text hashed at once took 750 MB: batches give the same MinHash."""
    rng = random.Random(7)
    text = " ".join(f"w{rng.randrange(400)}" for _ in range(2_500))
    whole = MinHash(num_perm=dedup.NUM_PERM)
    whole.update_batch(list(shingles(text)))
    monkeypatch.setattr(dedup, "HASH_BATCH", 300)
    assert signature(text) == np.asarray(whole.hashvalues, dtype="<u4").tobytes()
    assert set(iter_shingles(text)) == shingles(text)
    assert list(iter_shingles("Two words")) == [b"two words"]
    assert signature(" ... ") is None
