"""`tidings ingest` reads every corpus format itself, not only page files: a WARC.gz with a
corrupt member and a JSON Lines file with a bad line end as stored pages plus failures."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from test_warc import corrupt, write_warc
from typer.testing import CliRunner

from tidings.cli import app


def test_ingest_cli_warc_and_jsonl_store_good_records_and_record_bad_ones(tmp_path: Path) -> None:
    warc = tmp_path / "news.warc.gz"
    offsets = write_warc(warc, 6)
    corrupt(warc, offsets[2] + 40)  # inside the third response member
    lines = [
        json.dumps({"url": "https://wire.example/a", "text": "Armenian forces attacked Azerbaijani positions on Monday.\n\nThe Azerbaijani defence ministry said two soldiers were wounded in the attack.", "published": "2024-03-12"}),
        "{not json",
        json.dumps({"url": "https://wire.example/b", "html": "<html><body><article><h1>Talks</h1><p>The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday and agreed to continue their talks next month.</p></article></body></html>"}),
    ]
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"

    result = CliRunner().invoke(app, ["ingest", str(warc), str(jsonl), "--db", str(db)])
    assert result.exit_code == 0, result.output

    con = duckdb.connect(str(db), read_only=True)
    urls = {u for (u,) in con.execute("SELECT url FROM documents").fetchall()}
    failures = con.execute("SELECT source, code FROM failures ORDER BY source").fetchall()
    con.close()
    assert urls == {f"https://news.example/{i}" for i in (0, 1, 3, 4, 5)} | {
        "https://wire.example/a", "https://wire.example/b"}
    assert len(failures) == 2
    assert any(code == "warc.corrupt_member" for _, code in failures)
    assert any(src.endswith("wire.jsonl:2") for src, _ in failures)

    again = CliRunner().invoke(app, ["ingest", str(warc), str(jsonl), "--db", str(db), "--strict"])
    assert again.exit_code == 1  # the same two bad records fail again under --strict
    assert "stored 0" in again.stderr
