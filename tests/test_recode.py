"""`tidings recode`: the example pages ingested without events, then coded from the store,
against the same pages ingested with events. Real pipeline, real DuckDB files."""

from __future__ import annotations

import dataclasses
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from tidings.api.rendered import RenderedArticles
from tidings.cli import app
from tidings.config import EventSettings, Settings
from tidings.pipeline import recode
from tidings.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EVENT_KEY = "doc_id, source_code, target_code, cameo, modality"

runner = CliRunner()


@dataclass
class Stores:
    coded: Path  # ingested with events
    recoded: Path  # ingested with --no-events, then `tidings recode`
    recode_output: str
    stamp_before: str
    stamp_after: str


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        # list columns (span, actor_codes) as tuples, so rows can be counted and compared as sets
        return [tuple(tuple(v) if isinstance(v, list) else v for v in r) for r in con.execute(sql).fetchall()]
    finally:
        con.close()


def _event_set(db: Path, columns: str = EVENT_KEY, where: str = "TRUE") -> set[tuple[Any, ...]]:
    return set(_rows(db, f"SELECT {columns} FROM events WHERE {where}"))


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Stores:
    root = tmp_path_factory.mktemp("recode")
    coded, recoded = root / "coded.duckdb", root / "recoded.duckdb"
    for db, extra in ((coded, []), (recoded, ["--no-events"])):
        got = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--no-stories", *extra])
        assert got.exit_code == 0, got.output
    assert _rows(recoded, "SELECT count(*) FROM events") == [(0,)]
    stamp_before = RenderedArticles(recoded).stamp()
    result = runner.invoke(app, ["recode", "--db", str(recoded)])
    assert result.exit_code == 0, result.output
    return Stores(coded, recoded, result.output, stamp_before, RenderedArticles(recoded).stamp())


@pytest.fixture
def copy(stores: Stores, tmp_path: Path) -> Path:
    """A private copy of the recoded store, for a test that changes it."""
    return Path(shutil.copy(stores.recoded, tmp_path / "copy.duckdb"))


def test_recode_gives_the_events_ingest_gives(stores: Stores) -> None:
    coded = _event_set(stores.coded)
    assert len(coded) > 20  # the examples have events: the comparison below means something
    assert _event_set(stores.recoded) == coded
    flags = "doc_id, source_code, target_code, cameo, modality, is_duplicate, event_id, day"
    assert _event_set(stores.recoded, flags) == _event_set(stores.coded, flags)
    # The syndicated copy's events are flagged, as ingest flags them.
    assert _rows(stores.recoded, "SELECT count(*) FROM events WHERE is_duplicate") != [(0,)]
    for table in ("mentions", "actors"):
        assert Counter(_rows(stores.recoded, f"SELECT * FROM {table}")) == \
            Counter(_rows(stores.coded, f"SELECT * FROM {table}")), table


def test_recode_gives_the_dyad_counts_ingest_gives(stores: Stores) -> None:
    with Store(stores.coded, read_only=True) as a, Store(stores.recoded, read_only=True) as b:
        for by in ("day", "week"):
            expected = a.dyad("ARM", "AZE", by).to_pylist()
            assert expected and sum(r["events"] for r in expected) > 0
            assert b.dyad("ARM", "AZE", by).to_pylist() == expected
    cli = [runner.invoke(app, ["dyad", "ARM", "AZE", "--db", str(db), "--format", "json"]).output
           for db in (stores.coded, stores.recoded)]
    assert cli[0] == cli[1]


def test_recode_prints_a_summary_and_records_a_run(stores: Stores) -> None:
    events = len(_rows(stores.coded, "SELECT event_id FROM events"))
    articles = len(_rows(stores.coded, "SELECT doc_id FROM articles"))
    assert f"recoded {articles} articles: events 0 -> {events}, 0 failed" in stores.recode_output
    with Store(stores.recoded, read_only=True) as store:
        runs = store.runs().to_pylist()
    assert len(runs) == 2 and runs[-1]["status"] == "finished" and runs[-1]["failed"] == 0
    # The serve cache of rendered articles is keyed on the store file: it sees the change.
    assert stores.stamp_after != stores.stamp_before


def test_recode_twice_changes_nothing(stores: Stores, copy: Path) -> None:
    events = _rows(copy, "SELECT * FROM events")
    mentions = _rows(copy, "SELECT * FROM mentions")
    with Store(copy) as store:
        summary = recode(store, batch_size=4)  # several batches
    assert summary.articles == len(_rows(copy, "SELECT doc_id FROM articles"))
    assert summary.events_before == summary.events_after == len(events)
    assert summary.failed == 0
    ids = [r[0] for r in _rows(copy, "SELECT event_id FROM events")]
    assert len(ids) == len(set(ids)) == len(events)
    assert Counter(_rows(copy, "SELECT * FROM events")) == Counter(events)
    assert Counter(_rows(copy, "SELECT * FROM mentions")) == Counter(mentions)


def test_recode_doc_id_restores_that_article_only(stores: Stores, copy: Path) -> None:
    ((doc_id, n),) = _rows(copy, "SELECT doc_id, count(*) n FROM events GROUP BY doc_id ORDER BY n DESC, doc_id "
                                 "LIMIT 1")
    own = f"doc_id = '{doc_id}'"
    others = f"doc_id <> '{doc_id}'"
    before = _event_set(copy, "*", own)
    other_events = _event_set(copy, "*", others)
    other_mentions = Counter(_rows(copy, f"SELECT * FROM mentions WHERE {others}"))
    own_mentions = Counter(_rows(copy, f"SELECT * FROM mentions WHERE {own}"))
    con = duckdb.connect(str(copy))
    con.execute(f"DELETE FROM events WHERE {own}")
    con.execute(f"DELETE FROM mentions WHERE {own}")
    con.close()

    result = runner.invoke(app, ["recode", "--db", str(copy), "--doc-id", doc_id])
    assert result.exit_code == 0, result.output
    assert f"recoded 1 articles: events 0 -> {n}, 0 failed" in result.output
    assert _event_set(copy, "*", own) == before
    assert Counter(_rows(copy, f"SELECT * FROM mentions WHERE {own}")) == own_mentions
    assert _event_set(copy, "*", others) == other_events
    assert Counter(_rows(copy, f"SELECT * FROM mentions WHERE {others}")) == other_mentions


def test_recode_since_until_selects_articles_by_day(stores: Stores, copy: Path) -> None:
    days = Counter(r[0] for r in _rows(copy, "SELECT day FROM articles"))
    day, count = days.most_common(1)[0]
    with Store(copy) as store:
        summary = recode(store, since=day.isoformat(), until=day.isoformat())
    assert summary.articles == count < sum(days.values())


def test_recode_unknown_doc_id_changes_nothing(copy: Path) -> None:
    result = runner.invoke(app, ["recode", "--db", str(copy), "--doc-id", "0000000000000000"])
    assert result.exit_code == 1
    assert "0000000000000000" in result.output
    assert len(_rows(copy, "SELECT run_id FROM runs")) == 2  # no run begun


def test_recode_failure_keeps_old_events_and_is_recorded(copy: Path, tmp_path: Path) -> None:
    events = Counter(_rows(copy, "SELECT * FROM events"))
    missing = tmp_path / "no-such-dictionary.txt"
    broken = dataclasses.replace(Settings(), events=EventSettings(dictionaries=(str(missing),)))
    with Store(copy) as store:
        summary = recode(store, broken)
        failures = store.failures().to_pylist()
        runs = store.runs().to_pylist()
    articles = len(_rows(copy, "SELECT doc_id FROM articles"))
    assert (summary.articles, summary.failed) == (0, articles)
    assert summary.events_before == summary.events_after == sum(events.values())
    assert Counter(_rows(copy, "SELECT * FROM events")) == events
    assert {(f["source"], f["doc_id"], f["stage"]) for f in failures} == \
        {(d, d, "events") for (d,) in _rows(copy, "SELECT doc_id FROM articles")}
    assert all("dictionary" in f["message"] and f["run_id"] == runs[-1]["run_id"] for f in failures)
    assert runs[-1]["failed"] == articles


def test_recode_missing_db_exits_2_naming_the_path(tmp_path: Path) -> None:
    db = tmp_path / "nowhere" / "store.duckdb"
    result = runner.invoke(app, ["recode", "--db", str(db)])
    assert result.exit_code == 2
    assert str(db) in result.output.replace("\n", "")
    assert not db.exists() and not db.parent.exists()  # not created by the attempt


def test_recode_non_tidings_db_exits_2(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database\n")
    for db in (other, junk):
        result = runner.invoke(app, ["recode", "--db", str(db)])
        assert result.exit_code == 2, result.output
        assert "not a tidings store" in result.output and str(db) in result.output.replace("\n", "")
    assert _rows(other, "SELECT table_name FROM information_schema.tables") == [("t",)]


def test_recode_help_names_its_options() -> None:
    result = runner.invoke(app, ["recode", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--since", "--until", "--doc-id"):
        assert option in result.output
