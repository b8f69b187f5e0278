"""The public surface stays documented and stable: CLI commands, stage names, schema file."""

from pathlib import Path

import typer.main

from newsintel.cli import _register_commands
from newsintel.cli.app import app
from newsintel.nlp.pipeline import STAGES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    _register_commands()
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():
        subcommands = getattr(command, "commands", None)
        if subcommands:
            names += [f"{name} {sub}" for sub in subcommands]
        else:
            names.append(name)
    return sorted(names)


def test_every_command_is_in_the_readme():
    missing = [name for name in command_names() if f"newsintel {name}" not in README]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_registered_stage_names_do_not_change():
    assert list(STAGES) == [
        "newsintel_actors",
        "newsintel_places",
        "newsintel_dates",
        "newsintel_attribution",
        "newsintel_events",
        "newsintel_event_records",
        "newsintel_claims",
    ]


def test_stage_factories_are_entry_points():
    from importlib.metadata import entry_points

    registered = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(STAGES) <= registered
