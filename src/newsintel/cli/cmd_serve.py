"""`newsintel serve`: the analyst's workbench over a stored corpus."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from newsintel.cli.app import app
from newsintel.cli.common import ModelOption
from newsintel.errors import ConfigError


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default newsintel.db).")] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to bind; anything but loopback needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    token: Annotated[str | None, typer.Option("--token", help="Access token required on every request (or NEWSINTEL_TOKEN).")] = None,
    model: ModelOption = None,
) -> None:
    """Serve the REST API and the web pages over a corpus."""
    from newsintel.optional import require
    from newsintel.web.security import TOKEN_ENV, is_loopback

    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        raise ConfigError(
            f"binding to {host} exposes the corpus beyond this machine: pass --token or set {TOKEN_ENV}"
        )
    uvicorn = require("uvicorn")
    from newsintel.web.app import create_app

    application = create_app(db=db, token=token, model=model)
    typer.echo(f"newsintel workbench on http://{host}:{port}/" + ("  (token required)" if token else ""), err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")
