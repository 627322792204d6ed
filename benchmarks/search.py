"""Search under load: requests per second and p50/p99 latency of ``GET /api/search`` with 50
concurrent clients over a store of 100,000 generated articles.

The store is generated as ``benchmarks/serve.py`` does (straight through the store's table
loader, no NLP). Every request is a different query (so the response cache never answers):
one or two country names, a verb, and most often an article's own number, which only that
article holds; some ask for a later page (``offset``). The server is ``tidings serve`` on
127.0.0.1; the load generator is the plain asyncio client of ``serve.py`` on the same two
cores. The run is bounded by ``--requests``.

    .venv/bin/python benchmarks/search.py --db /tmp/bench/serve.duckdb --articles 100000 --clients 50 --requests 3000

Target: p99 under 150 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve import ACTIONS, COUNTRIES, _load, _pct, generate, served


def queries(n: int, articles: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    names = [name.split()[-1] for name in COUNTRIES.values()]
    verbs = sorted({w for *_, phrase in ACTIONS for w in phrase.split() if len(w) > 3})
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        kind = rng.random()
        if kind < 0.5:
            q = f"q={rng.choice(names)}+{rng.randrange(articles)}"
        elif kind < 0.75:
            q = f"q={rng.choice(names)}+{rng.choice(names)}&offset={rng.randrange(0, 400, 20)}"
        else:
            q = f"q={rng.choice(verbs)}+{rng.choice(names)}&offset={rng.randrange(0, 400, 20)}"
        if q not in seen:
            seen.add(q)
            out.append("/api/search?" + q)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this store instead of a temporary one")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="tidings-search-")
    db = args.db or Path(tmp.name) / "bench.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        counts = generate(db, args.articles)
        print(f"generated {counts['articles']:,} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    try:
        import httpx

        with served(db) as port:
            base = f"http://127.0.0.1:{port}"
            t0 = time.perf_counter()
            first = httpx.get(base + "/api/search?q=Armenia", timeout=600)
            print(f"first search (builds the word index): {time.perf_counter() - t0:.1f} s, "
                  f"{first.json()['total']:,} matches", file=sys.stderr)
            paths = queries(args.requests + 200, args.articles)
            asyncio.run(_load(port, paths[:200], args.clients))
            lat, errors, wall = asyncio.run(_load(port, paths[200:], args.clients))
    finally:
        tmp.cleanup()
    p99 = _pct(lat, 0.99) * 1000
    print(f"\nstore: {args.articles:,} articles · {args.clients} concurrent clients · 127.0.0.1\n")
    print("| endpoint | requests | errors | req/s | p50 ms | p99 ms | mean ms | target p99 < 150 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    print(f"| GET /api/search (a new query each) | {len(lat)} | {errors} | {len(lat) / wall:.0f} | "
          f"{_pct(lat, 0.5) * 1000:.1f} | {p99:.1f} | {statistics.mean(lat) * 1000:.1f} | "
          f"{'met' if p99 < 150 else 'not met'} |")


if __name__ == "__main__":
    main()
