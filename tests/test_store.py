"""The store on real DuckDB files: schema, the writer's guarantees, the named queries."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from tidings.config import Settings
from tidings.errors import StoreError
from tidings.model import Actor, Article, Document, Event, Failure, Result
from tidings.store import Store
from tidings.store.schema import SCHEMA_VERSION
from tidings.store.writer import results_to_tables

ARM = Actor("ARMMIL", "Armenia", "ARM", "MIL")
AZE = Actor("AZEGOV", "Azerbaijan", "AZE", "GOV")

BODY = ("Armenian forces attacked Azerbaijani positions near the border on Monday, officials in Baku said. "
        "The defence ministry in Yerevan denied the report and accused Baku of provoking the clash. "
        "Diplomats from both countries are due to meet in Brussels later this week to discuss a peace deal.")


def _result(body: str, *, day: str, source: str, site: str = "Example News", events: int = 1,
            quad: int = 4) -> Result:
    doc = Document(source=source, content=f"<p>{body}</p><!-- {source} -->".encode())
    art = Article(title=body.split(",")[0], paragraphs=tuple(body.split(". ")), source=source,
                  site_name=site, published=day, doc_id=doc.doc_id)
    evs = tuple(
        Event(source=ARM, target=AZE, source_text="Armenian forces", target_text="Azerbaijani positions",
              cameo="190" if quad == 4 else "036", plover="ASSAULT" if quad == 4 else "CONSULT",
              quad_class=quad, goldstein=-10.0 if quad == 4 else 4.0, modality="asserted",
              sentence=body.split(". ")[0], sentence_index=0, span=(0, 40), rule="test", date=day,
              doc_id=doc.doc_id)
        for _ in range(events)
    )
    return Result(document=doc, article=art, events=evs)


def test_store_new_file_has_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "c.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT max(version) FROM migrations").fetchall()[0] == (SCHEMA_VERSION,)
    con.close()


def test_store_read_only_missing_file_is_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "none.duckdb", read_only=True)
    assert info.value.code == "store.not_found"


def test_store_write_twice_stores_once(tmp_path: Path) -> None:
    results = [_result(BODY, day="2024-05-06", source="a.html"),
               _result(BODY.replace("Monday", "Tuesday").replace("peace deal", "treaty") + " Extra words here.",
                       day="2024-05-07", source="b.html")]
    with Store(tmp_path / "c.duckdb") as store:
        run = store.begin_run(Settings())
        first = store.write(results, run)
        again = store.write(results, run)
        store.finish_run(run, first + again)
        assert (first.stored, again.stored, again.skipped) == (2, 0, 2)
        assert store.counts()["documents"] == 2
        assert store.runs().to_pylist()[0]["stored"] == 2


def test_store_exact_copy_links_to_canonical_and_is_not_counted(tmp_path: Path) -> None:
    original = _result(BODY, day="2024-05-06", source="wire.html", site="Wire")
    copy = _result(BODY.upper(), day="2024-05-06", source="copy.html", site="Other Paper")
    with Store(tmp_path / "c.duckdb") as store:
        summary = store.write([original, copy])
        assert (summary.stored, summary.duplicates) == (2, 1)
        art = store.article(copy.document.doc_id)
        assert (art["canonical_id"], art["dup_kind"]) == (original.document.doc_id, "exact")
        assert store.article(original.document.doc_id)["copies"] == [copy.document.doc_id]
        assert store.dyad("ARM", "AZE")["events"].to_pylist() == [1]
        assert store.dyad("ARM", "AZE", include_duplicates=True)["events"].to_pylist() == [2]


def test_store_near_copy_found_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.write([_result(BODY, day="2024-05-06", source="wire.html")])
    edited = BODY + " This report first appeared on the wire."
    with Store(path) as store:  # a new process: the dedup state comes from the file
        summary = store.write([_result(edited, day="2024-05-06", source="edited.html")])
        art = store.articles().to_pylist()
    assert summary.duplicates == 1
    kinds = {a["source"]: (a["dup_kind"], a["dup_score"]) for a in art}
    assert kinds["edited.html"][0] == "near" and kinds["edited.html"][1] >= Settings().dedup.threshold
    assert kinds["wire.html"] == (None, None)


def test_store_failures_recorded_once_with_reason(tmp_path: Path) -> None:
    bad = Document(source="empty.html", content=b"")
    failed = Result(document=bad, failure=Failure("empty.html", "extract", "extract.empty", "the page is empty",
                                                   bad.doc_id))
    with Store(tmp_path / "c.duckdb") as store:
        store.write([failed])
        store.write([failed])
        rows = store.failures().to_pylist()
    assert [(r["source"], r["code"], r["message"]) for r in rows] == [("empty.html", "extract.empty",
                                                                       "the page is empty")]


def test_store_event_filters_combine(tmp_path: Path) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        store.write([_result(BODY, day="2024-05-06", source="a.html", quad=4, events=2),
                     _result("Armenia and Azerbaijan held talks in Brussels about a peace treaty, "
                             "with both foreign ministers present and European mediators.",
                             day="2024-05-09", source="b.html", quad=1)])
        assert store.events().num_rows == 3
        assert store.events(quad=1).num_rows == 1
        assert store.events(cameo="19").num_rows == 2
        assert store.events(plover="consult", since="2024-05-08").num_rows == 1
        assert store.events(dyad="AZE,ARM", until="2024-05-07").num_rows == 2
        assert store.events(actor="USA").num_rows == 0
        assert store.events(text="talks").num_rows == 1
        weekly = store.dyad("ARM", "AZE", by="week").to_pylist()
        assert sum(r["events"] for r in weekly) == 3
        assert weekly[0]["material_conflict"] == 2


def test_store_read_only_rejects_writes(tmp_path: Path) -> None:
    path = tmp_path / "c.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(StoreError) as info:
        store.begin_run()
    assert info.value.code == "store.read_only"


def test_store_load_parquet_from_worker_tables(tmp_path: Path) -> None:
    parts = tmp_path / "parts"
    for i, name in enumerate(("a.html", "b.html")):
        body = BODY if i == 0 else "A trade dispute over steel tariffs escalated between the two partners."
        tables = results_to_tables([_result(body, day="2024-05-06", source=name)])
        for table, data in tables.items():
            (parts / table).mkdir(parents=True, exist_ok=True)
            pq.write_table(data, parts / table / f"part-{i}.parquet")
    with Store(tmp_path / "c.duckdb") as store:
        summary = store.load_parquet(parts)
        assert (summary.stored, store.counts()["events"]) == (2, 2)
        assert store.load_parquet(parts).stored == 0


def test_store_raw_bytes_round_trip(tmp_path: Path) -> None:
    r = _result(BODY, day="2024-05-06", source="a.html")
    with Store(tmp_path / "c.duckdb") as store:
        store.write([r])
        assert store.raw(r.document.doc_id) == r.document.content
