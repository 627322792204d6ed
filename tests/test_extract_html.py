"""HTML extraction on pages written for these tests (tests/data/html, see its README)."""

from __future__ import annotations

from pathlib import Path

import pytest

import tidings
from tidings.config import ExtractSettings
from tidings.extract.html import (
    _hidden,
    clean_blocks,
    extract_html,
    find_date,
    parse,
    url_date,
)
from tidings.extract.site import site_from_url
from tidings.extract.teasers import harvest
from tidings.model import Block, Document

DATA = Path(__file__).parent / "data" / "html"
URL = "https://www.northern-ledger.example/world/2024/03/14/ceasefire-talks-geneva"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def article() -> tidings.Article:
    return tidings.extract(DATA / "ceasefire-talks.html", url=URL)


def test_extract_html_body_paragraphs_in_order(article: tidings.Article) -> None:
    assert article.paragraphs[0].startswith("Negotiators from the two governments agreed on Thursday")
    assert article.paragraphs[-1].startswith("A spokesperson for the United Nations")
    assert "the pull-back of artillery from the contact line" in article.paragraphs
    assert article.word_count > 150


def test_extract_html_metadata(article: tidings.Article) -> None:
    assert article.title == "Envoys agree to resume ceasefire talks in Geneva"
    assert article.authors == ("Maria Lindqvist",)
    assert article.published == "2024-03-14"
    assert article.published_method == "meta"
    assert article.site_name == "The Northern Ledger"
    assert article.site_domain == "northern-ledger.example"
    assert article.language == "en"
    assert article.method == "trafilatura"
    assert article.is_article and article.article_confidence > 0.7


def test_extract_html_title_not_in_body(article: tidings.Article) -> None:
    assert article.title not in article.paragraphs


def test_extract_html_furniture_kept_out_of_body(article: tidings.Article) -> None:
    body = article.text
    for words in ("cookies", "Share on Facebook", "Business", "Wake me when", "All rights reserved",
                  "frontier villages", "Shelling resumes"):
        assert words not in body, words
    kinds = {f.kind for f in article.furniture}
    assert {"cookie", "navigation", "share", "comments", "related"} <= kinds
    nav = next(f for f in article.furniture if f.kind == "navigation")
    assert "Politics" in nav.text
    cookie = next(f for f in article.furniture if f.kind == "cookie")
    assert cookie.text.startswith("We use cookies")


def test_extract_html_teasers_once_with_standfirst(article: tidings.Article) -> None:
    teasers = [f for f in article.furniture if f.kind == "related"]
    titles = [t.title for t in teasers]
    assert titles == ["Shelling resumes along the northern border", "The quiet envoy trying to end a forgotten war"]
    assert teasers[0].text.startswith("Residents of frontier villages")
    assert teasers[0].url == "https://www.northern-ledger.example/world/2024/03/10/border-shelling"
    assert teasers[1].text.startswith("A portrait of the veteran mediator")


def test_extract_html_markdown_keeps_headings_and_lists(article: tidings.Article) -> None:
    md = article.markdown()
    assert md.startswith("# Envoys agree to resume ceasefire talks in Geneva\n")
    assert "\n## What is on the agenda\n" in md
    assert "\n- an exchange of detainees held since the autumn offensive\n" in md
    kinds = [b.kind for b in article.blocks]
    assert kinds.count("heading") == 2 and kinds.count("list") == 1


def test_extract_html_index_page_not_article() -> None:
    page = tidings.extract(DATA / "world-index.html", url="https://www.northern-ledger.example/world")
    assert page.is_article is False
    assert page.article_confidence < 0.3


def test_extract_html_login_wall_not_article() -> None:
    html = (
        "<html><head><title>Inside the sanctions talks</title></head><body><h1>Inside the sanctions talks</h1>"
        "<p>Ministers met behind closed doors on Monday to weigh new measures.</p>"
        "<div class='paywall'><p>Subscribe to continue reading. Already a subscriber? Log in.</p></div>"
        "</body></html>"
    )
    page = tidings.extract(html)
    assert page.is_article is False
    assert page.article_confidence < 0.5


def test_extract_html_fragment_is_read() -> None:
    page = tidings.extract("<p>The envoys met in the capital on Monday and agreed to meet again.</p>")
    assert page.paragraphs == ("The envoys met in the capital on Monday and agreed to meet again.",)


def test_extract_html_caller_date_wins() -> None:
    doc = Document(source="t", content=b"", url=URL, published="2024-03-20")
    html = (DATA / "ceasefire-talks.html").read_text(encoding="utf-8")
    art = extract_html(html, doc, ExtractSettings())
    assert (art.published, art.published_method) == ("2024-03-20", "caller")


@pytest.mark.parametrize(
    "markup",
    [
        "<p>One paragraph, no document around it.</p>",
        (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><body><p>Caf\u00e9 talks</p></body></html>'
        ),
        "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>\u00fcber den Fluss</p></body></html>",
        "<html/>\n<body><p>a\x01b\ufffec\x0bd</p></body>",
        "plain words only",
    ],
)
def test_parse_same_tree_as_trafilatura_loader(markup: str) -> None:
    from lxml import etree
    from trafilatura.utils import load_html

    from tidings.extract.html import _load

    theirs, ours = load_html(markup), _load(markup)
    assert (etree.tostring(ours) if ours is not None else None) == (
        etree.tostring(theirs) if theirs is not None else None
    )


def test_parse_same_tree_as_trafilatura_loader_on_pages() -> None:
    from lxml import etree
    from trafilatura.utils import load_html

    from tidings.extract.html import _load

    for page in sorted(DATA.glob("*.html")):
        markup = page.read_text(encoding="utf-8")
        assert etree.tostring(_load(markup)) == etree.tostring(load_html(markup)), page.name


def test_hidden_chrome_put_back_exactly() -> None:
    from lxml import etree

    root = parse((DATA / "ceasefire-talks.html").read_text(encoding="utf-8"))
    before = etree.tostring(root)
    found = harvest(root, URL)
    assert found.chrome  # the page has a menu, a cookie notice and a share bar
    with _hidden(found.chrome):
        during = root.text_content()
        assert "We use cookies" not in during and "Share on Facebook" not in during
        assert "Negotiators from the two governments" in during
    assert etree.tostring(root) == before


def test_harvest_chrome_only_short_or_link_text() -> None:
    prose = " ".join(["The delegations spent the afternoon on the wording of the final text."] * 10)
    root = parse(
        "<html><body><h1>Talks</h1>"
        "<ul class='main-menu'>" + "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(40)) + "</ul>"
        f"<div class='nav-open'><p>{prose}</p></div>"
        + "".join(f"<p>Paragraph {i} of the story, long enough to matter on the page.</p>" for i in range(30))
        + "</body></html>"
    )
    chrome = harvest(root).chrome
    assert [el.get("class") for el in chrome] == ["main-menu"]  # a long link list; the prose stays in view


def test_find_date_from_url_or_text() -> None:
    bare = parse("<html><body><p>No date in the markup at all, just words.</p></body></html>")
    assert find_date(bare, "https://x.example/news/2023/11/02/story") == ("2023-11-02", "url")
    assert find_date(bare, "https://x.example/news/story") == (None, None)
    dated = parse(
        "<html><body><p class='date'>Published 5 June 2022</p><p>Talks went on late into the night.</p></body></html>"
    )
    assert find_date(dated, None) == ("2022-06-05", "htmldate:original")
    assert url_date("https://x.example/2021/13/40/") is None


def test_clean_blocks_drops_boilerplate_and_repeats() -> None:
    blocks = [
        Block("paragraph", "Envoys meet"),
        Block("paragraph", "The envoys met for six hours and agreed on a text."),
        Block("paragraph", "Advertisement"),
        Block("paragraph", "They will meet again next month in the same city."),
        Block("paragraph", "They will meet again next month in the same city."),
        Block("heading", "Who was there?"),
        Block("paragraph", "Share this article"),
        Block("heading", "Who was there?"),
        Block("paragraph", "Share this article"),
        Block("paragraph", "© 2024 Example Media. All rights reserved."),
    ]
    out = clean_blocks(blocks, "Envoys meet", frozenset())
    # the doubled long paragraph goes; a short line repeated apart (an interview's
    # recurring question) stays; the trailing share prompt goes
    assert [b.text for b in out] == [
        "The envoys met for six hours and agreed on a text.",
        "They will meet again next month in the same city.",
        "Who was there?",
        "Share this article",
        "Who was there?",
    ]


def test_site_from_url_name_and_domain() -> None:
    assert site_from_url("https://www.example-news.co.uk/world/1") == ("Example News", "example-news.co.uk")
    assert site_from_url("http://news.example.org:8080/a") == ("Example", "news.example.org")
    assert site_from_url(None) == (None, None)
    assert site_from_url("not a url") == (None, None)


def test_extract_html_aeb_f1_floor() -> None:
    """Quality gate on the first 30 AEB pages (skipped when the shared data is absent)."""
    data = SHARED / "benchmarks" / "article-extraction"
    if not (data / "ground-truth.json").is_file():
        pytest.skip(f"AEB data not found at {data}")
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("aeb", Path(__file__).resolve().parents[1] / "benchmarks" / "aeb.py")
    assert spec is not None and spec.loader is not None
    aeb = sys.modules.get("aeb") or importlib.util.module_from_spec(spec)
    sys.modules["aeb"] = aeb  # dataclasses look their module up there
    spec.loader.exec_module(aeb)
    pages = aeb.load(data)[:30]
    scores = [aeb.score_page(p.truth, tidings.extract(p.html, url=p.url).text) for p in pages]
    assert aeb.aggregate(scores)["f1"] >= 0.95
