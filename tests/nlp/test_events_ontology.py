"""CAMEO and PLOVER tables (no model needed)."""

from __future__ import annotations

from newsintel.nlp.events import ontology
from newsintel.nlp.events.yaml_patterns import read_builtin


def test_every_root_has_goldstein_and_quad_class() -> None:
    codes = ontology.cameo_codes()
    roots = [f"{n:02d}" for n in range(1, 21)]
    assert all(root in codes for root in roots)
    assert [codes[r].quad_class for r in ("01", "06", "11", "19")] == [1, 2, 3, 4]
    assert (codes["190"].goldstein, codes["051"].goldstein) == (-10.0, 3.4)


def test_plover_mapping_uses_the_longest_prefix() -> None:
    assert ontology.plover_of("195") == ("ASSAULT", "aerial")
    assert ontology.plover_of("0871") == ("RETREAT", "ceasefire")
    assert ontology.plover_of("0356") == ("AGREE", None)
    assert ontology.plover_of("057") == ("SUPPORT", "agreement")  # as CAMEO2PLOVER: signing, not agreeing
    assert ontology.plover_of("087") == ("RETREAT", None)
    assert ontology.plover_of("011") == (None, None)
    assert ontology.plover_of("999") == (None, None)
    assert set(ontology.plover_types()) >= {"ASSAULT", "COERCE", "CONSULT", "REQUEST"}


def test_dictionary_specific_codes_describe_their_parent() -> None:
    assert ontology.describe("1717").code == "171"
    assert ontology.describe(None) is None


def test_builtin_patterns_use_known_codes() -> None:
    patterns = read_builtin()
    codes = [e.code for e in patterns.entries if e.code] + [
        p.code for e in patterns.entries for p in e.patterns if p.code
    ]
    assert codes and all(ontology.describe(code) is not None for code in codes)
