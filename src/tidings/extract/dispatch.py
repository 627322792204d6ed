"""Input -> Document -> Article: the checks every page passes before extraction.

In order: the size cap, gzip, emptiness, binary formats, the character set, HTML or text,
and (for HTML) nesting too deep for the parser. Each refusal is an ``InputError`` with a
stable code; nothing here lets a bad page out as a traceback.

Character set, first match wins:

1. a byte-order mark;
2. valid UTF-8 (a page that decodes as UTF-8 is UTF-8 whatever its meta tag claims: the
   lying ``<meta charset=iso-8859-1>`` on a UTF-8 page is common, the reverse is not);
3. the HTTP ``Content-Type`` charset (``Document.encoding`` or ``Document.headers``);
4. the page's own ``<meta charset>`` / ``http-equiv`` declaration;
5. charset-normalizer's guess;
6. UTF-8 with undecodable bytes replaced.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from collections import Counter
from pathlib import Path

from tidings.acquire.files import GZIP_MAGIC, gunzip, read_file
from tidings.config import ExtractSettings
from tidings.errors import InputError
from tidings.model import Article, Document

# -- binary formats ---------------------------------------------------------------------------

#: Leading bytes of formats that are not pages, with the name used in the error message.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub, which are ZIP files)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\x00asm", "a WebAssembly module"),
)
_CONVERT_HINT = {
    "a PDF document": "convert it to text first (for example `pdftotext FILE -`)",
}
_SNIFF_BYTES = 65_536
# Bytes that never occur in text in any encoding we decode (NUL and C0 controls other than
# tab, newlines, form feed and escape).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data`` (``"a PNG image"``), or ``None`` for text.

    Text in UTF-16/32 must be recognised (by its BOM, or by ``_utf16_without_bom``) before
    this is asked, since its NUL bytes would read as binary.
    """
    head = data[:16]
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    if data.lstrip()[:5] == b"%PDF-":
        return "a PDF document"
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime video or audio file"
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV sound file", b"AVI ": "an AVI video"}[head[8:12]]
    sample = data[:_SNIFF_BYTES]
    nul = sample.count(0)
    if nul and nul * 100 > len(sample):
        return f"binary data ({nul * 100 // len(sample)}% NUL bytes)"
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if controls * 20 > len(sample):
        return f"binary data ({controls * 100 // len(sample)}% control bytes)"
    return None


# -- character sets ---------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
# WHATWG Encoding: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254"}


def _codec(label: str | None) -> str | None:
    """Python's codec name for a declared charset label, or None if unknown or unusable."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a declaration in ASCII cannot be right about a UTF-16/32 body
    return _WEB_ALIASES.get(name, name)


def _header_charset(document: Document) -> str | None:
    if document.encoding:
        return document.encoding
    for name, value in document.headers:
        if name.lower() == "content-type":
            for part in value.split(";")[1:]:
                key, _, val = part.partition("=")
                if key.strip().lower() == "charset":
                    return val.strip()
    return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None


def _decode_declared(data: bytes, codec: str) -> str | None:
    """Decode with a declared codec, accepting a few bad bytes (one per thousand)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        pass
    text = data.decode(codec, errors="replace")
    return text if text.count("\ufffd") <= max(1, len(data) // 1000) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as a NUL in every other byte; name the byte order."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, document: Document) -> tuple[str, str]:
    """Decode page bytes to text; returns ``(text, codec)``. Never raises for bad bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), codec
    wide = _utf16_without_bom(data)
    if wide:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for label in (_header_charset(document), _meta_charset(data)):
        declared = _codec(label)
        if declared and declared != "utf-8":
            text = _decode_declared(data, declared)
            if text is not None:
                return text, declared
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        codec = _codec(best.encoding) or "utf-8"
        return data.decode(codec, errors="replace"), codec
    return data.decode("utf-8", errors="replace"), "utf-8"


# Characters XML (hence lxml) refuses, and that no page means: C0 controls other than tab and
# newlines, lone surrogates, U+FFFE/U+FFFF. A form feed becomes a line break.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    return _NOT_TEXT.sub("", text.replace("\x0c", "\n"))


# -- HTML or text -----------------------------------------------------------------------------

_HTML_TAGS = frozenset(
    ["a", "abbr", "address", "article", "aside", "audio", "b", "blockquote", "body", "br", "button", "caption", "cite", "code", "dd", "details", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "label", "li", "link", "main", "meta", "nav", "noscript", "ol", "option", "p", "picture", "pre", "section", "select", "small", "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "th", "thead", "time", "title", "tr", "u", "ul", "video"]
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)",
    re.IGNORECASE | re.DOTALL,
)
_DETECT_CHARS = 200_000


def detect_kind(text: str) -> str:
    """``"html"`` or ``"text"``, from the content alone.

    HTML when the text opens as an HTML document or with a known tag, or when known tags
    are dense (at least 3, some of them closing, making up 5% of the characters or more).
    A plain text that mentions ``<div>`` once, or a dozen times in an article about HTML,
    stays text.
    """
    sample = text[:_DETECT_CHARS]
    if _HTML_START.match(sample):
        return "html"
    stripped = sample.lstrip()
    first = _TAG.match(stripped)
    if first and first.group(2).lower() in _HTML_TAGS and not first.group(1):
        return "html"
    tags = [m for m in _TAG.finditer(sample) if m.group(2).lower() in _HTML_TAGS]
    closing = sum(1 for m in tags if m.group(1))
    markup = sum(m.end() - m.start() for m in tags)
    if len(tags) >= 3 and closing and markup * 20 >= len(stripped):
        return "html"
    return "text"


# -- nesting ----------------------------------------------------------------------------------

#: Deepest element nesting passed to the HTML parser. libxml2 stops building the tree at
#: 256 levels and drops everything deeper (text included), so deeper markup is flattened
#: first: the surplus start and end tags are removed and their text kept.
MAX_DEPTH = 200
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]
)
# Elements whose end tag is optional and that the parser closes when a sibling opens.
_SIBLING_CLOSES = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr"},
                   "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*?)?(/?)>")


_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")


def _rough_depth(html: str) -> int:
    """An upper bound of the nesting depth, ten times cheaper than the exact pass below:
    void elements and <p> are skipped, everything else counts open minus closed (unclosed
    <li> or <td> only make the bound higher, which just sends the page to the exact pass)."""
    depth = deepest = 0
    for closing, name in _TAG_NAME.findall(html):
        lname = name.lower()
        if lname in _VOID or lname == "p":
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def flatten_deep(html: str, max_depth: int = MAX_DEPTH) -> str:
    """Remove start/end tag pairs nested deeper than ``max_depth``; the text stays.

    Returns ``html`` itself when nothing is that deep (normal pages are never rewritten).
    """
    if html.count("<") <= max_depth or _rough_depth(html) <= max_depth:
        return html
    stack: list[str] = []
    dropped: Counter[str] = Counter()
    cuts: list[tuple[int, int]] = []
    for m in _ANY_TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing or name == "p":  # a <p> never nests in a <p>
            continue
        if not closing:
            if stack and stack[-1] in _SIBLING_CLOSES.get(name, ()):
                stack.pop()
            if len(stack) >= max_depth:
                dropped[name] += 1
                cuts.append(m.span())
            else:
                stack.append(name)
        elif dropped[name]:
            dropped[name] -= 1
            cuts.append(m.span())
        elif name in stack:
            del stack[len(stack) - 1 - stack[::-1].index(name):]
    if not cuts:
        return html
    out, pos = [], 0
    for start, end in cuts:
        out.append(html[pos:start])
        pos = end
    out.append(html[pos:])
    return "".join(out)


# -- the two entry points ---------------------------------------------------------------------


def to_document(
    source: str | bytes | Path | Document,
    *,
    url: str | None = None,
    published: str | None = None,
    max_bytes: int | None = None,
) -> Document:
    """Turn what the caller gave into a Document.

    ``str``/``bytes`` are page content; a ``Path`` is a file (gzip recognised by its first
    bytes, whatever its name); a ``Document`` passes through (``url``/``published``, when
    given, replace its own).

    Raises:
        InputError: for a file that cannot be read (``input.not_found``,
            ``input.is_directory``, ``input.unreadable``, ``input.corrupt_gzip``,
            ``extract.too_large``).
        TypeError: for any other type of ``source``.
    """
    if isinstance(source, Document):
        return dataclasses.replace(
            source,
            url=url if url is not None else source.url,
            published=published if published is not None else source.published,
        )
    if isinstance(source, Path):
        limit = max_bytes if max_bytes is not None else ExtractSettings().max_bytes
        return read_file(source, max_bytes=limit, url=url, published=published)
    if isinstance(source, str):
        return Document(
            source="<string>",
            content=source.encode("utf-8", errors="replace"),
            url=url,
            published=published,
            encoding="utf-8",
        )
    if isinstance(source, bytes | bytearray | memoryview):
        return Document(source="<bytes>", content=bytes(source), url=url, published=published)
    raise TypeError(
        f"extract() takes page content (str or bytes), a pathlib.Path or a Document, "
        f"not {type(source).__name__}"
    )


def extract_document(document: Document, settings: ExtractSettings | None = None) -> Article:
    """Check, decode and route one Document to the HTML or the text extractor.

    A page that is not an article (an index of links, a search page) is not an error: it
    comes back as an Article with ``is_article`` False.

    Raises:
        InputError: ``extract.too_large``, ``input.corrupt_gzip``, ``extract.empty``,
            ``extract.binary`` or ``extract.malformed_html``.
    """
    settings = settings or ExtractSettings()
    src = document.source
    data = document.content
    if len(data) > settings.max_bytes:
        raise InputError(
            f"the page is {len(data):,} bytes, over the {settings.max_bytes:,}-byte limit; "
            "raise extract.max_bytes (TIDINGS_EXTRACT__MAX_BYTES) if it really is one page",
            source=src,
            code="extract.too_large",
        )
    if data[:2] == GZIP_MAGIC:
        data = gunzip(data, source=src, max_bytes=settings.max_bytes)
    if not data.strip():
        raise _empty(src)
    unicode_wide = any(data.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(data)
    what = None if unicode_wide else sniff_binary(data)
    if what is not None:
        hint = _CONVERT_HINT.get(what, "give a web page (HTML) or plain text")
        raise InputError(
            f"the input is {what}, not a web page or text; {hint}",
            source=src,
            code="extract.binary",
        )
    text, codec = decode(data, document)
    text = clean_text(text)
    if not text.strip():
        raise _empty(src)
    if text.count("\ufffd") * 4 > len(text) - text.count(" "):
        raise InputError(
            f"the input is mostly undecodable bytes (tried {codec}), not a web page or text; "
            "give a web page (HTML) or plain text",
            source=src,
            code="extract.binary",
        )
    kind = document.kind or detect_kind(text)
    doc = dataclasses.replace(document, content=data, encoding=codec, kind=kind)
    if kind == "html":
        return _extract_html(flatten_deep(text), doc, settings)
    from tidings.extract.text import extract_text

    return extract_text(text, doc, settings)


def _empty(source: str) -> InputError:
    return InputError(
        "the page is empty (no text at all); check that the file or download is complete",
        source=source,
        code="extract.empty",
    )


#: Libraries under ``extract.html`` whose internal checks can trip on degenerate markup.
_PARSER_PACKAGES = ("lxml", "htmldate", "trafilatura", "justext", "readability", "courlan")


def _raised_in_parser(exc: BaseException) -> bool:
    """True when the innermost frame of ``exc`` is inside one of ``_PARSER_PACKAGES``."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    parts = Path(tb.tb_frame.f_code.co_filename).parts
    return any(pkg in parts for pkg in _PARSER_PACKAGES)


def _extract_html(html: str, document: Document, settings: ExtractSettings) -> Article:
    from lxml.etree import LxmlError  # type: ignore[import-untyped]

    from tidings.extract.html import extract_html

    try:
        return extract_html(html, document, settings)
    except (RecursionError, LxmlError, AssertionError, ValueError) as exc:
        # lxml refuses some strings (ValueError), recurses on deep trees, and htmldate's
        # tree cleaning asserts on a root that is itself <script> or <svg>
        # ("<svg><html>"): malformed markup, not a bug of ours. The same errors raised from
        # our own code are bugs and keep their traceback.
        if not isinstance(exc, RecursionError | LxmlError) and not _raised_in_parser(exc):
            raise
        raise InputError(
            f"the HTML cannot be parsed ({type(exc).__name__}: {str(exc)[:200] or 'no detail'}); "
            "save the page again or give its text",
            source=document.source,
            code="extract.malformed_html",
        ) from exc
