"""Page furniture harvested from HTML: related-article teasers, navigation, share bars,
cookie notices and comment sections.

The body extractor throws these away; we keep them as ``Furniture`` so that a caller can
see what was set apart (and so that a teaser's standfirst can never slip into the body).

Containers are recognised by their tag (``nav``, ``aside``) and by the words in their
``class``, ``id``, ``role`` and ``aria-label`` (``related``, ``recommended``, ``cookie``,
``share``, ``comments``…), then judged by their text: a "promo" or "card" holding a paragraph
of prose and at most one headline link is the story's own text, not teasers. Only the outermost container of each kind counts, and a
container holding most of the page's text is never furniture (a ``<div class="page
has-comments">`` wrapping everything is the page, not its comments).

A teaser is a link with a headline (three words or more) inside a related container; its
standfirst is the other text of the smallest element around it (its ``<li>``, ``<article>``
or card). Each headline is kept once, and links to the same URL are merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from tidings.model import Furniture

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cookie", re.compile(r"cookie|consent|gdpr|\bcmp\b|privacy-banner")),
    (
        "related",
        re.compile(
            r"related|recommend|more-(?:stories|news|articles|from)|morestories|read-?next|"
            r"also-?read|read-?more|trending|popular|most-?(?:read|viewed|shared)|mostread|"
            r"you-?may|further-?reading|outbrain|taboola|\bteasers?\b|\bpromos?\b|\bcards?\b",
        ),
    ),
    ("comments", re.compile(r"\bcomments?\b|comment-?(?:list|section|thread|s-area)|disqus|\breplies\b")),
    (
        "share",
        re.compile(
            r"\bshare|sharing|social|subscribe|newsletter|sign-?up|follow-?us|\bsocial-?links"
        ),
    ),
    ("navigation", re.compile(r"\bnav\b|navbar|navigation|\bmenu\b|main-menu|breadcrumbs?|site-?header")),
)
# A cheap first look at the lower-cased label: a label with none of these stems has no
# furniture word at all (a plain literal alternation is many times faster than _KINDS).
_STEMS = re.compile(
    "cookie|consent|gdpr|cmp|privacy|relat|recommend|more|read|also|trend|popular|most|you|"
    "further|outbrain|taboola|teaser|promo|card|comment|disqus|repl|shar|social|subscri|"
    "newsletter|sign|follow|nav|menu|breadcrumb|header"
)
_KIND_BY_TAG = {"nav": "navigation", "aside": "related"}
_SKIP_TAGS = frozenset(["html", "body", "main", "article", "script", "style", "noscript", "template", "head"])
_HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A container holding this share of the page's text or more is the page, not furniture.
_MAX_SHARE = 0.4
_MAX_TEXT = 4000
# Link texts as plain strings (no element proxy behind each, as "smart" strings have).
_LINK_TEXTS = etree.XPath("//a//text()", smart_strings=False)
# Links of four words or more (three spaces in their folded text): headline links.
_HEADLINE_LINKS = (
    "count(//a[string-length(normalize-space(.)) - "
    "string-length(translate(normalize-space(.), ' ', '')) >= 3])"
)


def norm(text: str | None) -> str:
    """Whitespace-folded text: the form in which furniture and body are compared."""
    return " ".join(text.split()) if text else ""


def _text(el: lxml_html.HtmlElement) -> str:
    return norm(el.text_content())


def _spaced_text(el: lxml_html.HtmlElement) -> str:
    """Text with a space between elements, so that "Comments (2)" and the first comment
    in the next block do not run together."""
    return norm(" ".join(t for t in el.itertext() if t.strip()))


@dataclass(frozen=True)
class Harvest:
    """What ``harvest`` found: the furniture, and the texts the body must not contain.

    ``chrome`` holds the navigation, cookie-notice and share containers themselves (outermost,
    in document order): elements of the harvested tree, which a body extractor can be spared.
    """

    furniture: tuple[Furniture, ...]
    texts: frozenset[str]
    page_chars: int = 0
    link_chars: int = 0
    headline_links: int = 0
    chrome: tuple[lxml_html.HtmlElement, ...] = field(default=(), compare=False, repr=False)
    page_text: str = field(default="", compare=False, repr=False)  # the body's folded text


#: Container kinds that should never hold the article: navigation, cookie notices, share
#: bars. (Related-article and comment containers do, now and then: a "card" wrapping the
#: story.) A label can still mislead ("subscriber-content", "nav-open"), so a container is
#: only counted as chrome when it is short or mostly link text.
CHROME_KINDS = frozenset(["navigation", "cookie", "share"])
CHROME_MAX_PROSE = 500  # characters of folded text
_LINK_TEXTS_INSIDE = etree.XPath(".//a//text()", smart_strings=False)


def _is_chrome(el: lxml_html.HtmlElement) -> bool:
    size = len(_text(el))
    if size <= CHROME_MAX_PROSE:
        return True
    return 2 * sum(len(t.strip()) for t in _LINK_TEXTS_INSIDE(el)) >= size


def _label(el: lxml_html.HtmlElement) -> str:
    get = el.get
    return f"{get('class') or ''} {get('id') or ''} {get('aria-label') or ''}"


def _kind_of(el: lxml_html.HtmlElement, cache: dict[str, str | None]) -> str | None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP_TAGS:
        return None
    if tag in _KIND_BY_TAG:
        return _KIND_BY_TAG[tag]
    if el.get("role") == "navigation":
        return "navigation"
    label = _label(el)
    if len(label) == 2:
        return None
    if label in cache:
        return cache[label]
    kind = None
    low = label.lower()
    if _STEMS.search(low):
        kind = next((k for k, pattern in _KINDS if pattern.search(low)), None)
    cache[label] = kind
    return kind


# Elements that may be containers: <nav>, <aside>, and elements with a class, an id, an
# aria-label or role="navigation". Written over attribute nodes (one test per attribute present
# instead of five predicates on every element): the same nodes, in document order, a third faster.
_CANDIDATES = etree.XPath(
    "//@class/.. | //@id/.. | //nav | //aside | //@aria-label/.. | //@role[.='navigation']/.."
)
_CANDIDATES_INSIDE = etree.XPath(
    "count(descendant::*/@class/.. | descendant::*/@id/.. | descendant::nav | descendant::aside | "
    "descendant::*/@aria-label/.. | descendant::*/@role[.='navigation']/..)"
)


def _containers(root: lxml_html.HtmlElement, page_len: int) -> Iterator[tuple[str, lxml_html.HtmlElement]]:
    """Outermost furniture containers, in document order."""
    limit = max(400, int(page_len * _MAX_SHARE))
    cache: dict[str, str | None] = {}
    candidates = _CANDIDATES(root)
    i = 0
    while i < len(candidates):
        el = candidates[i]
        i += 1
        kind = _kind_of(el, cache)
        if kind is None or not _fits(el, limit):
            continue
        yield kind, el
        # the candidates inside a chosen container come straight after it in document
        # order: skip them by count (walking every candidate's ancestors costs more)
        i += int(_CANDIDATES_INSIDE(el))


def _fits(el: lxml_html.HtmlElement, limit: int) -> bool:
    if el.get("role") == "main" or el.find(".//h1") is not None:
        return False
    return len(_text(el)) <= limit


def _headline(link: lxml_html.HtmlElement) -> str:
    for tag in _HEADLINE_TAGS:
        found = link.find(f".//{tag}")
        if found is not None and _text(found):
            return _text(found)
    # a link whose text is its headline followed by a standfirst in a <p>
    first = link.text_content() if not link.findall(".//p") else (link.text or "")
    return norm(first) or _text(link)


def _item_of(link: lxml_html.HtmlElement, container: lxml_html.HtmlElement, title: str) -> lxml_html.HtmlElement:
    """The smallest element around ``link`` that holds more text than the headline alone,
    but no other headline link."""
    item = link
    for parent in link.iterancestors():
        if parent is container:
            break
        others = [a for a in parent.iter("a") if a is not link and len(_text(a).split()) >= 3 and _text(a) != title]
        if others:
            break
        item = parent
        if parent.tag in ("li", "article") or len(_text(parent)) > len(title) + 20:
            break
    return item


def _teasers(container: lxml_html.HtmlElement, base_url: str | None) -> Iterator[Furniture]:
    for link in container.iter("a"):
        title = _headline(link)
        words = len(title.split())
        if words < 3 or words > 40:
            continue
        href = link.get("href")
        url = urljoin(base_url, href) if base_url and href else href
        item = _item_of(link, container, title)
        parts = [_text(p) for p in item.iter("p", "span", "div") if p.find(".//p") is None and p.find(".//div") is None]
        standfirst = ""
        for part in parts:
            if part and part != title and title not in part and len(part.split()) >= 4:
                standfirst = part
                break
        yield Furniture("related", standfirst, title=title, url=url)


#: A "related" container is judged by its text: with at most one headline link, and link text
#: under PROSE_LINK_SHARE of its text, and PROSE_MIN_CHARS of text or more, it holds prose (a
#: lead paragraph in a "promo card" beside a sign-up link), not teasers.
PROSE_LINK_SHARE = 0.25
PROSE_MIN_CHARS = 120


def _prose_not_teasers(el: lxml_html.HtmlElement) -> bool:
    if el.tag == "aside":
        return False
    text = _text(el)
    if len(text) < PROSE_MIN_CHARS:
        return False
    links = [_text(a) for a in el.iter("a")]
    if sum(1 for t in links if len(t.split()) >= 3) > 1:
        return False
    return sum(len(t) for t in links) < PROSE_LINK_SHARE * len(text)


def harvest(root: lxml_html.HtmlElement, base_url: str | None = None) -> Harvest:
    """Collect the furniture of a parsed page (the tree is only read, never changed)."""
    body = root.find(".//body")
    page_text = _text(body if body is not None else root)
    page_len = len(page_text)
    out: list[Furniture] = []
    texts: set[str] = set()
    seen_titles: dict[str, int] = {}
    chrome: list[lxml_html.HtmlElement] = []
    for kind, el in _containers(root, page_len):
        if kind in CHROME_KINDS and _is_chrome(el):
            chrome.append(el)
        if kind == "related" and _prose_not_teasers(el):
            continue  # named like a teaser box, but holding the story's own prose
        if kind == "related":
            for teaser in _teasers(el, base_url):
                key = (teaser.title or "").lower()
                if key in seen_titles:
                    i = seen_titles[key]
                    if not out[i].text and teaser.text:
                        out[i] = Furniture("related", teaser.text, title=out[i].title, url=out[i].url)
                        texts.add(teaser.text)
                    continue
                seen_titles[key] = len(out)
                out.append(teaser)
                texts.update(t for t in (teaser.title, teaser.text) if t)
            continue
        if kind == "navigation":
            links = _unique(_text(a) for a in el.iter("a"))
            if not links:
                continue
            out.append(Furniture("navigation", " | ".join(links)))
            texts.update(links)
            continue
        text = _spaced_text(el)
        if kind == "share" and not text:
            text = " ".join(_unique(a.get("aria-label") or a.get("title") or "" for a in el.iter("a")))
        if not text:
            continue
        out.append(Furniture(kind, text[:_MAX_TEXT]))
        texts.add(text)
        texts.update(_text(p) for p in el.iter("p", "li"))
    texts.discard("")
    link_chars = sum(len(t.strip()) for t in _LINK_TEXTS(root))
    headline_links = int(root.xpath(_HEADLINE_LINKS))
    return Harvest(tuple(out), frozenset(texts), page_len, link_chars, headline_links, tuple(chrome), page_text)


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        item = norm(item)
        if item and item not in seen:
            seen[item] = None
    return list(seen)
