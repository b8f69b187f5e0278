"""Options shared by several commands, and the way commands report errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsintel.errors import ConfigError

ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy model name or path (default: en_core_web_sm, else its repackaged copy)."),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Publication date YYYY-MM-DD: anchors relative dates and dated roles."),
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor dictionary (newsintel YAML or TABARI/PETRARCH .txt); repeatable."),
]
AgentsOption = Annotated[
    list[Path] | None,
    typer.Option("--agents", help="TABARI/PETRARCH agent dictionary; repeatable."),
]
VerbsOption = Annotated[
    list[Path] | None,
    typer.Option("--verbs", help="Verb-pattern dictionary (TABARI/PETRARCH or newsintel YAML); repeatable."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summaries on stderr.")]

stderr = Console(stderr=True, highlight=False)


def check_date(value: str | None, option: str = "--date") -> str | None:
    """An ISO date, or a ConfigError naming the `option` that was wrong."""
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ConfigError(f"{option} must be YYYY-MM-DD, got {value!r}") from None


def paths_of(values: list[Path] | None) -> tuple[str, ...]:
    """Option values as strings, checking that each file exists."""
    result = []
    for value in values or []:
        if not Path(value).is_file():
            raise ConfigError("no such file", path=str(value))
        result.append(str(value))
    return tuple(result)


def report_warning(message: str) -> None:
    """One line on stderr about data a command could not keep (never silenced by --quiet)."""
    from rich.text import Text

    stderr.print(Text.assemble(("warning ", "bold yellow"), message), soft_wrap=True)


def report_error(error: Exception) -> None:
    """One line on stderr for an error that concerns one input, not the whole run."""
    from rich.text import Text

    stderr.print(Text.assemble(("error ", "bold red"), str(error)), soft_wrap=True)


def write_output(content: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(content)
        if not content.endswith("\n"):
            sys.stdout.write("\n")
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(content, encoding="utf-8")
