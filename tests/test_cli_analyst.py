"""The command line as an analyst meets it (issue 11): publication dates known, given or
unknown (never the day of the run); one date parser and message; bad input in one line;
tables that fit a 100-column terminal; and the small points (help, --version, globs, FIFOs,
missing files, actor names, progress)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

import tidings
from tidings.cli import app
from tidings.store import Store, views

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# ../shared beside the checkout (or two levels up)
SEED = next((p / "shared" / "seed" / "commonspace-putin-armenia-azerbaijan.txt" for p in (ROOT.parent, ROOT.parents[1])
             if (p / "shared" / "seed").is_dir()), ROOT.parent / "shared" / "seed" / "missing")
runner = CliRunner()
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason=f"canonical seed page not found at {SEED}")


def _flat(text: str) -> str:
    """A usage error's text without Rich's panel and line breaks."""
    return " ".join(text.replace("│", " ").replace("╭", " ").replace("╰", " ").replace("─", " ").split())


# ---- 1. dates: known, given or unknown ----------------------------------------------------


@needs_seed
def test_ingest_published_dates_the_washington_meeting(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    got = runner.invoke(app, ["ingest", str(SEED), "--db", str(db), "--published", "2020-10-22"])
    assert got.exit_code == 0, got.output
    out = tmp_path / "events.csv"
    assert runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--out", str(out)]).exit_code == 0
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    washington = [r for r in rows if r["ActionGeo_FullName"] == "Washington" and r["Actor2Code"] == "USAGOV"]
    assert washington, "the coder no longer finds the Washington meeting"
    # "on Friday", against Thursday 22 October 2020
    assert {r["SQLDATE"] for r in washington} == {"20201023"}


@needs_seed
def test_ingest_without_a_date_stores_undated_events_not_today(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    got = runner.invoke(app, ["ingest", str(SEED), str(EXAMPLES / "kyiv-drone-strikes.html"), "--db", str(db)])
    assert got.exit_code == 0, got.output
    with Store(db, read_only=True) as store:
        seed = next(a for a in store.articles(limit=None).to_pylist() if a["source"] == str(SEED))
        assert seed["day"] is None
        events = store.events(doc_id=seed["doc_id"], limit=None).to_pylist()
        latest = views.latest_events(store.con.cursor(), limit=100)
        stories = store.stories(window_days=30).to_pylist()
    assert events and all(e["date"] is None and e["day"] is None for e in events)
    assert latest and not {e["event_id"] for e in events} & {e["event_id"] for e in latest}
    # The window counts back from the newest article (2024), not from today: the Kyiv story
    # is in it, and the undated page is in no window.
    assert [s["title"] for s in stories] and all("Putin" not in s["title"] for s in stories)
    explained = runner.invoke(app, ["explain", str(SEED)])
    assert explained.exit_code == 0
    assert "published=unknown" in explained.stdout and "date null" in explained.stdout


# ---- 2. bad input: one line; one date message ---------------------------------------------


@pytest.mark.parametrize("kind", ["missing", "directory", "unreachable"])
def test_explain_bad_source_is_one_line_exit_one(kind: str, tmp_path: Path) -> None:
    source = {"missing": str(tmp_path / "missing.html"), "directory": str(EXAMPLES),
              "unreachable": "http://127.0.0.1:9/"}[kind]
    result = runner.invoke(app, ["explain", source])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and source in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_a_text_longer_than_a_file_name_is_coded_or_refused_in_one_line(tmp_path: Path) -> None:
    # a sentence past the system's file-name limit once raised "File name too long" from the
    # check whether it names a file
    text = "WASHINGTON (AP) — Police arrested three men in Ohio on Monday. " + "The court heard the case again. " * 12
    assert len(text.encode()) > 255
    result = runner.invoke(app, ["explain", text])
    assert result.exit_code == 0, result.output
    assert "COERCE" in result.stdout and "Traceback" not in result.output
    result = runner.invoke(app, ["events", text, "--format", "json"])
    assert result.exit_code == 0 and '"COERCE"' in result.stdout
    result = runner.invoke(app, ["ingest", text, "--db", str(tmp_path / "s")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "File name too long" in result.stderr


def test_a_sentence_with_a_question_mark_or_a_bracket_is_text_not_a_pattern(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "?", "*" and "[" make a SOURCE a glob pattern; one that matches no file and reads as a
    # sentence is the text itself
    monkeypatch.chdir(tmp_path)
    text = "Why did police arrest three men in Ohio [on Monday]? Police arrested three men in Ohio on Monday."
    result = runner.invoke(app, ["explain", text])
    assert result.exit_code == 0, result.output
    assert "COERCE" in result.stdout
    result = runner.invoke(app, ["events", text, "--format", "json"])
    assert result.exit_code == 0 and '"COERCE"' in result.stdout
    # a pattern that matches files is still the files; a short one that matches none is an error
    (tmp_path / "a b c.txt").write_text("KYIV — Russia attacked Ukraine on Monday.", encoding="utf-8")
    result = runner.invoke(app, ["events", "a b ?.txt", "--format", "json"])
    assert result.exit_code == 0 and '"ASSAULT"' in result.stdout
    assert runner.invoke(app, ["events", "*.html", "--format", "json"]).exit_code == 1


@pytest.mark.parametrize("value", ["22/10/2020", "2024-13-45"])
def test_bad_published_is_the_same_usage_error_for_every_command(value: str, tmp_path: Path) -> None:
    page = str(EXAMPLES / "kyiv-drone-strikes.html")
    messages = set()
    for args in (["extract", page], ["events", page], ["explain", page], ["ingest", page, "--db", str(tmp_path / "s")]):
        result = runner.invoke(app, [*args, "--published", value])
        assert result.exit_code == 2, (args, result.output)
        message = _flat(result.stderr).split("Error ", 1)[1]
        assert f"'{value}' is not an ISO 8601 date" in message
        messages.add(message)
    assert len(messages) == 1, messages
    assert not (tmp_path / "s").exists()


# ---- 3. tables fit the terminal -------------------------------------------------------------


@dataclass
class Shop:
    db: Path
    doc_id: str


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Shop:
    root = tmp_path_factory.mktemp("tables")
    db = root / "example.duckdb"
    (root / "broken").mkdir()
    (root / "broken" / "empty-page-with-a-rather-long-name-for-the-failures-table.html").write_bytes(b"")
    assert runner.invoke(app, ["ingest", str(EXAMPLES), str(root / "broken"), "--db", str(db)]).exit_code == 0
    with Store(db, read_only=True) as store:
        doc_id = store.articles(limit=1).to_pylist()[0]["doc_id"]
    return Shop(db, doc_id)


def test_every_table_command_fits_100_columns(shop: Shop) -> None:
    db = str(shop.db)
    commands = [
        ["events", str(EXAMPLES / "kyiv-drone-strikes.html"), str(EXAMPLES / "brussels-summit.html")],
        ["events", "--db", db, "--newest", "--limit", "20"],
        ["dyad", "ARM", "AZE", "--db", db],
        ["dyad", "ARM", "AZE", "--db", db, "--by", "week"],
        ["stories", "--db", db],
        ["stories", "--db", db, "--window", "7"],
        ["related", shop.doc_id, "--db", db],
        ["failures", "--db", db],
        ["explain", str(EXAMPLES / "brussels-summit.html")],
    ]
    for args in commands:
        result = runner.invoke(app, args, env={"COLUMNS": "100"})
        assert result.exit_code == 0, (args, result.output)
        lines = result.stdout.splitlines()
        assert len(lines) > 3, args
        widest = max(cell_len(line) for line in lines)
        assert widest <= 100, (args, widest)
        # A date is never broken across lines.
        assert "2024-0\n" not in result.stdout


def test_tables_format_for_scripts(shop: Shop) -> None:
    jsonl = runner.invoke(app, ["stories", "--db", str(shop.db), "--format", "jsonl"])
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert rows and {"story_id", "title", "size"} <= set(rows[0])
    table = list(csv.DictReader(io.StringIO(runner.invoke(app, ["failures", "--db", str(shop.db), "-f", "csv"]).stdout)))
    assert table and table[0]["code"] == "extract.empty"


# ---- 5. the small points ----------------------------------------------------------------------


def test_events_help_offers_only_the_formats_it_accepts() -> None:
    result = runner.invoke(app, ["events", "--help"], env={"COLUMNS": "200"})
    assert "table|json|jsonl|csv" in result.stdout
    assert "markdown" not in result.stdout and "text|" not in result.stdout
    assert runner.invoke(app, ["events", "Russia attacked Ukraine.", "--format", "text"]).exit_code == 2


def test_help_shows_no_bool_tags() -> None:
    for command in ([], ["ingest"], ["events"], ["export"], ["dyad"], ["watch"], ["serve"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0
        assert "<bool>" not in result.stdout, command


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"tidings {tidings.__version__}"


def test_ingest_glob_over_a_folder_stores_pages_only(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "talks.html").write_bytes((EXAMPLES / "brussels-summit.html").read_bytes())
    (pages / "notes.md").write_text("# Notes\n\nNothing here.\n", encoding="utf-8")
    (pages / "data.json").write_text('{"a": 1}\n', encoding="utf-8")
    (pages / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (pages / "run.sh").write_text("#!/bin/sh\necho hi\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(pages / "*"), "--db", str(db), "--no-events"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        sources = [Path(a["source"]).name for a in store.articles(limit=None).to_pylist()]
        assert sources == ["talks.html"]
        assert store.counts()["duplicates"] == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_ingest_glob_matching_a_fifo_does_not_hang(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "talks.html").write_bytes((EXAMPLES / "brussels-summit.html").read_bytes())
    os.mkfifo(pages / "pipe.html")
    db = tmp_path / "s.duckdb"
    # A separate process, so that a regression fails on the timeout instead of hanging the suite.
    done = subprocess.run([str(Path(sys.executable).parent / "tidings"), "ingest", str(pages / "*.html"), "--db", str(db),
                           "--no-events", "--no-stories"], check=False, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "pipe.html: not a regular file" in " ".join(done.stderr.split())
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_ingest_of_a_missing_file_names_it_and_exits_one(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "brussels-summit.html"), str(missing), "--db", str(db),
                                 "--no-events"])
    assert result.exit_code == 1
    assert f"{missing}: no such file" in " ".join(result.stderr.split())
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1  # the good page is stored all the same


def test_dyad_resolves_country_names(shop: Shop) -> None:
    by_code = runner.invoke(app, ["dyad", "ARM", "AZE", "--db", str(shop.db), "-f", "json"])
    by_name = runner.invoke(app, ["dyad", "Armenia", "Azerbaijan", "--db", str(shop.db), "-f", "json"])
    assert by_name.exit_code == 0, by_name.output
    assert json.loads(by_name.stdout) == json.loads(by_code.stdout) != []
    unknown = runner.invoke(app, ["dyad", "Atlantis", "AZE", "--db", str(shop.db)])
    assert unknown.exit_code == 2 and "Atlantis" in unknown.stderr


def test_events_over_several_files_shows_progress() -> None:
    result = runner.invoke(app, ["events", str(EXAMPLES / "kyiv-drone-strikes.html"),
                                 str(EXAMPLES / "sanctions-vote.html"), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "2/2 sources" in result.stderr
    assert json.loads(result.stdout)


def test_events_table_shows_a_date_as_far_as_it_is_known() -> None:
    sentence = "Germany promised to deliver air defence systems to Ukraine later this year."
    result = runner.invoke(app, ["events", sentence, "--published", "2024-03-20"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "│ 2024 " in result.stdout and "2024-01-01" not in result.stdout
    rows = json.loads(runner.invoke(app, ["events", sentence, "--published", "2024-03-20", "-f", "json"]).stdout)
    assert (rows[0]["date"], rows[0]["date_precision"]) == ("2024-01-01", "year")
