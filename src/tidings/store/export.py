"""Exports of a store: every table as Parquet; events GDELT-style or PLOVER-style.

- ``export_tables(store, directory)``: ``<directory>/<table>.parquet`` for every table.
- ``export_gdelt(store, path, fmt)``: the 61 GDELT 2.0 event columns, with their names and in
  their order (``queries.GDELT_COLUMNS``), as ``csv`` (comma-separated, header row),
  ``parquet`` or ``jsonl``. Columns tidings has no value for are empty. Country codes are
  ISO 3166 alpha-3 in every column, including the ``*Geo_CountryCode`` ones where GDELT
  itself uses FIPS 10-4. ``GLOBALEVENTID`` is tidings' ``event_id`` (a string).
- ``export_plover(store, path)``: one JSON array of PLOVER-style event objects
  (``event_type``, ``mode``, ``source``/``target`` actor and agent, ``location``,
  ``date``, ``text``) with the CAMEO code, quad class and Goldstein score kept alongside.

Syndicated copies are left out (their article counts show in ``NumArticles``) unless
``include_duplicates=True``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.errors import StoreError
from tidings.store import queries

if TYPE_CHECKING:
    from tidings.store import Store

FORMATS = ("csv", "parquet", "jsonl", "plover")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting ``=``, ``+``, ``-``, ``@`` (or a
    tab or carriage return) gets a leading ``'``, unless it is a plain number such as ``-3.5``.
    Other values are returned unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        try:
            float(value)
            return value
        except ValueError:
            return "'" + value
    return value


def _json_default(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def export_tables(store: Store, directory: str | Path) -> list[Path]:
    """Write every store table as ``<directory>/<table>.parquet``; returns the files."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for name in queries.STORE_TABLES:
        path = directory / f"{name}.parquet"
        pq.write_table(queries.whole_table(store.con, name), path)
        out.append(path)
    return out


def export_gdelt(store: Store, path: str | Path, fmt: str = "csv", *, include_duplicates: bool = False) -> int:
    """Write the events in GDELT 2.0 layout; returns the number of events."""
    path = Path(path)
    table = queries.gdelt_events(store.con, include_duplicates=include_duplicates)
    assert tuple(table.column_names) == queries.GDELT_COLUMNS, "GDELT column order drifted"
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        pq.write_table(table, path)
    elif fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(table.column_names)
            for batch in table.to_batches(10_000):
                for row in zip(*(c.to_pylist() for c in batch.columns), strict=True):
                    writer.writerow("" if v is None else csv_cell(v) for v in row)
    elif fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for batch in table.to_batches(10_000):
                for row in batch.to_pylist():
                    fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    else:
        raise StoreError(f"unknown GDELT export format {fmt!r}; use csv, parquet or jsonl",
                         source=str(path), code="export.format")
    written: int = table.num_rows
    return written


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER-style object."""
    def actor(side: str) -> dict[str, Any] | None:
        if row[f"{side}_code"] is None:
            return None
        return {"actor": row[f"{side}_country"] or row[f"{side}_code"], "agent": row[f"{side}_role"],
                "code": row[f"{side}_code"], "name": row[f"{side}_name"], "text": row[f"{side}_text"]}

    return {
        "id": row["event_id"],
        "date": row["day"].isoformat() if row["day"] else None,
        "date_precision": row["date_precision"],
        "event_type": row["plover"],
        "mode": row["modality"],
        "context": [],
        "source": actor("source"),
        "target": actor("target"),
        "location": ({"name": row["place"], "country": row["place_country"], "lat": row["place_lat"],
                      "lon": row["place_lon"]} if row["place"] else None),
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "text": row["sentence"],
        "trigger": row["trigger"],
        "confidence": row["confidence"],
        "doc": {"doc_id": row["doc_id"], "url": row["url"], "title": row["title"], "site": row["site"]},
    }


def export_plover(store: Store, path: str | Path, *, include_duplicates: bool = False) -> int:
    """Write the events as one JSON array of PLOVER-style objects; returns their number."""
    path = Path(path)
    table: pa.Table = queries.plover_events(store.con, include_duplicates=include_duplicates)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for i, row in enumerate(table.to_pylist()):
            fh.write(("," if i else "") + "\n" + json.dumps(plover_record(row), ensure_ascii=False,
                                                            default=_json_default))
        fh.write("\n]\n")
    written: int = table.num_rows
    return written
