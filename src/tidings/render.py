"""Rendering records for the terminal: JSON (one array), JSON Lines, CSV and Rich tables.

Shared by every command that prints rows, so that ``--format`` means the same everywhere.
Tables fit the terminal (``COLUMNS``, else the terminal's width, else 100 columns when the
output is piped): a code, a number or a date is never wrapped; the one free-text column
(a sentence, a title, a message) wraps; when even that does not fit, the columns of lowest
priority are left out and the caption says which (``--format csv`` has them all).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: The width a piped table is drawn at when ``COLUMNS`` is not set.
PIPED_WIDTH = 100
#: Output formats of the commands that print rows.
FORMATS = ("table", "json", "jsonl", "csv")


@dataclass(frozen=True)
class Column:
    """One column of a terminal table.

    Attributes:
        key: the record key shown.
        priority: columns of lower priority are left out first when the table is too wide.
        wrap: the column holds free text and may wrap (at ``min_width`` or more).
        header: the heading (``key`` by default).
        min_width: the narrowest a wrapping column is drawn.
        right: right-justified (numbers).
    """

    key: str
    priority: int = 5
    wrap: bool = False
    header: str | None = None
    min_width: int = 24
    right: bool = False


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


def terminal_width() -> int:
    """``COLUMNS`` when set, else the terminal's width, else ``PIPED_WIDTH``."""
    return max(shutil.get_terminal_size((PIPED_WIDTH, 24)).columns, 20)


def _need(records: Sequence[Mapping[str, Any]], c: Column) -> int:
    """The width column ``c`` needs: its longest cell, or at most ``min_width`` if it wraps."""
    from rich.cells import cell_len

    natural = max([cell_len(c.header or c.key), *(cell_len(" ".join(_cell(r.get(c.key)).split())) for r in records)])
    return min(natural, c.min_width) if c.wrap else natural


def fit_columns(
    records: Sequence[Mapping[str, Any]], columns: Sequence[Column], width: int
) -> tuple[list[Column], list[Column]]:
    """(the columns shown, the columns left out) so that the table fits ``width``: the
    lowest-priority columns go first (the later of two equals first)."""
    def need(c: Column) -> int:
        return _need(records, c)

    shown = list(columns)
    dropped: list[Column] = []
    # Rich's default box: one border before each column and one after the last, and one
    # space of padding on either side of a cell.
    while len(shown) > 1 and sum(need(c) + 3 for c in shown) + 1 > width:
        victim = min(reversed(shown), key=lambda c: c.priority)
        shown.remove(victim)
        dropped.append(victim)
    return shown, dropped


def print_table(
    records: Sequence[Mapping[str, Any]],
    columns: Sequence[Column | str] | None = None,
    *,
    title: str | None = None,
    width: int | None = None,
) -> None:
    """Print a Rich table to stdout (data goes to stdout, even as a table), fitted to the
    terminal's width (see the module docstring)."""
    from rich.console import Console
    from rich.table import Table

    width = width or terminal_width()
    given = list(columns or (records[0].keys() if records else []))
    cols = [c if isinstance(c, Column) else Column(c) for c in given]
    shown, dropped = fit_columns(records, cols, width)
    caption = None
    if dropped:
        caption = f"not shown: {', '.join(c.key for c in dropped)} (--format csv has every column)"
    table = Table(title=title, caption=caption, show_lines=False, header_style="bold")
    for c in shown:
        if c.wrap:
            table.add_column(c.header or c.key, overflow="fold", min_width=_need(records, c))
        else:
            table.add_column(c.header or c.key, no_wrap=True, overflow="ellipsis",
                             justify="right" if c.right else "left")
    for r in records:
        # A cell is one line of text: the sentence's own line breaks would only waste rows.
        table.add_row(*(" ".join(_cell(r.get(c.key)).split()) for c in shown))
    Console(soft_wrap=False, width=width, highlight=False).print(table)


def print_records(
    records: Sequence[Mapping[str, Any]],
    output_format: str,
    columns: Sequence[Column | str] | None = None,
    *,
    title: str | None = None,
) -> None:
    """Print rows as ``table`` (a fitted Rich table of ``columns``), ``json`` (one array),
    ``jsonl`` (one object a line) or ``csv`` (every key, a header row)."""
    import sys

    if output_format == "json":
        sys.stdout.write(to_json(records) + "\n")
    elif output_format == "jsonl":
        sys.stdout.write(to_jsonl(records))
    elif output_format == "csv":
        sys.stdout.write(to_csv(records))
    elif output_format == "table":
        print_table(records, columns, title=title)
    else:
        raise ValueError(f"unknown output format {output_format!r}; use one of {', '.join(FORMATS)}")
