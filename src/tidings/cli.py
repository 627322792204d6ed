"""The ``tidings`` command line (Typer).

Commands are thin: parse, resolve settings, call ``pipeline``/``store``, render. Data goes to
stdout, logs and progress to stderr. Exit codes: 0 ok, 1 error (or a failed document under
``--strict``), 2 usage. Heavy libraries are imported inside the commands that need them so
that ``--help`` is instant.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Any

import typer
from rich.console import Console

from tidings.errors import InputError, TidingsError


def _flags_without_type_tag() -> None:
    """Typer's help marks every option with its type (``<bool>``), which says nothing for a
    flag; flags show none."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich
    if getattr(shown, "_tidings", False):
        return

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        return None if self.is_flag else shown(self, ctx)

    display_type_rich._tidings = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_without_type_tag()

app = typer.Typer(
    name="tidings",
    help="News pages into clean articles and coded political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True, highlight=False)


def _version(value: bool) -> None:
    if value:
        from tidings import __version__

        typer.echo(f"tidings {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """News pages into clean articles and coded political events."""
    # A callback keeps `tidings <command>` a command group even while only one command is
    # registered (Typer otherwise runs a lone command without its name).


class Format(str, Enum):
    """Output formats of the commands that print rows (``tidings.render.FORMATS``)."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


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


#: What every date option accepts, in the one message all of them give.
DATE_FORMS = "an ISO 8601 date (2020-10-22, 2020-10 or 2020) or date-time (2020-10-22T09:15:00Z)"
DAY_FORMS = "an ISO 8601 day (2020-10-22)"


def parse_date(value: str, *, day_only: bool = False) -> str:
    """``value`` when it is an ISO 8601 date (a year, a month, a day, or a date-time when not
    ``day_only``); else ValueError with the one message every command gives."""
    import re
    from datetime import date, datetime

    forms = DAY_FORMS if day_only else DATE_FORMS
    text = value.strip()
    try:
        if day_only or re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            date.fromisoformat(text)
        elif re.fullmatch(r"\d{4}(-\d{2})?", text):
            date.fromisoformat((text + "-01-01")[:10] if len(text) == 4 else text + "-01")
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", text):
            datetime.fromisoformat(text)
        else:
            raise ValueError(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not {forms}") from exc
    return text


def _check_published(value: str | None) -> str | None:
    """The ``--published`` of every command: one parser, one message, exit status 2."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--published") from exc


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


def _event_columns() -> list[Any]:
    """The events table: what fits a terminal, codes and dates never wrapped, the sentence
    wrapping; json, jsonl and csv carry every key."""
    from tidings.render import Column

    return [
        Column("date", 9), Column("source_code", 9, header="source"), Column("target_code", 9, header="target"),
        Column("cameo", 8), Column("plover", 7), Column("modality", 7), Column("sentence", 6, wrap=True),
        Column("place", 4), Column("goldstein", 3, right=True), Column("trigger", 2), Column("input", 1),
    ]


def _reads_as_text(given: str) -> bool:
    """Whether a SOURCE is a text to code, not a page: it names no file, directory or URL, no
    pattern that matches a file, and reads as a sentence (three words or more), whatever
    "?", "*" or "[" it holds ("Will Russia attack Ukraine?")."""
    from tidings.acquire.files import expands, glob_files, is_url, path_exists

    if given == "-" or is_url(given) or path_exists(given) or len(given.split()) < 3:
        return False
    return not expands(given) or not glob_files(given)


def _event_inputs(sources: list[str], published: str | None) -> list[tuple[str, object]]:
    """(name, input for tidings.events) per SOURCE: files, directories, globs, URLs, ``-``,
    or, when a SOURCE is none of these and reads as a sentence, the text itself ("Russia
    attacked Ukraine."). A SOURCE that cannot be read gives (name, the TidingsError)."""

    from tidings.acquire.files import expands, is_url, iter_sources, path_exists, read_file, read_stdin
    from tidings.acquire.http import Fetcher
    from tidings.config import load_settings

    settings = load_settings()
    out: list[tuple[str, object]] = []
    fetcher: Fetcher | None = None
    try:
        for given in sources:
            if _reads_as_text(given):
                out.append(("<text>", given))
                continue
            if given != "-" and not is_url(given) and not expands(given) and not path_exists(given):
                # a mistyped path, not a sentence: say so
                out.append((given, InputError("no such file, URL or directory", source=given, code="input.missing")))
                continue
            for name in iter_sources([given]):
                try:
                    if name == "-":
                        out.append(("<stdin>", read_stdin(typer.get_binary_stream("stdin"), max_bytes=settings.extract.max_bytes, published=published)))
                    elif is_url(name):
                        fetcher = fetcher or Fetcher(settings.fetch)
                        out.append((name, fetcher.fetch(name)))
                    else:
                        out.append((name, read_file(name, max_bytes=settings.extract.max_bytes, published=published)))
                except TidingsError as exc:
                    out.append((name, exc))
    finally:
        if fetcher is not None:
            fetcher.close()
    return out


@app.command("events")
def events_command(
    sources: list[str] = typer.Argument(  # noqa: B008
        None,
        metavar="SOURCE",
        help="Pages or texts to code: files, directories, globs, URLs, - for standard input, or a "
        "sentence in quotes. Without SOURCE and with --db: the events of the store.",
        show_default=False,
    ),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (ISO 8601) against which 'on Friday' is resolved.",
        callback=_check_published,
    ),
    output_format: Format = typer.Option(  # noqa: B008
        Format.table, "--format", "-f",
        help="table (fitted to the terminal), json (one array), jsonl (one event a line) or csv (every key).",
    ),
    db: str | None = typer.Option(None, "--db", help="A tidings store to read events from when no SOURCE is given."),
    actor: str | None = typer.Option(None, "--actor", help="With --db: source or target matches (ARM, ARMMIL, USA)."),
    dyad: str | None = typer.Option(None, "--dyad", help="With --db: events between two actors, e.g. ARM,AZE."),
    country: str | None = typer.Option(None, "--country", help="With --db: an actor's or the place's ISO alpha-3."),
    cameo: str | None = typer.Option(None, "--cameo", help="With --db: a CAMEO code or root prefix (19, 036)."),
    plover: str | None = typer.Option(None, "--plover", help="With --db: a PLOVER event type (ASSAULT)."),
    quad: int | None = typer.Option(None, "--quad", min=1, max=4, help="With --db: quad class 1-4."),
    modality: str | None = typer.Option(None, "--modality", help="With --db: asserted, future, hypothetical, reported, negated."),
    min_confidence: float | None = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0,
        help="Only events at least this sure (0-1). Coding SOURCE: default events.min_confidence (0.4); with --db: all stored.",
    ),
    since: str | None = typer.Option(None, "--since", help="With --db: on or after this date (ISO 8601)."),
    until: str | None = typer.Option(None, "--until", help="With --db: on or before this date."),
    place: str | None = typer.Option(None, "--place", help="With --db: the place name contains this, or the place is in this ISO alpha-3 country."),
    text: str | None = typer.Option(None, "--text", help="With --db: the sentence contains this."),
    limit: int = typer.Option(1000, "--limit", min=1, help="With --db: at most this many events."),
    newest: bool = typer.Option(False, "--newest", help="With --db: newest first, so --limit keeps the latest."),
) -> None:
    """Code the political events of each SOURCE: who did what to whom, when, where, how sure."""
    from tidings import render

    rows: list[dict[str, object]] = []
    failed = 0
    if not sources:
        if not db:
            raise typer.BadParameter("give a SOURCE, or --db to list a store's events", param_hint="SOURCE")
        rows = events_from_db(db, actor=actor, dyad=dyad, country=country, cameo=cameo, plover=plover, quad=quad,
                              modality=modality, since=since, until=until, place=place, text=text, limit=limit,
                              newest_first=newest, min_confidence=min_confidence)
    else:
        from dataclasses import replace

        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from tidings.config import load_settings
        from tidings.events import events as code_events

        try:
            coding = load_settings().events
        except TidingsError as exc:
            raise fail(exc) from exc
        if min_confidence is not None:
            coding = replace(coding, min_confidence=min_confidence)
        inputs = _event_inputs(sources, published)
        progress = Progress(
            TextColumn("[bold]events[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("sources"),
            TextColumn("events [green]{task.fields[events]}[/]"), TextColumn("failed [red]{task.fields[failed]}[/]"),
            TimeElapsedColumn(), console=err_console, transient=False, disable=len(inputs) < 2,
        )
        task = progress.add_task("events", total=len(inputs), events=0, failed=0)
        with progress:
            for name, item in inputs:
                try:
                    if isinstance(item, TidingsError):
                        raise item
                    evs = code_events(item, published=published, settings=coding)  # type: ignore[arg-type]
                except TidingsError as exc:
                    progress.console.print(f"[bold red]error[/]: {exc}", soft_wrap=True)
                    failed += 1
                    progress.update(task, advance=1, failed=failed)
                    continue
                for e in evs:
                    row = e.to_dict()
                    row["input"] = name
                    rows.append(row)
                progress.update(task, advance=1, events=len(rows))
    columns = _event_columns()
    if not (sources and len(sources) > 1):
        columns = [c for c in columns if c.key != "input"]
    if output_format is Format.table:
        rows = [{**r, "date": _at_precision(r.get("date"), r.get("date_precision"))} for r in rows]
    render.print_records(rows, output_format.value, columns, title=f"{len(rows)} events")
    if sources and failed:
        err_console.print(f"{failed} of {len(sources)} source(s) failed")
        raise typer.Exit(1)


def _at_precision(date: object, precision: object) -> object:
    """A date as far as it is known: ``2024`` for a year, ``2024-04`` for a month."""
    if date is None:
        return None
    text = str(date)
    return text[:4] if precision == "year" else text[:7] if precision == "month" else text


@app.command("explain")
def explain_command(
    source: str = typer.Argument(..., metavar="SOURCE", help="A page (file, URL, -) or a sentence in quotes."),
    published: str | None = typer.Option(None, "--published", help="Publication date (ISO 8601).",
                                         callback=_check_published),
) -> None:
    """Show, sentence by sentence, the actors found, the pattern that fired and why the
    modality and the date are what they are."""
    from rich.console import Console

    from tidings.acquire.files import expands
    from tidings.events import explain
    from tidings.render import terminal_width

    if expands(source) and not _reads_as_text(source):
        raise fail(InputError("explain reads one page; this is a directory or a pattern: name one file in it",
                              source=source, code="input.is_directory"))
    inputs = _event_inputs([source], published)
    if len(inputs) != 1:
        raise fail(InputError("explain reads one page; name one file", source=source, code="input.many"))
    ((name, item),) = inputs
    if isinstance(item, TidingsError):
        raise fail(item)
    try:
        _text, traces, reason = explain(item, published=published)  # type: ignore[arg-type]
    except TidingsError as exc:
        raise fail(exc) from exc
    out = Console(highlight=False, width=terminal_width())
    out.print(f"[bold]{name}[/]: {len(traces)} sentences coded against published={published or 'unknown'}")
    if reason:
        out.print(f"not coded: {reason}")
    for t in traces:
        out.print(f"\n[bold][{t.index}][/] ({t.span[0]}-{t.span[1]}) {t.text.strip()}")
        for m in t.mentions:
            out.print(f"  actor  '{m.text}' -> {', '.join(a.code for a in m.actors)}  ({m.how})")
        for e, why in zip(t.events, t.reasons, strict=True):
            tgt = e.target.code if e.target else "-"
            when = f"{e.date} ({e.date_precision})" if e.date else "date null"
            out.print(
                f"  [green]event[/]  {e.source.code if e.source else '-'} -> {tgt}  CAMEO {e.cameo} {e.plover or '(no PLOVER type)'}  "
                f"{e.modality}  {when}  {e.place.name if e.place else ''}  rule={e.rule}  confidence={e.confidence:g}"
            )
            for r in why:
                out.print(f"           {r}")
        for s in t.skipped:
            out.print(f"  [dim]no event: {s}[/]")


# ---- ingest / watch / queries / export -----------------------------------------------------
# (store commands live here)

_SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float]) -> str:
    """One block character per value, scaled to the largest (a blank for zero)."""
    top = max(values, default=0) or 1
    return "".join(" " if v <= 0 else _SPARKS[min(7, round(v / top * 7))] for v in values)


def _end_run(store: Any, run_id: str, summary: Any, status: str, settings: Any, *, stories: bool) -> dict[str, int]:
    """Record the end of a run, rebuild the stories when new articles came in or they are
    missing or stale (a run killed before its rebuild), checkpoint and close the store.
    Returns the store's counts; a store error (a full disk, say) exits 1 with its message."""
    try:
        try:
            store.finish_run(run_id, summary, status=status)
            if stories and (summary.stored or store.stories_stale()):
                store.refresh_stories(settings)
            counts: dict[str, int] = store.counts()
        finally:
            store.close()
    except TidingsError as exc:
        raise fail(exc) from exc
    return counts


def _open_store(db: str, *, read_only: bool = True) -> Any:
    from tidings.store import Store

    try:
        return Store(db, read_only=read_only)
    except TidingsError as exc:
        raise fail(exc) from exc


def _print_table(table: Any, output_format: str, columns: list[Any] | None = None, *,
                 title: str | None = None) -> None:
    """Print a pyarrow Table as ``json``, ``jsonl``, ``csv`` or a table fitted to the terminal."""
    from tidings import render

    render.print_records(table.to_pylist(), output_format, columns or list(table.column_names), title=title)


QueryFormat = Format


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command("ingest")
def ingest_command(
    sources: list[str] = typer.Argument(  # noqa: B008 - Typer's declaration style
        None, metavar="SOURCE",
        help="Pages (.gz accepted), directories, globs, WARC/WARC.gz, JSON Lines, URL lists, RSS/Atom "
        "feeds, sitemaps, http(s) URLs, or - for standard input.",
        show_default=False,
    ),
    db: str | None = typer.Option(None, "--db", help="The store (a DuckDB file, created when missing)."),
    server: str | None = typer.Option(
        None, "--server", metavar="URL",
        help="Send the pages to a running `tidings serve` at URL instead of opening a store (the server "
        "writes them; its dashboard keeps serving). Needs TIDINGS_TOKEN set to the server's token.",
    ),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any page failed."),
    no_events: bool = typer.Option(
        False, "--no-events", help="Extract and store articles only; skip event coding (much faster)."
    ),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Pages committed per transaction."),
    no_stories: bool = typer.Option(False, "--no-stories", help="Do not rebuild stories at the end."),
    engine: Engine = typer.Option(  # noqa: B008
        "local", "--engine",
        help="local: this process. dask: Dask workers (the optional dask extra).",
    ),
    scheduler: str | None = typer.Option(None, "--scheduler", help="With --engine dask: a scheduler address."),
    workers: int | None = typer.Option(None, "--workers", min=1, help="With --engine dask: local workers."),
    published: str | None = typer.Option(
        None, "--published", callback=_check_published,
        help="Publication date (ISO 8601) of every page, overriding what the pages say. Without it a "
        "page that gives no date is stored undated (its events too), never dated by the day of the run.",
    ),
) -> None:
    """Run the pipeline over local pages and store articles, events and failures.

    Pages the store already has are skipped (a page is identified by the hash of its bytes),
    so a run can be repeated or resumed after a crash. Progress goes to stderr; each batch is
    committed in one transaction. Exit status 0 even when pages failed (they are recorded in
    the store), unless --strict.
    """
    import time
    from collections import deque
    from collections.abc import Iterator

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tidings.acquire.sources import plan, read_units
    from tidings.config import load_settings
    from tidings.model import Document, Failure, Result
    from tidings.pipeline import run_many, with_published
    from tidings.store import WriteSummary

    try:
        settings = load_settings()
    except TidingsError as exc:
        raise fail(exc) from exc
    if server is not None:
        if db is not None:
            raise typer.BadParameter("give --db or --server, not both", param_hint="--server")
        if engine is Engine.dask:
            raise typer.BadParameter("the server runs the pipeline itself; drop --engine dask", param_hint="--server")
        _ingest_via_server(sources or [], settings, server=server, strict=strict)
        return
    if db is None:
        raise typer.BadParameter("name the store with --db PATH, or a running server with --server URL",
                                 param_hint="--db")
    missing = _missing_sources(sources or [])
    if engine is Engine.dask:
        if published is not None:
            raise typer.BadParameter("--published works with --engine local only", param_hint="--published")
        _ingest_dask(sources or [], settings, db=db, scheduler=scheduler, workers=workers,
                     no_events=no_events, no_stories=no_stories, strict=strict)
        return
    try:
        units = list(plan(sources or [], settings, stdin=typer.get_binary_stream("stdin")))
    except TidingsError as exc:
        raise fail(exc) from exc
    # A WARC or JSON Lines file holds an unknown number of pages: then the bar has no total.
    total = None if any(u.kind in ("warc", "jsonl") for u in units) else len(units)
    seen = 0
    store = _open_store(db, read_only=False)
    known = store.document_ids()
    run_id = store.begin_run(settings)
    pending: deque[Result] = deque()
    skipped = 0

    def documents() -> Iterator[Document]:
        nonlocal skipped, seen
        for doc in read_units(units, settings):
            seen += 1
            if isinstance(doc, Failure):
                pending.append(Result(document=Document(source=doc.source, content=b""), failure=doc))
                continue
            if doc.doc_id in known:
                skipped += 1
                continue
            known.add(doc.doc_id)
            yield doc

    def results() -> Iterator[Result]:
        for result in run_many(with_published(documents(), published), settings, code_events=not no_events):
            while pending:
                yield pending.popleft()
            progress.advance(task)
            yield result
        while pending:
            yield pending.popleft()

    started = time.monotonic()
    progress = Progress(
        TextColumn("[bold]ingest[/]"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>6.1f} pages/s"),
        TextColumn("stored [green]{task.fields[stored]}[/]"),
        TextColumn("duplicates [cyan]{task.fields[duplicates]}[/]"),
        TextColumn("failed [red]{task.fields[failed]}[/]"),
        TimeElapsedColumn(), console=err_console, transient=False,
    )
    task = progress.add_task("ingest", total=total, rate=0.0, stored=0, duplicates=0, failed=0)

    def on_batch(total: WriteSummary) -> None:
        done = total.stored + total.failed + skipped
        elapsed = max(time.monotonic() - started, 1e-6)
        progress.update(task, completed=done, rate=done / elapsed, stored=total.stored,
                        duplicates=total.duplicates, failed=total.failed)

    summary = WriteSummary()
    status = "failed"
    try:
        with progress:
            summary = store.write(results(), run_id, batch_size=batch_size, progress=on_batch)
            summary = WriteSummary(summary.stored, summary.duplicates, summary.failed, skipped)
            on_batch(summary)
        status = "finished"
    except TidingsError as exc:
        raise fail(exc) from exc
    finally:
        if status == "finished":
            _run_alerts(store, settings)
        run_failures = store.failures(run_id=run_id).to_pylist() if summary.failed else []
        counts = _end_run(store, run_id, summary, status, settings,
                          stories=not no_stories and status == "finished")
    for row in run_failures[:_FAILURE_LINES]:
        _source_failed(row["source"], row["code"], row["message"])
    if len(run_failures) > _FAILURE_LINES:
        err_console.print(f"... and {len(run_failures) - _FAILURE_LINES} more failures", soft_wrap=True)
    elapsed = time.monotonic() - started
    err_console.print(
        f"ingested {seen} page(s) in {elapsed:.1f} s ({seen / max(elapsed, 1e-6):.1f} pages/s): "
        f"stored {summary.stored} (duplicates {summary.duplicates}), failed {summary.failed}, "
        f"already stored {summary.skipped}. Store {db}: {counts['articles']} articles, "
        f"{counts['canonical_events']} events"
        + (f" ({counts['events']} including syndicated copies)" if counts["events"] != counts["canonical_events"]
           else "")
        + f", {counts['stories']} stories, {counts['failures']} failures "
        f"(list them with `tidings failures --db {db}`). Run {run_id}.",
        soft_wrap=True, highlight=False,
    )
    if missing or (strict and summary.failed):
        raise typer.Exit(1)


#: How many of a run's failures ``ingest`` prints (they are all in the store).
_FAILURE_LINES = 10


def _missing_sources(sources: list[str]) -> list[str]:
    """The SOURCE arguments that name no file, directory, URL or pattern: a mistyped name
    makes ``ingest`` exit 1 (after storing the others), whatever --strict says."""
    from tidings.acquire.files import is_url, path_exists

    return [s for s in sources
            if s != "-" and not is_url(s) and not any(c in s for c in "*?[") and not path_exists(s)]


def _fill_periods(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """Insert the empty periods between the first and the last, so a sparkline keeps time."""
    import datetime as dt

    from tidings.store.views import MAX_TIMELINE_PERIODS, period_count

    if not rows or period_count(rows[0]["period"], rows[-1]["period"], by) > MAX_TIMELINE_PERIODS:
        return rows  # too long to fill: the periods that have events only
    have = {r["period"]: r for r in rows}
    out, day = [], rows[0]["period"]
    while day <= rows[-1]["period"]:
        out.append(have.get(day) or {**{k: 0 for k in rows[0]}, "period": day, "mean_goldstein": None})
        if by == "day":
            day += dt.timedelta(days=1)
        elif by == "week":
            day += dt.timedelta(days=7)
        else:
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


@app.command("dyad")
def dyad_command(
    a: str = typer.Argument(..., help="First actor: a CAMEO code prefix (ARM, ARMMIL) or ISO alpha-3 country."),
    b: str = typer.Argument(..., help="Second actor."),
    db: str = typer.Option(..., "--db", help="The store."),
    by: str = typer.Option("day", "--by", help="Period: day, week or month."),
    directed: bool = typer.Option(False, "--directed", help="Only events with A as source and B as target."),
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Count syndicated copies too."),
    output_format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f"),  # noqa: B008
) -> None:
    """Events between two actors per period: counts per quad class and mean Goldstein score.

    An actor is a CAMEO code or prefix (ARM, ARMMIL), an ISO alpha-3 country, or a country or
    organisation named in words (Armenia, "European Union")."""
    if by not in ("day", "week", "month"):
        raise typer.BadParameter("use day, week or month", param_hint="--by")
    a, b = _actor_key(a, "A"), _actor_key(b, "B")
    store = _open_store(db)
    table = store.dyad(a, b, by, directed=directed, include_duplicates=include_duplicates)
    store.close()
    if output_format is not QueryFormat.table:
        _print_table(table, output_format.value)
        return
    from rich.table import Table

    from tidings.render import terminal_width

    width = terminal_width()
    rows = _fill_periods(table.to_pylist(), by)
    # The sparkline has one character a period: keep the latest periods that fit.
    room = max(width - 62, 8)
    left_out = max(len(rows) - room, 0)
    rows = rows[left_out:]
    periods = [str(r["period"]) for r in rows]
    arrow = "→" if directed else "↔"
    out = Table(title=f"{a.upper()} {arrow} {b.upper()} by {by}"
                + (f", {periods[0]} … {periods[-1]}" if periods else ": no events")
                + (f" (the {left_out} earlier {by}s do not fit; --format csv has them)" if left_out else ""))
    for col in ("", "total", f"per {by}", "peak"):
        out.add_column(col, justify="right" if col == "total" else "left")
    series = [
        ("verbal cooperation (1)", "verbal_cooperation"), ("material cooperation (2)", "material_cooperation"),
        ("verbal conflict (3)", "verbal_conflict"), ("material conflict (4)", "material_conflict"),
        ("all events", "events"),
    ]
    for label, key in series:
        values = [float(r[key]) for r in rows]
        peak = periods[values.index(max(values))] if values and max(values) > 0 else ""
        out.add_row(label, str(int(sum(values))), sparkline(values), peak)
    scored = [(r["mean_goldstein"], r["events"], str(r["period"])) for r in rows if r["mean_goldstein"] is not None]
    n = sum(e for _, e, _ in scored)
    mean = sum(g * e for g, e, _ in scored) / n if n else 0.0
    lowest = min(scored)[2] + " (lowest)" if scored else ""
    out.add_row("mean Goldstein", f"{mean:+.2f}",
                sparkline([0.0 if r["mean_goldstein"] is None else r["mean_goldstein"] + 10.5 for r in rows]), lowest)
    Console(width=width, highlight=False).print(out)


def _actor_key(given: str, name: str) -> str:
    """The actor key of ``given``: a code as it is (upper-cased), a country or organisation
    named in words as its code (Armenia -> ARM); usage error when a name is unknown."""
    text = given.strip()
    if text.isalnum() and (text.isupper() or len(text) <= 3):
        return text.upper()
    code = _actor_names().get(" ".join(text.casefold().split()))
    if code is None:
        import pycountry

        try:
            code = pycountry.countries.lookup(text).alpha_3
        except LookupError:
            raise typer.BadParameter(
                f"{given!r} is neither an actor code (ARM, ARMMIL) nor a country or organisation tidings knows",
                param_hint=name) from None
    return str(code)


def _actor_names() -> dict[str, str]:
    """Country and organisation names of the shipped dictionaries, folded, to their codes."""
    from importlib import resources

    out: dict[str, str] = {}
    data = resources.files("tidings").joinpath("data")
    for line in data.joinpath("countries.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3:
            continue
        for n in (parts[1], *parts[2].split("|")):
            if n.strip():
                out.setdefault(" ".join(n.casefold().split()), parts[0])
    for line in data.joinpath("igos.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3:
            continue
        for n in (parts[2], *(parts[3].split("|") if len(parts) > 3 else ())):
            if n.strip():
                out.setdefault(" ".join(n.casefold().split()), parts[0])
    return out


@app.command("stories")
def stories_command(
    db: str = typer.Option(..., "--db", help="The store."),
    window: int | None = typer.Option(None, "--window", min=1,
                                      help="Only the N days up to the newest article in the store."),
    limit: int = typer.Option(20, "--limit"),
    output_format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f"),  # noqa: B008
    rebuild: bool = typer.Option(False, "--rebuild", help="Recluster every article into stories first."),
) -> None:
    """Stories, most popular first: largest in the window, then fastest-growing."""
    if rebuild:
        from tidings.config import load_settings

        try:
            settings = load_settings()
        except TidingsError as exc:
            raise fail(exc) from exc
        writer = _open_store(db, read_only=False)
        try:
            try:
                n = writer.refresh_stories(settings)
            finally:
                writer.close()
        except TidingsError as exc:
            raise fail(exc) from exc
        err_console.print(f"rebuilt {n} stories in {db}", highlight=False)
    from tidings.render import Column

    store = _open_store(db)
    table = store.stories(window_days=window, limit=limit)
    store.close()
    columns = [Column("title", 9, wrap=True, min_width=30), Column("size", 8, right=True),
               Column("in_window", 7, right=True), Column("recent", 3, right=True), Column("growth", 2, right=True),
               Column("events", 6, right=True), Column("first_seen", 5), Column("last_seen", 6),
               Column("story_id", 4), Column("lead_id", 1)]
    _print_table(table, output_format.value, columns,
                 title="stories" + (f", the {window} days to the newest article" if window else ""))


@app.command("related")
def related_command(
    article: str = typer.Argument(..., help="The doc_id of an article."),
    db: str = typer.Option(..., "--db", help="The store."),
    output_format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f"),  # noqa: B008
) -> None:
    """The articles most like ARTICLE, with their cosine similarity."""
    store = _open_store(db)
    try:
        store.article(article)
    except TidingsError as exc:
        store.close()
        raise fail(exc) from exc
    from tidings.render import Column

    table = store.related(article)
    store.close()
    columns = [Column("rank", 9, right=True), Column("score", 8, right=True), Column("title", 7, wrap=True),
               Column("day", 6), Column("site", 3, wrap=True, min_width=16), Column("doc_id", 5)]
    _print_table(table, output_format.value, columns, title=f"related to {article}")


@app.command("check")
def check_command(
    db: str = typer.Option(..., "--db", help="The store."),
) -> None:
    """Check the store: duplicate keys and orphaned rows (events, mentions or story members
    whose article is missing). Exit 1 when any is found."""
    store = _open_store(db)
    try:
        problems = store.integrity()
    finally:
        store.close()
    found = {name: n for name, n in problems.items() if n}
    for name, n in problems.items():
        typer.echo(f"{'FAIL' if n else 'ok  '} {name}: {n}")
    if found:
        err_console.print(f"{db}: {len(found)} problem(s) found", highlight=False)
        raise typer.Exit(1)


@app.command("failures")
def failures_command(
    db: str = typer.Option(..., "--db", help="The store."),
    run: str | None = typer.Option(None, "--run", help="Only this run's failures."),
    output_format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f"),  # noqa: B008
) -> None:
    """Pages that could not be stored, with the stage, a stable code and the reason.

    Control characters in names and messages (a file named with an escape sequence, say)
    are shown escaped, so they cannot act on the terminal."""
    import pyarrow as pa

    store = _open_store(db)
    from tidings.render import Column

    table = store.failures(run_id=run)
    store.close()
    if output_format is not QueryFormat.json:  # JSON escapes them itself
        table = pa.Table.from_pylist(
            [{k: _visible(v) if isinstance(v, str) else v for k, v in r.items()} for r in table.to_pylist()],
            schema=table.schema)
    columns = [Column("source", 9, wrap=True, min_width=20), Column("code", 8), Column("message", 7, wrap=True),
               Column("stage", 4), Column("time", 3), Column("doc_id", 2), Column("run_id", 1)]
    _print_table(table, output_format.value, columns, title="failures")


def _visible(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    plover = "plover"
    tables = "tables"


@app.command("export")
def export_command(
    db: str = typer.Option(..., "--db", help="The store."),
    output_format: ExportFormat | None = typer.Option(  # noqa: B008
        None, "--format", "-f",
        help="csv, parquet, jsonl: events in the 61 GDELT 2.0 columns plus Modality, DatePrecision, EventId "
        "(and Confidence); plover: a JSON array in the PLOVER data format; tables: every store table as "
        "Parquet into --out (a folder). Not needed with --gdelt-layout.",
    ),
    out: str = typer.Option(..., "--out", help="The file (a folder for --format tables; - for standard output)."),
    gdelt_layout: bool = typer.Option(
        False, "--gdelt-layout",
        help="GDELT 2.0's own file layout: tab-separated, no header, the 61 columns, integer GLOBALEVENTID; "
        "asserted events only unless --all-modalities.",
    ),
    all_modalities: bool = typer.Option(
        False, "--all-modalities", help="With --gdelt-layout: keep future, hypothetical, reported and negated events too.",
    ),
    include_duplicates: bool = typer.Option(False, "--include-duplicates", help="Keep events of syndicated copies."),
) -> None:
    """Export the events (GDELT-style or PLOVER) or every table of the store."""
    from pathlib import Path

    from tidings.store.export import export_gdelt, export_gdelt_layout, export_plover, export_tables

    if gdelt_layout and output_format not in (None, ExportFormat.csv):
        raise typer.BadParameter("--gdelt-layout writes GDELT's tab-separated files; drop --format or use csv",
                                 param_hint="--gdelt-layout")
    if output_format is None and not gdelt_layout:
        raise typer.BadParameter("give --format (csv, parquet, jsonl, plover or tables) or --gdelt-layout",
                                 param_hint="--format")
    if all_modalities and not gdelt_layout:
        raise typer.BadParameter("--all-modalities goes with --gdelt-layout (the other exports keep every "
                                 "event and say its modality)", param_hint="--all-modalities")
    to_stdout = out == "-"
    if to_stdout and output_format in (ExportFormat.parquet, ExportFormat.tables):
        raise typer.BadParameter("Parquet is written to a file or a folder, not to standard output", param_hint="--out")
    if not to_stdout and not Path(out).parent.is_dir():
        raise typer.BadParameter(f"{out}: the folder {Path(out).parent} does not exist", param_hint="--out")
    target: Any = sys.stdout if to_stdout else out
    where = "standard output" if to_stdout else out
    store = _open_store(db)
    try:
        if gdelt_layout:
            n = export_gdelt_layout(store, target, include_duplicates=include_duplicates,
                                    modalities=None if all_modalities else ("asserted",))
            err_console.print(f"wrote {n} {'' if all_modalities else 'asserted '}events in GDELT 2.0 layout to {where}",
                              soft_wrap=True)
        elif output_format is ExportFormat.tables:
            files = export_tables(store, out)
            err_console.print(f"wrote {len(files)} tables to {out}")
        elif output_format is ExportFormat.plover:
            n, undated, untyped = export_plover(store, target, include_duplicates=include_duplicates)
            err_console.print(f"wrote {n} events to {where}; left out {undated} undated and {untyped} without a "
                              "PLOVER type (PLOVER requires both)", soft_wrap=True)
        else:
            assert output_format is not None
            n = export_gdelt(store, target, output_format.value, include_duplicates=include_duplicates)
            err_console.print(f"wrote {n} events to {where}", soft_wrap=True)
    except TidingsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()


@app.command("watch")
def watch_command(
    feeds: list[str] = typer.Argument(..., metavar="FEED", help="RSS or Atom feed addresses."),  # noqa: B008
    db: str = typer.Option(..., "--db", help="The store (a DuckDB file, created when missing)."),
    interval: float = typer.Option(300.0, "--interval", min=0.0, help="Seconds between polls."),
    once: bool = typer.Option(False, "--once", help="Poll each feed once and exit."),
    max_polls: int | None = typer.Option(None, "--max-polls", min=1, help="Exit after this many polls."),
    no_events: bool = typer.Option(False, "--no-events", help="Store articles only; skip event coding."),
) -> None:
    """Poll feeds and ingest their new entries until Ctrl-C (or --once / --max-polls).

    Feeds are fetched with conditional GET (ETag / Last-Modified), so an unchanged feed costs
    a 304; only entries whose page is not stored yet are fetched. A feed that is down is
    logged and tried again at the next poll. Ctrl-C (or SIGTERM) finishes the page in hand,
    records the run as interrupted, rebuilds the stories, prints a summary and exits 0.
    """
    import signal
    import threading

    from tidings.acquire.feeds import FeedPoller, entry_documents
    from tidings.config import load_settings
    from tidings.model import Document, Failure, Result
    from tidings.pipeline import run_many
    from tidings.store import WriteSummary
    from tidings.store.alerts import record_poll

    try:
        settings = load_settings()
    except TidingsError as exc:
        raise fail(exc) from exc
    store = _open_store(db, read_only=False)
    stored_urls = {u for u in store.articles(limit=None).column("url").to_pylist() if u}
    known = store.document_ids()
    poller = FeedPoller(feeds, settings.fetch, seen=stored_urls)
    run_id = store.begin_run(settings)
    stop = threading.Event()
    previous = signal.getsignal(signal.SIGINT)

    def on_sigint(signum: int, frame: object) -> None:
        if stop.is_set():  # a second Ctrl-C: stop now
            signal.signal(signal.SIGINT, previous)
            raise KeyboardInterrupt
        stop.set()
        err_console.print("stopping after the page in hand (Ctrl-C again to stop at once)")

    in_main = threading.current_thread() is threading.main_thread()
    previous_term = signal.getsignal(signal.SIGTERM)
    if in_main:
        signal.signal(signal.SIGINT, on_sigint)
        signal.signal(signal.SIGTERM, on_sigint)  # a service manager stops us the same way
    total, polls, down = WriteSummary(), 0, 0
    pending: list[Result] = []
    status = "failed"
    try:
        while not stop.is_set():
            polls += 1
            stored_before = total.stored
            for outcome in poller.poll():
                record_poll(store.con, outcome.feed,
                            error=None if outcome.error is None else f"{outcome.error.code}: {outcome.error.message}")
                if outcome.error is not None:
                    down += 1
                    err_console.print(f"poll {polls}: {outcome.feed}: down ({outcome.error.code}): "
                                      f"{outcome.error.message}; trying again next poll", soft_wrap=True)
                    continue
                if outcome.not_modified:
                    err_console.print(f"poll {polls}: {outcome.feed}: not modified")
                    continue
                pending.clear()

                def documents(entries: tuple[Any, ...] = outcome.new_entries) -> Any:
                    for item in entry_documents(entries, settings.fetch, client=poller.client):
                        if stop.is_set():
                            return
                        if isinstance(item, Failure):
                            if item.code in ("fetch.timeout", "fetch.connect", "fetch.network",
                                             "fetch.server_error", "fetch.robots_unavailable"):
                                poller.forget(item.source)  # a passing failure: retry next poll
                            pending.append(Result(document=Document(source=item.source, content=b""),
                                                  failure=item))
                        elif item.doc_id not in known:
                            known.add(item.doc_id)
                            yield item

                got = store.write(run_many(documents(), settings, code_events=not no_events), run_id)
                got = got + store.write(pending, run_id)
                total = total + got
                err_console.print(
                    f"poll {polls}: {outcome.feed}: {outcome.entries} entries, {len(outcome.new_entries)} new; "
                    f"stored {got.stored}, failed {got.failed}", soft_wrap=True)
                if stop.is_set():
                    break
            if total.stored > stored_before:
                store.refresh_stories(settings)
            _run_alerts(store, settings)
            if once or (max_polls is not None and polls >= max_polls):
                break
            stop.wait(interval)
        status = "finished"
    except TidingsError as exc:
        raise fail(exc) from exc
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
            signal.signal(signal.SIGTERM, previous_term)
        poller.close()
        _end_run(store, run_id, total, "interrupted" if stop.is_set() and status == "finished" else status,
                 settings, stories=True)
        err_console.print(
            f"watched {len(poller.feeds)} feed(s), {polls} poll(s): stored {total.stored} "
            f"(duplicates {total.duplicates}), failed {total.failed}, feed down {down} time(s). "
            f"Run {run_id}; failures: `tidings failures --db {db}`.", soft_wrap=True, highlight=False)


def _run_alerts(store: Any, settings: Any) -> None:
    """Evaluate the alert rules of tidings.toml after a run; one stderr line per new alert."""
    from tidings.alerts import run_alerts

    try:
        new, error = run_alerts(store.con, settings.alerts)
    except TidingsError as exc:  # the run itself is done and stored: say so, do not fail it
        err_console.print(f"warning: {exc}", soft_wrap=True)
        return
    for alert in new:
        err_console.print(f"alert: {alert.title} ({alert.rule})", soft_wrap=True)
    if error:
        err_console.print(f"warning: the alert webhook {settings.alerts.webhook} did not take {len(new)} alert(s): "
                          f"{error}", soft_wrap=True)


def _ingest_via_server(sources: list[str], settings: Any, *, server: str, strict: bool) -> None:
    """``tidings ingest --server URL``: read the pages here, let the server run and store them."""
    import os

    from tidings.acquire.sources import plan, read_units
    from tidings.api.client import ServerClient
    from tidings.api.settings import TOKEN_ENV
    from tidings.model import Failure

    stored = known = failed = 0
    try:
        units = list(plan(sources, settings, stdin=typer.get_binary_stream("stdin")))
        with ServerClient(server, os.environ.get(TOKEN_ENV, "").strip() or None) as client:
            for doc in read_units(units, settings):
                if isinstance(doc, Failure):
                    failed += 1
                    _source_failed(doc.source, doc.code, doc.message)
                    continue
                sent = client.send(doc)
                if sent.failed:
                    failed += 1
                    _source_failed(sent.source, sent.code or "", sent.message or "")
                elif sent.stored:
                    stored += 1
                    err_console.print(f"{sent.source}: stored {sent.doc_id} ({sent.events} events)")
                else:
                    known += 1
                    err_console.print(f"{sent.source}: the server already had it ({sent.doc_id})")
    except TidingsError as exc:
        raise fail(exc) from exc
    err_console.print(f"sent {stored + known + failed} page(s) to {server}: stored {stored}, already stored "
                      f"{known}, failed {failed}.", soft_wrap=True)
    if strict and failed:
        raise typer.Exit(1)


def _ingest_dask(sources: list[str], settings: Any, *, db: str, scheduler: str | None, workers: int | None,
                 no_events: bool, no_stories: bool, strict: bool) -> None:
    """``tidings ingest --engine dask``: the Dask runner, with a line per finished partition."""
    from tidings.distributed import PartitionReport, run_dask

    def on_partition(report: PartitionReport) -> None:
        err_console.print(f"partition {report.index}: {report.documents} page(s), {report.events} event(s), "
                          f"{report.failed} failed, {report.seconds:.1f} s on {report.worker}", highlight=False)

    try:
        summary = run_dask(sources, settings, scheduler=scheduler, workers=workers, db=db,
                           code_events=not no_events, refresh_stories=not no_stories, progress=on_partition)
    except TidingsError as exc:
        raise fail(exc) from exc
    err_console.print(
        f"ingested {summary.documents} page(s) on {summary.workers} Dask worker(s) in {summary.seconds:.1f} s "
        f"({summary.documents / max(summary.seconds, 1e-6):.1f} pages/s): stored {summary.stored} "
        f"(duplicates {summary.duplicates}), failed {summary.failed}, already stored {summary.skipped}. "
        f"Run {summary.run_id}; failures: `tidings failures --db {db}`.", soft_wrap=True, highlight=False)
    if strict and summary.failed:
        raise typer.Exit(1)


def events_from_db(
    db: str,
    *,
    actor: str | None = None,
    dyad: str | None = None,
    country: str | None = None,
    cameo: str | None = None,
    plover: str | None = None,
    quad: int | None = None,
    modality: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    text: str | None = None,
    limit: int | None = 1000,
    newest_first: bool = False,
    min_confidence: float | None = None,
) -> list[dict[str, Any]]:
    """The ``--db`` mode of ``tidings events``: stored events matching the filters (canonical
    articles only), as flat rows with the ``Event.to_dict`` keys plus ``event_id`` and ``day``."""
    pair: tuple[str, str] | None = None
    if dyad:
        first, sep, second = dyad.partition(",")
        if not sep or not first.strip() or not second.strip():
            raise typer.BadParameter("give two actors separated by a comma, e.g. ARM,AZE", param_hint="--dyad")
        pair = (first.strip(), second.strip())

    for name, value in (("--since", since), ("--until", until)):
        if value is not None:
            try:
                parse_date(value[:10], day_only=True)
            except ValueError as exc:
                raise typer.BadParameter(str(exc), param_hint=name) from exc
    store = _open_store(db)
    try:
        table = store.events(actor=actor, dyad=pair, country=country, cameo=cameo, plover=plover, quad=quad,
                             modality=modality, since=since, until=until, place=place, text=text, limit=limit,
                             newest_first=newest_first, min_confidence=min_confidence)
    finally:
        store.close()
    rows: list[dict[str, Any]] = table.to_pylist()
    return rows


#: Seconds `serve` lets requests in flight finish after SIGTERM or Ctrl-C.
SHUTDOWN_GRACE = 10


@app.command()
def serve(
    db: str = typer.Option(..., "--db", help="The DuckDB store to serve."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Let POST /api/documents fetch private, loopback and link-local addresses."
    ),
    workers: int = typer.Option(1, help="Worker processes (read-only servers only)."),
    log_level: str = typer.Option("info", help="uvicorn log level."),
    config: str | None = typer.Option(None, "--config", help="A tidings.toml settings file."),
    watch: list[str] = typer.Option(  # noqa: B008 - Typer's declaration style
        [], "--watch", metavar="FEED",
        help="Poll this RSS/Atom feed and ingest its new entries in the server (repeat for more feeds).",
    ),
    interval: float = typer.Option(300.0, "--interval", min=0.1, help="With --watch: seconds between polls."),
) -> None:
    """Serve the JSON API (/api, schema at /openapi.json, docs at /docs) and the dashboard.

    Read-only unless TIDINGS_TOKEN is set; writes then need 'Authorization: Bearer <token>',
    and `tidings ingest PAGES --server URL` sends pages to this server while it serves. With
    --watch the server polls feeds itself and writes what they bring (it is the store's one
    writer either way).
    """
    import os

    from tidings.api.settings import WebSettings
    from tidings.config import load_settings
    from tidings.errors import MissingDependency

    try:
        import uvicorn
    except ModuleNotFoundError as exc:
        raise fail(MissingDependency('the server needs uvicorn: pip install "tidings[web]"')) from exc
    settings = load_settings(config, overrides={"store": {"path": db}})
    web = WebSettings.from_environ(db, allow_private=allow_private, url=f"http://{host}:{port}")
    if watch:
        import dataclasses

        web = dataclasses.replace(web, watch=tuple(watch), watch_interval=interval)
    if workers > 1 and web.owns_store:
        raise fail(TidingsError("a writable or watching server runs one worker (DuckDB has one writer); unset "
                                "TIDINGS_TOKEN and drop --watch, or use --workers 1", code="serve.workers"), 2)
    mode = "writes enabled (bearer token)" if web.writable else "read-only (set TIDINGS_TOKEN to enable writes)"
    if watch:
        mode += f"; watching {len(watch)} feed(s) every {interval:g} s"
    err_console.print(f"serving {db} on http://{host}:{port}/ — {mode}")
    if workers > 1:
        os.environ["TIDINGS_SERVE_DB"] = db
        os.environ["TIDINGS_SERVE_ALLOW_PRIVATE"] = "1" if allow_private else ""
        uvicorn.run("tidings.api.app:app_from_environ", factory=True, host=host, port=port,
                    workers=workers, log_level=log_level, timeout_graceful_shutdown=SHUTDOWN_GRACE)
        return
    from tidings.api import create_app

    # SIGTERM (and Ctrl-C): stop accepting, let requests in flight finish for a few seconds,
    # then close the store (checkpointed, one file).
    uvicorn.run(create_app(settings, web=web), host=host, port=port, log_level=log_level,
                timeout_graceful_shutdown=SHUTDOWN_GRACE)


# ---- recode --------------------------------------------------------------------------------


def _check_day(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_date(value, day_only=True)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


@app.command("recode")
def recode_command(
    db: str = typer.Option(..., "--db", help="The store whose articles to code again."),
    since: str | None = typer.Option(None, "--since", help="Only articles on or after this day (YYYY-MM-DD).",
                                     callback=_check_day),
    until: str | None = typer.Option(None, "--until", help="Only articles on or before this day (YYYY-MM-DD).",
                                     callback=_check_day),
    doc_ids: list[str] = typer.Option(  # noqa: B008
        None, "--doc-id", help="Only this article (repeat for several).", show_default=False,
    ),
    batch_size: int = typer.Option(200, "--batch-size", min=1, help="Articles coded per transaction."),
) -> None:
    """Code the events of stored articles again with the current coder and dictionaries.

    Nothing is fetched or extracted again: each article is rebuilt from the store, and its
    events and actor mentions are replaced, one transaction per batch. An article whose
    coding fails keeps its old events and is recorded in the store's failures; exit status 0
    all the same. The recode is recorded as a run.
    """
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tidings.config import load_settings
    from tidings.pipeline import recode
    from tidings.store.recode import RecodeSummary, require_store

    try:
        settings = load_settings()
    except TidingsError as exc:
        raise fail(exc) from exc
    try:
        require_store(db)
    except TidingsError as exc:
        raise fail(exc, 1 if exc.code == "store.locked" else 2) from exc
    store = _open_store(db, read_only=False)
    started = time.monotonic()
    progress = Progress(
        TextColumn("[bold]recode[/]"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>6.1f} articles/s"),
        TextColumn("events [green]{task.fields[events]}[/]"),
        TextColumn("failed [red]{task.fields[failed]}[/]"),
        TimeElapsedColumn(), console=err_console, transient=False,
    )
    task = progress.add_task("recode", total=None, rate=0.0, events=0, failed=0)

    def on_batch(total: RecodeSummary, selected: int) -> None:
        done = total.articles + total.failed
        progress.update(task, total=selected, completed=done,
                        rate=done / max(time.monotonic() - started, 1e-6), events=total.events_after,
                        failed=total.failed)

    try:
        with progress:
            summary = recode(store, settings, doc_ids=doc_ids or None, since=since, until=until,
                             batch_size=batch_size, progress=on_batch)
    except TidingsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    err_console.print(
        f"recoded {summary.articles} articles: events {summary.events_before} -> {summary.events_after}, "
        f"{summary.failed} failed"
        + (f" (list them with `tidings failures --db {db}`)" if summary.failed else ""),
        soft_wrap=True, highlight=False,
    )



def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except TidingsError as exc:
        report(exc)
        sys.exit(1)
    except Exception as exc:
        # A store damaged past its header fails on the first query that reads the damage:
        # one line, not a traceback.
        if type(exc).__module__.split(".")[0] not in ("duckdb", "_duckdb"):
            raise
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        err_console.print(f"[bold red]error[/]: the store could not be read or written ({text}); "
                          "check the file with `tidings check --db PATH`", markup=True, soft_wrap=True)
        sys.exit(1)
