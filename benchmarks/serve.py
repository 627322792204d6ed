"""Serving benchmark: requests per second and p50/p99 latency of the article and dyad
endpoints under concurrent clients, over a store of generated articles.

The store is generated straight through the store writer's table loader
(``Store.load_tables``), not the NLP, so 100,000 articles take a minute or two rather than
hours. The server is uvicorn on 127.0.0.1 in a subprocess; clients are plain asyncio sockets

    .venv/bin/python benchmarks/serve.py --articles 100000 --clients 50 --requests 4000

Prints a table; the target is p99 < 100 ms for both endpoints.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

COUNTRIES = {
    "ARM": "Armenia", "AZE": "Azerbaijan", "RUS": "Russia", "UKR": "Ukraine", "USA": "United States",
    "TUR": "Turkey", "IRN": "Iran", "GEO": "Georgia", "FRA": "France", "DEU": "Germany",
    "CHN": "China", "POL": "Poland", "ISR": "Israel", "EGY": "Egypt", "IND": "India",
    "PAK": "Pakistan", "GBR": "United Kingdom", "KAZ": "Kazakhstan", "BLR": "Belarus", "MDA": "Moldova",
}
ROLES = ["", "GOV", "MIL"]
# (cameo, plover, quad class, goldstein, verb phrase)
ACTIONS = [
    ("040", "CONSULT", 1, 1.0, "held talks with"),
    ("036", "CONSULT", 1, 4.0, "offered to meet"),
    ("051", "COOPERATE", 1, 3.4, "praised"),
    ("057", "AGREE", 2, 8.0, "signed an agreement with"),
    ("061", "COOPERATE", 2, 6.4, "agreed to cooperate economically with"),
    ("070", "AID", 2, 7.0, "sent aid to"),
    ("111", "ACCUSE", 3, -2.0, "criticised"),
    ("112", "ACCUSE", 3, -2.0, "accused"),
    ("130", "THREATEN", 3, -4.4, "threatened"),
    ("172", "SANCTION", 3, -5.0, "imposed sanctions on"),
    ("190", "ASSAULT", 4, -10.0, "shelled positions of"),
    ("193", "ASSAULT", 4, -10.0, "clashed with"),
]
MODALITIES = ["asserted"] * 6 + ["reported"] * 3 + ["future", "hypothetical", "negated"]
PLACES = [("Moscow", "RUS"), ("Kyiv", "UKR"), ("Yerevan", "ARM"), ("Baku", "AZE"), ("Geneva", "CHE"), (None, None)]


def generate(path: Path, n: int, *, seed: int = 7, batch: int = 10_000) -> dict[str, int]:
    """Fill a new store at ``path`` with ``n`` generated articles (2-4 events each)."""
    import pyarrow as pa

    from tidings.config import DedupSettings
    from tidings.store import Store
    from tidings.store.writer import TABLE_SCHEMAS

    rng = random.Random(seed)
    codes = list(COUNTRIES)
    # A few busy dyads, so dyad timelines have depth, and a long tail.
    hot = [("ARM", "AZE"), ("RUS", "UKR"), ("USA", "CHN"), ("TUR", "GEO"), ("IRN", "ISR")]
    start = dt.date(2023, 1, 1)
    now = dt.datetime(2025, 1, 1)
    actors = [
        {"code": c + r, "name": (COUNTRIES[c] + {"": "", "GOV": " government", "MIL": " military"}[r]),
         "country": c, "role": r or None, "kind": "country"}
        for c in codes for r in ROLES
    ]
    store = Store(path, dedup=DedupSettings(threshold=0.99, num_perm=16))
    run_id = store.begin_run()
    loaded = 0
    try:
        while loaded < n:
            rows: dict[str, list[dict[str, Any]]] = {k: [] for k in ("documents", "articles", "events", "mentions")}
            for i in range(loaded, min(n, loaded + batch)):
                doc_id = f"{i:016x}"
                a, b = rng.choice(hot) if rng.random() < 0.6 else tuple(rng.sample(codes, 2))
                if rng.random() < 0.5:
                    a, b = b, a
                day = start + dt.timedelta(days=rng.randrange(730))
                sentences, events = [], []
                at = 0
                for k in range(rng.randint(2, 4)):
                    cameo, plover, quad, gold, verb = rng.choice(ACTIONS)
                    ra, rb = rng.choice(ROLES), rng.choice(ROLES)
                    s_name, t_name = COUNTRIES[a], COUNTRIES[b]
                    place, pc = rng.choice(PLACES)
                    sentence = f"{s_name} {verb} {t_name}" + (f" in {place}" if place else "") + f", officials said on day {k + 1} (item {i})."
                    span = [at, at + len(sentence)]
                    events.append({
                        "event_id": f"{doc_id}-{k:04d}", "doc_id": doc_id, "day": day, "is_duplicate": False,
                        "source_code": a + ra, "target_code": b + rb, "cameo": cameo, "cameo_root": cameo[:2],
                        "plover": plover, "quad_class": quad, "goldstein": gold, "modality": rng.choice(MODALITIES),
                        "date": day.isoformat(), "date_precision": "day", "date_text": None, "place": place,
                        "place_country": pc, "place_lat": None, "place_lon": None, "sentence": sentence,
                        "sentence_index": k, "span": span, "rule": "bench", "trigger": verb, "confidence": 0.8,
                        "source_text": s_name, "source_name": s_name, "source_country": a, "source_role": ra or None,
                        "target_text": t_name, "target_name": t_name, "target_country": b, "target_role": rb or None,
                    })
                    rows["mentions"].append({"doc_id": doc_id, "mention_idx": 2 * k, "text": s_name,
                                             "start_char": at, "end_char": at + len(s_name), "sentence_index": k,
                                             "actor_codes": [a + ra], "how": "dictionary"})
                    sentences.append(sentence)
                    at += len(sentence) + 2
                paragraphs = sentences
                text = "\n\n".join(paragraphs)
                title = f"{COUNTRIES[a]} and {COUNTRIES[b]}: {events[0]['trigger']} (report {i})"
                rows["documents"].append({"doc_id": doc_id, "source": f"bench://{i}", "url": f"https://news.example/{i}",
                                          "raw": b"", "raw_codec": "none", "raw_size": 0, "content_hash": doc_id,
                                          "kind": "text", "first_seen": now})
                rows["articles"].append({
                    "doc_id": doc_id, "source": f"bench://{i}", "url": f"https://news.example/{i}", "title": title,
                    "text": text, "paragraphs": json.dumps(paragraphs), "blocks": "[]", "site": "Example News",
                    "site_domain": "news.example", "authors": [], "published": day.isoformat(),
                    "published_method": "given", "day": day, "language": "en",
                    "word_count": len(text.split()), "body_hash": doc_id, "furniture": "[]", "is_article": True,
                    "confidence": 1.0, "method": "text", "first_seen": now,
                })
                rows["events"] += events
            tables = {name: pa.Table.from_pylist([{c: r.get(c) for c in TABLE_SCHEMAS[name].names} for r in data],
                                                 schema=TABLE_SCHEMAS[name])
                      for name, data in rows.items()}
            if loaded == 0:
                tables["actors"] = pa.Table.from_pylist(actors, schema=TABLE_SCHEMAS["actors"])
            store.load_tables(tables, run_id)
            loaded += len(rows["articles"])
            print(f"  generated {loaded:,} / {n:,} articles", file=sys.stderr)
        counts = store.counts()
    finally:
        store.close()
    return counts


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def served(db: Path, *, workers: int = 1, wait: float = 900) -> Iterator[int]:
    """``tidings serve`` on ``db``, read-only (no token), on a free port of 127.0.0.1: yields the
    port once ``/api/counts`` answers (the first start renders every article, hence the long
    ``wait``), and stops the server afterwards."""
    import httpx

    port = _free_port()
    env = {**os.environ}
    env.pop("TIDINGS_TOKEN", None)
    server = subprocess.Popen(
        [sys.executable, "-c", "from tidings.cli import main; main()", "serve", "--db", str(db), "--port", str(port),
         "--workers", str(workers), "--log-level", "warning"],
        env=env,
    )
    try:
        deadline = time.time() + wait
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/counts", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.3)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=60)


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One keep-alive HTTP/1.1 GET on an open connection; returns the status. A plain
    socket client: the load generator shares the machine with the server, so it stays light."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = None
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length is None:
        raise ConnectionError(f"{path}: response without Content-Length")
    await reader.readexactly(length)
    return status


async def _load(port: int, paths: list[str], clients: int) -> tuple[list[float], int, float]:
    """``clients`` connections, each sending its next request as soon as the last is answered."""
    latencies: list[float] = []
    errors = 0
    pending = iter(paths)

    async def client() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for path in pending:
                t0 = time.perf_counter()
                try:
                    status = await _get(reader, writer, path)
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                    continue
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - t0


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="requests per endpoint")
    parser.add_argument("--db", type=Path, help="reuse (or create) this store instead of a temporary one")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--data", help="unused: this benchmark generates its own data")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="tidings-bench-")
    db = args.db or Path(tmp.name) / "bench.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        counts = generate(db, args.articles)
        print(f"generated {counts['articles']:,} articles, {counts['events']:,} events in "
              f"{time.perf_counter() - t0:.0f} s", file=sys.stderr)
    try:
        with served(db, workers=args.workers) as port:
            rng = random.Random(1)
            n = args.articles
            # articles drawn at random (a few repeats, as the response cache would see them),
            # warmed up on others than those measured
            article_paths = [f"/api/articles/{rng.randrange(n):016x}" for _ in range(args.requests + 200)]
            pairs = [("ARM", "AZE"), ("RUS", "UKR"), ("USA", "CHN"), ("TUR", "GEO"), ("FRA", "DEU"), ("IND", "PAK")]
            dyad_paths = []
            for _ in range(args.requests):
                a, b = rng.choice(pairs)
                by = rng.choice(["week", "month"])
                dyad_paths.append(f"/api/dyads/{a}/{b}?by={by}")
            rows = []
            # The same dyad timelines asked again and again come from the response cache; a
            # distinct date range per request shows the cost of computing one.
            fresh = sorted({(rng.choice(pairs), rng.choice(["week", "month"]), rng.randrange(700))
                            for _ in range(args.requests * 2)})
            rng.shuffle(fresh)
            start = dt.date(2023, 1, 1)
            fresh_paths = [f"/api/dyads/{a}/{b}?by={by}&since={start + dt.timedelta(days=d)}"
                           for (a, b), by, d in fresh[: args.requests + 200]]
            for name, warm, paths in (("GET /api/articles/{id}", article_paths[:200], article_paths[200:]),
                                      ("GET /api/dyads/{a}/{b}", dyad_paths[:200], dyad_paths),
                                      ("  uncached date ranges", fresh_paths[:200], fresh_paths[200:])):
                asyncio.run(_load(port, warm, args.clients))
                lat, errors, wall = asyncio.run(_load(port, paths, args.clients))
                rows.append((name, len(lat), errors, len(lat) / wall, _pct(lat, 0.5) * 1000,
                             _pct(lat, 0.99) * 1000, statistics.mean(lat) * 1000))
    finally:
        tmp.cleanup()
    print(f"\nstore: {args.articles:,} articles · {args.clients} concurrent clients · "
          f"{args.workers} worker process(es) · 127.0.0.1\n")
    print(f"{'endpoint':<26}{'requests':>9}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'mean ms':>9}  target p99<100ms")
    for name, count, errors, rps, p50, p99, mean in rows:
        ok = "met" if p99 < 100 else "NOT met"
        print(f"{name:<26}{count:>9}{errors:>8}{rps:>9.0f}{p50:>9.1f}{p99:>9.1f}{mean:>9.1f}  {ok}")


if __name__ == "__main__":
    main()
