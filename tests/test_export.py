"""Exports that keep their meaning (issue 11): GDELT 2.0's own layout read back by DuckDB with
GDELT's column names and types, PLOVER records checked against the PLOVER data format, date
precision and modality kept, typed Parquet, and one event count everywhere."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.store import Store, views

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# ../shared beside the checkout (or two levels up)
CODEBOOK = next((p / "shared" / "benchmarks" / "plover_gsr" / "PLOVER_structured_codebook_updated.csv"
                 for p in (ROOT.parent, ROOT.parents[1]) if (p / "shared" / "benchmarks").is_dir()),
                ROOT.parent / "shared" / "missing")
runner = CliRunner()

#: GDELT 2.0's event columns and their types, written out from the GDELT 2.0 event codebook
#: (not from tidings' own tables, so that a drift in either shows).
_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = [("Type", "INTEGER"), ("FullName", "VARCHAR"), ("CountryCode", "VARCHAR"), ("ADM1Code", "VARCHAR"),
        ("ADM2Code", "VARCHAR"), ("Lat", "DOUBLE"), ("Long", "DOUBLE"), ("FeatureID", "VARCHAR")]
GDELT2 = {
    "GLOBALEVENTID": "BIGINT", "SQLDATE": "INTEGER", "MonthYear": "INTEGER", "Year": "INTEGER",
    "FractionDate": "DOUBLE",
    **{f"Actor{n}{f}": "VARCHAR" for n in (1, 2) for f in _ACTOR},
    "IsRootEvent": "INTEGER", "EventCode": "VARCHAR", "EventBaseCode": "VARCHAR", "EventRootCode": "VARCHAR",
    "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE", "NumMentions": "INTEGER", "NumSources": "INTEGER",
    "NumArticles": "INTEGER", "AvgTone": "DOUBLE",
    **{f"{g}_{f}": t for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f, t in _GEO},
    "DATEADDED": "BIGINT", "SOURCEURL": "VARCHAR",
}
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "future", "hypothetical", "reported", "negated"}
PROMISE = ("Germany promises air defence for Ukraine\n\n"
           "Germany promised to deliver air defence systems to Ukraine later this year, the defence "
           "ministry in Berlin said on Wednesday.\n\nThe systems are to be paid for from the federal budget.\n")


@dataclass
class Exported:
    db: Path
    out: Path
    summary: str


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    root = tmp_path_factory.mktemp("export")
    db = root / "example.duckdb"
    first = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert first.exit_code == 0, first.output
    page = root / "promise.txt"
    page.write_text(PROMISE, encoding="utf-8")
    got = runner.invoke(app, ["ingest", str(page), "--db", str(db), "--published", "2024-03-20"])
    assert got.exit_code == 0, got.output
    return Exported(db, root, " ".join(first.stderr.split()))


def _export(exported: Exported, name: str, *args: str) -> Path:
    out = exported.out / name
    result = runner.invoke(app, ["export", "--db", str(exported.db), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


def test_export_gdelt_layout_loads_with_gdelt_names_and_types(exported: Exported) -> None:
    path = _export(exported, "events.tsv", "--gdelt-layout")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    con = duckdb.connect()
    rel = con.sql(f"SELECT * FROM read_csv('{path}', delim='\t', header=false, columns={GDELT2!r})")
    assert [(c, str(t)) for c, t in zip(rel.columns, rel.types, strict=True)] == list(GDELT2.items())
    rows = rel.fetchall()
    assert len(rows) == len(lines)
    ids = [r[0] for r in rows]
    assert len(set(ids)) == len(ids) and all(isinstance(i, int) and i > 0 for i in ids)
    # Only asserted events: the layout has no column to say an event was only promised.
    with Store(exported.db, read_only=True) as store:
        asserted = store.events(modality="asserted", limit=None).num_rows
        everything = store.counts()["canonical_events"]
    assert len(rows) == asserted < everything
    sqldates = [r[1] for r in rows if r[1] is not None]
    assert sqldates and all(dt.datetime.strptime(str(d), "%Y%m%d") for d in sqldates)
    assert all(r[59] and len(str(r[59])) == 14 for r in rows)  # DATEADDED is YYYYMMDDHHMMSS
    every = _export(exported, "all.tsv", "--gdelt-layout", "--all-modalities")
    assert len(every.read_text(encoding="utf-8").splitlines()) == everything


def test_export_gdelt_columns_keep_modality_and_year_precision(exported: Exported) -> None:
    with _export(exported, "events.csv", "--format", "csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    promise = [r for r in rows if r["EventCode"].startswith("03") and r["Actor1Code"] == "DEU"
               and r["Actor2Code"] == "UKR"]
    assert promise, "the coder no longer finds Germany's promise to Ukraine"
    row = promise[0]
    # the promise is made when said (asserted); "later this year" dates what it promises
    assert row["Modality"] == "asserted"
    # "later this year": the year is known, the day and the month are not; not 1 January.
    assert (row["DatePrecision"], row["Year"], row["MonthYear"], row["SQLDATE"]) == ("year", "2024", "", "")
    assert all(r["Modality"] in MODALITIES for r in rows)
    assert all(r["Confidence"] == "" or 0.0 <= float(r["Confidence"]) <= 1.0 for r in rows)


def test_export_parquet_types_all_null_columns_as_gdelt_does(exported: Exported) -> None:
    schema = pq.read_schema(_export(exported, "events.parquet", "--format", "parquet"))
    assert str(schema.field("Actor1Geo_Lat").type) == "double"
    assert str(schema.field("Actor2Geo_Type").type) == "int32"
    assert str(schema.field("AvgTone").type) == "double"
    assert str(schema.field("GLOBALEVENTID").type) == "int64"
    assert str(schema.field("SQLDATE").type) == "int32"


def _plover_modes() -> dict[str, set[str]]:
    """PLOVER's modes per event type, from the structured PLOVER codebook."""
    modes: dict[str, set[str]] = {}
    with CODEBOOK.open(newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            modes.setdefault(rec["event"].strip(), set()).add(rec["mode"].strip())
    return modes


def test_export_plover_records_follow_the_plover_data_format(exported: Exported) -> None:
    path = _export(exported, "plover.json", "--format", "plover")
    records = json.loads(path.read_text(encoding="utf-8"))
    assert records
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    modes = _plover_modes() if CODEBOOK.is_file() else {}
    for r in records:
        # The required fields of the PLOVER JSON format: id, date, source, event.
        assert isinstance(r["id"], str) and r["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"])
        assert isinstance(r["source"], list) and all(isinstance(a, dict) and a["code"] for a in r["source"])
        assert isinstance(r["event"], list) and len(r["event"]) == 1 and r["event"][0] in PLOVER_TYPES
        assert isinstance(r["recipient"], list)
        assert r["modality"] in MODALITIES and r["mode"] not in MODALITIES
        if r["mode"] is not None and modes:
            assert r["mode"] in modes[r["event"][0]], (r["event"], r["mode"])
        assert isinstance(r["context"], list) and all(isinstance(c, str) for c in r["context"])
        if "enddate" in r:
            assert r["date"] < r["enddate"]
    promise = next(r for r in records if r["event"] == ["AGREE"] and r["source"][0]["code"] == "DEU")
    assert (promise["date"], promise["enddate"], promise["modality"]) == ("2024-01-01", "2024-12-31", "asserted")
    assert any(r["mode"] for r in records), "no event carries a PLOVER mode"
    assert any(r["context"] for r in records), "no event carries a PLOVER context"


def test_export_out_dash_writes_standard_output_not_a_file(exported: Exported, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "--db", str(exported.db), "--format", "jsonl", "--out", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {"GLOBALEVENTID", "Modality"} <= set(rows[0])


def test_export_out_into_a_missing_folder_is_a_usage_error(exported: Exported, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "events.csv"
    result = runner.invoke(app, ["export", "--db", str(exported.db), "--format", "csv", "--out", str(out)])
    assert result.exit_code == 2
    assert "does not exist" in " ".join(result.stderr.replace("│", " ").split())
    assert not out.parent.exists()


def test_event_count_is_one_number_everywhere(exported: Exported) -> None:
    with Store(exported.db, read_only=True) as store:
        con = store.con.cursor()
        web = views.counts(con)
        canonical = store.counts()["canonical_events"]
        listed = store.events(limit=None).num_rows
        _, total = views.events(con, views.EventFilter(), limit=1, offset=0)
    exported_rows = len(_export(exported, "count.csv", "--format", "csv").read_text(encoding="utf-8").splitlines()) - 1
    assert web["events"] == canonical == listed == total == exported_rows
    # The example corpus has a syndicated copy: its events are the other number, labelled so.
    assert web["events_including_copies"] > web["events"]
    # The ingest summary (before the second page) names both numbers, the other one labelled.
    assert re.search(r"\d+ articles, (\d+) events \((\d+) including syndicated copies\)", exported.summary)


def test_latest_events_are_dated(exported: Exported, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    undated = tmp_path / "undated.txt"
    undated.write_text("Border talks resume\n\nArmenian and Azerbaijani negotiators met in Brussels to "
                       "resume border talks, the European Union said.\n\nNo date was set for the next round.\n",
                       encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(EXAMPLES / "kyiv-drone-strikes.html"), str(undated),
                               "--db", str(db)]).exit_code == 0
    with Store(db, read_only=True) as store:
        everything = store.events(limit=None).to_pylist()
        latest = views.latest_events(store.con.cursor(), limit=50)
    undated_ids = {e["event_id"] for e in everything if e["day"] is None}
    assert undated_ids, "the undated page gave no events"
    assert latest and not undated_ids & {e["event_id"] for e in latest}
    assert all(dt.date.fromisoformat(e["day"]) for e in latest)


def test_dashboard_and_api_count_canonical_events(exported: Exported) -> None:
    import warnings

    with warnings.catch_warnings():
        # Starlette asks for httpx2 in a UserWarning at import; the client itself is unchanged.
        warnings.filterwarnings("ignore", message="Using `httpx` with", category=UserWarning)
        from starlette.testclient import TestClient

    from tidings.api import create_app
    from tidings.api.settings import WebSettings
    from tidings.config import Settings

    with Store(exported.db, read_only=True) as store:
        canonical, every = store.counts()["canonical_events"], store.counts()["events"]
    with TestClient(create_app(Settings(), web=WebSettings(db=str(exported.db)))) as client:
        counts = client.get("/api/counts").json()
        home = client.get("/").text
    assert (counts["events"], counts["events_including_copies"]) == (canonical, every)
    assert f"{every} including syndicated copies" in home
    assert f"<strong>{canonical}</strong> events" in home
