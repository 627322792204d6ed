"""Issue 13: `tidings ingest` killed (SIGKILL) at each stage boundary of a run — reading the
pages, extraction, event coding, the write transaction, the story rebuild, the final
checkpoint — then run again, ends with every page stored once, exactly the events of an
uninterrupted run, stories present, no run left ``running`` and the store in one file.

The kill is made in a child process that wraps the named function with one that sends
itself SIGKILL on the given call; the rerun is in-process (the spaCy model loads once).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tidings.cli import app

runner = CliRunner()

TOPICS = [
    ("Armenia and Azerbaijan", ("Armenian troops attacked Azerbaijani positions near the border on {d} May. "
     "Azerbaijan accused Armenia of shelling villages in the border region.")),
    ("Sudan ceasefire", ("Sudan's army signed a ceasefire with the Rapid Support Forces in Jeddah on {d} May. "
     "Mediators from Saudi Arabia praised the Sudanese army for the agreement.")),
    ("Steel dispute", ("China criticised the United States over new steel tariffs on {d} May. "
     "Officials in Beijing accused Washington of protectionism in the steel trade.")),
]
PAGES = 12
BATCH = "4"

#: stage -> (module, attribute, call on which to die)
KILLS = {
    "fetch": ("tidings.acquire.sources", "read_file", 6),
    "extract": ("tidings.pipeline", "extract_one", 6),
    "code": ("tidings.pipeline", "_code", 2),
    "write": ("tidings.store.writer", "_insert", 7),  # inside the second batch's transaction
    "stories": ("tidings.stories", "cluster", 1),
    "checkpoint": ("tidings.store", "Store.checkpoint", 1),
}

CHILD = textwrap.dedent("""
    import importlib, os, signal, sys
    module, attr, nth = sys.argv[1], sys.argv[2], int(sys.argv[3])
    owner = importlib.import_module(module)
    names = attr.split(".")
    for name in names[:-1]:
        owner = getattr(owner, name)
    real = getattr(owner, names[-1])
    calls = [0]
    def dying(*args, **kwargs):
        calls[0] += 1
        if calls[0] >= nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    setattr(owner, names[-1], dying)
    from tidings.cli import main
    sys.argv = ["tidings", *sys.argv[4:]]
    main()
""")


def _write_pages(directory: Path) -> None:
    directory.mkdir()
    for i in range(PAGES):
        title, body = TOPICS[i % len(TOPICS)]
        day = 6 + i // len(TOPICS)
        paragraphs = [body.format(d=day)] + [
            f"The report number {i} gives more detail about what happened on {day} May, and about "
            f"what {title} means for the region in the weeks ahead. Diplomats said that talks would "
            "continue next week, that observers would be sent, and that both sides had been asked "
            "to keep to what they had agreed." for _ in range(3)]
        html = (f"<html><head><title>{title}: report {i}</title>"
                f'<meta property="article:published_time" content="2024-05-{day:02d}T09:00:00Z"></head>'
                f"<body><article><h1>{title}: report {i}</h1>"
                + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
        (directory / f"page{i:02d}.html").write_text(html)


def _state(db: Path) -> dict[str, object]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchall()[0],
            "events": sorted(con.execute(
                "SELECT event_id, cameo, source_code, target_code, day FROM events").fetchall()),
            "stories": con.execute("SELECT count(*) FROM stories").fetchall()[0][0],
            "running": con.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchall()[0][0],
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    base = tmp_path_factory.mktemp("kill_stages")
    pages, db = base / "pages", base / "reference.duckdb"
    _write_pages(pages)
    result = runner.invoke(app, ["ingest", str(pages), "--db", str(db), "--batch-size", BATCH])
    assert result.exit_code == 0, result.output
    state = _state(db)
    assert state["documents"] == (PAGES, PAGES) and state["events"] and state["stories"]
    return pages, state


@pytest.mark.slow
@pytest.mark.parametrize("stage", list(KILLS))
def test_issue13_kill_at_a_stage_boundary_then_rerun_is_whole(
        stage: str, reference: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    pages, expected = reference
    db = tmp_path / "killed.duckdb"
    module, attr, nth = KILLS[stage]
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, module, attr, str(nth),
         "ingest", str(pages), "--db", str(db), "--batch-size", BATCH],
        check=False, capture_output=True, timeout=300, env={**os.environ, "TIDINGS_EVENTS__BATCH_SIZE": BATCH},
    )
    assert proc.returncode == -9, f"{stage}: the kill did not happen: {proc.stderr.decode()[-2000:]}"
    after_run = stage in ("stories", "checkpoint")  # the run itself was recorded as finished
    assert _state(db)["running"] == (0 if after_run else 1)  # the killed run, as it was left
    rerun = runner.invoke(app, ["ingest", str(pages), "--db", str(db), "--batch-size", BATCH])
    assert rerun.exit_code == 0, rerun.output
    got = _state(db)
    assert got == {**expected, "running": 0}, stage
    assert not Path(str(db) + ".wal").exists(), "the store is not one file after the run"
    con = duckdb.connect(str(db), read_only=True)
    statuses = [r[0] for r in con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()]
    con.close()
    assert statuses == ["finished" if after_run else "interrupted", "finished"], statuses
