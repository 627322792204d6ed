"""Sitemaps: URL sets, news sitemaps, indexes with gzipped children, served on 127.0.0.1."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tidings.acquire.sitemaps import parse_sitemap
from tidings.acquire.sources import iter_sources
from tidings.errors import InputError
from tidings.model import Document, Failure

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def urlset(urls: list[str], *, news: bool = False) -> str:
    items = []
    for i, u in enumerate(urls):
        extra = (f"<news:news><news:publication><news:name>Example</news:name><news:language>en</news:language>"
                 f"</news:publication><news:publication_date>2024-06-0{i + 1}T08:00:00Z</news:publication_date>"
                 f"<news:title>Story {i}</news:title></news:news>") if news else ""
        items.append(f"<url><loc>{u}</loc><lastmod>2024-07-01</lastmod>{extra}</url>")
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {NS} {NEWS if news else ""}>{"".join(items)}</urlset>'


def index(children: list[str]) -> str:
    body = "".join(f"<sitemap><loc>{c}</loc></sitemap>" for c in children)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {NS}>{body}</sitemapindex>'


def test_parse_sitemap_news_fields() -> None:
    sm = parse_sitemap(urlset(["https://a.example/1", "https://a.example/2"], news=True).encode(), source="s")
    assert not sm.is_index
    assert [p.url for p in sm.pages] == ["https://a.example/1", "https://a.example/2"]
    assert sm.pages[1].published == "2024-06-02T08:00:00Z" and sm.pages[1].title == "Story 1"
    assert sm.pages[0].lastmod == "2024-07-01"


def test_parse_sitemap_index_and_errors() -> None:
    sm = parse_sitemap(index(["https://a.example/s1.xml", "https://a.example/s2.xml.gz"]).encode(), source="i")
    assert sm.is_index and sm.children == ("https://a.example/s1.xml", "https://a.example/s2.xml.gz")
    with pytest.raises(InputError) as err:
        parse_sitemap(b"<html><body>no</body></html>", source="x")
    assert err.value.code == "sitemap.invalid"
    with pytest.raises(InputError):
        parse_sitemap(b"<urlset><url><loc>broken", source="x")


def test_iter_sources_sitemap_index_with_gz_child(http_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = []
    for i in range(4):
        pages.append(http_server.add(http_server.unique(f"story-{i}.html"),
                                     f"<html><head><title>Story {i}</title></head><body><p>Body {i}</p></body></html>"))
    news = http_server.add(http_server.unique("news.xml"), urlset(pages[:2], news=True),
                           headers={"Content-Type": "application/xml"})
    gz = http_server.add(http_server.unique("more.xml.gz"), gzip.compress(urlset(pages[2:]).encode()),
                         headers={"Content-Type": "application/gzip"})
    missing = http_server.url(http_server.unique("gone.xml"))
    idx = http_server.add(http_server.unique("sitemap_index.xml"), index([news, missing, gz]),
                          headers={"Content-Type": "application/xml"})
    items = list(iter_sources([idx]))
    docs = [x for x in items if isinstance(x, Document)]
    assert [d.url for d in docs] == pages
    assert docs[0].content.startswith(b"<html><head><title>Story 0")
    assert docs[1].published == "2024-06-02T08:00:00Z" and docs[2].published is None
    (failure,) = [x for x in items if isinstance(x, Failure)]
    assert failure.source == missing and failure.code == "fetch.not_found"

    # The same index saved to a file is read the same way.
    local = tmp_path / "sitemap.xml"
    local.write_text(index([news, gz]), encoding="utf-8")
    assert [d.url for d in iter_sources([str(local)]) if isinstance(d, Document)] == pages
