"""Cold start: how long ``tidings events "<one sentence>"`` takes in a fresh process.

    taskset -c 1 python benchmarks/coldstart.py [--runs 5] [--sentence "..."]

Each run is a new process of the installed ``tidings`` command, wall clock from start to exit
(imports, spaCy model load, actor dictionary, place index, coding, printing). Three ways:

- cache warm: the cached indexes (``tidings.indexcache``) exist, as on every start after the
  first;
- cache cold: the cache directory is emptied before each run, so the run builds the indexes
  and writes them;
- no cache: ``TIDINGS_CACHE__DIR=off``, the indexes built in memory on every start (how
  every start went before the cache).

The cache directory is a temporary one of this script, never the user's. Median, lowest and
highest wall clock of ``--runs`` runs each, and the median CPU seconds of the process (user +
system: the fairer figure on a shared machine, though a start also waits on the disk); target
(issue 9): the median with a warm cache within 2.5 s. ``--src`` measures another revision's
sources with the same interpreter and packages (for a before/after figure).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tidings.render import print_table

SENTENCE = "Russian troops attacked Ukrainian positions near Kharkiv on Monday."
TARGET = 2.5


def command(src: Path | None) -> list[str]:
    script = Path(sys.executable).with_name("tidings")
    if script.exists() and src is None:
        return [str(script)]
    return [sys.executable, "-c", "from tidings.cli import main; main()"]


def one_run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the child, its stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"tidings events failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu, done.stdout


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per way")
    ap.add_argument("--sentence", default=SENTENCE, help="the sentence to code")
    ap.add_argument("--src", type=Path, help="measure the tidings sources in this src/ folder (an older "
                    "revision, e.g. from `git archive`) instead of the installed ones")
    args = ap.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="tidings-coldstart-"))
    cache = root / "cache"
    cmd = [*command(args.src), "events", "--format", "json", args.sentence]
    base = {**os.environ, "OMP_NUM_THREADS": "1"}
    warm_env = {**base, "TIDINGS_CACHE__DIR": str(cache)}
    off_env = {**base, "TIDINGS_CACHE__DIR": "off"}
    ways = [("cache warm", warm_env), ("cache cold", warm_env), ("no cache", off_env)]
    if args.src is not None:
        # Another revision may not know the cache setting: it runs with its defaults, any
        # cache of its own under this script's temporary directory.
        env = {k: v for k, v in base.items() if not k.startswith("TIDINGS_")}
        env |= {"PYTHONPATH": str(args.src.resolve()), "XDG_CACHE_HOME": str(root)}
        ways = [(f"sources at {args.src}", env)]
        warm_env = env
    times: dict[str, list[tuple[float, float]]] = {way: [] for way, _ in ways}
    outputs: set[str] = set()
    try:
        one_run(cmd, warm_env)  # fills the cache, and the OS file cache for the model
        for _ in range(args.runs):
            # interleaved, so that a busy spell of a shared machine hits every way alike
            for way, env in ways:
                if way == "cache cold":
                    shutil.rmtree(cache, ignore_errors=True)
                took, cpu, out = one_run(cmd, env)
                times[way].append((took, cpu))
                outputs.add(out)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if len(outputs) != 1:
        print("warning: the three ways gave different output", file=sys.stderr)
    rows = []
    for way, ts in times.items():
        wall, cpu = [w for w, _ in ts], [c for _, c in ts]
        rows.append({"start": way, "runs": len(ts), "median s": f"{statistics.median(wall):.2f}",
                     "lowest s": f"{min(wall):.2f}", "highest s": f"{max(wall):.2f}",
                     "median CPU s": f"{statistics.median(cpu):.2f}"})
    print_table(rows, title="tidings events on one sentence, a fresh process each run")
    print(f"sentence: {args.sentence!r}")
    if "cache warm" in times:
        warm = statistics.median(w for w, _ in times["cache warm"])
        print(f"target: cache warm median <= {TARGET} s: {'met' if warm <= TARGET else 'NOT met'} ({warm:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
