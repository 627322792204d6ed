"""Bad input through the public API: every page either gives an Article or raises
``tidings.InputError`` with a stable code, never another exception."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tidings
from tidings import InputError
from tidings.model import Article, Document

DATA = Path(__file__).parent / "data" / "intake"
PROSE = (
    "The harbour authority approved the new ferry terminal on Tuesday after a long dispute "
    "with the regional council over the cost of dredging the approach channel. "
)


def test_extract_empty_file_is_extract_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as info:
        tidings.extract(empty)
    assert info.value.code == "extract.empty"
    assert info.value.source == str(empty) and str(empty) in str(info.value)
    for blank in ("", "   \n\t ", "\ufeff"):
        with pytest.raises(InputError, match="empty"):
            tidings.extract(blank)


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06", "PNG"),
    ],
)
def test_extract_binary_formats_are_refused_by_name(data: bytes, named: str, tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        tidings.extract(data)
    assert info.value.code == "extract.binary" and named in info.value.message
    as_file = tmp_path / "download.html"  # a misleading name changes nothing
    as_file.write_bytes(data)
    with pytest.raises(InputError, match=named):
        tidings.extract(as_file)


def test_extract_invalid_utf8_is_decoded_best_effort() -> None:
    data = ("Ferry terminal approved\n\n" + PROSE * 2).encode() + b"\xc3\x28\xff\xfe\x80 " + (PROSE * 2).encode()
    article = tidings.extract(data)
    assert isinstance(article, Article)
    assert "harbour authority approved the new ferry terminal" in article.text


def test_extract_page_over_20_mb_is_refused(tmp_path: Path) -> None:
    page = b"<html><body>" + b"<p>" + b"word " * 4_000_000 + b"</p></body></html>"
    assert len(page) > 20_000_000
    with pytest.raises(InputError) as info:
        tidings.extract(page)
    assert info.value.code == "extract.too_large" and "20,000,000" in info.value.message
    big = tmp_path / "big.html"
    big.write_bytes(page)
    with pytest.raises(InputError) as info:
        tidings.extract(big)
    assert info.value.code == "extract.too_large"


def test_extract_html_nested_10000_levels_keeps_its_text() -> None:
    page = (
        "<html><head><title>Deep page</title></head><body>"
        + "<div>" * 10_000
        + f"<p>{PROSE}</p><p>{PROSE.upper()}</p>"
        + "</div>" * 10_000
        + "</body></html>"
    )
    try:
        article = tidings.extract(page)
    except InputError as exc:  # the other accepted outcome: a clear refusal
        assert exc.code == "extract.malformed_html"
    else:
        assert "ferry terminal" in article.text


@pytest.mark.parametrize("page", ["<svg><html>", "<iframe><html>", "<body><html><script>", "<html></html>"])
def test_extract_degenerate_markup_is_an_input_error_not_a_library_crash(page: str) -> None:
    # Found by the property test below: htmldate asserts on a tree whose root is <script>.
    try:
        article = tidings.extract(page)
    except InputError as exc:
        assert exc.code in ("extract.malformed_html", "extract.empty")
    else:
        assert article.text == ""


def test_extract_index_page_is_not_an_article_but_not_an_error() -> None:
    article = tidings.extract(DATA / "index-of-links.html", url="https://ledger.example/news/")
    assert isinstance(article, Article)
    assert article.is_article is False


def test_extract_article_page_is_an_article() -> None:
    article = tidings.extract(DATA / "article.html", url="https://ledger.example/news/ferry")
    assert article.is_article is True
    assert "Port Elwen harbour authority on Tuesday approved" in article.text
    assert "All rights reserved" not in article.text


def test_extract_windows_1251_page_without_declaration() -> None:
    article = tidings.extract(DATA / "article-cp1251-undeclared.html")
    assert "договорились о совместном финансировании нового моста" in article.text


def test_extract_windows_1252_page_with_http_header() -> None:
    data = (DATA / "article-cp1252-header.html").read_bytes()
    doc = Document(source="https://ledger.example/fr", content=data,
                   headers=(("content-type", "text/html; charset=windows-1252"),))
    article = tidings.extract(doc)
    assert "Le conseil régional a adopté jeudi un budget de transports en hausse" in article.text
    assert "Ã" not in article.text  # no mojibake


def test_extract_utf8_page_with_lying_meta_charset() -> None:
    article = tidings.extract((DATA / "article-utf8-lying-meta.html").read_bytes())
    assert "Der Stadtrat hat am Mittwoch mit großer Mehrheit" in article.text
    assert "Ã" not in article.text + article.title


def test_extract_fetched_cp1252_page_uses_the_served_charset(http_server) -> None:  # type: ignore[no-untyped-def]
    url = http_server.add(
        http_server.unique("budget.html"), (DATA / "article-cp1252-header.html").read_bytes(),
        headers={"Content-Type": "text/html; charset=windows-1252"},
    )
    article = tidings.extract(tidings.fetch(url))
    assert "« Nous avons fait le choix de l'investissement »" in article.text
    assert article.url == url


_SOUP = st.sampled_from(
    [
        "<html>", "</html>", "<head>", "<body>", "</body>", "<div>", "</div>", "<p>", "</p>",
        "<title>", "</title>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[",
        "<meta charset='koi8-r'>", "<?xml version='1.0' encoding='utf-8'?>", "<!DOCTYPE html>",
        "<table><tr><td>", "<a href='javascript:x'>", "<img src=x>", "&amp;", "&#0;", "&#xD800;",
        "&nbsp;", "\x00", "\x0c", "\ufeff", "\ud7ff", " ", "\n", "Москва", "北京", "word ", PROSE,
    ]
)
_INPUTS = st.one_of(
    st.binary(max_size=2_000),
    st.text(max_size=2_000),
    st.lists(_SOUP, max_size=60).map("".join),
    st.lists(_SOUP, max_size=60).map(lambda parts: "".join(parts).encode("utf-8", errors="replace")),
    st.binary(max_size=500).map(lambda b: codecs.BOM_UTF16_LE + b),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_INPUTS)
def test_extract_any_input_gives_an_article_or_an_input_error(data: str | bytes) -> None:
    try:
        article = tidings.extract(data)
    except InputError as exc:
        assert exc.code.startswith(("extract.", "input."))
        assert exc.message
    else:
        assert isinstance(article, Article)
        assert isinstance(article.text, str)
        article.to_dict()
