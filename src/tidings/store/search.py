"""An in-memory word index over the articles' titles and bodies, for search under load.

``views.search`` scans every article's text with ``ILIKE`` for each query: fine for a few
thousand articles, a full scan of the corpus per request beyond (DuckDB's full-text extension
is not in its wheel and would have to be downloaded, which a server must not do). This index
keeps, for each lower-cased word (``[\\w'-]+``), the sorted ordinals of the articles whose
title or body holds it, and for the title alone; a query intersects the lists of its words.

Semantics: every query word must be a whole word of the title or body (case-insensitive);
articles with more query words in their title come first, then the newest (day, then doc_id),
as ``views.search`` orders them. The fields of a result row and the text (zlib-compressed,
about a third of its size) are kept too, so a search never queries the store: an ``IN`` list
of doc_ids is a scan of the table in DuckDB, not a key lookup.

The index is built from the store once, then brought up to date by adding the articles it
has not seen (articles are only ever added); ``refresh`` does that, and is cheap when nothing
changed. A built snapshot is never modified, so queries run on it from any thread.
"""

from __future__ import annotations

import re
import threading
import zlib
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt

WORD = re.compile(r"[\w'-]+")
#: Most words of a query used (the rest are ignored, as in ``views.search``).
MAX_TERMS = 8
_BATCH = 5_000

IntArray = npt.NDArray[np.int32]


def words(text: str) -> set[str]:
    """The distinct lower-cased words of ``text``."""
    return set(WORD.findall(text.lower()))


@dataclass
class _Snapshot:
    doc_ids: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # (title, site, url, published, day, zlib text)
    ordinal: dict[str, int] = field(default_factory=dict)
    rank: IntArray = field(default_factory=lambda: np.zeros(0, np.int32))  # 0 = newest
    any_word: dict[str, IntArray] = field(default_factory=dict)
    title_word: dict[str, IntArray] = field(default_factory=dict)


class SearchIndex:
    """Words -> articles, built from a store connection and refreshed on demand."""

    def __init__(self) -> None:
        self._snap = _Snapshot()
        self._lock = threading.Lock()
        self._days: list[Any] = []

    @property
    def size(self) -> int:
        return len(self._snap.doc_ids)

    def refresh(self, con: duckdb.DuckDBPyConnection) -> int:
        """Add the articles of the store the index does not hold yet; returns how many."""
        with self._lock:
            snap = self._snap
            have = len(snap.doc_ids)
            count = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
            if int(count) == have:
                return 0
            known = snap.ordinal
            doc_ids = list(snap.doc_ids)
            kept = list(snap.rows)
            ordinal = dict(known)
            days = list(self._days)
            any_new: dict[str, list[int]] = {}
            title_new: dict[str, list[int]] = {}
            cur = con.execute("SELECT doc_id, day, title, text, site, url, published FROM articles")
            while rows := cur.fetchmany(_BATCH):
                for doc_id, day, title, text, site, url, published in rows:
                    if doc_id in known:
                        continue
                    n = len(doc_ids)
                    doc_ids.append(doc_id)
                    kept.append((title, site, url, published, day, zlib.compress((text or "").encode(), 1)))
                    ordinal[doc_id] = n
                    days.append(day)
                    in_title = words(title or "")
                    for w in in_title:
                        title_new.setdefault(w, []).append(n)
                    for w in in_title | words(text or ""):
                        any_new.setdefault(w, []).append(n)
            added = len(doc_ids) - have
            # New ordinals are all larger than the old ones, so appending keeps lists sorted.
            any_word = _merge(snap.any_word, any_new)
            title_word = _merge(snap.title_word, title_new)
            order = sorted(range(len(doc_ids)), key=lambda i: (days[i] is None, _neg_day(days[i]), doc_ids[i]))
            rank = np.empty(len(doc_ids), np.int32)
            rank[np.array(order, dtype=np.int64)] = np.arange(len(doc_ids), dtype=np.int32)
            self._days = days
            self._snap = _Snapshot(doc_ids, kept, ordinal, rank, any_word, title_word)
            return added

    def search(self, query: str, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        """One page of result rows for ``query`` (as ``views.search`` gives them, snippet
        included), best first, and the number of matches: from memory, no store query."""
        from tidings.store.views import search_row

        snap = self._snap
        ids, total = self.query(query, limit=limit, offset=offset)
        first = (WORD.findall(query.lower()) or [""])[0]
        out = []
        for doc_id in ids:
            title, site, url, published, day, packed = snap.rows[snap.ordinal[doc_id]]
            row = {"doc_id": doc_id, "title": title, "site": site, "url": url, "published": published,
                   "day": day, "text": zlib.decompress(packed).decode()}
            out.append(search_row(row, first))
        return out, total

    def query(self, query: str, *, limit: int, offset: int) -> tuple[list[str], int]:
        """The doc_ids of one page of matches for ``query`` (every word a whole word of the
        title or body), best first, and the number of matches."""
        snap = self._snap
        terms = list(dict.fromkeys(WORD.findall(query.lower())))[:MAX_TERMS]
        if not terms:
            return [], 0
        lists = []
        for term in terms:
            found = snap.any_word.get(term)
            if found is None:
                return [], 0
            lists.append(found)
        lists.sort(key=len)
        hits = lists[0]
        for other in lists[1:]:
            hits = np.intersect1d(hits, other, assume_unique=True)
            if not len(hits):
                return [], 0
        title_hits = np.zeros(len(hits), np.int32)
        for term in terms:
            in_title = snap.title_word.get(term)
            if in_title is not None:
                title_hits += np.isin(hits, in_title, assume_unique=True).astype(np.int32)
        order = np.lexsort((snap.rank[hits], -title_hits))
        page = hits[order[offset:offset + limit]]
        return [snap.doc_ids[int(i)] for i in page], len(hits)


def _neg_day(day: Any) -> int:
    return -day.toordinal() if day is not None else 0


def _merge(old: dict[str, IntArray], new: dict[str, list[int]]) -> dict[str, IntArray]:
    if not old:
        return {w: np.array(v, np.int32) for w, v in new.items()}
    out = dict(old)
    for w, v in new.items():
        extra = np.array(v, np.int32)
        out[w] = np.concatenate((old[w], extra)) if w in old else extra
    return out
