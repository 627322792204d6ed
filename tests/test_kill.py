"""Crash safety: `tidings ingest` killed with SIGKILL half-way, then run again, ends with every
page stored exactly once.

The run uses ``--no-events`` (extraction only): with event coding, 2,000 pages take about
50 s on two cores against about 11 s without, and what is under test is the writer's
transactions, not the coder. The kill comes at a random moment (seeded, printed) after the
first batch has been committed, which shows as the DuckDB write-ahead log growing.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from corpus import write_bulk

PAGES = 2000
CLI = [sys.executable, "-c", "from tidings.cli import main; main()"]


def _ingest(pages: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*CLI, "ingest", str(pages), "--db", str(db), "--no-events", "--batch-size", "32"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def _stored(db: Path) -> tuple[int, int, int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT doc_id) FROM documents), "
            "(SELECT count(*) FROM articles), "
            "(SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = d.doc_id))"
        ).fetchall()[0]
    finally:
        con.close()


@pytest.mark.slow
def test_kill_then_rerun_stores_every_page_exactly_once(tmp_path: Path) -> None:
    pages, db = tmp_path / "pages", tmp_path / "kill.duckdb"
    write_bulk(pages, PAGES)
    seed = int(os.environ.get("TIDINGS_KILL_SEED", random.randrange(1_000_000)))
    delay = random.Random(seed).uniform(0.0, 2.0)
    print(f"kill seed {seed}: SIGKILL {delay:.2f} s after the first commit")

    proc = _ingest(pages, db)
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 120
    while not (wal.exists() and wal.stat().st_size > 200_000):  # the first batches are in
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "ingest never committed a batch"
        time.sleep(0.05)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    docs, distinct, articles, orphans = _stored(db)
    print(f"stored before the kill: {docs}")
    assert 0 < docs < PAGES, "the kill did not land mid-run"
    assert docs == distinct == articles and orphans == 0  # no half-written batch

    again = _ingest(pages, db)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert f"already stored {docs}" in err.decode()

    docs, distinct, articles, orphans = _stored(db)
    assert (docs, distinct, articles, orphans) == (PAGES, PAGES, PAGES, 0)
    con = duckdb.connect(str(db), read_only=True)
    sources = {Path(r[0]).name for r in con.execute("SELECT source FROM documents").fetchall()}
    con.close()
    assert sources == {p.name for p in pages.iterdir()}
