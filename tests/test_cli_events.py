"""`tidings events` over several sources: a bad one is reported and the others still print."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tidings.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_events_cli_bad_source_exits_one_and_keeps_the_good_ones(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    result = CliRunner().invoke(
        app, ["events", str(EXAMPLES / "kyiv-drone-strikes.html"), str(missing), "--format", "json"]
    )
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert rows and all(r["input"].endswith("kyiv-drone-strikes.html") for r in rows)
    assert any(r["source_code"].startswith("RUS") and r["target_code"] == "UKR" for r in rows)
    assert f"{missing}: no such file" in result.stderr


def test_events_cli_table_lists_date_dyad_and_type() -> None:
    result = CliRunner().invoke(
        app, ["events", "Russian forces attacked Ukraine on Monday.", "--published", "2024-03-20"]
    )
    assert result.exit_code == 0, result.output
    assert "2024-03-18" in result.stdout and "RUSMIL" in result.stdout and "ASSAULT" in result.stdout


def test_events_cli_db_newest_first_keeps_the_latest(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for day, weekday, verb in (("3 March 2024", "Sunday", "attacked"), ("9 March 2024", "Friday", "shelled")):
        (pages / f"{verb}.txt").write_text(
            f"Fighting flares on the border\n\n{day}\n\n"
            f"Russian forces {verb} Ukrainian positions near the border on {weekday}, the Ukrainian "
            "army said in a statement.\n\nOfficials said nobody was hurt in the incident.\n",
            encoding="utf-8",
        )
    db = str(tmp_path / "t.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(pages), "--db", db]).exit_code == 0
    newest = json.loads(runner.invoke(app, ["events", "--db", db, "--newest", "--limit", "1", "--format", "json"]).stdout)
    oldest = json.loads(runner.invoke(app, ["events", "--db", db, "--limit", "1", "--format", "json"]).stdout)
    assert newest[0]["date"] > oldest[0]["date"]
    assert "shelled" in newest[0]["sentence"] and "attacked" in oldest[0]["sentence"]
