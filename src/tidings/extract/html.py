"""HTML page -> Article: trafilatura for the body and metadata, then our own clean-up.

The body comes from trafilatura in precision mode (which already falls back on its
readability and jusText ports when its own pass looks wrong). We then:

- cut the title when the body repeats it as its first line;
- drop a long paragraph that repeats the one just before it (a doubled responsive copy);
- drop paragraphs that are furniture found on the page (a teaser's standfirst, the cookie
  notice, a share bar's text): the furniture itself is kept in ``Article.furniture``;
- trim boilerplate lines at the end (share prompts, "Read more", newsletter sign-ups,
  copyright lines) and stray "Advertisement" labels anywhere.

When trafilatura finds no body at all, readability-lxml (if installed) is tried, then the
page's ``<p>`` elements. ``Article.method`` says which produced the body.

``extract.keep`` then makes sure no word of the body is lost (issue 10): inline elements inside
paragraphs are never dropped for their class (trafilatura is handed the tree with their class,
id and style lifted); a body of under 50 words and no sentence gives way to the page's prose
wherever it stands ("prose"); a JSON-LD ``articleBody`` longer than the HTML's and consistent with it replaces it
("json-ld"); prose the body left out where it stands (a lead in a promo box, a list it skipped,
a listing's last entries) is put back; the body ends at a neighbouring story's headline; drop
capitals are joined; the title is never the CMS's or the site's name; a standfirst repeating
the page's description is kept in ``Article.standfirst``. Whether the page is a news article
(``is_article``) never empties its text.

The page is parsed once (``parse``: trafilatura's loader, done on UTF-8 bytes) and every step
reads that one tree. trafilatura gets it with the navigation, cookie and share containers the
furniture harvest found taken out for the call (they are put back straight after): it would
discard them anyway, after copying and walking them with its XPath rules.

The publication date: the caller's ``Document.published`` wins ("caller"); then an
explicit publication tag in the page (JSON-LD ``datePublished``, ``article:published_time``
and similar: "meta"); then htmldate's original-date search ("htmldate:original"); then a
date in the URL ("url").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from tidings.config import ExtractSettings
from tidings.errors import InputError
from tidings.extract import keep
from tidings.extract.site import site_from_url
from tidings.extract.teasers import Harvest, harvest, norm
from tidings.model import Article, Block, Document

# ---- boilerplate lines --------------------------------------------------------------------

_ANYWHERE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|scroll to (?:continue|top)|"
    r"story continues below(?: advertisement)?|continue reading(?: below)?|skip (?:to )?(?:main )?content|"
    r"article continues (?:below|after advertisement))\W*$",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"^(?:"
    r"(?:share|tweet|email|print|save)(?: (?:this|on|via|the|article|story|page|[a-z]+)){0,4}\W*|"
    r"(?:read|see|watch|show) (?:more|also|next|the full)\b.{0,120}|"
    r"(?:related|more on this|more from|also read|further reading|recommended)\b.{0,120}|"
    r".{0,80}\b(?:sign up|subscribe|newsletter|follow us|follow (?:him|her|them) on|join us on)\b.{0,160}|"
    r".{0,40}\bshare (?:it|this|on|via)\b.{0,60}|"
    r"(?:©|\(c\)|copyright\b).{0,200}|"
    r".{0,120}\ball rights reserved\b.{0,80}|"
    r"(?:tags?|topics?|filed under|categories|posted in)\s*:.{0,200}|"
    r"(?:click here|comments?|leave a (?:comment|reply)|\d+ comments?)\b.{0,100}|"
    r"(?:photo|image|picture|video|source|credit)s?\s*:.{0,120}"
    r")$",
    re.IGNORECASE,
)
_MIN_TRAILING_KEEP = 2  # never trim a body below this many paragraphs
# Repeated lines are often content (interview questions, recipe steps, table headers), so
# only a long paragraph repeated straight after itself is dropped.
_MIN_REPEAT_WORDS = 8


def _boiler_anywhere(text: str) -> bool:
    return len(text) < 80 and bool(_ANYWHERE.match(text))


def _boiler_trailing(text: str) -> bool:
    return len(text) < 300 and bool(_TRAILING.match(text))


# ---- the body tree -> blocks --------------------------------------------------------------


def _element_text(el: etree._Element) -> str:
    """Text of one trafilatura output element, line breaks as spaces, white space folded.

    Inline parts are joined as they stand on the page (a drop capital "T" and "he minister"
    make "The minister"); a line break (``lb``) or a nested block is a space."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            block = child.tag in ("lb", "list", "item", "p", "head", "quote", "row", "cell")
            if block:
                parts.append(" ")
            walk(child)
            if block:
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return norm("".join(parts))


def _blocks_from_body(body: etree._Element | None) -> list[Block]:
    if body is None:
        return []
    blocks: list[Block] = []
    if body.text and body.text.strip():
        blocks.append(Block("paragraph", norm(body.text)))
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            text = _element_text(el)
            if text:
                blocks.append(Block("heading", text))
        elif tag == "list":
            items = [_element_text(item) for item in el.iter("item")]
            items = [i for i in items if i]
            if items:
                blocks.append(Block("list", "\n".join(items)))
        elif tag == "quote":
            text = _element_text(el)
            if text:
                blocks.append(Block("quote", text))
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_element_text(c) for c in row.iter("cell")]
                line = " | ".join(c for c in cells if c)
                if line:
                    blocks.append(Block("paragraph", line))
        elif tag:
            text = _element_text(el)
            if text:
                blocks.append(Block("paragraph", text))
        if el.tail and el.tail.strip():
            blocks.append(Block("paragraph", norm(el.tail)))
    return blocks


def _lines(block: Block) -> list[str]:
    return block.text.splitlines() if block.kind == "list" else [block.text]


def clean_blocks(blocks: Iterable[Block], title: str, furniture_texts: frozenset[str]) -> list[Block]:
    """The post-processing described in the module docstring, on extracted blocks."""
    out: list[Block] = []
    previous = ""
    title_key = norm(title).lower()
    for block in blocks:
        text = block.text
        key = norm(text).lower()
        if not key or _boiler_anywhere(text):
            continue
        if not out and title_key and key == title_key:
            continue
        if block.kind != "heading" and text in furniture_texts:
            continue
        if key == previous and len(key.split()) >= _MIN_REPEAT_WORDS:
            continue  # the same long paragraph twice in a row: a doubled (responsive) copy
        previous = key
        out.append(block)
    while len(out) > _MIN_TRAILING_KEEP and out[-1].kind != "list" and _boiler_trailing(out[-1].text):
        out.pop()
    return out


# ---- metadata -----------------------------------------------------------------------------

_META_DATE_XPATH = (
    "//meta[@property='article:published_time' or @property='og:published_time' or "
    "@name='article:published_time' or @itemprop='datePublished' or @name='pubdate' or "
    "@name='publishdate' or @name='publish-date' or @name='parsely-pub-date' or "
    "@name='sailthru.date' or @name='dc.date.issued' or @name='DC.date.issued' or "
    "@name='citation_publication_date' or @property='datePublished']/@content"
    " | //@itemprop[.='datePublished']/../@datetime | //time[@pubdate]/@datetime"
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|$|[-_])")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    if day.year < 1995 or day > date.today():
        return None
    return day.isoformat()


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    m = _ISO_DATE.search(value)
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _json_ld_dates(root: lxml_html.HtmlElement) -> Iterable[str]:
    for script in root.xpath("//script[@type='application/ld+json']"):
        raw = script.text or ""
        if "datePublished" not in raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', raw)
            if m:
                yield m.group(1)
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str):
                    yield value
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)


def meta_date(root: lxml_html.HtmlElement) -> str | None:
    """The page's explicit publication date (JSON-LD or a publication meta tag), if any."""
    for value in _json_ld_dates(root):
        found = _iso(value)
        if found:
            return found
    for value in root.xpath(_META_DATE_XPATH):
        found = _iso(str(value))
        if found:
            return found
    return None


def url_date(url: str | None) -> str | None:
    """A date written in the URL path (``/2024/03/05/``), if any."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _language(root: lxml_html.HtmlElement) -> str | None:
    values = root.xpath(
        "/html/@lang | /html/@xml:lang | //meta[@http-equiv='content-language' or "
        "@http-equiv='Content-Language']/@content | //meta[@property='og:locale']/@content",
        namespaces={"xml": "http://www.w3.org/XML/1998/namespace"},
    )
    for value in values:
        code = str(value).strip().replace("_", "-").split("-")[0].lower()
        if 2 <= len(code) <= 3 and code.isalpha():
            return code
    return None


def _authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    parts = [norm(p) for p in re.split(r";|\band\b(?=\s+[A-Z])|\s&\s", value)]
    seen: dict[str, None] = {}
    for p in parts:
        if p and p.lower() not in (s.lower() for s in seen):
            seen[p] = None
    return tuple(seen)


def _og_type(root: lxml_html.HtmlElement) -> str | None:
    values = root.xpath("//meta[@property='og:type']/@content")
    return str(values[0]).strip().lower() if values else None


# ---- is this an article? ------------------------------------------------------------------

_WALL = re.compile(
    r"(?:subscribe|sign in|log in|login|register)\s+(?:now\s+)?to\s+(?:continue|read|keep reading|"
    r"access|unlock)|this (?:article|content|story) is (?:only )?(?:for|available to|reserved for) "
    r"(?:subscribers|members)|already a (?:subscriber|member)\?|create a free account to",
    re.IGNORECASE,
)


def _verdict(
    found: Harvest, body_text: str, words: int, paragraphs: int, og_type: str | None, other_kind: bool = False
) -> tuple[bool, float]:
    """(is_article, confidence that the page is an article). ``other_kind``: the page declares
    itself something else (a product, a job, a question, a forum thread: see
    ``keep.declared_non_article``). The verdict is only a label: the text is the same either way."""
    link_density = found.link_chars / max(1, found.page_chars)
    headline_links = found.headline_links
    walled = bool(_WALL.search(body_text)) and words < 250
    conf = 0.5
    conf += 0.15 if og_type == "article" else 0.0
    conf -= 0.15 if og_type in ("website", "profile") else 0.0
    conf -= 0.4 if og_type == "product" or other_kind else 0.0
    conf += min(0.3, words / 1000)
    conf += 0.05 if paragraphs >= 4 else 0.0
    conf += 0.1 if link_density < 0.2 else 0.0
    conf -= min(0.3, max(0.0, link_density - 0.35))
    if headline_links >= 12 and words < 40 * headline_links ** 0.5:
        conf -= 0.35
    if walled:
        conf -= 0.35
    if words < 60:
        conf -= 0.35
    elif words < 120:
        conf -= 0.1
    conf = max(0.02, min(0.99, conf))
    return conf >= 0.5, conf


# ---- entry point --------------------------------------------------------------------------


# The parser trafilatura's loader uses: comments and processing instructions dropped, the
# input taken as UTF-8 whatever a <meta charset> says (we hand it bytes we encoded ourselves).
_PARSER = lxml_html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
)
# Characters libxml2 rejects (C0 controls but tab/LF/CR, and U+FFFE/U+FFFF): deleted from
# the UTF-8 bytes in one C pass (a regex over the whole page string costs more than parsing).
_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 32)])
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")
# libxml2 mis-parses a first-line doctype with a slash in it (XHTML public identifiers).
_SLASHED_DOCTYPE = re.compile(r"^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
_SELF_CLOSED_HTML = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)


def _load(html: str) -> lxml_html.HtmlElement | None:
    """trafilatura's ``load_html`` for a decoded string, at about half its cost: the same
    parser and repairs, the whole-page clean-up done on bytes.

    Returns None when the markup does not look like a document (no ``html`` in its first
    characters and at most one top element), as trafilatura's loader does."""
    beginning = html[:50].lower()
    if "doctype" in beginning:
        first, newline, rest = html.partition("\n")
        html = _SLASHED_DOCTYPE.sub("", first, count=1) + newline + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = _SELF_CLOSED_HTML.sub(r"\1>", html, count=1)
            break
    data = html.encode("utf-8", "replace").translate(None, _CONTROL_BYTES)
    for bad in _NONCHARACTERS:
        if bad in data:
            data = data.replace(bad, b"")
    try:
        tree = lxml_html.fromstring(data, parser=_PARSER)
    except etree.ParserError:  # "Document is empty"
        return None
    if tree is None or ("html" not in beginning and len(tree) < 2):
        return None
    return tree


def parse(html: str, source: str = "<html>") -> lxml_html.HtmlElement:
    """Parse page markup into an lxml tree (XML declarations and odd encodings tolerated).

    Raises:
        InputError: ``extract.malformed_html`` when no tree can be built.
    """
    tree = _load(html)
    if tree is None:
        # a bare fragment ("<p>...</p>") is refused as "not a document": give it one
        tree = _load(f"<html><body><div>{html}</div></body></html>")
    if tree is None:
        raise InputError(
            "the HTML cannot be parsed into a document tree; save the page again or give its text",
            source=source,
            code="extract.malformed_html",
        )
    return tree


#: A fast-mode body shorter than this (characters) is re-extracted with trafilatura's full
#: cascade (its readability and jusText comparisons). Short bodies are where the fast pass
#: fails (a page it cannot read comes back empty or as a caption); longer ones the full
#: cascade almost never changes, so this keeps most of the speed of fast mode.
CASCADE_BELOW = 500


@contextmanager
def _hidden(elements: Iterable[lxml_html.HtmlElement]) -> Iterator[None]:
    """Take ``elements`` (disjoint, in any order) out of their tree for the duration,
    as ``drop_tree`` does (their tail text stays in place), and put everything back as it was.
    """
    undo: list[tuple[lxml_html.HtmlElement, int, lxml_html.HtmlElement, lxml_html.HtmlElement | None, str | None]] = []
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        previous = el.getprevious()
        holder = parent if previous is None else previous
        before = holder.text if previous is None else holder.tail
        undo.append((parent, parent.index(el), el, previous, before))
        el.drop_tree()
    try:
        yield
    finally:
        for parent, index, el, previous, before in reversed(undo):
            if previous is None:
                parent.text = before
            else:
                previous.tail = before
            parent.insert(index, el)


# Elements trafilatura deletes first thing (its ``MANUALLY_CLEANED``), after copying the
# tree twice with them: scripts (but JSON-LD, which it reads), styles, SVG drawings.
_NEVER_BODY = etree.XPath("//script[not(@type='application/ld+json')] | //style | //svg")


def _spare(chrome: tuple[lxml_html.HtmlElement, ...], root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The elements to take out of the tree for the trafilatura call: the harvested chrome
    and what trafilatura would delete anyway, outermost only (none inside another)."""
    extra = [el for el in _NEVER_BODY(root) if el.getparent() is not None]
    if not extra:
        return list(chrome)
    inside = set(chrome)
    out: list[lxml_html.HtmlElement] = list(chrome)
    for el in extra:
        if not any(anc in inside for anc in el.iterancestors()):
            out.append(el)
            inside.add(el)
    return out


def _trafilatura_body(tree: lxml_html.HtmlElement, url: str | None, settings: ExtractSettings) -> tuple[etree._Element | None, str]:
    """The body tree from trafilatura, and the method that produced it."""
    from trafilatura import bare_extraction

    def run(fast: bool):  # type: ignore[no-untyped-def]
        return bare_extraction(
            tree,
            url=url,
            fast=fast,
            favor_precision=settings.favor_precision,
            include_comments=False,
            include_tables=True,
            with_metadata=False,
        )

    result = run(fast=True)
    if result is not None and len(result.text or "") >= CASCADE_BELOW:
        return result.body, "trafilatura"
    fuller = run(fast=False)
    if fuller is not None and len(fuller.text or "") > len(result.text or "" if result is not None else ""):
        return fuller.body, "trafilatura-cascade"
    return (result.body if result is not None else None), "trafilatura"


@dataclass(frozen=True)
class Meta:
    title: str = ""
    author: str | None = None
    sitename: str | None = None
    url: str | None = None


def _metadata(tree: lxml_html.HtmlElement) -> Meta:
    """Title, author, site name and canonical URL from the page's meta tags and JSON-LD
    (trafilatura's readers), with the <title>/<h1> as the fallback title."""
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title

    found = examine_meta(tree)
    found = extract_meta_json(tree, found)
    title = found.title or extract_title(tree) or ""
    author = found.author if found.author and " " in found.author.strip() else None
    if author is None:
        author = _byline(tree)
    return Meta(norm(title), author, found.sitename, found.url)


# Written over attribute nodes (``//@class[...]/..``): libxml2 then tests one attribute per
# element instead of five predicates on every element, half the cost on a news page.
_BYLINE_XPATH = (
    "//@rel[.='author']/.. | //@itemprop[.='author']/.. | //@class[contains(., 'byline__name') or "
    "contains(., 'author-name') or contains(., 'author__name')]/.."
)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)


def _byline(tree: lxml_html.HtmlElement) -> str | None:
    names: list[str] = []
    for el in tree.xpath(_BYLINE_XPATH)[:6]:
        inner = el.xpath(".//*[@itemprop='name']")
        text = norm((inner[0] if inner else el).text_content())
        text = _BY.sub("", text)
        if 2 <= len(text.split()) <= 5 and not any(ch.isdigit() for ch in text) and text not in names:
            names.append(text)
    return "; ".join(names) or None


def find_date(tree: lxml_html.HtmlElement, url: str | None) -> tuple[str | None, str | None]:
    """(date, how it was found) from the page alone: "meta", "htmldate:original" or "url"."""
    found = meta_date(tree)
    if found:
        return found, "meta"
    from htmldate import find_date as htmldate_find

    guessed = htmldate_find(tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if guessed:
        return guessed, "url" if guessed == url_date(url) else "htmldate:original"
    from_url = url_date(url)
    return (from_url, "url") if from_url else (None, None)


_READABLE_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td")
_READABLE_KIND = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
                  "h6": "heading", "li": "list", "blockquote": "quote"}


def readability_blocks(html: str) -> list[Block]:
    """The body as readability-lxml sees it (its summary, split into our blocks)."""
    from readability import Document as Readable
    from readability.readability import Unparseable

    try:
        summary = Readable(html).summary(html_partial=True)
        part = lxml_html.fromstring(summary) if summary.strip() else None
    except (Unparseable, etree.ParserError):
        return []  # only a second opinion: trafilatura's body stands
    if part is None:
        return []
    blocks: list[Block] = []
    for el in part.iter(*_READABLE_TAGS):
        if next(el.iterancestors(*_READABLE_TAGS), None) is not None:
            continue  # its text is in the enclosing block
        text = norm(el.text_content())
        if not text:
            continue
        kind = _READABLE_KIND.get(el.tag, "paragraph")
        if kind == "list" and blocks and blocks[-1].kind == "list":
            blocks[-1] = Block("list", blocks[-1].text + "\n" + text)
        else:
            blocks.append(Block(kind, text))
    if not blocks:
        text = norm(part.text_content())
        blocks = [Block("paragraph", text)] if text else []
    return blocks


def _shingle_containment(inner: str, outer: str) -> float:
    """Share of ``inner``'s word 4-grams found in ``outer`` (1.0: all of it)."""
    def grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))}

    a = grams(inner)
    return len(a & grams(outer)) / len(a) if a else 0.0


#: Ensemble thresholds: when trafilatura's body holds less than COVER_BELOW of the page's
#: paragraph text, readability-lxml is consulted; its body replaces ours when it is at least
#: LONGER times as long and contains CONTAINS of ours (it found the same article, and more
#: of it), or, for a body shorter than CASCADE_BELOW, when it is SHORT_LONGER times as long.
COVER_BELOW = 0.5
LONGER = 2.0
CONTAINS = 0.9
SHORT_LONGER = 3.0


def _ensemble(html: str, page: keep.PageBlocks, blocks: list[Block]) -> list[Block] | None:
    """readability-lxml's blocks when they should replace ours (see the thresholds), else None."""
    ours = "\n".join(b.text for b in blocks)
    short = len(ours) < CASCADE_BELOW
    if not short and len(ours) >= COVER_BELOW * page.paragraph_chars():
        return None
    theirs = readability_blocks(html)
    text = "\n".join(b.text for b in theirs)
    if short and len(text) >= SHORT_LONGER * max(1, len(ours)):
        return theirs
    if len(text) >= LONGER * len(ours) and _shingle_containment(ours, text) >= CONTAINS:
        return theirs
    return None


def _paragraph_blocks(root: lxml_html.HtmlElement) -> list[Block]:
    return [Block("paragraph", t) for t in (norm(p.text_content()) for p in root.iter("p")) if len(t.split()) >= 8]


def extract_html(html: str, document: Document, settings: ExtractSettings) -> Article:
    """Extract the article of one HTML page.

    Args:
        html: the decoded page markup.
        document: the acquired page (its ``url``, ``published`` and ``source`` are used).
        settings: the extraction settings.

    Raises:
        InputError: ``extract.malformed_html`` when the markup cannot be parsed at all.
    """
    root = parse(html, document.source)
    found: Harvest = harvest(root, document.url)
    # trafilatura throws navigation, cookie notices and share bars away too, but only after
    # copying and walking them with a dozen XPath rules: a third of a news page's elements
    with _hidden(_spare(found.chrome, root)), keep.unmasked(root):
        body, method = _trafilatura_body(root, document.url, settings)
    meta = _metadata(root)
    title = keep.choose_title(root, meta.title, meta.sitename)
    blocks = _blocks_from_body(body)
    page = keep.page_blocks(root)  # the page's text blocks, read once for the steps below
    other = _ensemble(html, page, blocks)
    if other:
        blocks, method = other, ("ensemble:readability" if blocks else "readability")
    if not blocks:
        blocks, method = _paragraph_blocks(root), "paragraphs"
    if not title:
        h1 = root.find(".//h1")
        title = norm(h1.text_content()) if h1 is not None else ""
    furniture_texts = found.texts
    if keep.words(blocks) < keep.PROSE_BELOW and not keep.has_prose(blocks):
        # (almost) nothing found, and no sentence in it: the page's prose, wherever it stands
        # and whatever its containers are called, is its main text (a thread whose posts are
        # "comments"); a short brief that found its sentence stays as it is
        prose = keep.prose_blocks(root, found.chrome, page)
        if keep.words(prose) >= max(keep.PROSE_MIN_WORDS, keep.PROSE_TIMES * keep.words(blocks)):
            blocks, method = prose, "prose"
            furniture_texts = found.texts - {b.text for b in prose}
    ld = keep.json_ld_body(root)
    standfirst = ""
    if ld is not None and keep.use_json_ld(ld, "\n".join(b.text for b in blocks), keep.page_headlines(root)):
        blocks, method = keep.ld_blocks(ld), "json-ld"
    else:
        restored = keep.restore(root, blocks, title, furniture_texts, found.chrome, page)
        blocks, standfirst = restored.blocks, restored.standfirst
    blocks = keep.join_drop_caps(blocks)
    blocks = clean_blocks(blocks, title, furniture_texts)
    paragraphs = tuple(line for b in blocks for line in _lines(b))

    published: str | None
    how: str | None
    if document.published:
        published, how = document.published, "caller"
    else:
        published, how = find_date(root, document.url)

    url = document.url or meta.url
    name, domain = site_from_url(url)
    site_name = norm(meta.sitename) if meta.sitename else name
    words = sum(len(p.split()) for p in paragraphs)
    # the page's text, where a login wall would say so (read only for short bodies)
    wall_text = found.page_text[:20000] if words < 250 else ""
    is_article, confidence = _verdict(
        found, wall_text, words, len(paragraphs), _og_type(root), keep.declared_non_article(root)
    )
    return Article(
        title=title,
        paragraphs=paragraphs,
        source=document.source,
        url=url,
        site_name=site_name,
        site_domain=domain,
        authors=_authors(meta.author),
        published=published,
        published_method=how,
        language=_language(root),
        blocks=tuple(blocks),
        furniture=found.furniture,
        is_article=is_article,
        article_confidence=confidence,
        method=method,
        doc_id=document.doc_id,
        standfirst=standfirst,
    )
