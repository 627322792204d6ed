"""The Dask runner stores exactly what a single-process run stores over the same input."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from corpus import write_corpus
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.acquire.sources import Unit, iter_sources, plan
from tidings.config import Settings
from tidings.distributed import partitions, run_dask
from tidings.model import Document, Failure, Result
from tidings.pipeline import run_many
from tidings.store import Store

pytest.importorskip("distributed", reason="the Dask runner needs the tidings[dask] extra")


def make_input(root: Path) -> list[str]:
    """The generated corpus (pages, syndicated copies, broken files), plus a WARC.gz of a few
    of its pages with one member damaged, and a JSON Lines file with a bad line."""
    pages = root / "pages"
    write_corpus(pages)
    html = sorted(pages.glob("*.html"))[:4]
    warc = root / "crawl.warc.gz"
    offsets = []
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, page in enumerate(html):
            offsets.append(fh.tell())
            body = page.read_bytes().replace(b"</body>", f"<p>Archived copy {i}.</p></body>".encode())
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://archive.example/{i}", "response", payload=io.BytesIO(body), http_headers=headers))
        offsets.append(fh.tell())
    data = bytearray(warc.read_bytes())
    mid = (offsets[1] + offsets[2]) // 2
    data[mid:mid + 4] = bytes(b ^ 0xFF for b in data[mid:mid + 4])
    warc.write_bytes(bytes(data))
    jsonl = root / "extra.jsonl"
    text = min(pages.glob("*.txt")).read_text(encoding="utf-8")
    jsonl.write_text(
        json.dumps({"url": "https://lines.example/1", "text": text + "\nA line added for the JSON copy.",
                    "published": "2024-05-08"}) + "\n{broken\n", encoding="utf-8")
    return [str(pages), str(warc), str(jsonl)]


def single_process(specs: list[str], db: Path, settings: Settings) -> None:
    """The reference: the whole input through run_many in this process, written in order."""
    pending: list[Result] = []

    def documents() -> Any:
        for item in iter_sources(specs, settings):
            if isinstance(item, Failure):
                pending.append(Result(document=Document(source=item.source, content=b""), failure=item))
            else:
                yield item

    with Store(db) as store:
        run_id = store.begin_run(settings)
        summary = store.write(run_many(documents(), settings), run_id)
        summary = summary + store.write(pending, run_id)
        store.finish_run(run_id, summary)
        store.refresh_stories(settings)


def snapshot(db: Path) -> dict[str, Any]:
    with Store(db, read_only=True) as store:
        con = store.con
        return {
            "documents": con.execute("SELECT doc_id, source, url FROM documents ORDER BY doc_id").fetchall(),
            "articles": con.execute(
                "SELECT doc_id, title, text, canonical_id, dup_kind FROM articles ORDER BY doc_id").fetchall(),
            "events": con.execute(
                "SELECT event_id, source_code, target_code, cameo, modality, date, sentence, is_duplicate "
                "FROM events ORDER BY event_id").fetchall(),
            "failures": con.execute("SELECT source, stage, code FROM failures ORDER BY source, code").fetchall(),
            "stories": con.execute("SELECT count(*) FROM stories").fetchall(),
        }


def test_partitions_keep_order_and_isolate_warc_ranges() -> None:
    units = [Unit("file", path=f"p{i}") for i in range(5)] + [Unit("warc", path="w", start=0, end=10),
                                                              Unit("warc", path="w", start=10)]
    parts = list(partitions(units + [Unit("file", path="last")], size=2))
    assert [p.index for p in parts] == list(range(len(parts)))
    assert [[u.path for u in p.units] for p in parts] == [["p0", "p1"], ["p2", "p3"], ["p4"], ["w"], ["w"], ["last"]]
    flat = [u for p in parts for u in p.units]
    assert flat == units + [Unit("file", path="last")]


def test_run_dask_equals_single_process(tmp_path: Path) -> None:
    specs = make_input(tmp_path)
    settings = Settings()
    units = list(plan(specs, settings, warc_chunk_bytes=1500))
    assert sum(u.kind == "warc" for u in units) >= 2  # the WARC really is read in ranges

    single_process(specs, tmp_path / "single.duckdb", settings)
    # Two workers as threads of this process: they share the spaCy model loaded above, so
    # the test stays quick on two cores (benchmarks/ingest.py measures worker processes).
    summary = run_dask(specs, settings, workers=2, db=tmp_path / "dask.duckdb", partition_size=10,
                       warc_chunk_bytes=1500, out_dir=tmp_path / "parts", processes=False)
    assert summary.workers == 2 and summary.partitions >= 5
    assert len({r.worker for r in summary.reports}) == 2  # both workers took partitions
    assert list((tmp_path / "parts").glob("run-*/events/part-*.parquet"))

    single, dask = snapshot(tmp_path / "single.duckdb"), snapshot(tmp_path / "dask.duckdb")
    assert single["documents"] and single["events"]
    assert any(row[3] is not None for row in single["articles"])  # the corpus has syndicated copies
    assert {f[2] for f in single["failures"]} >= {"warc.corrupt_member", "input.bad_json_line"}
    assert dask == single
    assert summary.stored == len(dask["documents"]) and summary.failed == len(dask["failures"])

    # A second run over the same input stores nothing new.
    again = run_dask(specs, settings, workers=2, db=tmp_path / "dask.duckdb", partition_size=10,
                     processes=False)
    assert again.stored == 0 and again.skipped == len(dask["documents"])
    assert snapshot(tmp_path / "dask.duckdb")["documents"] == dask["documents"]


def test_run_dask_without_dask_names_the_install_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tidings.errors import MissingDependency

    monkeypatch.setitem(__import__("sys").modules, "distributed", None)  # as if not installed
    with pytest.raises(MissingDependency) as err:
        run_dask([str(tmp_path)], Settings(), workers=1, db=tmp_path / "x.duckdb")
    assert err.value.message == 'pip install "tidings[dask]"'
    assert not (tmp_path / "x.duckdb").exists()


def test_ingest_engine_dask_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tidings.cli import app

    specs = make_input(tmp_path)
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["ingest", specs[1], specs[2], "--db", str(db), "--engine", "dask",
                                      "--workers", "1", "--no-events", "--no-stories"])
    assert result.exit_code == 0, result.output
    assert "on 1 Dask worker(s)" in result.output and "stored 4" in result.output
    with Store(db, read_only=True) as store:
        urls = sorted(u for u in store.articles(limit=None).column("url").to_pylist() if u)
        assert urls == ["https://archive.example/0", "https://archive.example/2", "https://archive.example/3",
                        "https://lines.example/1"]
        assert {f["code"] for f in store.failures().to_pylist()} == {"warc.corrupt_member", "input.bad_json_line"}
