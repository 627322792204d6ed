"""Which copy of a syndicated article is the original: the earliest published.

The writer links a copy to the first article *seen* with that body (it cannot know a later
page will carry an earlier date). ``reorder_originals`` then makes the earliest-published
member of each group of copies its original (publication day, then the publication
timestamp when the page gave one), and moves the links, the events' ``is_duplicate`` flags and
the MinHash signature with it. Copies that carry the same date leave the date nothing to
decide: the one seen first stays the original. ``Store.refresh_stories`` runs it
before clustering, so stories are built over the originals.
"""

from __future__ import annotations

import duckdb

from tidings.config import DedupSettings
from tidings.dedup import minhash, signature_bytes
from tidings.store.schema import execute


def misplaced_originals(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(current original, earliest-published member) of each group where they differ."""
    rows = con.execute(
        """WITH g AS (
               SELECT coalesce(canonical_id, doc_id) AS grp, doc_id, day, published
               FROM articles
               WHERE canonical_id IS NOT NULL
                  OR doc_id IN (SELECT canonical_id FROM articles WHERE canonical_id IS NOT NULL))
           SELECT grp, arg_min(doc_id, (day, coalesce(published, '~'), doc_id <> grp, doc_id)) AS first
           FROM g GROUP BY grp HAVING grp <> first ORDER BY grp"""
    ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def reorder_originals(con: duckdb.DuckDBPyConnection, settings: DedupSettings) -> int:
    """Make the earliest-published copy the original in every group; returns how many groups
    changed. Runs in the caller's transaction."""
    moves = misplaced_originals(con)
    for old, new in moves:
        row = con.execute("SELECT dup_kind, dup_score, text FROM articles WHERE doc_id = ?", [new]).fetchone()
        kind, score, text = row if row else ("near", None, "")
        execute(con, "UPDATE articles SET canonical_id = ? WHERE canonical_id = ? AND doc_id <> ?", [new, old, new])
        execute(con, "UPDATE articles SET canonical_id = ?, dup_kind = ?, dup_score = ? WHERE doc_id = ?",
                [new, kind, score, old])
        execute(con, "UPDATE articles SET canonical_id = NULL, dup_kind = NULL, dup_score = NULL WHERE doc_id = ?",
                [new])
        execute(con, "UPDATE events SET is_duplicate = (doc_id <> ?) WHERE doc_id IN "
                     "(SELECT doc_id FROM articles WHERE doc_id = ? OR canonical_id = ?)", [new, new, new])
        execute(con, "DELETE FROM signatures WHERE doc_id IN (?, ?)", [old, new])
        execute(con, "INSERT INTO signatures VALUES (?, ?)", [new, signature_bytes(minhash(text or "", settings))])
    return len(moves)
