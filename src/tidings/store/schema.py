"""The store's tables, and the migrations that build them.

The schema is versioned: ``MIGRATIONS`` is an ordered list of ``(version, name, statements)``
and the ``migrations`` table records which ones a file has had. Opening a store for writing
applies the missing ones, each in its own transaction, so an old file is brought up to date
and a new one is built from nothing the same way. A file written by a newer tidings (a version
this code does not know) is refused rather than guessed at.

Tables (one row per …):

- ``documents``: raw page as acquired (bytes gzip-compressed), keyed by ``doc_id`` (the
  SHA-256 of the raw bytes), with fetch metadata and ``first_seen``.
- ``articles``: the extracted article of a document. ``canonical_id``/``dup_kind`` link a
  syndicated copy (``exact`` or ``near``) to the first article seen with that body.
- ``mentions``: an actor mention; ``actors``: each distinct actor code once.
- ``events``: every field of ``Event.to_dict()`` plus ``event_id``, ``day`` (the event's
  date, or the article's when the text gave none) and ``is_duplicate`` (the event comes from
  a syndicated copy; aggregates leave it out by default).
- ``signatures``: the MinHash of each canonical body, so near-duplicate detection survives
  restarts.
- ``stories``, ``story_members``, ``related``: rebuilt by ``Store.refresh_stories``.
- ``failures``: a page that could not be stored and why; ``runs``: one row per ingest run
  (``running``, ``finished``, ``failed``, or ``interrupted`` when its process died: marked so
  the next time the store is opened for writing).
- ``meta``: store-wide state (``stories_articles``: the number of articles the stories were
  last built from, so stories missing or stale after a crash are rebuilt).
- ``alerts``: an alert rule that fired (``tidings.alerts``); ``feed_health``: failed polls
  in a row per watched feed.

``events.event_id`` and ``mentions (doc_id, mention_idx)`` are unique; ``tidings check --db``
also looks for rows whose article is missing.
"""

from __future__ import annotations

from typing import Final

import duckdb

from tidings.errors import StoreError

_V1: Final = [
    """CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY,
        started_at TIMESTAMP,
        finished_at TIMESTAMP,
        status VARCHAR,
        settings JSON,
        stage_versions JSON,
        tidings_version VARCHAR,
        stored BIGINT DEFAULT 0,
        duplicates BIGINT DEFAULT 0,
        failed BIGINT DEFAULT 0,
        skipped BIGINT DEFAULT 0
    )""",
    """CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY,
        source VARCHAR,
        url VARCHAR,
        raw BLOB,
        raw_codec VARCHAR,
        raw_size BIGINT,
        content_hash VARCHAR,
        kind VARCHAR,
        encoding VARCHAR,
        published VARCHAR,
        fetched_at VARCHAR,
        status INTEGER,
        headers JSON,
        first_seen TIMESTAMP,
        run_id VARCHAR
    )""",
    """CREATE TABLE articles (
        doc_id VARCHAR PRIMARY KEY,
        source VARCHAR,
        url VARCHAR,
        title VARCHAR,
        text VARCHAR,
        paragraphs JSON,
        blocks JSON,
        site VARCHAR,
        site_domain VARCHAR,
        authors VARCHAR[],
        published VARCHAR,
        published_method VARCHAR,
        day DATE,
        language VARCHAR,
        word_count INTEGER,
        body_hash VARCHAR,
        furniture JSON,
        is_article BOOLEAN,
        confidence DOUBLE,
        method VARCHAR,
        canonical_id VARCHAR,
        dup_kind VARCHAR,
        dup_score DOUBLE,
        first_seen TIMESTAMP
    )""",
    """CREATE TABLE mentions (
        doc_id VARCHAR,
        mention_idx INTEGER,
        text VARCHAR,
        start_char INTEGER,
        end_char INTEGER,
        sentence_index INTEGER,
        actor_codes VARCHAR[],
        how VARCHAR
    )""",
    """CREATE TABLE actors (
        code VARCHAR PRIMARY KEY,
        name VARCHAR,
        country VARCHAR,
        role VARCHAR,
        kind VARCHAR
    )""",
    """CREATE TABLE events (
        event_id VARCHAR,
        doc_id VARCHAR,
        day DATE,
        is_duplicate BOOLEAN,
        source_code VARCHAR,
        target_code VARCHAR,
        cameo VARCHAR,
        cameo_root VARCHAR,
        plover VARCHAR,
        quad_class TINYINT,
        goldstein DOUBLE,
        modality VARCHAR,
        date VARCHAR,
        date_precision VARCHAR,
        date_text VARCHAR,
        place VARCHAR,
        place_country VARCHAR,
        place_lat DOUBLE,
        place_lon DOUBLE,
        sentence VARCHAR,
        sentence_index INTEGER,
        span INTEGER[],
        rule VARCHAR,
        trigger VARCHAR,
        confidence DOUBLE,
        source_text VARCHAR,
        source_name VARCHAR,
        source_country VARCHAR,
        source_role VARCHAR,
        target_text VARCHAR,
        target_name VARCHAR,
        target_country VARCHAR,
        target_role VARCHAR
    )""",
    """CREATE TABLE signatures (
        doc_id VARCHAR,
        minhash BLOB
    )""",
    """CREATE TABLE stories (
        story_id VARCHAR,
        title VARCHAR,
        size INTEGER,
        first_seen DATE,
        last_seen DATE,
        lead_id VARCHAR,
        computed_at TIMESTAMP
    )""",
    """CREATE TABLE story_members (
        story_id VARCHAR,
        doc_id VARCHAR,
        similarity DOUBLE
    )""",
    """CREATE TABLE related (
        doc_id VARCHAR,
        related_id VARCHAR,
        rank INTEGER,
        score DOUBLE
    )""",
    """CREATE TABLE failures (
        source VARCHAR,
        doc_id VARCHAR,
        stage VARCHAR,
        code VARCHAR,
        message VARCHAR,
        time TIMESTAMP,
        run_id VARCHAR
    )""",
    "CREATE INDEX events_doc ON events (doc_id)",
    "CREATE INDEX articles_body ON articles (body_hash)",
    "CREATE INDEX mentions_doc ON mentions (doc_id)",
    "CREATE INDEX failures_key ON failures (source, code)",
]

_V2: Final = [
    # Small store-wide state, e.g. how many articles the stories were built from.
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    # One row per event and per mention: a second writer cannot add a copy unnoticed.
    "CREATE UNIQUE INDEX events_id ON events (event_id)",
    "CREATE UNIQUE INDEX mentions_id ON mentions (doc_id, mention_idx)",
]

#: Alerts (``tidings.alerts``): one row per alert fired, keyed by what it is about so that
#: it fires once; and each watched feed's run of failed polls.
_V4_ALERTS: Final = [
    """CREATE TABLE alerts (
        alert_id VARCHAR PRIMARY KEY,
        rule VARCHAR,
        kind VARCHAR,
        title VARCHAR,
        message VARCHAR,
        day DATE,
        link VARCHAR,
        detail JSON,
        created_at TIMESTAMP,
        delivered_at TIMESTAMP,
        delivery_error VARCHAR
    )""",
    """CREATE TABLE feed_health (
        feed VARCHAR PRIMARY KEY,
        failures INTEGER,
        last_error VARCHAR,
        last_poll TIMESTAMP,
        last_ok TIMESTAMP
    )""",
]

#: (version, name, statements), applied in order; never edit a released entry, add one.
MIGRATIONS: Final[list[tuple[int, str, list[str]]]] = [
    (1, "initial tables", _V1),
    (2, "store state and unique event and mention keys", _V2),
    (4, "alerts and feed health", _V4_ALERTS),
]

SCHEMA_VERSION: Final = MIGRATIONS[-1][0]


def execute(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> None:
    """Run a statement that returns no rows we need, and drain its result (the connection
    refuses other work while a result is pending)."""
    con.execute(sql, params or []).fetchall()


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction; a rollback that fails itself (the database already
    invalidated by a full disk, say) is ignored, so the error that caused it is the one told."""
    try:
        execute(con, "ROLLBACK")
    except duckdb.Error:
        pass


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this file (0 for a new, empty file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'migrations'"
    ).fetchall()[0]
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM migrations").fetchall()[0]
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, *, path: str) -> int:
    """Apply the missing migrations; returns the schema version now in force.

    Raises:
        StoreError: ``store.too_new`` when the file was written by a newer tidings.
    """
    execute(
        con,
        "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
    )
    have = current_version(con)
    if have > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {have} but this tidings knows only up to {SCHEMA_VERSION}; "
            "upgrade tidings to open it",
            source=path,
            code="store.too_new",
        )
    for version, name, statements in MIGRATIONS:
        if version <= have:
            continue
        execute(con, "BEGIN TRANSACTION")
        try:
            for statement in statements:
                execute(con, statement)
            execute(con, "INSERT INTO migrations VALUES (?, ?, now())", [version, name])
            execute(con, "COMMIT")
        except duckdb.Error as exc:
            rollback(con)
            raise StoreError(
                f"migration {version} ({name}) failed: {exc}", source=path, code="store.migration"
            ) from exc
    return SCHEMA_VERSION
