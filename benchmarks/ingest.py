"""End-to-end ingest throughput: HTML pages -> articles -> events -> store.

Runs the same input three ways, each in a fresh process so that model loading and peak
memory are counted per run:

- ``single``: ``tidings.acquire.sources.iter_sources`` -> ``pipeline.run_many`` -> ``Store.write``
- ``dask-1`` / ``dask-2``: ``tidings.distributed.run_dask`` on a LocalCluster of 1 or 2 worker
  processes (Parquet parts, one load transaction at the end)

and prints pages/s (wall clock, start-up included), events stored and the peak resident
memory of the whole process tree (driver, nanny and worker processes, sampled every 50 ms
with psutil).

The input is generated (``--pages N`` HTML news pages written from this project's corpus
generator, tests/corpus.py), or ``--data PATH``: any SOURCE spec tidings reads (a folder of
pages, a WARC.gz, a JSON Lines file).

    python benchmarks/ingest.py --pages 300
    python benchmarks/ingest.py --data ../shared/some-folder --modes single,dask-2
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]


def _corpus_module() -> Any:
    spec = importlib.util.spec_from_file_location("tidings_test_corpus", ROOT / "tests" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def generate(directory: Path, n: int, seed: int = 5) -> None:
    """``n`` distinct HTML news pages (four paragraphs of political-news sentences each)."""
    c = _corpus_module()
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sents = []
        for _ in range(9):
            a, b = rng.sample(c._SUBJECTS, 2)
            sents.append(f"{a} {rng.choice(c._VERBS)} {b} over {rng.choice(c._TOPICS)} in {rng.choice(c._PLACES)}.")
        sents.append(f"The ministry said {rng.randrange(10, 9999)} people had followed report {i} closely.")
        sents += rng.sample(c._EXTRA, 2)
        paras = [" ".join(sents[k:k + 3]) for k in range(0, 12, 3)]
        day = c.WEEK + dt.timedelta(days=i % 28)
        page = c.html_page(sents[0].rstrip("."), paras, site="wire", day=day,
                           url=f"https://globalwire.example/bench/{i}")
        (directory / f"page-{i:06d}.html").write_text(page, encoding="utf-8")


# -- one measured run (in a child process) ---------------------------------------------------

class PeakRSS:
    """Samples the resident memory of this process and all its descendants."""

    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self.proc = psutil.Process()
        self.peak = 0
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        import psutil

        total = 0
        for p in [self.proc, *self.proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


def measure(mode: str, spec: str, db: Path) -> dict[str, Any]:
    from tidings.config import Settings

    settings = Settings()
    started = time.perf_counter()
    with PeakRSS() as rss:
        if mode == "single":
            from tidings.acquire.sources import iter_sources
            from tidings.model import Document, Failure, Result
            from tidings.pipeline import run_many
            from tidings.store import Store

            failures: list[Result] = []

            def documents() -> Any:
                for item in iter_sources([spec], settings):
                    if isinstance(item, Failure):
                        failures.append(Result(document=Document(source=item.source, content=b""), failure=item))
                    else:
                        yield item

            with Store(db) as store:
                run_id = store.begin_run(settings)
                summary = store.write(run_many(documents(), settings), run_id)
                summary = summary + store.write(failures, run_id)
                store.finish_run(run_id, summary)
                counts = store.counts()
            stored, failed = summary.stored, summary.failed
        else:
            from tidings.distributed import run_dask
            from tidings.store import Store

            workers = int(mode.split("-")[1])
            result = run_dask([spec], settings, workers=workers, db=db, refresh_stories=False)
            stored, failed = result.stored, result.failed
            with Store(db, read_only=True) as store:
                counts = store.counts()
    seconds = time.perf_counter() - started
    pages = stored + failed
    return {"mode": mode, "pages": pages, "stored": stored, "failed": failed, "events": counts["events"],
            "seconds": round(seconds, 2), "pages_per_s": round(pages / seconds, 2),
            "peak_rss_mb": round(rss.peak / 2**20)}


# -- driver -----------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="A SOURCE spec to ingest instead of generated pages.")
    parser.add_argument("--pages", type=int, default=300, help="Generated pages (without --data).")
    parser.add_argument("--modes", default="single,dask-1,dask-2", help="Comma-separated: single, dask-N.")
    parser.add_argument("--json", action="store_true", help="Print the rows as JSON instead of a table.")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "SPEC", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, spec, db = args.child
        print(json.dumps(measure(mode, spec, Path(db))))
        return
    with tempfile.TemporaryDirectory(prefix="tidings-bench-") as tmp:
        if args.data:
            spec = args.data
            if not Path(spec).exists():
                sys.exit(f"--data {spec}: no such file or folder")
        else:
            spec = str(Path(tmp) / "pages")
            generate(Path(spec), args.pages)
        rows = []
        for mode in args.modes.split(","):
            db = Path(tmp) / f"{mode}.duckdb"
            out = subprocess.run([sys.executable, __file__, "--child", mode, spec, str(db)],
                                 capture_output=True, text=True, check=False)
            if out.returncode != 0:
                sys.exit(f"{mode} failed:\n{out.stderr}")
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    cols = ("mode", "pages", "stored", "failed", "events", "seconds", "pages_per_s", "peak_rss_mb")
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    for r in rows:
        print("  ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths, strict=True)))
    import os

    print(f"\n{os.cpu_count()} CPU(s); input: {args.data or f'{args.pages} generated HTML pages'}")


if __name__ == "__main__":
    main()
