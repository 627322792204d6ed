"""The ``tidings`` command line (Typer).

Commands are thin: parse, resolve settings, call ``pipeline``/``store``, render. Data goes to
stdout, logs and progress to stderr. Exit codes: 0 ok, 1 error (or a failed document under
``--strict``), 2 usage. Heavy libraries are imported inside the commands that need them so
that ``--help`` is instant.
"""

from __future__ import annotations

import sys
from enum import Enum

import typer
from rich.console import Console

from tidings.errors import TidingsError

app = typer.Typer(
    name="tidings",
    help="News pages into clean articles and coded political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True, highlight=False)


class Format(str, Enum):
    json = "json"
    table = "table"
    csv = "csv"
    text = "text"
    markdown = "markdown"


def report(exc: TidingsError) -> None:
    """Print one clear line for an expected error (the single translation point)."""
    err_console.print(f"[bold red]error[/]: {exc}", markup=True, soft_wrap=True)


def fail(exc: TidingsError, code: int = 1) -> typer.Exit:
    report(exc)
    return typer.Exit(code)


# ---- extract -------------------------------------------------------------------------------
# (the extract command lives here)

# ---- events / explain ----------------------------------------------------------------------
# (the events and explain commands live here)

# ---- ingest / watch / queries / export -----------------------------------------------------
# (store commands live here)

# ---- serve ---------------------------------------------------------------------------------
# (the serve command lives here)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except TidingsError as exc:
        report(exc)
        sys.exit(1)
