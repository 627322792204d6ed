"""The store's side of a recode: the events stage run again on what the store already has.

The event coder and the actor dictionaries improve; the articles in a store do not need to be
fetched or extracted again to profit. The recode is driven from above
(``tidings.pipeline.recode``): ``select_articles`` says which articles, ``read_articles``
rebuilds each ``Article`` from its stored columns, the pipeline codes them with the same stage
ingest runs, and ``replace_coding`` replaces, one transaction per batch, their ``events`` and
``mentions`` rows (built by the same ``tidings.store.writer.coded_rows`` as ingest, so
``event_id`` and ``day`` follow the same scheme), adds actors the store has not seen, and sets
``is_duplicate`` on the events of syndicated copies as ingest does. An article whose coding
failed keeps its old rows and gets a ``failures`` row; the batch goes on.

Nothing here imports the pipeline: the store is below it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from tidings.errors import StoreError
from tidings.model import Article, Block, Event, Failure, Furniture, Mention
from tidings.store.queries import day_range
from tidings.store.schema import current_version, execute, rollback
from tidings.store.writer import TABLE_SCHEMAS, _insert, coded_rows, failure_row

#: Articles coded and committed together.
BATCH_SIZE = 200

#: What coding one article gives: its actor mentions and its events.
Coding = tuple[Sequence[Mention], Sequence[Event]]

_ARTICLE_COLUMNS = (
    "doc_id", "source", "url", "title", "paragraphs", "blocks", "site", "site_domain", "authors", "published",
    "published_method", "day", "language", "furniture", "is_article", "confidence", "method", "canonical_id",
)


@dataclass(frozen=True)
class RecodeSummary:
    """What a recode did. ``articles`` counts the articles coded anew; ``events_before`` and
    ``events_after`` count the events of all selected articles before and after (an article
    that failed keeps its old events in both); ``failed`` the articles whose coding raised."""

    articles: int = 0
    events_before: int = 0
    events_after: int = 0
    failed: int = 0

    def __add__(self, other: RecodeSummary) -> RecodeSummary:
        return RecodeSummary(
            self.articles + other.articles,
            self.events_before + other.events_before,
            self.events_after + other.events_after,
            self.failed + other.failed,
        )

    def to_dict(self) -> dict[str, int]:
        return {"articles": self.articles, "events_before": self.events_before,
                "events_after": self.events_after, "failed": self.failed}


def select_articles(
    con: duckdb.DuckDBPyConnection,
    *,
    doc_ids: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    path: str = "",
) -> list[str]:
    """The doc_ids to recode, in doc_id order: every article, or those in ``doc_ids``, on or
    after ``since`` and on or before ``until`` (ISO dates, compared with the article's day).

    Raises:
        StoreError: ``store.no_such_article`` when a doc_id in ``doc_ids`` is not stored.
    """
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    day_range(where, params, since, until)
    if doc_ids is not None:
        wanted = sorted(set(doc_ids))
        with _ids(con, "_recode_ids", wanted):
            stored = {r[0] for r in con.execute(
                "SELECT doc_id FROM articles WHERE doc_id IN (SELECT doc_id FROM _recode_ids)").fetchall()}
        missing = [d for d in wanted if d not in stored]
        if missing:
            raise StoreError(
                f"no article with doc_id {', '.join(missing)} in the store; doc_ids are in `tidings events --db {path} --format json`"
                if path else f"no article with doc_id {', '.join(missing)} in the store",
                source=path or missing[0], code="store.no_such_article",
            )
        where.append("list_contains(?, doc_id)")
        params.append(wanted)
    sql = f"SELECT doc_id FROM articles WHERE {' AND '.join(where)} ORDER BY doc_id"
    return [r[0] for r in con.execute(sql, params).fetchall()]


def _article(row: dict[str, Any]) -> Article:
    """The Article as ingest stored it (every field the events stage reads, and the rest)."""
    return Article(
        title=row["title"] or "",
        paragraphs=tuple(json.loads(row["paragraphs"] or "[]")),
        source=row["source"] or "",
        url=row["url"],
        site_name=row["site"],
        site_domain=row["site_domain"],
        authors=tuple(row["authors"] or ()),
        published=row["published"],
        published_method=row["published_method"],
        language=row["language"],
        blocks=tuple(Block(**b) for b in json.loads(row["blocks"] or "[]")),
        furniture=tuple(Furniture(**f) for f in json.loads(row["furniture"] or "[]")),
        is_article=bool(row["is_article"]) if row["is_article"] is not None else True,
        article_confidence=float(row["confidence"]) if row["confidence"] is not None else 1.0,
        method=row["method"] or "",
        doc_id=row["doc_id"],
    )


@contextmanager
def _ids(con: duckdb.DuckDBPyConnection, name: str, ids: Sequence[str]) -> Iterator[None]:
    """``ids`` as a one-column table ``name`` (doc_id) for the queries inside the block."""
    con.register(name, pa.table({"doc_id": pa.array(list(ids), pa.string())}))
    try:
        yield
    finally:
        con.unregister(name)


def _rows(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    with _ids(con, "_recode_batch", ids):
        cols = ", ".join(_ARTICLE_COLUMNS)
        cur = con.execute(
            f"SELECT {cols} FROM articles WHERE doc_id IN (SELECT doc_id FROM _recode_batch) ORDER BY doc_id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _event_count(con: duckdb.DuckDBPyConnection, ids: list[str]) -> int:
    if not ids:
        return 0
    with _ids(con, "_recode_count", ids):
        row = con.execute(
            "SELECT count(*) FROM events WHERE doc_id IN (SELECT doc_id FROM _recode_count)").fetchall()[0]
    return int(row[0]) if row else 0


def read_articles(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[Article]:
    """The stored articles ``ids`` rebuilt as ingest made them, in doc_id order."""
    return [_article(r) for r in _rows(con, list(ids))]


def replace_coding(
    con: duckdb.DuckDBPyConnection,
    doc_ids: Sequence[str],
    coded: Sequence[Coding | Failure],
    *,
    run_id: str | None,
    path: str = "",
) -> RecodeSummary:
    """Replace the events and mentions of the articles ``doc_ids`` with ``coded`` (one item per
    doc_id, in order: its (mentions, events), or the Failure that coding it gave), in one
    transaction. A failed article keeps its old rows and gets a ``failures`` row.

    Raises:
        StoreError: ``store.write`` when the transaction failed (it was rolled back).
    """
    ids = list(doc_ids)
    if len(ids) != len(coded):
        raise ValueError(f"{len(ids)} doc_ids but {len(coded)} codings")
    with _ids(con, "_recode_batch", ids):
        stored = {r[0]: (r[1], r[2]) for r in con.execute(
            "SELECT doc_id, day, canonical_id FROM articles WHERE doc_id IN (SELECT doc_id FROM _recode_batch)"
        ).fetchall()}
    missing = [d for d in ids if d not in stored]
    if missing:
        raise StoreError(f"no article with doc_id {', '.join(missing)} in the store", source=path or missing[0],
                         code="store.no_such_article")
    before = _event_count(con, ids)
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_SCHEMAS}
    actors: dict[str, dict[str, Any]] = {}
    done: list[str] = []
    failures: list[Failure] = []
    for doc_id, got in zip(ids, coded, strict=True):
        if isinstance(got, Failure):
            failures.append(got)
            continue
        mentions, events = got
        day, canonical_id = stored[doc_id]
        start = len(out["events"])
        coded_rows(doc_id, day, mentions, events, out, actors)
        # Events of a syndicated copy are flagged as ingest flags them (the loader's rule:
        # the article is linked to a canonical one).
        for ev in out["events"][start:]:
            ev["is_duplicate"] = canonical_id is not None
        done.append(doc_id)
    out["actors"] = list(actors.values())
    tables = {
        name: pa.Table.from_pylist([{k: r.get(k) for k in TABLE_SCHEMAS[name].names} for r in out[name]],
                                   schema=TABLE_SCHEMAS[name])
        for name in ("mentions", "events", "actors")
    }
    fail_table = pa.Table.from_pylist([failure_row(f) for f in failures], schema=TABLE_SCHEMAS["failures"])
    fail_table = fail_table.append_column("run_id", pa.array([run_id] * fail_table.num_rows, pa.string()))

    execute(con, "BEGIN TRANSACTION")
    try:
        if done:
            with _ids(con, "_recode_done", done):
                execute(con, "DELETE FROM events WHERE doc_id IN (SELECT doc_id FROM _recode_done)")
                execute(con, "DELETE FROM mentions WHERE doc_id IN (SELECT doc_id FROM _recode_done)")
        _insert(con, "mentions", tables["mentions"])
        _insert(con, "events", tables["events"])
        _insert(con, "actors", tables["actors"], "WHERE code NOT IN (SELECT code FROM actors)")
        _insert(
            con, "failures", fail_table,
            "WHERE NOT EXISTS (SELECT 1 FROM failures f WHERE f.source IS NOT DISTINCT FROM _load_failures.source"
            " AND f.doc_id IS NOT DISTINCT FROM _load_failures.doc_id AND f.code = _load_failures.code)",
        )
        execute(con, "COMMIT")
    except duckdb.Error as exc:
        rollback(con)
        raise StoreError(f"re-coding a batch failed and was rolled back: {exc}", source=path,
                         code="store.write") from exc
    after = _event_count(con, ids)
    return RecodeSummary(articles=len(done), events_before=before, events_after=after, failed=len(failures))


def require_store(path: str | Path) -> None:
    """Check that ``path`` is an existing tidings store before opening it for writing (which
    would create a missing file, or add the store's tables to any DuckDB file).

    Raises:
        StoreError: ``store.not_found`` (no such file), ``store.not_a_store`` (not a DuckDB
            file, or one without the store's tables), ``store.locked`` (another process has it
            open for writing).
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError("no tidings store at this path; create one with `tidings ingest PAGES --db PATH`",
                         source=str(path), code="store.not_found")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError("another process has the store open for writing; wait for it to finish",
                             source=str(path), code="store.locked") from exc
        raise StoreError(f"not a tidings store (DuckDB cannot open it: {exc})", source=str(path),
                         code="store.not_a_store") from exc
    except duckdb.Error as exc:
        raise StoreError(f"not a tidings store (DuckDB cannot open it: {exc})", source=str(path),
                         code="store.not_a_store") from exc
    try:
        version = current_version(con)
    finally:
        con.close()
    if version == 0:
        raise StoreError("not a tidings store (a DuckDB file without the store's tables); give the file "
                         "`tidings ingest --db` wrote", source=str(path), code="store.not_a_store")
