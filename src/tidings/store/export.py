"""Exports of a store: every table as Parquet; events GDELT-style or PLOVER-style.

- ``export_tables(store, directory)``: ``<directory>/<table>.parquet`` for every table.
- ``export_gdelt(store, out, fmt)``: the 61 GDELT 2.0 event columns, with their names, types
  and order (``queries.GDELT_COLUMNS``, ``queries.GDELT_TYPES``), then what GDELT has no
  column for and an analyst needs: ``Modality`` (a promise or a report is not a thing that
  happened), ``DatePrecision``, tidings' ``EventId`` and, when the coder gives one,
  ``Confidence``. As ``csv`` (comma-separated, header row), ``parquet`` or ``jsonl``.
- ``export_gdelt_layout(store, out)``: GDELT 2.0's own file layout, for the tools that read
  GDELT files: tab-separated, no header, the 61 columns only, integer ``GLOBALEVENTID``,
  ``YYYYMMDD`` dates. Only asserted events unless other modalities are asked for, since
  the layout has no column to say an event was only promised, supposed or denied.
- ``export_plover(store, out)``: one JSON array of records in the PLOVER data format
  (``id``, ``date``, ``source``, ``event`` required; ``recipient``, ``mode`` (PLOVER's
  sub-type of the event, e.g. ``visit``), ``context``, ``event_loc``, ``event_text``,
  ``quad_code``, ``event_scale``, ``text``, ``cite_info``), with tidings' ``modality``,
  ``date_precision`` and ``cameo`` in fields of their own.

In every export country codes are ISO 3166 alpha-3, including the ``*Geo_CountryCode``
columns where GDELT itself uses FIPS 10-4. A date keeps its precision: a month or a year
is not its first day (``SQLDATE`` is empty; PLOVER's ``date``..``enddate`` span the
period). Syndicated copies are left out (their articles count in ``NumArticles``) unless
``include_duplicates=True``. ``out`` is a path or an open text stream (standard output).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.errors import StoreError
from tidings.store import queries

if TYPE_CHECKING:
    from tidings.store import Store

FORMATS = ("csv", "parquet", "jsonl", "plover")
#: The modalities the GDELT layout keeps by default: what the text says happened.
ASSERTED = ("asserted",)


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


def _open(out: str | Path | IO[str]) -> tuple[IO[str], bool]:
    """(a text stream, whether this call opened it) for a path or a stream."""
    if isinstance(out, (str, Path)):
        return Path(out).open("w", newline="", encoding="utf-8"), True
    return out, False


def export_tables(store: Store, directory: str | Path) -> list[Path]:
    """Write every store table as ``<directory>/<table>.parquet``; returns the files."""
    directory = Path(directory)
    directory.mkdir(exist_ok=True)
    out = []
    for name in queries.STORE_TABLES:
        path = directory / f"{name}.parquet"
        pq.write_table(queries.whole_table(store.con, name), path)
        out.append(path)
    return out


def export_gdelt(store: Store, out: str | Path | IO[str], fmt: str = "csv", *,
                 include_duplicates: bool = False) -> int:
    """Write the events in the GDELT 2.0 columns plus ``queries.GDELT_EXTRA``; returns the
    number of events."""
    table = queries.gdelt_events(store.con, include_duplicates=include_duplicates)
    assert tuple(table.column_names[:61]) == queries.GDELT_COLUMNS, "GDELT column order drifted"
    if fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise StoreError("Parquet is written to a file, not to standard output", source="-",
                             code="export.stdout")
        pq.write_table(table, out)
    elif fmt == "csv":
        fh, mine = _open(out)
        try:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(table.column_names)
            for batch in table.to_batches(10_000):
                for row in zip(*(c.to_pylist() for c in batch.columns), strict=True):
                    writer.writerow("" if v is None else csv_cell(v) for v in row)
        finally:
            if mine:
                fh.close()
    elif fmt == "jsonl":
        fh, mine = _open(out)
        try:
            for batch in table.to_batches(10_000):
                for row in batch.to_pylist():
                    fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
        finally:
            if mine:
                fh.close()
    else:
        raise StoreError(f"unknown GDELT export format {fmt!r}; use csv, parquet or jsonl",
                         source=str(out), code="export.format")
    written: int = table.num_rows
    return written


def _tsv_field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    # GDELT's files have no quoting: a tab or a line break inside a field would shift columns.
    return " ".join(str(value).replace("\t", " ").splitlines())


def export_gdelt_layout(store: Store, out: str | Path | IO[str], *, include_duplicates: bool = False,
                        modalities: tuple[str, ...] | None = ASSERTED) -> int:
    """Write the events in GDELT 2.0's own layout (tab-separated, no header, the 61 columns);
    only the events of ``modalities`` (asserted ones by default; None for all). Returns the
    number of events."""
    table = queries.gdelt_events(store.con, include_duplicates=include_duplicates, modalities=modalities,
                                 extra=False)
    assert tuple(table.column_names) == queries.GDELT_COLUMNS, "GDELT column order drifted"
    fh, mine = _open(out)
    try:
        for batch in table.to_batches(10_000):
            for row in zip(*(c.to_pylist() for c in batch.columns), strict=True):
                fh.write("\t".join(_tsv_field(v) for v in row) + "\n")
    finally:
        if mine:
            fh.close()
    written: int = table.num_rows
    return written


# -- PLOVER ---------------------------------------------------------------------------------

#: PLOVER contexts a CAMEO code's own words name (the coder's rows say no more than that).
_CONTEXT_WORDS = (
    ("militar", "military"), ("armed forces", "military"), ("peacekeep", "peacekeeping"),
    ("artillery", "military"), ("aerial", "military"), ("blockade", "military"), ("truce", "military"),
    ("ceasefire", "military"), ("occupy", "military"), ("weapons", "military"), ("econom", "economic"),
    ("embargo", "economic"), ("humanitarian", "humanitarian"), ("judicial", "legal"), ("lawsuit", "legal"),
    ("legal", "legal"), ("crime", "legal"), ("arrest", "legal"), ("intelligence", "intelligence"),
    ("espionage", "intelligence"), ("diplomatic", "diplomatic"), ("mediat", "diplomatic"),
    ("rights", "rights_freedoms"), ("political freedoms", "rights_freedoms"),
    ("regime", "political_institutions"), ("leadership", "political_institutions"), ("cyber", "cyber"),
    ("asylum", "asylum"),
)


def plover_context(cameo: str | None, source_role: str | None = None, target_role: str | None = None) -> list[str]:
    """The PLOVER contexts the coder knows for an event: those its CAMEO code's label names
    (military aid, economic cooperation, judicial matters, ...) and ``military`` when a side
    is a military. Empty when nothing says."""
    from tidings.events.cameo import describe

    found: list[str] = []
    label = describe(cameo).label.lower() if cameo else ""
    for word, context in _CONTEXT_WORDS:
        if word in label and context not in found:
            found.append(context)
    if "MIL" in (source_role, target_role) and "military" not in found:
        found.append("military")
    return found


def _period(day: dt.date, precision: str | None) -> tuple[str, str | None]:
    """(date, enddate) of PLOVER for a day known to ``precision``: a month or a year spans
    its first to its last day; a week its Monday to its Sunday."""
    if precision == "year":
        return dt.date(day.year, 1, 1).isoformat(), dt.date(day.year, 12, 31).isoformat()
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1).isoformat(), day.replace(day=last).isoformat()
    if precision == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    return day.isoformat(), None


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event (a ``queries.plover_events`` row) as a PLOVER record."""
    from tidings import __version__
    from tidings.events.cameo import describe

    def actors(side: str) -> list[dict[str, Any]]:
        if row[f"{side}_code"] is None:
            return []
        return [{"code": row[f"{side}_country"] or row[f"{side}_code"], "sector": row[f"{side}_role"],
                 "actor_text": row[f"{side}_text"], "name": row[f"{side}_name"], "cameo_code": row[f"{side}_code"]}]

    date, enddate = _period(row["day"], row["date_precision"])
    mode = describe(row["cameo"]).plover_mode if row["cameo"] else ""
    record: dict[str, Any] = {
        "id": row["event_id"],
        "date": date,
        "source": actors("source"),
        "recipient": actors("target"),
        "event": [row["plover"]],
        "mode": mode or None,
        "context": plover_context(row["cameo"], row["source_role"], row["target_role"]),
        "modality": row["modality"],
        "date_precision": row["date_precision"] or "day",
        "event_loc": ({"placename": row["place"], "country_code": row["place_country"], "lat": row["place_lat"],
                       "lon": row["place_lon"]} if row["place"] else None),
        "event_text": [row["trigger"]] if row["trigger"] else [],
        "quad_code": row["quad_class"],
        "event_scale": row["goldstein"],
        "cameo": row["cameo"],
        "text": row["sentence"],
        "cite_info": {"doc_id": row["doc_id"], "url": row["url"], "title": row["title"],
                      "publication": row["site"], "published": row["published"]},
        "coder": f"tidings {__version__}",
    }
    if enddate:
        record["enddate"] = enddate
    if "confidence" in row:
        record["confidence"] = row["confidence"]
    return record


def export_plover(store: Store, out: str | Path | IO[str], *, include_duplicates: bool = False) -> tuple[int, int, int]:
    """Write the events as one JSON array of PLOVER records. PLOVER requires a date and an
    event type, so undated events and those with no PLOVER type (CAMEO 01, public
    statements) are left out. Returns (written, left out undated, left out without a type)."""
    table: pa.Table = queries.plover_events(store.con, include_duplicates=include_duplicates)
    written = undated = untyped = 0
    fh, mine = _open(out)
    try:
        fh.write("[")
        for row in table.to_pylist():
            if row["day"] is None:
                undated += 1
                continue
            if not row["plover"]:
                untyped += 1
                continue
            fh.write(("," if written else "") + "\n" + json.dumps(plover_record(row), ensure_ascii=False,
                                                                  default=_json_default))
            written += 1
        fh.write("\n]\n")
    finally:
        if mine:
            fh.close()
    return written, undated, untyped
