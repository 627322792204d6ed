"""Store query latency on a large generated store (default 1,000,000 events).

Builds (once, or again with --rebuild) a store of generated articles and events through the
store's own loader (``Store.load_tables``, the path Dask workers' Parquet takes), then times
the named queries warm: median and 95th percentile of --repeat runs each.

    python benchmarks/store_queries.py --events 1000000 --work /tmp/tidings-bench

No third-party data: actors, days and codes are drawn from a seeded generator, with the
Armenia-Azerbaijan dyad given about 2 % of the events. Target: dyad < 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from tidings.store import Store
from tidings.store.writer import TABLE_SCHEMAS

COUNTRIES = ["ARM", "AZE", "RUS", "TUR", "IRN", "GEO", "USA", "CHN", "FRA", "DEU", "GBR", "SDN", "EGY", "ETH",
             "KEN", "NGA", "IND", "PAK", "JPN", "KOR", "BRA", "MEX", "UKR", "POL", "ISR", "SAU", "QAT", "IRQ"]
ROLES = ["", "GOV", "MIL", "REB", "BUS"]
CAMEO = [("036", "CONSULT", 1, 4.0), ("042", "CONSULT", 1, 1.9), ("057", "AGREE", 1, 8.0),
         ("070", "AID", 2, 7.0), ("081", "RETREAT", 2, 5.0), ("112", "ACCUSE", 3, -2.0),
         ("138", "THREATEN", 3, -7.0), ("163", "SANCTION", 4, -8.0), ("190", "ASSAULT", 4, -10.0),
         ("193", "ASSAULT", 4, -10.0)]


def _table(name: str, columns: dict[str, object], n: int) -> pa.Table:
    schema = TABLE_SCHEMAS[name]
    arrays = []
    for field in schema:
        value = columns.get(field.name)
        arrays.append(pa.nulls(n, field.type) if value is None else pa.array(value, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def build(path: Path, n_events: int, per_doc: int, seed: int) -> float:
    rng = np.random.default_rng(seed)
    n_docs = n_events // per_doc
    start = dt.date(2023, 1, 1)
    t0 = time.perf_counter()
    with Store(path) as store:
        run = store.begin_run()
        chunk = 20_000
        for lo in range(0, n_docs, chunk):
            hi = min(lo + chunk, n_docs)
            n = hi - lo
            ids = [f"{i:016x}" for i in range(lo, hi)]
            days = [start + dt.timedelta(days=int(d)) for d in rng.integers(0, 730, n)]
            words = rng.integers(0, 1 << 30, (n, 3))
            texts = [f"report {a} on matter {b} and {c}" for a, b, c in words]
            docs = _table("documents", {"doc_id": ids, "source": [f"gen/{i}.html" for i in ids], "raw": [b""] * n,
                                        "raw_codec": ["zlib"] * n, "raw_size": [0] * n, "content_hash": ids,
                                        "first_seen": [dt.datetime(2025, 1, 1)] * n}, n)
            arts = _table("articles", {"doc_id": ids, "source": [f"gen/{i}.html" for i in ids], "title": texts,
                                       "text": texts, "day": days, "is_article": [True] * n,
                                       "word_count": [7] * n, "first_seen": [dt.datetime(2025, 1, 1)] * n}, n)
            m = n * per_doc
            doc_idx = np.repeat(np.arange(n), per_doc)
            pair = rng.random(m) < 0.02
            src_c = np.array(COUNTRIES)[rng.integers(0, len(COUNTRIES), m)]
            tgt_c = np.array(COUNTRIES)[rng.integers(0, len(COUNTRIES), m)]
            flip = rng.random(m) < 0.5
            src_c = np.where(pair, np.where(flip, "ARM", "AZE"), src_c)
            tgt_c = np.where(pair, np.where(flip, "AZE", "ARM"), tgt_c)
            src_r = np.array(ROLES)[rng.integers(0, len(ROLES), m)]
            tgt_r = np.array(ROLES)[rng.integers(0, len(ROLES), m)]
            code = rng.integers(0, len(CAMEO), m)
            cameo = np.array([c[0] for c in CAMEO])[code]
            ev = _table("events", {
                "event_id": [f"{ids[d]}-{k:04d}" for d, k in zip(doc_idx, np.tile(np.arange(per_doc), n), strict=True)],
                "doc_id": [ids[d] for d in doc_idx],
                "day": [days[d] for d in doc_idx],
                "is_duplicate": [False] * m,
                "source_code": np.char.add(src_c, src_r).tolist(), "target_code": np.char.add(tgt_c, tgt_r).tolist(),
                "source_country": src_c.tolist(), "target_country": tgt_c.tolist(),
                "cameo": cameo.tolist(), "cameo_root": [c[:2] for c in cameo.tolist()],
                "plover": np.array([c[1] for c in CAMEO])[code].tolist(),
                "quad_class": np.array([c[2] for c in CAMEO], dtype=np.int8)[code],
                "goldstein": np.array([c[3] for c in CAMEO])[code],
                "modality": ["asserted"] * m, "sentence": ["generated sentence"] * m,
                "sentence_index": np.zeros(m, dtype=np.int32),
            }, m)
            store.load_tables({"documents": docs, "articles": arts, "events": ev}, run)
    return time.perf_counter() - t0


def timed(fn, repeat: int) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    fn()  # warm
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = fn().num_rows
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], rows


def main() -> None:
    ap = argparse.ArgumentParser(description="Time the store's named queries on a large generated store.")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--per-doc", type=int, default=10, help="events per generated article")
    ap.add_argument("--work", default="/tmp/tidings-bench", help="folder for the generated store")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    path = Path(args.work) / f"store-{args.events}.duckdb"
    if args.rebuild and path.exists():
        path.unlink()
    if not path.exists():
        secs = build(path, args.events, args.per_doc, args.seed)
        print(f"built {path} in {secs:.1f} s")
    with Store(path, read_only=True) as store:
        counts = store.counts()
        print(f"store: {counts['events']:,} events, {counts['articles']:,} articles ({path.stat().st_size / 1e6:.0f} MB)")
        cases = [
            ("dyad ARM AZE by day", lambda: store.dyad("ARM", "AZE", "day")),
            ("dyad ARM AZE by week", lambda: store.dyad("ARM", "AZE", "week")),
            ("dyad ARMMIL AZE by week, directed", lambda: store.dyad("ARMMIL", "AZE", "week", directed=True)),
            ("events dyad ARM,AZE limit 100", lambda: store.events(dyad=("ARM", "AZE"), limit=100)),
            ("events actor SDN cameo 19 since 2024-06-01", lambda: store.events(actor="SDN", cameo="19",
                                                                               since="2024-06-01", limit=1000)),
            ("events text 'generated' limit 50", lambda: store.events(text="generated", limit=50)),
            ("articles newest 100", lambda: store.articles(limit=100)),
        ]
        print("\n| query | median ms | p95 ms | rows |\n|---|---:|---:|---:|")
        for name, fn in cases:
            med, p95, rows = timed(fn, args.repeat)
            print(f"| {name} | {med:.1f} | {p95:.1f} | {rows:,} |")


if __name__ == "__main__":
    main()
