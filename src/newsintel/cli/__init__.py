"""Thin command line over the library. Each `cmd_*.py` module here registers its commands.

Library errors (`NewsintelError`) become one line on stderr and a non-zero exit code; a
traceback means a bug in newsintel.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from newsintel.cli.app import app
from newsintel.errors import NewsintelError


def _register_commands() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("cmd_"):
            importlib.import_module(f"{__name__}.{module.name}")


def main(argv: list[str] | None = None) -> None:
    _register_commands()
    try:
        app(args=argv, prog_name="newsintel", standalone_mode=True)
    except NewsintelError as error:
        typer.echo(f"newsintel: {error}", err=True)  # str() masks credentials
        sys.exit(getattr(error, "exit_code", 2))


__all__ = ["app", "main"]
