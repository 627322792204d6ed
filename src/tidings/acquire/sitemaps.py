"""XML sitemaps (sitemaps.org 0.9), sitemap indexes and Google News sitemaps, ``.gz`` or not.

``parse_sitemap(bytes)`` tells an index from a URL set and gives its entries: for a URL set
each page's ``loc`` with its ``lastmod`` and, for a news sitemap, the
``news:publication_date`` and ``news:title``; for an index the child sitemaps' addresses.
``iter_sitemap_urls`` follows an index down to its URL sets (fetching the children, which
may be gzipped), to a bounded depth so that an index that lists itself ends.

The XML is parsed with entities and network access off (a sitemap is untrusted input).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tidings.errors import FetchError, InputError
from tidings.model import Failure

STAGE = "acquire.sitemap"
MAX_DEPTH = 3
#: Most sitemap files fetched, and most page URLs taken, from one SOURCE (the sitemap
#: protocol's own limit is 50,000 URLs a file): a fan-out of indexes stays bounded.
MAX_SITEMAPS = 100
MAX_URLS = 50_000


@dataclass
class _Budget:
    sitemaps: int = MAX_SITEMAPS
    urls: int = MAX_URLS
    told: bool = False

    def __post_init__(self) -> None:
        self.limits = (self.sitemaps, self.urls)


def looks_like_sitemap(head: bytes) -> bool:
    """True when the document's root element is ``urlset`` or ``sitemapindex``."""
    from tidings.acquire.feeds import root_element

    return root_element(head) in ("urlset", "sitemapindex")


@dataclass(frozen=True)
class SitemapEntry:
    """One page listed in a sitemap."""

    url: str
    lastmod: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: ``pages`` for a URL set, ``children`` (sitemap URLs) for an index."""

    is_index: bool
    pages: tuple[SitemapEntry, ...] = ()
    children: tuple[str, ...] = ()


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(el: object, name: str) -> str | None:
    for child in el:  # type: ignore[attr-defined]
        if _local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def parse_sitemap(content: bytes, *, source: str) -> Sitemap:
    """Parse a sitemap or sitemap index (already un-gzipped).

    Raises:
        InputError: ``sitemap.invalid`` when the bytes are not well-formed XML with a
            ``urlset`` or ``sitemapindex`` root.
    """
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"the sitemap is not well-formed XML ({exc})", source=source,
                         code="sitemap.invalid", stage=STAGE) from exc
    if root.getroottree().docinfo.internalDTD is not None:
        raise InputError("the sitemap declares a DOCTYPE with an internal subset (entities); sitemaps "
                         "have none, so it is refused", source=source, code="sitemap.doctype", stage=STAGE)
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = []
        for sm in root:
            if _local(sm.tag) == "sitemap" and (loc := _child_text(sm, "loc")):
                children.append(loc)
        return Sitemap(is_index=True, children=tuple(children))
    if kind != "urlset":
        raise InputError(f"the XML root is <{kind}>, not <urlset> or <sitemapindex>", source=source,
                         code="sitemap.invalid", stage=STAGE)
    pages = []
    for url in root:
        if _local(url.tag) != "url" or not (loc := _child_text(url, "loc")):
            continue
        published = title = None
        for child in url:
            if _local(child.tag) == "news":
                published = _child_text(child, "publication_date")
                title = _child_text(child, "title")
        pages.append(SitemapEntry(url=loc, lastmod=_child_text(url, "lastmod"), published=published, title=title))
    return Sitemap(is_index=False, pages=tuple(pages))


def iter_sitemap_pages(
    content: bytes,
    *,
    source: str,
    fetch_bytes: Callable[[str], bytes],
    depth: int = 0,
    seen: set[str] | None = None,
    max_sitemaps: int = MAX_SITEMAPS,
    max_urls: int = MAX_URLS,
) -> Iterator[SitemapEntry | Failure]:
    """The pages of a sitemap, following an index's children with ``fetch_bytes`` (which
    returns the child's un-gzipped bytes or raises FetchError/InputError). A child that
    cannot be fetched or parsed becomes a Failure; the other children are read on.

    At most ``max_sitemaps`` child sitemaps are fetched and ``max_urls`` pages given for the
    whole tree; past either, one ``sitemap.too_many`` Failure says what was left out."""
    budget = _Budget(max_sitemaps, max_urls)
    yield from _pages(content, source, fetch_bytes, depth, seen if seen is not None else {source}, budget)


def _pages(content: bytes, source: str, fetch_bytes: Callable[[str], bytes], depth: int, seen: set[str],
           budget: _Budget) -> Iterator[SitemapEntry | Failure]:
    sitemap = parse_sitemap(content, source=source)
    if not sitemap.is_index:
        for page in sitemap.pages:
            if budget.urls <= 0:
                yield from _over(budget, source, f"more than {budget.limits[1]:,} page URLs")
                return
            budget.urls -= 1
            yield page
        return
    for child in sitemap.children:
        if child in seen:
            continue
        seen.add(child)
        if depth + 1 > MAX_DEPTH:
            yield Failure(child, STAGE, "sitemap.too_deep",
                          f"sitemap indexes nest more than {MAX_DEPTH} deep; this child was not read")
            continue
        if budget.sitemaps <= 0 or budget.urls <= 0:
            yield from _over(budget, child, "more than the sitemap files or page URLs allowed")
            return
        budget.sitemaps -= 1
        try:
            data = fetch_bytes(child)
            yield from _pages(data, child, fetch_bytes, depth + 1, seen, budget)
        except (FetchError, InputError) as exc:
            yield Failure(child, exc.stage or STAGE, exc.code, exc.message)


def _over(budget: _Budget, where: str, what: str) -> Iterator[Failure]:
    if not budget.told:
        budget.told = True
        yield Failure(where, STAGE, "sitemap.too_many",
                      f"the sitemap lists {what} (at most {budget.limits[0]} sitemap files and "
                      f"{budget.limits[1]:,} pages are read from one source); the rest was not read")
