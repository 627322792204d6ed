"""Article-body extraction on the AEB pages: tidings against the usual extractors.

    .venv/bin/python benchmarks/extraction.py --data ../shared/benchmarks/article-extraction
    .venv/bin/python benchmarks/extraction.py --data ... --mode html --passes 3
    .venv/bin/python benchmarks/extraction.py --data ... --worst 15     # pages tidings does worst

Rows (``--mode html``): tidings (``tidings.extract`` on the page), trafilatura 2.x default,
trafilatura with ``favor_precision``, readability-lxml (``summary(html_partial=True)`` then its
text). Rows (``--mode text``): each page flattened to its whole visible text with
``aeb.flatten`` (a scraper's output: every piece of furniture left in), scored as it stands
("flattened, as is") and after ``tidings.extract`` (the text path). ``--mode both`` (default)
prints all rows in one table.

Scores are those of ``aeb.py`` (token 4-shingle F1, macro P/R, exact accuracy, bootstrap
standard deviation of F1 over pages). Speed is pages per second in this one process: files
are read and pages flattened before the clock starts, one page is extracted first as a
warm-up, and the median of ``--passes N`` timed passes (default 3) is reported, by the wall
clock ("pages/s") and by the process's CPU time ("pages/CPU-s": on a machine other programs
share, wall time counts their turns too). Pin the process to one core for figures that mean
"one core": ``taskset -c 1 .venv/bin/python benchmarks/extraction.py ...``.

The output opens with the command line, the machine and the Python version, and the table
is in Markdown, so that the whole block can be pasted into BENCHMARKS.md as it is.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb


def _tidings(text: str, url: str) -> str:
    import tidings

    return tidings.extract(text, url=url).text


def _trafilatura(favor_precision: bool) -> Callable[[str, str], str]:
    import trafilatura

    def run(html: str, url: str) -> str:
        return trafilatura.extract(html, url=url, include_comments=False, favor_precision=favor_precision) or ""

    return run


def _readability(html: str, url: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def _as_is(text: str, url: str) -> str:
    return text


def _run(fn: Callable[[str, str], str], inputs: list[tuple[str, str]], passes: int) -> tuple[list[str], float, float]:
    """(outputs, pages per wall-clock second, pages per CPU second), medians over the passes."""
    fn(*inputs[0])  # warm-up: imports, lazy tables, caches
    wall: list[float] = []
    cpu: list[float] = []
    outputs: list[str] = []
    for _ in range(passes):
        start, start_cpu = time.perf_counter(), time.process_time()
        outputs = [fn(text, url) for text, url in inputs]
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return outputs, len(inputs) / statistics.median(wall), len(inputs) / statistics.median(cpu)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _machine() -> list[str]:
    """Lines saying how and where the figures were taken."""
    try:
        cores = f"{len(os.sched_getaffinity(0))} of {os.cpu_count()} cores usable by this process"
    except AttributeError:  # not on Linux
        cores = f"{os.cpu_count()} cores"
    python = os.path.relpath(sys.executable)
    if python.startswith(".."):
        python = sys.executable
    return [
        "command: " + " ".join(shlex.quote(a) for a in [python, *sys.argv]),
        f"machine: {platform.platform()}, {_cpu_model()}, {cores}",
        f"python: {platform.python_implementation()} {platform.python_version()}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="the article-extraction data folder")
    parser.add_argument("--mode", choices=("html", "text", "both"), default="both")
    parser.add_argument("--passes", type=int, default=3, help="timed passes; the median is reported")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (quick checks)")
    parser.add_argument("--only", default="", help="comma-separated row names to run (default: all)")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where tidings scores worst")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap rounds for the sd")
    args = parser.parse_args(argv)

    if not (args.data / "ground-truth.json").is_file():
        print(f"error: {args.data}: no ground-truth.json here; pass the AEB data folder", file=sys.stderr)
        return 2
    pages = aeb.load(args.data)
    if args.limit:
        pages = pages[: args.limit]
    html_inputs = [(p.html, p.url) for p in pages]
    rows: list[tuple[str, Callable[[str, str], str], list[tuple[str, str]]]] = []
    if args.mode in ("html", "both"):
        rows += [
            ("tidings (html)", _tidings, html_inputs),
            ("trafilatura default", _trafilatura(False), html_inputs),
            ("trafilatura favor_precision", _trafilatura(True), html_inputs),
            ("readability-lxml", _readability, html_inputs),
        ]
    if args.mode in ("text", "both"):
        flat = [(aeb.flatten(p.html), p.url) for p in pages]
        rows += [
            ("flattened, as is", _as_is, flat),
            ("tidings (text of flattened)", _tidings, flat),
        ]
    only = {o.strip() for o in args.only.split(",") if o.strip()}
    if only:
        rows = [r for r in rows if any(o in r[0] for o in only)]

    for line in _machine():
        print(line)
    print(f"{len(pages)} pages, median of {args.passes} timed pass(es), bootstrap {args.bootstrap} rounds\n")
    columns = ("F1", "±sd", "P", "R", "acc", "pages/s", "pages/CPU-s")
    print(f"| {'extractor':<30} | " + " | ".join(f"{c:>11}" if c.startswith("pages") else f"{c:>6}" for c in columns) + " |")
    print(f"|{'-' * 32}|" + "|".join("-" * 12 + ":" if c.startswith("pages") else "-" * 7 + ":" for c in columns) + "|")
    worst: list[tuple[float, str, str]] = []
    for name, fn, inputs in rows:
        outputs, rate, cpu_rate = _run(fn, inputs, args.passes)
        scores = [aeb.score_page(p.truth, out) for p, out in zip(pages, outputs, strict=True)]
        agg = aeb.aggregate(scores)
        sd = aeb.bootstrap_sd(scores, rounds=args.bootstrap)["f1"] if args.bootstrap else 0.0
        # nothing is extracted for the as-is row: no speed to show
        speed, cpu_speed = ("-", "-") if fn is _as_is else (f"{rate:.1f}", f"{cpu_rate:.1f}")
        print(
            f"| {name:<30} | {agg['f1']:6.3f} | {sd:6.3f} | {agg['precision']:6.3f} | {agg['recall']:6.3f} | "
            f"{agg['accuracy']:6.3f} | {speed:>11} | {cpu_speed:>11} |",
            flush=True,
        )
        if name == "tidings (html)" and args.worst:
            for p, s in zip(pages, scores, strict=True):
                f = 2 * s.precision * s.recall / (s.precision + s.recall) if s.precision + s.recall else 0.0
                worst.append((f, p.id, f"P={s.precision:.2f} R={s.recall:.2f} {p.url}"))
    if worst:
        print(f"\nworst {args.worst} pages for tidings (html):")
        for f, pid, info in sorted(worst)[: args.worst]:
            print(f"  {f:.3f} {pid[:12]} {info}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
