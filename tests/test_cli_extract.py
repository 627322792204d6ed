"""``tidings extract`` end to end through Typer's runner: formats, several sources, bad
sources reported one line each while the good ones still print, usage errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tidings.cli import app

DATA = Path(__file__).parent / "data" / "intake"
TEXT_PAGE = DATA / "article.txt"
HTML_PAGE = DATA / "article.html"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def test_extract_help_exits_zero(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "--format" in result.stdout and "--published" in result.stdout


def test_extract_one_source_prints_one_pretty_json_object(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(TEXT_PAGE)])
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["title"] == "Lifeboat crew rescues two walkers cut off by the tide"
    assert obj["source"] == str(TEXT_PAGE)
    assert "rising tide cut them off" in obj["text"]
    assert result.stdout.count("\n") > 5  # indented, not one line
    assert result.stderr == ""


def test_extract_text_and_markdown_formats(runner: CliRunner) -> None:
    text = runner.invoke(app, ["extract", "--format", "text", str(TEXT_PAGE)])
    assert text.exit_code == 0
    assert text.stdout.startswith("Lifeboat crew rescues two walkers cut off by the tide\n\nTwo walkers")
    assert "Share this article" not in text.stdout
    md = runner.invoke(app, ["extract", "-f", "markdown", str(TEXT_PAGE)])
    assert md.exit_code == 0
    assert md.stdout.startswith("# Lifeboat crew rescues two walkers cut off by the tide\n\n")


def test_extract_published_and_url_apply_to_the_article(runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        ["extract", "--published", "2026-03-05", "--url", "https://ledger.example/news/lifeboat", str(TEXT_PAGE)],
    )
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["published"] == "2026-03-05"
    assert obj["url"] == "https://ledger.example/news/lifeboat"


def test_extract_reads_standard_input(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "-f", "text", "-"], input=TEXT_PAGE.read_bytes())
    assert result.exit_code == 0, result.output
    assert "inshore lifeboat reached them" in result.stdout
    empty = runner.invoke(app, ["extract", "-"], input=b"")
    assert empty.exit_code == 1
    assert _errors(empty.stderr) == [_errors(empty.stderr)[0]]
    assert "<stdin>" in empty.stderr and "extract.empty" in empty.stderr


def test_extract_several_sources_one_bad_others_still_print(runner: CliRunner, tmp_path: Path, http_server: Any) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n")
    missing = tmp_path / "missing.html"
    good_url = http_server.add(http_server.unique("lifeboat.txt"), TEXT_PAGE.read_bytes(),
                               headers={"Content-Type": "text/plain; charset=utf-8"})
    gone_url = http_server.add(http_server.unique("gone.html"), "gone", status=404)
    result = runner.invoke(app, ["extract", str(TEXT_PAGE), str(pdf), good_url, str(missing), gone_url])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    records = [json.loads(line) for line in lines]  # JSON Lines: one object per line
    assert [r["source"] for r in records] == [str(TEXT_PAGE), good_url]
    assert records[1]["url"] == good_url
    assert all("rising tide cut them off" in r["text"] for r in records)
    errors = _errors(result.stderr)
    assert len(errors) == 3
    assert str(pdf) in errors[0] and "PDF" in errors[0] and "[extract.binary]" in errors[0]
    assert str(missing) in errors[1] and "[input.not_found]" in errors[1]
    assert gone_url in errors[2] and "404" in errors[2] and "[fetch.not_found]" in errors[2]
    assert "Traceback" not in result.stderr
    assert "extracted 2 of 5 sources; 3 failed" in result.stderr


def test_extract_directory_and_glob_expand_to_json_lines(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "skip.png"):
        shutil.copy(TEXT_PAGE, tmp_path / name)
    by_dir = runner.invoke(app, ["extract", str(tmp_path)])
    assert by_dir.exit_code == 0, by_dir.output
    assert [json.loads(line)["source"] for line in by_dir.stdout.splitlines()] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    ]
    by_glob = runner.invoke(app, ["extract", str(tmp_path / "b*.txt")])
    assert [json.loads(line)["source"] for line in by_glob.stdout.splitlines()] == [str(tmp_path / "b.txt")]
    none = runner.invoke(app, ["extract", str(tmp_path / "zzz*.html")])
    assert none.exit_code == 1 and "[input.not_found]" in none.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "--format", "yaml", "x.html"],
        ["extract", "--published", "last Tuesday", "x.html"],
        ["extract", "--url", "https://a.example/", "a.html", "b.html"],
    ],
)
def test_extract_usage_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_extract_html_sources_through_the_cli(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(HTML_PAGE), str(DATA / "index-of-links.html")])
    assert result.exit_code == 0, result.output
    article, index = (json.loads(line) for line in result.stdout.splitlines())
    assert "new ferry terminal on the north quay" in article["text"]
    assert article["is_article"] is True
    assert index["is_article"] is False
