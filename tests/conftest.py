"""Shared test fixtures: where ../shared is, and one pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared").resolve()
FIXTURE_ARTICLE = SHARED / "fixtures" / "taliban_isis_k.txt"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test with a message naming what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared fixtures and evaluation sets sit beside the checkout")
    return path


@pytest.fixture(scope="session")
def fixture_text() -> str:
    return shared_path("fixtures", "taliban_isis_k.txt").read_text(encoding="utf-8")


def _model_available() -> bool:
    try:
        from newsintel.nlp.load import default_model_name

        default_model_name()
    except Exception:
        return False
    return True


@pytest.fixture(scope="session")
def nlp():
    """The full newsintel pipeline on the default model, built once per session."""
    if not _model_available():
        pytest.skip("no spaCy English model installed (scripts/setup installs the pinned one)")
    from newsintel.nlp.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def analyze_text():
    """analyze(text, published) -> Report, sharing the session's pipeline."""
    if not _model_available():
        pytest.skip("no spaCy English model installed (scripts/setup installs the pinned one)")
    from newsintel import analyze

    def run(text: str, published: str | None = "2023-04-27"):
        return analyze(text, published=published)

    return run
