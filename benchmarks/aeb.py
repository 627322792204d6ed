"""The article-extraction benchmark (AEB): loading, flattening and scoring.

The metric follows the description in the data set's README (token 4-shingles, per-page
TP/FP/FN normalised to sum 1, macro-averaged precision and recall, F1 of the two means,
exact-token accuracy, bootstrap standard deviations). Data is read from ``--data``; nothing
of it is copied into the project.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(toks: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def score_page(truth: str, prediction: str) -> PageScore:
    tt, pt = tokens(truth), tokens(prediction)
    t, p = shingles(tt), shingles(pt)
    tp = sum(min(c, p[s]) for s, c in t.items())
    fp = sum(max(0, c - t[s]) for s, c in p.items())
    fn = sum(max(0, c - p[s]) for s, c in t.items())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp, fp, fn, tt == pt)


def aggregate(scores: list[PageScore]) -> dict[str, float]:
    ps = [s.precision for s in scores if s.tp + s.fp > 0]
    rs = [s.recall for s in scores if s.tp + s.fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(s.exact for s in scores) / len(scores) if scores else 0.0
    return {"f1": f1, "precision": p, "recall": r, "accuracy": acc}


def bootstrap_sd(scores: list[PageScore], rounds: int = 1000, seed: int = 0) -> dict[str, float]:
    rng = random.Random(seed)
    samples = [aggregate([rng.choice(scores) for _ in scores]) for _ in range(rounds)]
    out = {}
    for key in ("f1", "precision", "recall", "accuracy"):
        vals = [s[key] for s in samples]
        mean = sum(vals) / len(vals)
        out[key] = (sum((v - mean) ** 2 for v in vals) / len(vals)) ** 0.5
    return out


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    truth: str


def load(data: Path) -> list[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        with gzip.open(data / "html" / f"{pid}.html.gz", "rt", encoding="utf8") as fh:
            html = fh.read()
        pages.append(Page(pid, truth[pid]["url"], html, truth[pid]["articleBody"]))
    return pages


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "figure",
    "figcaption", "form", "dd", "dt", "dl", "main", "title", "hr",
}


def flatten(html: str) -> str:
    """The whole visible text of a page, one line per block, as a scraper would give it:
    every piece of furniture included, scripts and styles left out."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//svg"):
        bad.drop_tree()
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = " ".join("".join(buf).split())
        if line:
            lines.append(line)
        buf.clear()

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if el.text and tag:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n".join(lines)
