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


@app.callback()
def _root() -> None:
    """News pages into clean articles and coded political events."""
    # A callback keeps `tidings <command>` a command group even while only one command is
    # registered (Typer otherwise runs a lone command without its name).


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


class ExtractFormat(str, Enum):
    json = "json"
    text = "text"
    markdown = "markdown"


def _source_failed(name: str, code: str, message: str) -> None:
    """One stderr line per bad source: the source, what is wrong, the stable code."""
    from rich.text import Text

    err_console.print(Text.assemble(("error", "bold red"), f": {name}: {message} [{code}]"), soft_wrap=True)


def _check_published(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date, datetime

    try:
        datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not an ISO 8601 date (2026-03-03) or date-time (2026-03-03T09:15:00Z)"
        ) from exc
    return value


@app.command("extract")
def extract_command(
    sources: list[str] = typer.Argument(  # noqa: B008 - Typer's declaration style
        ...,
        metavar="SOURCE",
        help="Pages to extract: files (.gz accepted), directories, glob patterns, http(s) URLs, "
        "or - for standard input.",
        show_default=False,
    ),
    output_format: ExtractFormat = typer.Option(  # noqa: B008
        ExtractFormat.json,
        "--format",
        "-f",
        help="json: one object for one source, JSON Lines for several; text: the body text; "
        "markdown: title, headings, lists and paragraphs.",
    ),
    url: str | None = typer.Option(
        None, "--url", help="The page's URL, for a file or standard input (one SOURCE only)."
    ),
    published: str | None = typer.Option(
        None,
        "--published",
        help="Publication date (ISO 8601) that overrides what the pages say.",
        callback=_check_published,
    ),
) -> None:
    """Extract the clean article from each SOURCE.

    Every source is tried: a bad one gets one error line on stderr and the others still print. Exit status 1 when any source failed.
    """
    import dataclasses
    import json

    from tidings.acquire.files import (
        expands,
        is_url,
        iter_sources,
        read_file,
        read_stdin,
    )
    from tidings.acquire.http import Fetcher
    from tidings.config import load_settings
    from tidings.errors import ConfigError
    from tidings.model import Article, Document
    from tidings.pipeline import extract_one

    if url is not None and (len(sources) > 1 or expands(sources[0])):
        raise typer.BadParameter("--url names one page; give a single file, URL or - with it", param_hint="--url")
    try:
        settings = load_settings()
    except ConfigError as exc:
        raise fail(exc) from exc
    many = len(sources) > 1 or any(expands(s) for s in sources)
    fetcher: Fetcher | None = None

    def acquire(name: str) -> Document:
        nonlocal fetcher
        if name == "-":
            stream = typer.get_binary_stream("stdin")
            return read_stdin(stream, max_bytes=settings.extract.max_bytes, url=url, published=published)
        if is_url(name):
            fetcher = fetcher or Fetcher(settings.fetch)
            doc = fetcher.fetch(name)
            return dataclasses.replace(doc, url=url or doc.url, published=published)
        return read_file(name, max_bytes=settings.extract.max_bytes, url=url, published=published)

    def render(article: Article, name: str) -> str:
        if output_format is ExtractFormat.json:
            if many:
                return json.dumps(article.to_dict(), ensure_ascii=False)
            return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)
        if output_format is ExtractFormat.markdown:
            body = article.markdown().rstrip("\n")
            return f"<!-- source: {name} -->\n{body}\n" if many else body
        body = "\n\n".join(part for part in (article.title, article.text) if part)
        return f"==> {name} <==\n{body}\n" if many else body

    done = failed = 0
    try:
        for name in iter_sources(sources):
            try:
                document = acquire(name)
            except TidingsError as exc:
                _source_failed("<stdin>" if name == "-" else name, exc.code, exc.message)
                failed += 1
                continue
            got = extract_one(document, settings)
            if isinstance(got, Article):
                typer.echo(render(got, name))
                done += 1
            else:
                _source_failed(got.source, got.code, got.message)
                failed += 1
    finally:
        if fetcher is not None:
            fetcher.close()
    if many or failed:
        err_console.print(f"extracted {done} of {done + failed} sources; {failed} failed", soft_wrap=True)
    if failed:
        raise typer.Exit(1)


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
