"""Scraped plain text -> Article: the body found, the page furniture set apart.

A scraper that keeps only the visible text of a page gives the article mixed with
everything around it: menus, a credit line, "Related articles", teasers printed twice,
"Popular", share buttons. No markup is left to tell them apart, so this module reads the
shape of the text instead. Every signal is general, none is written for one site:

- line shape: prose lines are long, punctuated, dense in function words; furniture lines
  are short, title-case, unpunctuated, and come in menu-like runs;
- repetition: a line printed twice on a page (a teaser headline, a teaser listed under two
  sections) is not body text the second time;
- vocabulary: section markers, credit lines, share and cookie lines in several languages
  (``extract.markers``);
- position: the body is the densest contiguous run of prose (a maximum-sum segment over
  per-line scores), so a long teaser far below the credit line does not join it.

Everything is one pass over the lines plus a linear maximum-sum scan: pure Python, linear
in the length of the page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tidings.config import ExtractSettings
from tidings.errors import InputError
from tidings.extract import markers as mk
from tidings.extract.site import site_from_url
from tidings.model import Article, Block, Document, Furniture

# Per-line scores. A body line scores its length; furniture costs a fixed price so that a
# run of it splits the page into separate regions.
_HARD_MARKER = -150.0  # "Related articles", "Comments", a credit line: the body is over
_SOFT_MARKER = -50.0  # "Share", "Advertisement", a kicker: may sit inside a body
_SHORT_BASE = -20.0

_HARD_KINDS = frozenset({"related", "comments", "source", "cookie"})
_DROP_KINDS = frozenset(
    {"related", "section", "navigation", "share", "comments", "advert", "source", "cookie", "readalso", "date", "byline"}
)

_SENT_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_SENT_PUNCT = re.compile(r"[.!?;。！？](?:\s|$)")
_COMMA = re.compile(r"[,，、]")
_WORD = re.compile(r"\w+", re.UNICODE)
_DOMAIN = re.compile(r"\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b", re.IGNORECASE)
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.\w+")


def _urlish(text: str) -> bool:
    """A web address or an e-mail address in the line. (A pattern that let "any non-space" run up to the "@" took time
    quadratic in the length of a long unbroken token: 300 KB of one word took minutes.)"""
    return "://" in text or "www." in text or ("@" in text and _EMAIL.search(text) is not None)
_YEAR_ONLY = re.compile(r"^[\s©0-9,\-–]*$")


@dataclass
class _Line:
    index: int
    text: str
    key: str  # folded, for vocabulary and repetition
    blank_before: bool
    length: float  # effective length: ideographs count more than letters
    words: int
    stop: float | None  # share of function words; None when the language has no list
    ends: bool  # ends like a sentence
    sentences: int
    kind: str | None = None  # a furniture kind from the vocabulary, else None
    rest: str = ""  # the headline after a "Read also:" prefix
    first: int = -1  # index of the first line with the same key
    score: float = 0.0


def extract_text(text: str, document: Document, settings: ExtractSettings) -> Article:
    """Find the article in scraped plain text.

    Args:
        text: the page's visible text, one block per line (blank lines optional).
        document: where it came from; ``url`` gives the site, ``published`` wins over a
            date line in the text.
        settings: the extraction settings (``max_bytes`` is checked here).

    Returns:
        An Article whose ``paragraphs`` are the body only; menus, credits, markers and
        teasers (each once) are in ``furniture``. A page with no prose gives an Article
        with no paragraphs and ``is_article`` False.

    Raises:
        InputError: the text is empty or larger than ``settings.max_bytes``.
    """
    if len(text) > settings.max_bytes:
        raise InputError(
            f"the text is {len(text):,} characters, more than extract.max_bytes "
            f"({settings.max_bytes:,}); raise the limit or split the input",
            source=document.source,
            code="extract.too_large",
        )
    lines = _split_lines(text)
    if not lines:
        raise InputError("the text has no visible lines", source=document.source, code="extract.empty")
    language = guess_language(" ".join(ln.text for ln in lines[:400]))
    stops = mk.STOPWORDS.get(language or "", frozenset())
    for ln in lines:
        _measure(ln, stops)
    _mark_repeats(lines)
    for ln in lines:
        ln.score = _score(ln)
    _weigh_isolated(lines)
    start, end = _region(lines)
    title_index = _find_title(lines, start)
    body, inserts = _body(lines, start, end)
    furniture = _furniture(lines, start, end, title_index, inserts)
    title = _clean_title(lines[title_index].text, lines) if title_index >= 0 else ""
    authors = _authors(lines, start, end)
    paragraphs = tuple(b.text for b in body)
    site_name, site_domain = _site(document, furniture, lines)
    published, method = _published(document, lines, start, end)
    is_article, confidence = _judge(lines, body, start, end)
    return Article(
        title=title,
        paragraphs=paragraphs,
        source=document.source,
        url=document.url,
        site_name=site_name,
        site_domain=site_domain,
        authors=authors,
        published=published,
        published_method=method,
        language=language,
        blocks=tuple(body),
        furniture=tuple(furniture),
        is_article=is_article,
        article_confidence=confidence,
        method="text",
        doc_id=document.doc_id,
    )


# ---- lines ---------------------------------------------------------------------------------


def _split_lines(text: str) -> list[_Line]:
    """Non-blank lines, white space folded; hard-wrapped paragraphs joined back."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    items: list[tuple[str, bool]] = []
    blank = False
    for line in raw.split("\n"):
        s = " ".join(line.split())
        if not s:
            blank = True
            continue
        items.append((s, blank))
        blank = False
    items = _unwrap(items)
    return [
        _Line(i, s, mk.fold(s), b, 0.0, 0, None, False, 0) for i, (s, b) in enumerate(items)
    ]


def _unwrap(items: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Join lines a text editor wrapped at a fixed width (e-mail style), leaving short
    lines (headlines, menus) alone. Only done when blank lines separate the paragraphs and
    nearly every line is within a fixed width."""
    if len(items) < 4 or not any(b for _, b in items[1:]):
        return items
    lengths = sorted(len(s) for s, _ in items)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 100 or width < 40:
        return items
    continued = sum(1 for k in range(1, len(items)) if not items[k][1])
    if continued < len(items) // 3:
        return items
    out: list[tuple[str, bool]] = []
    for s, b in items:
        if out and not b and len(out[-1][0]) >= 0.6 * width:
            prev, pb = out[-1]
            out[-1] = (prev + " " + s, pb)
            continue
        out.append((s, b))
    return out


_HIGH = re.compile("[\u2e80-\U0010ffff]")


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _measure(ln: _Line, stops: frozenset[str]) -> None:
    s = ln.text
    wide = sum(1 for ch in _HIGH.findall(s) if _is_wide(ch)) if _HIGH.search(s) else 0
    ln.length = len(s) + 1.5 * wide
    words = _WORD.findall(s.lower())
    ln.words = len(words) + wide // 2
    if stops and len(words) >= 3 and not wide:
        ln.stop = sum(1 for w in words if w in stops) / len(words)
    ln.ends = bool(_SENT_END.search(s))
    ln.sentences = len(_SENT_PUNCT.findall(s)) + (0 if _SENT_PUNCT.search(s[-1:]) else int(ln.ends))
    ln.kind, ln.rest = _vocabulary(s, ln.key, ln.words)


def _vocabulary(text: str, key: str, words: int) -> tuple[str | None, str]:
    """The furniture kind a line's wording gives it, if any."""
    if key in mk.RELATED:
        return "related", ""
    if key in mk.COMMENTS:
        return "comments", ""
    if key in mk.SHARE:
        return "share", ""
    if key in mk.ADVERT:
        return "advert", ""
    if key in mk.NAVIGATION:
        return "navigation", ""
    if key in mk.SECTION:
        return "section", ""
    if words <= 40 and (mk.CREDIT_PREFIX.match(text) or mk.ALL_RIGHTS.search(text)):
        return "source", ""
    if words <= 80 and mk.COOKIE.search(text) and mk.COOKIE_CONTEXT.search(text):
        return "cookie", ""
    m = mk.READ_ALSO_PREFIX.match(text)
    if m and 0 < len(m.group("rest").split()) <= 30 and not _SENT_END.search(m.group("rest")[-1:] or "x"):
        return "readalso", m.group("rest").strip()
    if words <= 30 and mk.CAPTION_PREFIX.match(text):
        return "caption", ""
    if words <= 8 and not _SENT_END.search(text) and mk.BYLINE.match(text):
        return "byline", ""
    if words <= 12 and mk.COMMENT_LINE.search(text):
        return "comments", ""
    if words <= 12 and not _SENT_END.search(text) and (mk.TIMESTAMP.search(text) or find_date(text)):
        return "date", ""
    # "Comments (3)", "Share on Facebook", "More from Example": the head decides
    if words <= 6:
        for prefix_set, kind in ((mk.SHARE, "share"), (mk.RELATED, "related"), (mk.COMMENTS, "comments")):
            head = " ".join(key.split()[:2])
            if head in prefix_set and kind != "related":
                return kind, ""
        if key.startswith(("more from ", "more in ", "more on ", "plus de ", "mehr aus ", "más de ")):
            return "related", ""
    return None, ""


_SEEN_SHARE = 0.8


def _mark_repeats(lines: list[_Line]) -> None:
    """Mark lines printed before: the same line again (a headline printed twice), or a
    long line whose word 4-grams are nearly all earlier text (a teaser or a summary that
    copies paragraphs, a page that prints its body twice)."""
    seen: dict[str, int] = {}
    grams: dict[int, int] = {}
    for ln in lines:
        key = ln.key if len(ln.key) >= 12 else ""  # "News" may repeat and still be a kicker only
        if key:
            ln.first = seen.setdefault(key, ln.index)
        words = _WORD.findall(ln.key)
        hashes = [hash(tuple(words[k : k + 4])) for k in range(len(words) - 3)]
        if ln.first == ln.index and len(hashes) >= 8:
            old = [grams[h] for h in hashes if h in grams]
            if len(old) >= _SEEN_SHARE * len(hashes):
                ln.first = min(old)
        for h in hashes:
            grams.setdefault(h, ln.index)


def _score(ln: _Line) -> float:
    """Positive for body prose (its length), negative for furniture."""
    n = ln.length
    if ln.kind in _HARD_KINDS:
        return _HARD_MARKER
    if ln.kind in ("date", "byline"):
        return _SHORT_BASE - 0.3 * n
    if ln.kind is not None:
        return _SOFT_MARKER
    if 0 <= ln.first < ln.index:
        return _SHORT_BASE - 0.3 * n
    # (few stop words is a menu or a list of names; but news prose thick with names, "Saudi
    # Arabia's foreign minister met Iran's foreign minister in Beijing. ...", is still prose
    # when it runs to two sentences)
    stop_ok = ln.stop is None or ln.stop >= 0.12 or (ln.sentences >= 2 and ln.ends and ln.stop >= 0.05)
    if _urlish(ln.text) and ln.words < 12:
        return _SHORT_BASE - 0.3 * n
    if n >= 80 and stop_ok and (ln.ends or ln.sentences >= 2):
        return n
    if n >= 40 and ln.ends and stop_ok:
        return 0.6 * n
    if n >= 120 and stop_ok and _COMMA.search(ln.text):
        return 0.4 * n
    return _SHORT_BASE - 0.3 * n


_ISOLATED = 0.5


_RUN_STEP = 0.1


def _weigh_isolated(lines: list[_Line]) -> None:
    """Body paragraphs come in runs; a prose line alone between short lines is more
    often a teaser's standfirst or a comment, so it counts for less. A long run of short
    lines (a menu, a list of links) costs more per line the longer it goes: a subheading
    or a caption inside a body is one or two lines, not ten."""
    pos = [ln.score > 0 for ln in lines]
    run = 0
    for i, ln in enumerate(lines):
        if pos[i]:
            run = 0
            if not (i > 0 and pos[i - 1]) and not (i + 1 < len(lines) and pos[i + 1]):
                ln.score *= _ISOLATED
        else:
            ln.score *= 1.0 + _RUN_STEP * min(run, 10)
            run += 1


_ANCHOR_SHARE = 0.25


def _region(lines: list[_Line]) -> tuple[int, int]:
    """The body region: the densest run of prose, unless the page repeats its first line
    (a scraped <title>) further down as a headline with prose after it. Then the body is
    the densest run after that headline, when it holds a fair share of the prose."""
    start, end, best = _densest(lines, 0)
    anchor = _title_anchor(lines)
    if anchor is None or start > anchor:
        return start, end
    a_start, a_end, a_best = _densest(lines, anchor + 1)
    if a_end >= a_start and a_best >= _ANCHOR_SHARE * best:
        return a_start, a_end
    return start, end


def _title_anchor(lines: list[_Line]) -> int | None:
    """Where the page's first line comes back as a headline (site name stripped)."""
    if len(lines) < 3:
        return None
    key = mk.fold(_clean_title(lines[0].text, lines))
    if len(key) < 15:
        return None
    for ln in lines[1:]:
        if ln.key == key or (len(ln.key) >= 20 and key.startswith(ln.key)):
            return ln.index
    return None


def _densest(lines: list[_Line], offset: int) -> tuple[int, int, float]:
    """The contiguous run of lines from ``offset`` on with the largest total score
    (Kadane), and that total; an empty run (offset, offset - 1) if no line is positive."""
    best, best_s, best_e = 0.0, offset, offset - 1
    cur, cur_s = 0.0, offset
    for i in range(offset, len(lines)):
        ln = lines[i]
        if cur <= 0:
            cur, cur_s = ln.score, i
        else:
            cur += ln.score
        if cur > best:
            best, best_s, best_e = cur, cur_s, i
    return best_s, best_e, best


# ---- body ----------------------------------------------------------------------------------


def _body(lines: list[_Line], start: int, end: int) -> tuple[list[Block], set[int]]:
    """Blocks of the body region, furniture lines inside it left out (their indices are
    returned so they are listed as furniture)."""
    blocks: list[Block] = []
    dropped: set[int] = set()
    for ln in lines[start : end + 1]:
        if ln.kind in _DROP_KINDS or (0 <= ln.first < ln.index):
            dropped.add(ln.index)
            continue
        heading = not ln.ends and ln.words <= 15 and ln.score < 0
        blocks.append(Block("heading" if heading else "paragraph", ln.text))
    return blocks, dropped


def _title_like(ln: _Line) -> bool:
    return (
        ln.kind is None
        and 2 <= ln.words <= 40
        and ln.length <= 300
        and not (ln.text.endswith(".") and not ln.text.endswith("..."))
        and not _urlish(ln.text)
    )


def _find_title(lines: list[_Line], start: int) -> int:
    """The headline: a title-like line shortly above the body, preferring one the page
    also gives as its first line (a scraped <title>, often with the site name appended)."""
    if start <= 0 or start >= len(lines):
        return -1
    first = lines[0].key
    # The first line is the evidence, not a candidate: it would always match itself.
    window = range(start - 1, max(0, start - 40), -1)
    for i in window:
        ln = lines[i]
        if _title_like(ln) and ln.words >= 3 and len(ln.key) >= 15 and ln.key in first:
            return i
    for i in range(start - 1, max(-1, start - 6), -1):
        ln = lines[i]
        if _title_like(ln) and ln.words >= 4:
            return i
    if _title_like(lines[0]) and lines[0].words >= 3:
        return 0
    return -1


_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—·•»]|-|::)\s+[^|–—·•»]{1,60}$")


def _clean_title(title: str, lines: list[_Line]) -> str:
    """A <title>-style headline without its " | Site name" tail."""
    m = _TITLE_SUFFIX.search(title)
    if m and len(title[: m.start()].split()) >= 3:
        return title[: m.start()].strip()
    return title


# ---- furniture -----------------------------------------------------------------------------


def _furniture(
    lines: list[_Line], start: int, end: int, title_index: int, inside: set[int]
) -> list[Furniture]:
    """Everything that is not body or title, in page order, teasers once each."""
    out: list[Furniture] = []
    seen: set[tuple[str, str]] = set()
    teasers: dict[str, int] = {}

    def add(f: Furniture) -> None:
        key = (f.kind, mk.fold(f.title or f.text))
        if f.kind == "related" and f.title:
            k = mk.fold(f.title)
            if k in teasers:
                old = out[teasers[k]]
                if not old.text and f.text:
                    out[teasers[k]] = Furniture("related", f.text, title=old.title, url=old.url)
                return
            teasers[k] = len(out)
            out.append(f)
            return
        if key in seen:
            return
        seen.add(key)
        if out and f.kind in ("navigation", "share") and out[-1].kind == f.kind and not f.title:
            out[-1] = Furniture(f.kind, out[-1].text + " | " + f.text)
            seen.add((f.kind, mk.fold(out[-1].text)))
            return
        out.append(f)

    outside = [i for i in range(len(lines)) if (i < start or i > end or i in inside) and i != title_index]
    related_context = False
    k = 0
    while k < len(outside):
        i = outside[k]
        ln = lines[i]
        nxt = _next_distinct(lines, outside, k)
        if ln.kind == "readalso":
            add(Furniture("related", "", title=ln.rest))
        elif ln.kind == "related" or (ln.kind == "section" and i > start):
            related_context = related_context or ln.kind == "related" or i > end
            add(Furniture("section", ln.text))
        elif i < start and (ln.kind in ("navigation", "section") or (ln.kind is None and ln.words <= 4)):
            add(Furniture("navigation", ln.text))
        elif ln.kind in ("caption", "date", "byline"):
            add(Furniture("other", ln.text))
        elif ln.kind is not None:
            add(Furniture(ln.kind, ln.text))
        elif _title_like(ln) and nxt is not None and _prose(lines[outside[nxt]]):
            # a headline (perhaps printed twice) followed by its standfirst
            add(Furniture("related", lines[outside[nxt]].text, title=ln.text))
            k = nxt + 1
            continue
        elif _title_like(ln) and ln.words >= 4 and (related_context or i > end):
            add(Furniture("related", "", title=ln.text))
        else:
            add(Furniture("other", ln.text))
        k += 1
    return out


def _next_distinct(lines: list[_Line], outside: list[int], k: int) -> int | None:
    """Position in ``outside`` of the next line that is not a repeat of line ``k`` (a
    headline printed twice is read once)."""
    here = lines[outside[k]].key
    j = k + 1
    while j < len(outside) and lines[outside[j]].key == here:
        j += 1
    if j < len(outside) and outside[j] - outside[j - 1] <= 2:
        return j
    return None


def _prose(ln: _Line) -> bool:
    return ln.kind is None and ln.length >= 60 and (ln.ends or ln.sentences >= 1) and ln.words >= 8


# ---- metadata ------------------------------------------------------------------------------


_NAME = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bи\b|&)\s*")


def _authors(lines: list[_Line], start: int, end: int) -> tuple[str, ...]:
    """Names from a byline just above (or below) the body; "By our correspondent" gives none."""
    near = [*range(max(0, start - 8), start), *range(end + 1, min(len(lines), end + 3))]
    for i in near:
        if lines[i].kind != "byline":
            continue
        m = mk.BYLINE.match(lines[i].text)
        if not m:
            continue
        names = [n.strip(" .") for n in _NAME_SPLIT.split(m.group("name")) if n.strip(" .")]
        names = [n for n in names if _NAME.match(n) and n[:1].isupper()]
        if names:
            return tuple(names)
    return ()


def _site(
    document: Document, furniture: list[Furniture], lines: list[_Line]
) -> tuple[str | None, str | None]:
    """Site name and domain: the URL when known, else a credit line ("source: x.org",
    "© 2024 Example News")."""
    url_name, domain = site_from_url(document.url)
    name: str | None = None
    for f in furniture:
        if f.kind != "source":
            continue
        m = mk.CREDIT_PREFIX.match(f.text)
        rest = f.text[m.end():] if m else f.text
        dm = _DOMAIN.search(rest)
        if dm and not domain:
            domain = dm.group(1).lower().removeprefix("www.")
        if name is None and not dm:
            cleaned = mk.ALL_RIGHTS.sub("", rest)
            cleaned = re.sub(r"\b(?:19|20)\d\d\b|[©.,;]|^\s*[-–]\s*", " ", cleaned)
            cleaned = " ".join(cleaned.split()).strip(" -–")
            if 1 <= len(cleaned.split()) <= 6:
                name = cleaned
    if lines:
        m = _TITLE_SUFFIX.search(lines[0].text)
        # "Headline | Site" names the site; "World | Europe | Caucasus" is a breadcrumb.
        if m and name is None and not re.search(r"[|»·•]", lines[0].text[: m.start()]):
            name = m.group(0).strip(" |–—·•»-:").strip() or None
    return name or url_name or domain, domain


_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_DMY_NUM = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
_MONTH_WORD = r"([^\W\d_]{3,10})\.?"
_DMY_WORD = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?" + _MONTH_WORD + r"\s+(?:de\s+)?((?:19|20)\d\d)\b")
_MDY_WORD = re.compile(r"\b" + _MONTH_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")


def find_date(line: str) -> str | None:
    """An ISO date (YYYY-MM-DD) written in ``line``, in any of the common forms."""
    m = _ISO_DATE.search(line)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY_WORD.search(line)
    if m and m.group(2).lower() in mk.MONTHS:
        return _iso(int(m.group(3)), mk.MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MDY_WORD.search(line)
    if m and m.group(1).lower() in mk.MONTHS:
        return _iso(int(m.group(3)), mk.MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _DMY_NUM.search(line)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _published(
    document: Document, lines: list[_Line], start: int, end: int
) -> tuple[str | None, str | None]:
    """The caller's date, else a short date line near the top of the article."""
    if document.published:
        return document.published, "caller"
    near = list(range(max(0, start - 12), min(len(lines), start + 2)))
    near += list(range(end + 1, min(len(lines), end + 4)))
    for i in near:
        ln = lines[i]
        if ln.words <= 25 and not (ln.index >= start and ln.index <= end and ln.score > 0):
            found = find_date(ln.text)
            if found:
                return found, "text"
    return None, None


def _judge(lines: list[_Line], body: list[Block], start: int, end: int) -> tuple[bool, float]:
    """Is this an article page, and how sure: long prose paragraphs that make up a fair
    share of the page say yes; a page of short lines (an index, a menu) says no."""
    words = sum(len(b.text.split()) for b in body)
    prose = sum(1 for ln in lines[start : end + 1] if ln.score > 0)
    total = sum(ln.words for ln in lines) or 1
    share = words / total
    conf = min(1.0, words / 250) * 0.6 + min(1.0, prose / 3) * 0.25 + min(1.0, share * 2) * 0.15
    return conf >= 0.5 and words >= 60, round(conf, 3)


# ---- language ------------------------------------------------------------------------------


_HANGUL = re.compile("[\uac00-\ud7a3]")
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code from function-word counts (Latin and Cyrillic scripts), or from
    the script for Chinese, Japanese and Korean; None when nothing stands out."""
    sample = text[:20000]
    hangul = len(_HANGUL.findall(sample))
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    letters = len(_LETTER.findall(sample)) or 1
    if hangul / letters > 0.2:
        return "ko"
    if (kana + han) / letters > 0.2:
        return "ja" if kana else "zh"
    words = _WORD.findall(sample.lower())
    if not words:
        return None
    best, best_n = None, 0
    for lang, stops in mk.STOPWORDS.items():
        n = sum(1 for w in words if w in stops)
        if n > best_n:
            best, best_n = lang, n
    return best if best_n >= max(2, 0.05 * len(words)) else None
