"""The single writer: pipeline Results -> Arrow tables -> one transaction per batch.

Two steps, so that the heavy half can run anywhere:

1. ``results_to_tables(results)`` turns ``Result`` objects into Arrow tables (one per store
   table, the layout below). It needs no store: Dask workers call it and write each table as
   Parquet under ``<dir>/<table>/<part>.parquet``.
2. ``load_tables(con, tables, ...)`` runs in the one writing process: it drops documents the
   store already has, decides duplicates (``tidings.dedup``), and inserts documents,
   articles, mentions, actors, events, signatures and failures in ONE transaction. A batch
   is thus stored whole or not at all; a process killed mid-batch leaves the previous
   batches intact and the next run redoes only the missing pages.

Tables produced by ``results_to_tables`` (keys of the dict): ``documents``, ``articles``,
``mentions``, ``actors``, ``events``, ``failures``; columns as in ``TABLE_SCHEMAS``. The
dedup columns (``canonical_id``, ``dup_kind``, ``dup_score``, ``is_duplicate``) are left
empty there and filled by ``load_tables``.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from tidings.dedup import Deduplicator, Verdict, body_hash, signature_bytes
from tidings.errors import StoreError
from tidings.model import Event, Failure, Mention, Result
from tidings.store.schema import execute, rollback

_S, _I, _D, _B, _TS, _DATE = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.timestamp("us"), pa.date32()

TABLE_SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _S), ("source", _S), ("url", _S), ("raw", pa.binary()), ("raw_codec", _S),
        ("raw_size", pa.int64()), ("content_hash", _S), ("kind", _S), ("encoding", _S),
        ("published", _S), ("fetched_at", _S), ("status", _I), ("headers", _S), ("first_seen", _TS),
    ]),
    "articles": pa.schema([
        ("doc_id", _S), ("source", _S), ("url", _S), ("title", _S), ("text", _S), ("paragraphs", _S),
        ("blocks", _S), ("site", _S), ("site_domain", _S), ("authors", pa.list_(_S)), ("published", _S),
        ("published_method", _S), ("day", _DATE), ("language", _S), ("word_count", _I),
        ("body_hash", _S), ("furniture", _S), ("is_article", _B), ("confidence", _D), ("method", _S),
        ("canonical_id", _S), ("dup_kind", _S), ("dup_score", _D), ("first_seen", _TS),
    ]),
    "mentions": pa.schema([
        ("doc_id", _S), ("mention_idx", _I), ("text", _S), ("start_char", _I), ("end_char", _I),
        ("sentence_index", _I), ("actor_codes", pa.list_(_S)), ("how", _S),
    ]),
    "actors": pa.schema([("code", _S), ("name", _S), ("country", _S), ("role", _S), ("kind", _S)]),
    "events": pa.schema([
        ("event_id", _S), ("doc_id", _S), ("day", _DATE), ("is_duplicate", _B), ("source_code", _S),
        ("target_code", _S), ("cameo", _S), ("cameo_root", _S), ("plover", _S), ("quad_class", pa.int8()),
        ("goldstein", _D), ("modality", _S), ("date", _S), ("date_precision", _S), ("date_text", _S),
        ("place", _S), ("place_country", _S), ("place_lat", _D), ("place_lon", _D), ("sentence", _S),
        ("sentence_index", _I), ("span", pa.list_(_I)), ("rule", _S), ("trigger", _S),
        ("confidence", _D), ("source_text", _S), ("source_name", _S), ("source_country", _S),
        ("source_role", _S), ("target_text", _S), ("target_name", _S), ("target_country", _S),
        ("target_role", _S),
    ]),
    "failures": pa.schema([
        ("source", _S), ("doc_id", _S), ("stage", _S), ("code", _S), ("message", _S), ("time", _TS),
    ]),
}


@dataclass(frozen=True)
class WriteSummary:
    """Counts of one write. ``stored`` counts new documents (syndicated copies included);
    ``duplicates`` how many of those are copies of another article; ``failed`` pages that
    could not be stored (or whose events could not be coded); ``skipped`` pages the store
    already had."""

    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0

    def __add__(self, other: WriteSummary) -> WriteSummary:
        return WriteSummary(
            self.stored + other.stored,
            self.duplicates + other.duplicates,
            self.failed + other.failed,
            self.skipped + other.skipped,
        )

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def parse_day(value: str | None) -> dt.date | None:
    """The calendar day of an ISO 8601 date or date-time, or None when there is none."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


#: Publication dates before this are taken for mistakes (a feed's year 1, say).
EARLIEST_DAY = dt.date(1800, 1, 1)


def implausible(day: dt.date, fetched: dt.date) -> str | None:
    """Why ``day`` cannot be a publication date of a page fetched on ``fetched``, or None."""
    if day < EARLIEST_DAY:
        return f"before {EARLIEST_DAY.year}"
    if day > fetched + dt.timedelta(days=1):
        return f"more than a day after the fetch ({fetched.isoformat()})"
    return None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def safe_text(value: str) -> str:
    """``value`` as text that UTF-8 can carry: a byte that was not UTF-8 in a file name
    (surrogate-escaped by Python) is shown as ``\\xff``, any other lone surrogate as
    ``\\udc80``. Valid text is returned unchanged."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _safe(value: Any) -> Any:
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, list):
        return [safe_text(v) if isinstance(v, str) else v for v in value]
    return value


def failure_row(failure: Failure, when: dt.datetime | None = None) -> dict[str, Any]:
    return {**{k: _safe(v) for k, v in failure.to_dict().items()}, "time": when or _now()}


def coded_rows(
    doc_id: str,
    day: dt.date | None,
    mentions: Sequence[Mention],
    events: Sequence[Event],
    rows: dict[str, list[dict[str, Any]]],
    actors: dict[str, dict[str, Any]],
) -> None:
    """Append one article's ``mentions`` and ``events`` rows to ``rows`` and its actors to
    ``actors`` (first seen per code wins). ``day`` is the article's day, used for an event
    whose text gave no date; ``is_duplicate`` is left for the loader to decide. Ingest and
    ``tidings.store.recode`` both build their rows here."""
    for i, m in enumerate(mentions):
        rows["mentions"].append({
            "doc_id": doc_id, "mention_idx": i, "text": m.text, "start_char": m.start,
            "end_char": m.end, "sentence_index": m.sentence_index,
            "actor_codes": [a.code for a in m.actors], "how": m.how,
        })
        for a in m.actors:
            actors.setdefault(a.code, a.to_dict())
    for i, ev in enumerate(events):
        d = ev.to_dict()
        d["doc_id"] = doc_id
        d["event_id"] = f"{doc_id}-{i:04d}"
        when = parse_day(ev.date)
        # An event may be planned ahead ("talks next month"), but not centuries off.
        latest = (day or dt.date.today()) + dt.timedelta(days=365)  # an undated article: from today
        d["day"] = when if when and not implausible(when, latest) else day
        d["is_duplicate"] = None
        rows["events"].append(d)
        for party in (ev.source, ev.target):
            if party is not None:
                actors.setdefault(party.code, party.to_dict())


def results_to_tables(results: Iterable[Result]) -> dict[str, pa.Table]:
    """Turn pipeline Results into Arrow tables in the store's layout (see module docstring).

    A Result with a failure and no article gives only a ``failures`` row; one with an
    article and a failure (events could not be coded) gives both.
    """
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_SCHEMAS}
    actors: dict[str, dict[str, Any]] = {}
    now = _now()
    for result in results:
        doc = result.document
        if result.failure is not None:
            rows["failures"].append(failure_row(result.failure, now))
        art = result.article
        if art is None:
            continue
        doc_id = doc.doc_id
        rows["documents"].append({
            "doc_id": doc_id, "source": doc.source, "url": doc.url,
            "raw": zlib.compress(doc.content, 6), "raw_codec": "zlib", "raw_size": len(doc.content),
            "content_hash": doc_id, "kind": doc.kind, "encoding": doc.encoding, "published": doc.published,
            "fetched_at": doc.fetched_at, "status": doc.status,
            "headers": json.dumps(dict(doc.headers)) if doc.headers else None, "first_seen": now,
        })
        fetched = parse_day(doc.fetched_at) or now.date()
        published, published_method = art.published, art.published_method
        doc_published = doc.published
        for value in (published, doc_published):
            when = parse_day(value)
            why = implausible(when, fetched) if when else None
            if why:  # kept as unknown, with the reason where the method would be
                published_method = f"rejected: {value} is {why}"
                if value == published:
                    published = None
                if value == doc_published:
                    doc_published = None
        # The publication day when the page (or the caller) gives a plausible one; else the
        # article is undated: the day it was fetched or stored is not the day it was published.
        day = parse_day(published) or parse_day(doc_published)
        text = art.text
        rows["articles"].append({
            "doc_id": doc_id, "source": art.source or doc.source, "url": art.url or doc.url,
            "title": art.title, "text": text, "paragraphs": json.dumps(list(art.paragraphs)),
            "blocks": json.dumps([asdict(b) for b in art.blocks]), "site": art.site_name,
            "site_domain": art.site_domain, "authors": list(art.authors), "published": published,
            "published_method": published_method, "day": day, "language": art.language,
            "word_count": art.word_count, "body_hash": body_hash(text),
            "furniture": json.dumps([asdict(f) for f in art.furniture]), "is_article": art.is_article,
            "confidence": float(art.article_confidence), "method": art.method,
            "canonical_id": None, "dup_kind": None, "dup_score": None, "first_seen": now,
        })
        coded_rows(doc_id, day, result.mentions, result.events, rows, actors)
    rows["actors"] = list(actors.values())
    return {
        name: pa.Table.from_pylist([{k: _safe(r.get(k)) for k in schema.names} for r in rows[name]], schema=schema)
        for name, schema in TABLE_SCHEMAS.items()
    }


def concat_tables(parts: Sequence[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """Join several ``results_to_tables`` outputs table by table."""
    return {
        name: pa.concat_tables([p[name].cast(schema) for p in parts if name in p] or [schema.empty_table()])
        for name, schema in TABLE_SCHEMAS.items()
    }


def _insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table, where: str = "") -> None:
    if data.num_rows == 0:
        return
    view = f"_load_{table}"
    con.register(view, data)
    try:
        cols = ", ".join(f'"{c}"' for c in data.column_names)
        execute(con, f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view} {where}")
    finally:
        con.unregister(view)


def load_tables(
    con: duckdb.DuckDBPyConnection,
    tables: dict[str, pa.Table],
    *,
    run_id: str | None,
    dedup: Deduplicator,
    path: str = "",
) -> WriteSummary:
    """Insert one batch of tables (``results_to_tables`` layout) in one transaction.

    Documents the store already has (and repeats within the batch) are skipped with all
    their rows; new articles are checked against ``dedup`` in order, and the copies are
    linked to their canonical article. ``dedup`` learns the new originals only once the
    transaction has committed.
    """
    tables = {name: tables.get(name, schema.empty_table()).cast(schema) for name, schema in TABLE_SCHEMAS.items()}
    docs = tables["documents"]
    incoming = docs.column("doc_id").to_pylist()
    existing: set[str] = set()
    if incoming:
        con.register("_incoming", pa.table({"doc_id": incoming}))
        try:
            existing = {r[0] for r in con.execute(
                "SELECT doc_id FROM documents WHERE doc_id IN (SELECT doc_id FROM _incoming)").fetchall()}
        finally:
            con.unregister("_incoming")
    keep_idx: list[int] = []
    seen: set[str] = set()
    for i, doc_id in enumerate(incoming):
        if doc_id in existing or doc_id in seen:
            continue
        seen.add(doc_id)
        keep_idx.append(i)
    skipped = len(incoming) - len(keep_idx)
    docs = docs.take(pa.array(keep_idx, pa.int64()))
    new_ids = pa.array(sorted(seen), type=pa.string())

    def only_new(t: pa.Table) -> pa.Table:
        return t.filter(pc.is_in(t.column("doc_id"), value_set=new_ids))

    arts = only_new(tables["articles"])
    # One article per document (the first), in the order given: the first copy seen is canonical.
    first: dict[str, int] = {}
    for i, doc_id in enumerate(arts.column("doc_id").to_pylist()):
        first.setdefault(doc_id, i)
    arts = arts.take(pa.array(sorted(first.values()), pa.int64()))
    canon, kinds, scores, signatures = [], [], [], []
    local = Deduplicator(dedup.settings)  # originals earlier in this batch
    originals: list[tuple[str, Verdict]] = []
    dup_ids: set[str] = set()
    for doc_id, text in zip(arts.column("doc_id").to_pylist(), arts.column("text").to_pylist(), strict=True):
        verdict = dedup.check(doc_id, text or "")
        if verdict.canonical_id is None:
            verdict = local.check(doc_id, text or "")
        canon.append(verdict.canonical_id)
        kinds.append(verdict.kind)
        scores.append(verdict.score)
        if verdict.canonical_id is None:
            local.remember(doc_id, verdict)
            originals.append((doc_id, verdict))
            signatures.append({"doc_id": doc_id, "minhash": signature_bytes(verdict.signature)})
        else:
            dup_ids.add(doc_id)
    arts = arts.set_column(arts.schema.get_field_index("canonical_id"), "canonical_id", pa.array(canon, _S))
    arts = arts.set_column(arts.schema.get_field_index("dup_kind"), "dup_kind", pa.array(kinds, _S))
    arts = arts.set_column(arts.schema.get_field_index("dup_score"), "dup_score", pa.array(scores, _D))
    events = only_new(tables["events"])
    is_dup = pc.is_in(events.column("doc_id"), value_set=pa.array(sorted(dup_ids), type=pa.string()))
    events = events.set_column(events.schema.get_field_index("is_duplicate"), "is_duplicate", is_dup)
    failures = tables["failures"]
    failures = failures.append_column("run_id", pa.array([run_id] * failures.num_rows, _S))
    docs = docs.append_column("run_id", pa.array([run_id] * docs.num_rows, _S))
    sig_table = pa.Table.from_pylist(signatures, schema=pa.schema([("doc_id", _S), ("minhash", pa.binary())]))

    execute(con, "BEGIN TRANSACTION")
    try:
        _insert(con, "documents", docs)
        _insert(con, "articles", arts)
        _insert(con, "mentions", only_new(tables["mentions"]))
        _insert(con, "events", events)
        actors = tables["actors"]
        if actors.num_rows:
            first_actor: dict[str, int] = {}
            for i, code in enumerate(actors.column("code").to_pylist()):
                first_actor.setdefault(code, i)
            actors = actors.take(pa.array(sorted(first_actor.values()), pa.int64()))
        _insert(con, "actors", actors, "WHERE code NOT IN (SELECT code FROM actors)")
        _insert(con, "signatures", sig_table)
        _insert(
            con, "failures", failures,
            "WHERE NOT EXISTS (SELECT 1 FROM failures f WHERE f.source IS NOT DISTINCT FROM _load_failures.source"
            " AND f.doc_id IS NOT DISTINCT FROM _load_failures.doc_id AND f.code = _load_failures.code)",
        )
        execute(con, "COMMIT")
    except duckdb.Error as exc:
        rollback(con)
        raise StoreError(f"writing a batch failed and was rolled back: {exc}", source=path,
                         code="store.write") from exc
    for doc_id, verdict in originals:
        dedup.remember(doc_id, verdict)
    return WriteSummary(stored=docs.num_rows, duplicates=len(dup_ids), failed=tables["failures"].num_rows,
                        skipped=skipped)
