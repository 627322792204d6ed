"""Bounded pages: the timeline and article pages of two hostile stores answer quickly and small.

1. Far dates: three Russia-Ukraine articles fed with publication dates 0001-01-02, 9999-12-30
   and 2024-05-06 (JSON Lines ``published``, as a feed's ``pubDate`` would give them), ingested
   with event coding; then the same store with one event moved to each extreme day, as a store
   written by another tool (or before dates were checked) would hold.
2. Many events: one article of 7,692 sentences, each carrying one event and two mentions
   (rows written as the coder writes them, so the NLP time of coding 0.4 MB is not measured).

The server is `tidings serve` on 127.0.0.1 in a subprocess; each page is fetched 5 times with
httpx and the table gives the status, the body size and the slowest of the 5 times.

    .venv/bin/python benchmarks/bounded_pages.py

Target: every page under 1 s and under 1 MB.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa
from serve import served

CLI = [sys.executable, "-c", "from tidings.cli import main; main()"]
WAR = ("Russian forces attacked Ukrainian positions near Kharkiv. Ukraine accused Russia of shelling "
       "the city and its villages. Officials in Kyiv said the attack killed several people. ") * 3


def far_dates(base: Path) -> tuple[Path, Path]:
    corpus = base / "far.jsonl"
    corpus.write_text("".join(json.dumps({"url": f"https://example.org/{i}", "text": f"Report {i}. {WAR}",
                                          "published": day}) + "\n"
                              for i, day in enumerate(("0001-01-02", "9999-12-30", "2024-05-06"))))
    db = base / "far.duckdb"
    subprocess.run([*CLI, "ingest", str(corpus), "--db", str(db)], check=True, capture_output=True)
    moved = base / "far-moved.duckdb"
    moved.write_bytes(db.read_bytes())
    con = duckdb.connect(str(moved))
    # two events of the RUS-UKR dyad as the timelines count them (canonical articles)
    ids = [r[0] for r in con.execute("SELECT event_id FROM events WHERE NOT coalesce(is_duplicate, false) "
                                     "AND source_country = 'RUS' ORDER BY event_id").fetchall()]
    con.execute("UPDATE events SET day = DATE '0001-01-02' WHERE event_id = ?", [ids[0]])
    con.execute("UPDATE events SET day = DATE '9999-12-30' WHERE event_id = ?", [ids[-1]])
    con.close()
    return db, moved


def many_events(base: Path, n: int = 7_692) -> tuple[Path, str]:
    sentence = "Russia attacked Ukraine near the border. "
    corpus = base / "big.jsonl"
    corpus.write_text(json.dumps({"url": "https://example.org/big", "published": "2024-05-06",
                                  "text": "Big report\n\n" + (sentence * n).strip()}) + "\n")
    db = base / "many.duckdb"
    subprocess.run([*CLI, "ingest", str(corpus), "--db", str(db), "--no-events"], check=True, capture_output=True)
    con = duckdb.connect(str(db))
    doc, body = con.execute("SELECT doc_id, text FROM articles").fetchall()[0]
    ev: dict[str, list[object]] = {k: [] for k in ("event_id", "doc_id", "day", "is_duplicate", "source_code",
                                                   "target_code", "cameo", "cameo_root", "quad_class", "goldstein",
                                                   "modality", "sentence", "sentence_index", "span", "trigger")}
    me: dict[str, list[object]] = {k: [] for k in ("doc_id", "mention_idx", "text", "start_char", "end_char",
                                                   "sentence_index", "actor_codes", "how")}
    for i, m in enumerate(re.finditer(r"\S[^.]*\.", body)):
        s = m.start()
        for k, v in zip(ev, (f"{doc}-{i:05d}", doc, "2024-05-06", False, "RUS", "UKR", "190", "19", 4, -10.0,
                             "asserted", m.group(), i, [s, m.end()], "attacked"), strict=True):
            ev[k].append(v)
        for j, (word, at, code) in enumerate((("Russia", s, "RUS"), ("Ukraine", s + 16, "UKR"))):
            for k, v in zip(me, (doc, 2 * i + j, word, at, at + len(word), i, [code], "dictionary"), strict=True):
                me[k].append(v)
    con.register("_ev", pa.table(ev))
    con.register("_me", pa.table(me))
    con.execute(f"INSERT INTO events ({', '.join(ev)}) SELECT {', '.join(ev)} FROM _ev")
    con.execute(f"INSERT INTO mentions ({', '.join(me)}) SELECT {', '.join(me)} FROM _me")
    con.close()
    return db, str(doc)


def measure(db: Path, paths: list[str]) -> list[tuple[str, int, int, float]]:
    import httpx

    out = []
    with served(db, wait=120) as port, httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120,
                                                     headers={"Accept": "text/html"}) as client:
        for path in paths:
            times, size, status = [], 0, 0
            for _ in range(5):
                t0 = time.perf_counter()
                r = client.get(path)
                times.append(time.perf_counter() - t0)
                size, status = len(r.content), r.status_code
            out.append((path, status, size, max(times)))
    return out


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tidings-pages-") as tmp:
        base = Path(tmp)
        far, moved = far_dates(base)
        many, doc = many_events(base)
        timeline = ["/actor/RUS?by=day", "/api/actors/RUS?by=day", "/dyad/RUS/UKR?by=day",
                    "/api/dyads/RUS/UKR?by=day"]
        rows = [("far dates, as ingested", *r) for r in measure(far, timeline)]
        rows += [("far dates, events moved", *r) for r in measure(moved, timeline)]
        rows += [("7,692 events", *r) for r in measure(many, [f"/articles/{doc}", f"/articles/{doc}?events_offset=7600",
                                                               f"/api/articles/{doc}"])]
    print("| store | page | status | bytes | slowest of 5 (s) |")
    print("|---|---|---:|---:|---:|")
    for store, path, status, size, worst in rows:
        print(f"| {store} | `{path}` | {status} | {size:,} | {worst:.3f} |")


if __name__ == "__main__":
    main()
