"""Who holds a store: the note a server leaves beside the file, and the message a second
writer gets.

DuckDB lets one process write a file, and a process that has it open (even read-only) keeps
every other process from opening it for writing. ``tidings serve`` therefore writes
``<store>.holder.json`` (its process id, address and whether it accepts pages) while it runs
and removes it when it stops; a ``tidings ingest --db`` that finds the file locked reads it
to say what holds the store and what to do instead: send the pages to the running server
with ``tidings ingest --server URL``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path
from typing import Any

SUFFIX = ".holder.json"


def holder_path(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(db.name + SUFFIX)


def write_holder(db: str | Path, *, url: str | None, writable: bool, accepts_pages: bool | None = None) -> Path | None:
    """Leave the note (best effort: a store on a read-only mount gets none). ``writable``:
    the server writes the store; ``accepts_pages``: it takes pages through its API (default:
    the same)."""
    path = holder_path(db)
    note = {"pid": os.getpid(), "command": "tidings serve", "url": url, "writable": writable,
            "accepts_pages": writable if accepts_pages is None else accepts_pages}
    try:
        path.write_text(json.dumps(note), encoding="utf-8")
    except OSError:
        return None
    return path


def remove_holder(db: str | Path) -> None:
    """Remove the note if this process left it."""
    note = read_holder(db)
    if note is not None and note.get("pid") == os.getpid():
        with contextlib.suppress(OSError):
            holder_path(db).unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(db: str | Path) -> dict[str, Any] | None:
    """The note of a server that is still running, or None."""
    try:
        note = json.loads(holder_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or not isinstance(note.get("pid"), int) or not _alive(note["pid"]):
        return None
    return note


def locked_message(db: str | Path, error: str) -> str:
    """What a writer that could not open ``db`` is told: what holds it and what to do.

    ``error`` is DuckDB's own message, which names the process holding the lock.
    """
    note = read_holder(db)
    if note is not None:
        where = f" at {note['url']}" if note.get("url") else ""
        if note.get("writable") and not note.get("accepts_pages", True):
            return (
                f"the store is held by `tidings serve --watch` (process {note['pid']}){where}, which polls feeds "
                "and writes the store itself; to send it pages too, run it with TIDINGS_TOKEN set and use "
                "`tidings ingest PAGES --server URL`"
            )
        if note.get("writable"):
            return (
                f"the store is held by `tidings serve` (process {note['pid']}){where}, which writes it; "
                f"send the pages to that server instead: `tidings ingest PAGES --server {note.get('url') or 'URL'}` "
                "with TIDINGS_TOKEN set to its token"
            )
        return (
            f"the store is held by a read-only `tidings serve` (process {note['pid']}){where}; a server "
            "that reads a store keeps other processes from writing it. Start the server with TIDINGS_TOKEN "
            "set and send pages with `tidings ingest PAGES --server URL`, or stop it before ingesting"
        )
    found = re.search(r"held in (.+?) \(PID (\d+)\)", error)
    who = f"{found.group(1)} (process {found.group(2)})" if found else "another process"
    return f"the store is open in {who}; wait for it to finish or stop it, then run this again"
