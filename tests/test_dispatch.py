"""Unit tests of the intake checks in ``tidings.extract.dispatch``: documents from each kind
of source, binary sniffing, character sets, HTML-or-text, flattening of deep markup."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from tidings.config import ExtractSettings
from tidings.errors import InputError
from tidings.extract.dispatch import (
    decode,
    detect_kind,
    extract_document,
    flatten_deep,
    sniff_binary,
    to_document,
)
from tidings.model import Document

DATA = Path(__file__).parent / "data" / "intake"
PROSE = (
    "The regional council met on Thursday to discuss the new bus timetable. Members agreed "
    "that evening services to the outlying villages would be restored from the first of May. "
)


def test_to_document_str_is_utf8_content_and_bytes_pass_through() -> None:
    doc = to_document("Grüße aus Köln", url="https://example.org/a", published="2026-03-01")
    assert (doc.source, doc.content, doc.encoding) == ("<string>", "Grüße aus Köln".encode(), "utf-8")
    assert (doc.url, doc.published) == ("https://example.org/a", "2026-03-01")
    raw = to_document(b"\xff\xfe odd bytes")
    assert (raw.source, raw.content, raw.encoding) == ("<bytes>", b"\xff\xfe odd bytes", None)


def test_to_document_path_is_read_and_gzip_recognised_by_magic_not_name(tmp_path: Path) -> None:
    plain = tmp_path / "page.html"
    plain.write_bytes(b"<p>hello</p>")
    packed = tmp_path / "page-without-gz-suffix.html"
    packed.write_bytes(gzip.compress(b"<p>hello</p>"))
    assert to_document(plain).content == b"<p>hello</p>"
    doc = to_document(packed)
    assert (doc.content, doc.source) == (b"<p>hello</p>", str(packed))


def test_to_document_document_passes_through_with_caller_overrides() -> None:
    original = Document(source="feed", content=b"x", url="https://a.example/1")
    assert to_document(original) == original
    assert to_document(original, published="2026-01-02").published == "2026-01-02"
    assert to_document(original, published="2026-01-02").url == "https://a.example/1"


def test_to_document_missing_file_and_directory_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        to_document(tmp_path / "nope.html")
    assert info.value.code == "input.not_found" and "nope.html" in str(info.value)
    with pytest.raises(InputError) as info:
        to_document(tmp_path)
    assert info.value.code == "input.is_directory"


def test_to_document_other_types_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="not int"):
        to_document(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "JPEG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
        (b"GIF87a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
        (b"abc\x00\x00\x00\x00def\x00\x00\x00\x00" * 50, "NUL"),
    ],
)
def test_sniff_binary_names_the_format(data: bytes, named: str) -> None:
    what = sniff_binary(data)
    assert what is not None and named in what


@pytest.mark.parametrize(
    "text", [PROSE, "Москва. " + PROSE, "<p>tab\tand form feed\x0c are text</p>", "ESC \x1b[1m bold"]
)
def test_sniff_binary_leaves_text_in_any_single_byte_encoding_alone(text: str) -> None:
    for codec in ("utf-8", "windows-1251", "windows-1252"):
        data = text.encode(codec, errors="ignore")
        assert sniff_binary(data) is None, (codec, text)


def test_decode_cp1251_without_any_declaration_is_detected() -> None:
    data = (DATA / "article-cp1251-undeclared.html").read_bytes()
    text, codec = decode(data, Document(source="t", content=data))
    assert text == data.decode("windows-1251")
    assert "Переговоры о строительстве моста" in text
    assert codec == "cp1251"


def test_decode_cp1252_uses_the_http_header_charset() -> None:
    data = (DATA / "article-cp1252-header.html").read_bytes()
    doc = Document(source="t", content=data, headers=(("content-type", "text/html; charset=windows-1252"),))
    text, codec = decode(data, doc)
    assert "« Nous avons fait le choix de l'investissement », a déclaré la présidente" in text
    assert codec == "cp1252"
    # the same declaration through Document.encoding, as fetch() sets it
    assert decode(data, Document(source="t", content=data, encoding="windows-1252"))[0] == text


def test_decode_valid_utf8_wins_over_a_lying_meta_charset() -> None:
    data = (DATA / "article-utf8-lying-meta.html").read_bytes()
    assert b'charset="iso-8859-1"' in data
    text, codec = decode(data, Document(source="t", content=data))
    assert codec == "utf-8"
    assert "Stadtrat beschließt neue Fußgängerzone" in text


def test_decode_meta_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">' \
           "</head><body><p>Der Bürgermeister eröffnete die Brücke über die Saale.</p></body></html>"
    data = page.encode("latin-1")
    text, codec = decode(data, Document(source="t", content=data))
    assert "Der Bürgermeister eröffnete die Brücke" in text and codec == "cp1252"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_decode_byte_order_mark_wins(codec: str) -> None:
    text = "Ženeva: jednání pokračují. " + PROSE
    data = text.encode(codec)
    assert decode(data, Document(source="t", content=data, encoding="koi8-r"))[0] == text


def test_decode_utf16_without_bom_is_recognised_not_binary() -> None:
    text = PROSE * 3
    for codec in ("utf-16-le", "utf-16-be"):
        data = text.encode(codec)
        got, used = decode(data, Document(source="t", content=data))
        assert (got, used) == (text, codec)


def test_decode_invalid_utf8_is_best_effort_never_an_exception() -> None:
    data = PROSE.encode() + b"\xc3\x28 broken \xa0\xa1 sequence \xf0\x28\x8c\xbc " + PROSE.encode()
    text, _ = decode(data, Document(source="t", content=data))
    assert text.startswith("The regional council met on Thursday")
    assert "broken" in text and "sequence" in text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  \n<html lang='en'><p>x", "html"),
        ("<?xml version='1.0'?>\n<!DOCTYPE html><html></html>", "html"),
        ("<!-- saved page --><html><body>x</body></html>", "html"),
        ("<p>First paragraph.</p><p>Second paragraph.</p>", "html"),
        ("<div class='story'>" + PROSE + "</div>", "html"),
        ("Intro. <b>bold</b> then <i>italic</i> then <a href='/x'>link</a> and <br> done.", "html"),
        (PROSE, "text"),
        ("Web designers wrap blocks in a <div> element. " + PROSE * 3, "text"),
        ("Title\n\n" + "In HTML the <div> tag, the </div> end tag and <span>inline</span> text. " * 3
         + PROSE * 12, "text"),
        ("2 < 3 and 5 > 4, so a<b holds when b>a. " + PROSE, "text"),
    ],
)
def test_detect_kind_by_content(text: str, kind: str) -> None:
    assert detect_kind(text) == kind


def test_flatten_deep_keeps_text_and_caps_depth() -> None:
    import lxml.html

    deep = "<html><body>" + "<div>" * 10_000 + "<p>The deepest sentence survives.</p>" + "</div>" * 10_000 \
        + "<p>The last sentence survives too.</p></body></html>"
    flat = flatten_deep(deep)
    assert flat.count("<div>") == flat.count("</div>") <= 200
    tree = lxml.html.fromstring(flat)
    text = tree.text_content()
    assert "The deepest sentence survives." in text and "The last sentence survives too." in text


def test_flatten_deep_leaves_ordinary_and_sloppy_pages_untouched() -> None:
    page = (DATA / "article.html").read_text(encoding="utf-8")
    assert flatten_deep(page) is page
    # 500 list items and paragraphs without end tags are siblings, not nesting
    sloppy = "<html><body><ul>" + "<li>item <p>para" * 500 + "</ul></body></html>"
    assert flatten_deep(sloppy) is sloppy


def test_extract_document_checks_run_before_any_parsing() -> None:
    small = ExtractSettings(max_bytes=100)
    with pytest.raises(InputError) as info:
        extract_document(Document(source="big", content=b"a" * 101), small)
    assert info.value.code == "extract.too_large" and "100" in str(info.value)
    with pytest.raises(InputError) as info:
        extract_document(Document(source="blank", content=b" \r\n\t "))
    assert info.value.code == "extract.empty"
    with pytest.raises(InputError) as info:
        extract_document(Document(source="bom-only", content=codecs.BOM_UTF8 + b"\x00\x01"))
    assert info.value.code == "extract.empty"


def test_extract_document_gzip_content_is_unpacked_or_refused() -> None:
    packed = gzip.compress(PROSE.encode() * 20)
    with pytest.raises(InputError) as info:
        extract_document(Document(source="cut.gz", content=packed[: len(packed) // 2]))
    assert info.value.code == "input.corrupt_gzip" and "truncated" in str(info.value)
    with pytest.raises(InputError) as info:
        extract_document(Document(source="junk.gz", content=b"\x1f\x8b\x08\x00garbage-not-deflate"))
    assert info.value.code == "input.corrupt_gzip"
    bomb = gzip.compress(b" " * 1_000_000)
    with pytest.raises(InputError) as info:
        extract_document(Document(source="bomb.gz", content=bomb), ExtractSettings(max_bytes=50_000))
    assert info.value.code == "extract.too_large"


def test_extract_document_plain_text_goes_to_the_text_extractor() -> None:
    text = "Bus services restored\n\n" + PROSE + "\n\nCouncillors said the cost would be met from reserves."
    art = extract_document(Document(source="t", content=text.encode()))
    assert "evening services to the outlying villages" in art.text
    assert art.source == "t" and art.method != ""


def test_read_file_caps_endless_special_files_while_reading() -> None:
    from tidings.acquire.files import read_file

    with pytest.raises(InputError) as info:
        read_file("/dev/zero", max_bytes=10_000)
    assert info.value.code == "extract.too_large"


def test_gunzip_reads_every_member_and_ignores_trailing_padding() -> None:
    from tidings.acquire.files import gunzip

    data = gzip.compress(b"first half, ") + gzip.compress(b"second half") + b"\x00" * 16
    assert gunzip(data, source="t") == b"first half, second half"


def test_iter_sources_expands_directories_and_globs_in_order(tmp_path: Path) -> None:
    from tidings.acquire.files import iter_sources

    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b.html", "a.txt", "sub/c.htm", "sub/d.html.gz", "img.png", ".hidden/e.html"):
        (tmp_path / name).write_bytes(b"x")
    got = list(iter_sources([str(tmp_path), "-", "https://a.example/x", str(tmp_path / "*.html"), "nothing*.txt"]))
    assert got == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.html"), str(tmp_path / "sub" / "c.htm"),
        str(tmp_path / "sub" / "d.html.gz"), "-", "https://a.example/x", str(tmp_path / "b.html"), "nothing*.txt",
    ]
