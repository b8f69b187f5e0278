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
    host: Annotated[
        str, typer.Option("--host", help="Interface to bind; anything but loopback needs a token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None, typer.Option("--token", help="Access token required on every request (or NEWSINTEL_TOKEN).")
    ] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A name clients use to reach the server (repeatable); localhost names and the "
            "bind address are always allowed.",
        ),
    ] = None,
    ledger_documents: Annotated[
        int,
        typer.Option("--ledger-documents", min=0, help="The claims ledger covers this many recent documents (0: all)."),
    ] = 0,
    model: ModelOption = None,
) -> None:
    """Serve the REST API and the web pages over a corpus.

    Requests must name an allowed host (a guard against DNS rebinding); an empty or wildcard
    --host (0.0.0.0, ::) binds every interface, so it needs a token like any public address."""
    from newsintel.optional import require
    from newsintel.web.security import TOKEN_ENV, is_loopback

    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        raise ConfigError(
            f"binding to {host or 'every interface (empty --host)'} exposes the corpus beyond this machine: "
            f"pass --token or set {TOKEN_ENV}"
        )
    uvicorn = require("uvicorn")
    from newsintel.web.app import create_app

    application = create_app(
        db=db,
        token=token,
        model=model,
        host=host,
        allowed_host=allowed_host or (),
        ledger_documents=ledger_documents or None,
        warm=True,
    )
    shown = host if is_loopback(host) else (allowed_host or ["<this machine's name>"])[0]
    typer.echo(f"newsintel workbench on http://{shown}:{port}/" + ("  (token required)" if token else ""), err=True)
    # behind a reverse proxy on this machine, X-Forwarded-Proto: https makes the token cookie Secure
    uvicorn.run(
        application, host=host, port=port, log_level="warning", proxy_headers=True, forwarded_allow_ips="127.0.0.1"
    )
