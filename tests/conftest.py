"""Shared test fixtures: where ../shared is, and one pipeline per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (a git worktree one level deeper finds it too), or NEWSINTEL_SHARED
SHARED = Path(
    os.environ.get("NEWSINTEL_SHARED")
    or next(
        (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()), REPO.parent / "shared"
    )
).resolve()
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


@pytest.fixture(scope="session")
def model_name() -> str:
    """The installed spaCy model, checked once: the tests that need it skip when none is
    installed (the one truly optional thing); any other failure to load it is an error."""
    from newsintel.errors import ModelNotFound
    from newsintel.nlp.load import default_model_name

    try:
        return default_model_name()
    except ModelNotFound as exc:
        pytest.skip(f"no spaCy English model installed (scripts/setup installs the pinned one): {exc.message}")


@pytest.fixture(scope="session")
def nlp(model_name: str):
    """The full newsintel pipeline on the default model, built once per session."""
    from newsintel.nlp.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def analyze_text(model_name: str):
    """analyze(text, published) -> Report, sharing the session's pipeline."""
    from newsintel import analyze

    def run(text: str, published: str | None = "2023-04-27"):
        return analyze(text, published=published)

    return run
