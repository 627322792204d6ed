"""Main-text extraction on pages that are not news articles: tidings against trafilatura.

    .venv/bin/python benchmarks/nonnews.py                       # benchmarks/data/nonnews
    .venv/bin/python benchmarks/nonnews.py --pages               # one line per page and extractor
    .venv/bin/python benchmarks/nonnews.py --check               # every snippet is on its page

The pages (blog posts, press releases, a police log, a forum thread, listings, a shop page...)
and their snippets were written for this benchmark; ``benchmarks/data/nonnews/README.md`` says
what each page tests. Each page has *required* snippets (sentences of its main text: the body
of a post, the posts of a thread, the items of a listing) and *forbidden* ones (navigation,
footers, cookie notices, sidebars, related posts, comments, the next post). A snippet counts as
kept when it occurs in the extracted text, compared with white space folded, case ignored and
curly quotes made straight.

Per extractor: R, the share of required snippets kept (macro over pages); P, the share of
forbidden snippets left out (macro); F1 of the two; "all req.", pages keeping every required
snippet; "none req.", pages keeping none of them; "empty", pages whose text is under 50
characters (every page here has a body, so each empty page is a page lost); pages/s, the median
of ``--passes`` timed passes in this one process.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import _machine, _readability, _tidings, _trafilatura

DATA = Path(__file__).resolve().parent / "data" / "nonnews"
EMPTY_BELOW = 50


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    kind: str
    html: str
    required: tuple[str, ...]
    forbidden: tuple[str, ...]


def load(folder: Path) -> list[Page]:
    spec = json.loads((folder / "snippets.json").read_text(encoding="utf-8"))
    return [
        Page(name, item["url"], item["kind"], (folder / "pages" / name).read_text(encoding="utf-8"),
             tuple(item["required"]), tuple(item["forbidden"]))
        for name, item in spec.items()
    ]


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def fold(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


@dataclass(frozen=True)
class Score:
    kept: int  # required snippets found
    required: int
    leaked: int  # forbidden snippets found
    forbidden: int
    chars: int

    @property
    def recall(self) -> float:
        return self.kept / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return 1.0 - self.leaked / self.forbidden if self.forbidden else 1.0


def score(page: Page, text: str) -> Score:
    body = fold(text)
    kept = sum(1 for s in page.required if fold(s) in body)
    leaked = sum(1 for s in page.forbidden if fold(s) in body)
    return Score(kept, len(page.required), leaked, len(page.forbidden), len(text.strip()))


def _visible_text(html: str) -> str:
    """The page's text for ``--check``: every text node joined as it stands, JSON-LD included."""
    import lxml.html

    root = lxml.html.fromstring(html)
    parts = ["".join(root.itertext())]
    for script in root.iter("script"):
        if script.get("type") == "application/ld+json" and script.text:
            parts.append(re.sub(r"<[^>]+>", " ", json.loads(script.text).__repr__()))
    return " ".join(parts)


def check(pages: list[Page]) -> int:
    bad = 0
    for page in pages:
        text = fold(_visible_text(page.html).replace("\\n", " "))
        for s in page.required + page.forbidden:
            if fold(s) not in text:
                print(f"{page.name}: snippet not on the page: {s!r}")
                bad += 1
        overlap = set(page.required) & set(page.forbidden)
        if overlap:
            print(f"{page.name}: both required and forbidden: {overlap}")
            bad += 1
    print(f"{len(pages)} pages, {sum(len(p.required) for p in pages)} required and "
          f"{sum(len(p.forbidden) for p in pages)} forbidden snippets, {bad} problem(s)")
    return 1 if bad else 0


def run(fn: Callable[[str, str], str], pages: list[Page], passes: int) -> tuple[list[str], float]:
    fn(pages[0].html, pages[0].url)  # warm-up
    times: list[float] = []
    outputs: list[str] = []
    for _ in range(passes):
        start = time.perf_counter()
        outputs = [fn(p.html, p.url) for p in pages]
        times.append(time.perf_counter() - start)
    return outputs, len(pages) / statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="the benchmark folder (snippets.json, pages/)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes; the median is reported")
    parser.add_argument("--only", default="", help="comma-separated row names to run (default: all)")
    parser.add_argument("--pages", action="store_true", help="print each page's score per extractor")
    parser.add_argument("--check", action="store_true", help="check that every snippet is on its page, then stop")
    args = parser.parse_args(argv)

    pages = load(args.data)
    if args.check:
        return check(pages)
    rows: list[tuple[str, Callable[[str, str], str]]] = [
        ("tidings", _tidings),
        ("trafilatura default", _trafilatura(False)),
        ("trafilatura favor_precision", _trafilatura(True)),
        ("readability-lxml", _readability),
    ]
    only = {o.strip() for o in args.only.split(",") if o.strip()}
    if only:
        rows = [r for r in rows if any(o in r[0] for o in only)]

    for line in _machine():
        print(line)
    print(f"{len(pages)} pages, {sum(len(p.required) for p in pages)} required and "
          f"{sum(len(p.forbidden) for p in pages)} forbidden snippets, median of {args.passes} timed pass(es)\n")
    print("| extractor                   |     F1 |      P |      R | all req. | none req. | empty | pages/s |")
    print("|-----------------------------|-------:|-------:|-------:|---------:|----------:|------:|--------:|")
    details: list[tuple[str, str]] = []
    for name, fn in rows:
        outputs, rate = run(fn, pages, args.passes)
        scores = [score(p, out) for p, out in zip(pages, outputs, strict=True)]
        p = sum(s.precision for s in scores) / len(scores)
        r = sum(s.recall for s in scores) / len(scores)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        full = sum(1 for s in scores if s.kept == s.required)
        none = sum(1 for s in scores if s.kept == 0)
        empty = sum(1 for s in scores if s.chars < EMPTY_BELOW)
        print(f"| {name:<27} | {f1:6.3f} | {p:6.3f} | {r:6.3f} | {full:>5}/{len(pages):<2} | {none:>9} | {empty:>5} | {rate:7.1f} |",
              flush=True)
        for page, s in zip(pages, scores, strict=True):
            details.append((page.name, (f"  {page.name:<28} {name:<27} required {s.kept}/{s.required}  "
                                       f"forbidden {s.leaked}/{s.forbidden}  {s.chars} chars")))
    if args.pages:
        print()
        for _, line in sorted(details, key=lambda d: d[0]):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
