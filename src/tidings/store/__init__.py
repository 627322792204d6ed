"""The corpus store: one DuckDB file with documents, articles, events, stories and runs.

Writing (one process at a time)::

    from tidings.store import Store
    from tidings.pipeline import run_many

    store = Store("corpus.duckdb")                      # creates and migrates as needed
    run_id = store.begin_run(settings)                  # records settings and stage versions
    todo = (d for d in documents if not store.has_document(d.doc_id))
    summary = store.write(run_many(todo, settings), run_id)   # WriteSummary(stored, duplicates, failed, skipped)
    store.record_failure(Failure(...), run_id)          # a page that never reached the pipeline
    store.finish_run(run_id, summary)
    store.refresh_stories(settings)                     # rebuild stories and related articles
    tidings.pipeline.recode(store, settings, since="2024-03-01")  # code stored articles again (a run)
    store.close()                                       # checkpoints: the store is one file again

Opening a store for writing marks runs left ``running`` by a killed process ``interrupted``;
``store.stories_stale()`` says whether the stories were built from the articles now stored
(the CLI rebuilds them when not), and ``store.integrity()`` counts duplicate keys and orphaned
rows (``tidings check``). A file that is not a tidings store is refused unchanged, and DuckDB
never loads or installs an extension on its own.

``write`` commits every ``batch_size`` results in one transaction covering the documents,
articles, mentions, events and failures of that batch, so a killed run loses at most the
batch in flight; documents already stored (``doc_id`` = hash of the raw bytes) are skipped,
so running again stores each page exactly once.

Dask workers call ``tidings.store.writer.results_to_tables(results)`` and write each table
with ``pyarrow.parquet`` under ``<dir>/<table>/<any name>.parquet``; the writing process then
calls ``store.load_parquet(dir, run_id)`` (all of it in one transaction) or
``store.load_tables(tables, run_id)`` for tables in memory.

Reading (any number of processes, while no writer has the file open)::

    store = Store("corpus.duckdb", read_only=True)      # or tidings.open(path)
    store.events(dyad=("ARM", "AZE"), since="2024-05-01")   # pyarrow.Table
    store.dyad("ARM", "AZE", by="week")
    store.stories(window_days=3); store.related(doc_id)
    store.articles(); store.article(doc_id); store.failures(); store.counts()

Every query returns a ``pyarrow.Table`` (``.to_pandas()`` / ``.to_pylist()`` from there);
the SQL lives in ``tidings.store.queries``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import Any, Self

import duckdb
import pyarrow as pa

from tidings.config import DedupSettings, Settings, StorySettings
from tidings.dedup import Deduplicator
from tidings.errors import StoreError
from tidings.model import Article, Failure, Result
from tidings.store import queries
from tidings.store.recode import Coding, RecodeSummary
from tidings.store.schema import SCHEMA_VERSION, current_version, execute, migrate, rollback
from tidings.store.writer import (
    TABLE_SCHEMAS,
    WriteSummary,
    concat_tables,
    failure_row,
    load_tables,
    results_to_tables,
)

__all__ = ["RecodeSummary", "Store", "WriteSummary", "results_to_tables"]

_NO_AUTO_EXTENSIONS = ("autoinstall_known_extensions", "autoload_known_extensions")


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class Store:
    """A tidings corpus in one DuckDB file.

    Args:
        path: the DuckDB file (created, with its folder, when missing and writable).
        read_only: open for queries only; many readers may share a file that no writer
            has open.
        dedup: near-duplicate settings used by ``write`` (default ``DedupSettings()``).

    Raises:
        StoreError: ``store.not_found`` (read-only and missing), ``store.locked`` (another
            process has it open for writing), ``store.too_new``, ``store.open``.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, dedup: DedupSettings | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._dedup_settings = dedup or DedupSettings()
        self._dedup: Deduplicator | None = None
        self._closed = False
        if read_only and not self.path.exists():
            raise StoreError("no store at this path; create it with `tidings ingest PAGES --db PATH`",
                             source=str(self.path), code="store.not_found")
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store's folder {self.path.parent}: {exc.strerror or exc}",
                                 source=str(self.path), code="store.create") from exc
        existed = self.path.exists() and self.path.stat().st_size > 0
        if existed:
            self._check_is_duckdb()
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
            # No extension is ever fetched or loaded behind our back.
            for name in _NO_AUTO_EXTENSIONS:
                execute(self.con, f"SET {name} = false")
        except duckdb.IOException as exc:
            from tidings.store.holder import locked_message

            locked = "lock" in str(exc).lower()
            raise StoreError(
                locked_message(self.path, str(exc)) if locked else f"cannot open the store: {_first_line(exc)}",
                source=str(self.path), code="store.locked" if locked else "store.open",
            ) from exc
        except duckdb.Error as exc:
            raise StoreError(f"not a readable DuckDB file ({_first_line(exc)}); give a tidings store "
                             "or a new path", source=str(self.path), code="store.open") from exc
        try:
            self._check_is_store(existed)
            if read_only:
                have = current_version(self.con)
                if have > SCHEMA_VERSION:
                    raise StoreError(
                        f"the store has schema version {have} but this tidings knows only up to "
                        f"{SCHEMA_VERSION}; upgrade tidings to open it",
                        source=str(self.path), code="store.too_new")
                if have != SCHEMA_VERSION:
                    raise StoreError(
                        f"the store has schema version {have}, this tidings uses {SCHEMA_VERSION}; "
                        "open it once for writing (e.g. `tidings ingest --db PATH` with no pages) to migrate it",
                        source=str(self.path), code="store.schema_version",
                    )
            else:
                migrate(self.con, path=str(self.path))
                self._mark_interrupted()
        except StoreError:
            self.con.close()
            raise
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError(f"the store is damaged or unreadable ({_first_line(exc)})",
                             source=str(self.path), code="store.corrupt") from exc

    def _check_is_duckdb(self) -> None:
        """Refuse a file that is not a DuckDB database before DuckDB sees it (given a SQLite
        file, DuckDB would try to install and load an extension to read it)."""
        try:
            with self.path.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc.strerror or exc}", source=str(self.path),
                             code="store.open") from exc
        if head[8:12] != b"DUCK":
            kind = "a SQLite database" if head.startswith(b"SQLite format 3") else "not a DuckDB database"
            raise StoreError(f"the file is {kind}, not a tidings store; give a tidings store or a new path",
                             source=str(self.path), code="store.not_tidings")

    def _check_is_store(self, existed: bool) -> None:
        """Refuse, without changing it, a DuckDB file that holds tables but is not a tidings store."""
        if not existed:
            return
        tables = {r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if tables and "migrations" not in tables:
            raise StoreError(
                f"the file is a DuckDB database but not a tidings store (it has tables such as "
                f"{', '.join(sorted(tables)[:3])}); give a tidings store or a new path",
                source=str(self.path), code="store.not_tidings")

    def _mark_interrupted(self) -> None:
        """Runs still ``running`` when the store is opened for writing belong to a process that
        died (DuckDB lets only one process write): mark them ``interrupted``."""
        execute(self.con, "UPDATE runs SET status = 'interrupted', finished_at = coalesce(finished_at, now()) "
                          "WHERE status = 'running'")

    # -- life cycle ------------------------------------------------------------------------
    def close(self) -> None:
        """Close the store; a writer first checkpoints, so the store is one file again (no
        ``.wal`` beside it).

        Raises:
            StoreError: ``store.write`` when the checkpoint fails (a full disk, say).
        """
        if self._closed:
            return
        self._closed = True
        try:
            if not self.read_only:
                self.checkpoint()
        finally:
            self.con.close()

    def checkpoint(self) -> None:
        """Write the write-ahead log into the store file.

        Raises:
            StoreError: ``store.write`` when it cannot be written (a full disk, say).
        """
        try:
            execute(self.con, "CHECKPOINT")
        except duckdb.Error as exc:
            raise StoreError(f"cannot write the store (is the disk full?): {_first_line(exc)}",
                             source=str(self.path), code="store.write") from exc

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store was opened read-only; open it with read_only=False to write",
                             source=str(self.path), code="store.read_only")

    @property
    def deduplicator(self) -> Deduplicator:
        if self._dedup is None:
            self._dedup = Deduplicator(self._dedup_settings)
            self._dedup.load(queries.canonical_signatures(self.con))
        return self._dedup

    # -- runs ------------------------------------------------------------------------------
    def begin_run(self, settings: Settings | None = None, *, stage_versions: Mapping[str, str] | None = None) -> str:
        """Record the start of a run: its resolved settings and the versions of the stages it
        runs (default ``tidings.versions.STAGE_VERSIONS``)."""
        from tidings import __version__
        from tidings.versions import STAGE_VERSIONS

        self._writable()
        settings = settings or Settings()
        if settings.dedup != self._dedup_settings:
            self._dedup_settings, self._dedup = settings.dedup, None
        run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        execute(
            self.con,
            "INSERT INTO runs (run_id, started_at, status, settings, stage_versions, tidings_version) "
            "VALUES (?, now(), 'running', ?, ?, ?)",
            [run_id, json.dumps(settings.to_dict()), json.dumps(dict(stage_versions or STAGE_VERSIONS)), __version__],
        )
        return run_id

    def finish_run(self, run_id: str, summary: WriteSummary, *, status: str = "finished") -> None:
        self._writable()
        execute(
            self.con,
            "UPDATE runs SET finished_at = now(), status = ?, stored = ?, duplicates = ?, failed = ?, skipped = ? "
            "WHERE run_id = ?",
            [status, summary.stored, summary.duplicates, summary.failed, summary.skipped, run_id],
        )

    # -- writing ---------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return queries.has_document(self.con, doc_id)

    def document_ids(self) -> set[str]:
        """Every stored doc_id (to skip known pages before running the pipeline on them)."""
        return queries.document_ids(self.con)

    def write(
        self,
        results: Iterable[Result],
        run_id: str | None = None,
        *,
        batch_size: int = 64,
        progress: Callable[[WriteSummary], None] | None = None,
    ) -> WriteSummary:
        """Store pipeline Results, one transaction per ``batch_size`` results.

        ``progress`` is called with the running total after each committed batch.
        """
        self._writable()
        total = WriteSummary()
        it: Iterator[Result] = iter(results)
        while batch := list(islice(it, batch_size)):
            total = total + self.load_tables(results_to_tables(batch), run_id)
            if progress is not None:
                progress(total)
        return total

    def load_tables(self, tables: dict[str, pa.Table], run_id: str | None = None) -> WriteSummary:
        """Insert tables in the ``results_to_tables`` layout, in one transaction."""
        self._writable()
        return load_tables(self.con, tables, run_id=run_id, dedup=self.deduplicator, path=str(self.path))

    def load_parquet(self, directory: str | Path, run_id: str | None = None) -> WriteSummary:
        """Load ``<directory>/<table>/*.parquet`` (written from ``results_to_tables`` by
        workers) in one transaction."""
        import pyarrow.parquet as pq

        directory = Path(directory)
        if not directory.is_dir():
            raise StoreError("no such directory of Parquet parts", source=str(directory), code="store.no_parquet")
        parts: dict[str, pa.Table] = {}
        for name in TABLE_SCHEMAS:
            files = sorted((directory / name).glob("*.parquet"))
            if files:
                parts[name] = pa.concat_tables([pq.read_table(f) for f in files])
        return self.load_tables(concat_tables([parts]), run_id)

    # -- recoding (driven by ``tidings.pipeline.recode``) -----------------------------------
    def recode_selection(
        self, *, doc_ids: Sequence[str] | None = None, since: str | None = None, until: str | None = None
    ) -> list[str]:
        """The doc_ids of the stored articles to code again, in doc_id order: all of them, or
        those in ``doc_ids``, on or after ``since`` and on or before ``until`` (ISO dates).

        Raises:
            StoreError: ``store.no_such_article`` for a doc_id the store does not have.
        """
        from tidings.store.recode import select_articles

        return select_articles(self.con, doc_ids=doc_ids, since=since, until=until, path=str(self.path))

    def stored_articles(self, doc_ids: Sequence[str]) -> list[Article]:
        """The stored articles ``doc_ids`` rebuilt as ingest made them, in doc_id order."""
        from tidings.store.recode import read_articles

        return read_articles(self.con, doc_ids)

    def replace_coding(
        self, doc_ids: Sequence[str], coded: Sequence[Coding | Failure], run_id: str | None = None
    ) -> RecodeSummary:
        """Replace the events and mentions of the stored articles ``doc_ids`` by ``coded`` (per
        doc_id: its (mentions, events), or the Failure of coding it, which keeps the old rows
        and is recorded), in one transaction (see ``tidings.store.recode``).

        Raises:
            StoreError: ``store.write`` when the transaction failed and was rolled back.
        """
        from tidings.store.recode import replace_coding

        self._writable()
        return replace_coding(self.con, doc_ids, coded, run_id=run_id, path=str(self.path))

    def record_failure(self, failure: Failure, run_id: str | None = None) -> None:
        """Record a page that failed before the pipeline (unreadable file, fetch error)."""
        self._writable()
        table = pa.Table.from_pylist([failure_row(failure)], schema=TABLE_SCHEMAS["failures"])
        self.load_tables({"failures": table}, run_id)

    def refresh_stories(self, settings: StorySettings | Settings | None = None) -> int:
        """Make the earliest-published copy of each syndicated article its original
        (``tidings.store.originals``), then recluster every original into stories and rebuild
        related articles (one transaction). Returns the number of stories."""
        from tidings.store.originals import reorder_originals
        from tidings.stories import StoryInput, cluster

        self._writable()
        if isinstance(settings, Settings):
            settings = settings.stories
        execute(self.con, "BEGIN TRANSACTION")
        try:
            if reorder_originals(self.con, self._dedup_settings):
                self._dedup = None  # the originals' signatures moved: reload them when next needed
            execute(self.con, "COMMIT")
        except duckdb.Error as exc:
            execute(self.con, "ROLLBACK")
            raise StoreError(f"choosing the originals of syndicated copies failed: {exc}", source=str(self.path),
                             code="store.write") from exc
        rows = queries.story_input(self.con).to_pylist()
        result = cluster([StoryInput(r["doc_id"], r["title"] or "", r["text"] or "", r["day"], r["published"],
                                     frozenset(r["dyads"]), frozenset(r["kinds"]), frozenset(r["places"]))
                          for r in rows], settings or StorySettings())
        stories = pa.table({
            "story_id": [s.story_id for s in result.stories],
            "title": [s.title for s in result.stories],
            "size": pa.array([s.size for s in result.stories], pa.int32()),
            "first_seen": pa.array([dt.date.fromisoformat(s.first_seen) if s.first_seen else None
                                    for s in result.stories], pa.date32()),
            "last_seen": pa.array([dt.date.fromisoformat(s.last_seen) if s.last_seen else None
                                   for s in result.stories], pa.date32()),
            "lead_id": [s.article_ids[0] for s in result.stories],
        })
        members = pa.table({k: list(v) for k, v in zip(("story_id", "doc_id", "similarity"),
                                                           zip(*result.members, strict=True) if result.members
                                                           else ((), (), ()), strict=True)})
        related = pa.table({k: list(v) for k, v in zip(("doc_id", "related_id", "rank", "score"),
                                                           zip(*result.related, strict=True) if result.related
                                                           else ((), (), (), ()), strict=True)})
        execute(self.con, "BEGIN TRANSACTION")
        try:
            for table in ("stories", "story_members", "related"):
                execute(self.con, f"DELETE FROM {table}")
            for name, data in (("stories", stories), ("story_members", members), ("related", related)):
                if data.num_rows:
                    self.con.register("_t", data)
                    cols = ", ".join(data.column_names)
                    extra = ", computed_at" if name == "stories" else ""
                    now = ", now()" if name == "stories" else ""
                    execute(self.con, f"INSERT INTO {name} ({cols}{extra}) SELECT {cols}{now} FROM _t")
                    self.con.unregister("_t")
            execute(self.con, "INSERT OR REPLACE INTO meta VALUES ('stories_articles', ?)", [str(len(rows))])
            execute(self.con, "COMMIT")
        except duckdb.Error as exc:
            rollback(self.con)
            raise StoreError(f"rebuilding stories failed: {exc}", source=str(self.path), code="store.write") from exc
        return len(result.stories)

    def stories_stale(self) -> bool:
        """True when the stories were never built from the articles now stored (a run killed
        before or during the rebuild, or articles written by a run that did not rebuild)."""
        built = self.con.execute("SELECT value FROM meta WHERE key = 'stories_articles'").fetchall()
        have = int(queries.story_input_count(self.con))
        if not built:
            return have > 0
        return int(built[0][0]) != have

    # -- queries ---------------------------------------------------------------------------
    def events(self, **filters: Any) -> pa.Table:
        """Events matching the filters of ``queries.EventFilters`` (unknown names are errors)."""
        unknown = set(filters) - set(queries.EventFilters.names())
        if unknown:
            raise TypeError(f"unknown event filter(s): {', '.join(sorted(unknown))}; "
                            f"accepted: {', '.join(queries.EventFilters.names())}")
        if isinstance(filters.get("dyad"), str):
            a, _, b = filters["dyad"].partition(",")
            filters["dyad"] = (a.strip(), b.strip())
        return queries.events(self.con, queries.EventFilters(**filters))

    def dyad(self, a: str, b: str, by: str = "day", *, directed: bool = False,
             include_duplicates: bool = False) -> pa.Table:
        return queries.dyad(self.con, a, b, by=by, directed=directed, include_duplicates=include_duplicates)

    def stories(self, *, window_days: int | None = None, now: dt.date | str | None = None,
                limit: int | None = 50) -> pa.Table:
        return queries.stories(self.con, window_days=window_days, now=now, limit=limit)

    def story_articles(self, story_id: str) -> pa.Table:
        return queries.story_articles(self.con, story_id)

    def related(self, doc_id: str) -> pa.Table:
        return queries.related(self.con, doc_id)

    def articles(self, **filters: Any) -> pa.Table:
        return queries.articles(self.con, **filters)

    def article(self, doc_id: str) -> dict[str, Any]:
        """One article as a dict (body, paragraphs, dedup link, copies).

        Raises:
            StoreError: ``store.no_such_article`` when the store has no such doc_id.
        """
        rows: list[dict[str, Any]] = queries.article(self.con, doc_id).to_pylist()
        if not rows:
            raise StoreError("no article with this doc_id in the store; list them with `tidings stories`",
                             source=doc_id, code="store.no_such_article")
        row = rows[0]
        for key in ("paragraphs", "blocks", "furniture"):
            if isinstance(row.get(key), str):
                row[key] = json.loads(row[key])
        return row

    def raw(self, doc_id: str) -> bytes:
        """The raw bytes of a stored document, decompressed."""
        import zlib

        rows = queries.document_raw(self.con, doc_id).to_pylist()
        if not rows:
            raise StoreError("no document with this doc_id in the store", source=doc_id,
                             code="store.no_such_document")
        return zlib.decompress(rows[0]["raw"])

    def failures(self, *, run_id: str | None = None, limit: int | None = None) -> pa.Table:
        return queries.failures(self.con, run_id=run_id, limit=limit)

    def runs(self) -> pa.Table:
        return queries.runs(self.con)

    def counts(self) -> dict[str, int]:
        return queries.counts(self.con)

    def integrity(self) -> dict[str, int]:
        """Duplicate keys and orphaned rows, by problem (see ``queries.INTEGRITY_CHECKS``)."""
        return queries.integrity(self.con)
