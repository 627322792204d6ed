"""Rendered articles: the JSON body of ``GET /api/articles/{id}`` for every article, kept in a
SQLite file beside the store and looked up by ``doc_id``.

An article's JSON takes six DuckDB lookups to assemble (the article, its events, actors,
mentions, related articles and story): about 10 ms of CPU, so two cores serve ~200 a second.
DuckDB renders all of them at once in a set-based query (``views.rendered_articles``, some
seconds for 100,000 articles), and a SQLite primary-key lookup then costs ~50 µs.

The file is stamped with the store file's size and modification time: a stamp that no longer
matches (the store was written since) means it is rebuilt when the server starts. A running
server's own writes leave the older articles' JSON as it was (a new page does not change
them) except when stories are reclustered, which rebuilds the file; a new article is not in
it and is served the slow way. Lookups before the file is ready, or while it is rebuilt,
return None and the caller assembles the article from the store.

Where the store's folder cannot be written (a read-only mount), the file goes to the temp
folder under a name derived from the store's path.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import sqlite3
import tempfile
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import duckdb

from tidings.errors import StoreError
from tidings.store import views

#: Bump when the JSON of an article changes shape, so older files are rebuilt.
RENDER_VERSION = 2
#: Articles rendered per slice of the build (bounds DuckDB's memory during it).
SLICE = 25_000
SUFFIX = ".rendered.sqlite"


def default_path(db: str | Path) -> Path:
    """``<store>.rendered.sqlite`` beside the store, else in the temp folder."""
    db = Path(db).resolve()
    if os.access(db.parent, os.W_OK):
        return db.with_name(db.name + SUFFIX)
    digest = hashlib.sha256(str(db).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"tidings-{digest}{SUFFIX}"


class RenderedArticles:
    """The rendered-article file of one store, with a SQLite connection per reading thread."""

    def __init__(self, db: str | Path, path: Path | None = None) -> None:
        self.db = Path(db)
        self.path = path or default_path(db)
        self._ready = False
        self._opened = False
        self._generation = 0
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._guard = threading.Lock()

    @property
    def ready(self) -> bool:
        return self._ready

    def stamp(self) -> str:
        """What the file was built from: the store's size and mtime (and its WAL's)."""
        parts = [f"v{RENDER_VERSION}"]
        for p in (self.db, Path(str(self.db) + ".wal")):
            with contextlib.suppress(FileNotFoundError):
                st = p.stat()
                parts.append(f"{p.name}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}")
        return "|".join(parts)

    # ---- building ----------------------------------------------------------------------------

    def open(self, con: duckdb.DuckDBPyConnection) -> bool:
        """Use the file if its stamp matches the store, else build it. Several processes
        serving one store take turns (a lock file); the first builds, the others reuse.
        Returns True when the file was built now."""
        stamp = self.stamp()
        with self._locked():
            if self._stamp_of(self.path) == stamp:
                built = False
            else:
                self._build(con, stamp)
                built = True
        self._activate()
        return built

    def rebuild(self, con: duckdb.DuckDBPyConnection) -> None:
        """Build anew after a write (when the file is in use); lookups return None until
        it is done."""
        if not self._opened:
            return
        self.suspend()
        with self._locked():
            self._build(con, self.stamp())
        self._activate()

    def suspend(self) -> None:
        """Stop answering lookups (a write is about to change what they would return)."""
        self._ready = False

    def resume(self) -> None:
        """Answer lookups again after a write that left the rendered articles right."""
        self._ready = self._opened

    def _build(self, con: duckdb.DuckDBPyConnection, stamp: str) -> None:
        total = con.execute("SELECT count(*) FROM articles").fetchone()
        parts = max(1, -(-int(total[0] if total else 0) // SLICE))
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                out.execute("PRAGMA journal_mode = OFF")
                out.execute("PRAGMA synchronous = OFF")
                out.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
                out.execute("CREATE TABLE articles (doc_id TEXT PRIMARY KEY, body BLOB) WITHOUT ROWID")
                for part in range(parts):
                    cur = views.rendered_articles(con, part=part, parts=parts)
                    while batch := cur.fetchmany(2000):
                        out.executemany(
                            "INSERT INTO articles VALUES (?, ?)",
                            [(doc_id, zlib.compress(body.encode("utf-8"), 1)) for doc_id, body in batch],
                        )
                out.execute("INSERT INTO meta VALUES ('stamp', ?)", [stamp])
                out.commit()
            finally:
                out.close()
            os.replace(tmp, self.path)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(
                f"could not write the rendered articles to {self.path}: {exc}; free some disk "
                "space or make the store's folder writable", source=str(self.path), code="store.render",
            ) from exc
        except duckdb.Error as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"rendering the articles of {self.db} failed: {exc}",
                             source=str(self.db), code="store.query") from exc

    @staticmethod
    def _stamp_of(path: Path) -> str | None:
        if not path.exists():
            return None
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = con.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            return None  # not a file of ours, or half written: build anew
        return str(row[0]) if row else None

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        lock = self.path.with_name(self.path.name + ".lock")
        with open(lock, "a+b") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _activate(self) -> None:
        with self._guard:
            self._generation += 1
        self._opened = self._ready = True

    # ---- reading -----------------------------------------------------------------------------

    def get(self, doc_id: str) -> bytes | None:
        """The article's JSON, or None when the file is not ready or has no such article."""
        if not self._ready:
            return None
        row = self._connection().execute("SELECT body FROM articles WHERE doc_id = ?", [doc_id]).fetchone()
        if row is None or not self._ready:
            return None
        return zlib.decompress(row[0])

    def _connection(self) -> sqlite3.Connection:
        held: tuple[int, sqlite3.Connection] | None = getattr(self._local, "held", None)
        if held is not None and held[0] == self._generation:
            return held[1]
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        with self._guard:
            if held is not None:
                held[1].close()
                self._connections.remove(held[1])
            self._connections.append(con)
            self._local.held = (self._generation, con)
        return con

    def close(self) -> None:
        self._ready = False
        with self._guard:
            for con in self._connections:
                con.close()
            self._connections.clear()
