"""Rendering records for the terminal: JSON (one array), JSON Lines, CSV and Rich tables.

Shared by every command that prints rows, so that ``--format`` means the same everywhere.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ",".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def to_json(records: Sequence[Mapping[str, Any]]) -> str:
    """One JSON array."""
    return json.dumps(list(records), ensure_ascii=False, indent=2, default=str)


def to_jsonl(records: Iterable[Mapping[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)


def to_csv(records: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    from tidings.store.export import csv_cell

    cols = list(columns or (records[0].keys() if records else []))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(cols)
    for r in records:
        writer.writerow([csv_cell(_cell(r.get(c))) for c in cols])
    return buf.getvalue()


def print_table(
    records: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    *,
    title: str | None = None,
    max_width: int = 60,
) -> None:
    """Print a Rich table to stdout (data goes to stdout, even as a table)."""
    from rich.console import Console
    from rich.table import Table

    cols = list(columns or (records[0].keys() if records else []))
    table = Table(title=title, show_lines=False, header_style="bold")
    for c in cols:
        table.add_column(c, overflow="fold", max_width=max_width)
    for r in records:
        table.add_row(*(_cell(r.get(c)) for c in cols))
    import shutil
    import sys

    # Piped output has no terminal width; Rich would squeeze the table into 80 columns.
    width = None if sys.stdout.isatty() else max(shutil.get_terminal_size((160, 24)).columns, 160)
    Console(soft_wrap=False, width=width).print(table)
