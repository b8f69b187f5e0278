"""Which of an article's actors the Phoenix (TABARI) dictionaries know, next to newsintel's own.

    PYTHONPATH=src python benchmarks/actor_coverage.py [ARTICLE] [--date 2023-04-27]

Links the article twice: with the built-in dictionaries, and with the Phoenix actor and agent
dictionaries alone (../shared/eval/events/dictionaries). For every actor the built-in run
found (dictionary or document-local), prints which dictionary actor, if any, each run linked
its mentions to, then the share covered. Default article: ../shared/fixtures/taliban_isis_k.txt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()), REPO.parent / "shared"
)
DICTIONARIES = SHARED / "eval" / "events" / "dictionaries"
PHOENIX_ACTORS = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
PHOENIX_AGENTS = ("Phoenix.agents.txt",)


def link(text: str, date: str, **config):
    import newsintel.nlp.actors.component  # noqa: F401
    from newsintel.nlp.load import load_fresh_model

    nlp = load_fresh_model()
    nlp.add_pipe("newsintel_actors", config=config)
    doc = nlp.make_doc(text)
    doc._.ni_published = date
    return nlp(doc)._.ni_actors


def overlapping(actors, start: int, end: int) -> dict | None:
    """The actor of a mention that overlaps start:end ("Washington Post" in "the Washington Post")."""
    for actor in actors:
        for mention in actor["mentions"]:
            if mention["start"] < end and start < mention["end"]:
                return actor
    return None


def label(actor: dict | None) -> str:
    if actor is None or actor.get("local"):
        return "-"
    return f"{actor['id']} [{actor.get('cameo') or '---'}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(SHARED / "fixtures" / "taliban_isis_k.txt"))
    parser.add_argument("--date", default="2023-04-27")
    args = parser.parse_args(argv)
    article = Path(args.article)
    if not article.exists() or not DICTIONARIES.exists():
        print(f"skipped: {article} or {DICTIONARIES} is absent")
        return 0
    text = article.read_text(encoding="utf-8")
    builtin = link(text, args.date, actor_files=[], agent_files=[], use_builtin=True)
    phoenix = link(
        text,
        args.date,
        actor_files=[str(DICTIONARIES / f) for f in PHOENIX_ACTORS],
        agent_files=[str(DICTIONARIES / f) for f in PHOENIX_AGENTS],
        use_builtin=False,
    )
    rows = []
    for actor in builtin:
        hits = [overlapping(phoenix, m["start"], m["end"]) for m in actor["mentions"]]
        known = [h for h in hits if h is not None and not h.get("local")]
        best = max(known, key=lambda h: sum(1 for k in known if k is h), default=None)
        rows.append((actor["name"], label(actor), label(best), len(known), len(hits)))
    width = max(len(r[0]) for r in rows) + 2
    print(f"{'actor':<{width}}{'newsintel built-in':<34}{'Phoenix (TABARI)':<40}mentions linked by Phoenix")
    for name, ours, theirs, linked, total in rows:
        print(f"{name:<{width}}{ours:<34}{theirs:<40}{linked}/{total}")
    ours_count = sum(1 for r in rows if r[1] != "-")
    theirs_count = sum(1 for r in rows if r[2] != "-")
    print(f"\n{len(rows)} actors in the article: built-in dictionaries know {ours_count}, Phoenix knows {theirs_count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
