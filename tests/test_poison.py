"""A poisoned batch: 1,000 generated pages, 1 % corrupt (binary, truncated gzip, over 20 MB,
invalid encoding). The good pages are all stored, each bad one is a failure with its reason,
and the run exits 0 (1 under --strict). ``benchmarks/poison.py`` runs the 10,000-page version.

Extraction only (``--no-events``): the corrupt pages fail before event coding, and coding
990 good pages would add about 25 s without testing anything more about the batch.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from corpus import write_bulk
from typer.testing import CliRunner

from tidings.cli import app
from tidings.store import Store

EXPECTED_CODE = {
    "binary": "extract.binary",
    "truncated-gzip": "input.corrupt_gzip",
    "oversize": "extract.too_large",
    "invalid-encoding": "extract.binary",
}


@pytest.mark.slow
def test_poison_batch_stores_good_pages_and_records_bad_ones(tmp_path: Path) -> None:
    pages, db = tmp_path / "pages", tmp_path / "poison.duckdb"
    corrupt = write_bulk(pages, 1000, corrupt_every=100)
    assert len(corrupt) == 10 and set(corrupt.values()) == set(EXPECTED_CODE)

    result = CliRunner().invoke(app, ["ingest", str(pages), "--db", str(db), "--no-events", "--no-stories"])
    assert result.exit_code == 0, result.output
    assert "stored 990 (duplicates 0), failed 10" in result.output

    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 990
        failures = {Path(f["source"]).name: f for f in store.failures().to_pylist()}
    assert set(failures) == set(corrupt)
    for name, kind in corrupt.items():
        assert failures[name]["code"] == EXPECTED_CODE[kind], (name, failures[name])
        assert failures[name]["message"]
    assert Counter(f["code"] for f in failures.values())["extract.too_large"] >= 2

    strict = CliRunner().invoke(app, ["ingest", str(pages), "--db", str(db), "--no-events", "--strict"])
    assert strict.exit_code == 1  # nothing new stored, but the same 10 pages fail again
    assert "already stored 990" in strict.output
