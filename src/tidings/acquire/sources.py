"""Command-line SOURCE specs into Documents: every kind of corpus in one place.

A spec is ``-`` (standard input), an ``http(s)://`` address, or a path: a file, a directory
(read recursively, hidden files skipped) or a glob pattern. What a file or a fetched answer
IS is decided by its name and then by its first bytes:

========================  ================================================  ==================
kind                      recognised by                                     gives
========================  ================================================  ==================
WARC / WARC.gz            ``.warc[.gz]``, or starts ``WARC/``               its response records
JSON Lines                ``.jsonl``/``.ndjson``, or a first line ``{"url"``  one page per line
URL list                  ``.urls``, or a ``.txt`` of nothing but URLs      each URL fetched
RSS / Atom feed           ``.rss``/``.atom``, or ``<rss``/``<feed``/``<rdf``  each entry fetched
sitemap (index, news)     ``<urlset``/``<sitemapindex``                     each page fetched
anything else             (HTML or text page, ``.gz`` accepted)              one page
========================  ================================================  ==================

Reading is split in two so the Dask runner can spread it: ``plan(specs)`` turns the specs
into small picklable ``Unit``s (a file, a byte range of a WARC, a URL to fetch, ...) and
``read_unit(unit)`` turns one unit into Documents, on whichever machine. ``iter_sources``
is the two chained in one process. A source that cannot be read becomes a ``Failure``
(never an exception), so a batch goes on past it.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from tidings.acquire.feeds import is_feed_name, looks_like_feed, parse_feed
from tidings.acquire.files import GZIP_MAGIC, PAGE_SUFFIXES, glob_files, is_url, path_exists, path_is_dir, read_file
from tidings.acquire.http import Fetcher
from tidings.acquire.jsonl import (
    is_jsonl_name,
    iter_jsonl,
    iter_jsonl_stream,
    looks_like_jsonl,
)
from tidings.acquire.sitemaps import iter_sitemap_pages, looks_like_sitemap
from tidings.acquire.warc import (
    is_warc_name,
    iter_warc,
    iter_warc_stream,
    looks_like_warc,
    split_ranges,
)
from tidings.config import Settings
from tidings.errors import FetchError, InputError
from tidings.model import Document, Failure

#: Files taken from a directory: pages plus every corpus format read here.
CORPUS_SUFFIXES = (*PAGE_SUFFIXES, ".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz",
                   ".urls", ".xml", ".xml.gz", ".rss", ".atom")
_SNIFF_BYTES = 65_536
_SPOOL_CHUNK = 1 << 20
#: Most bytes read from standard input (a WARC can be large; pages are capped later).
STDIN_MAX_BYTES = 2_000_000_000


@dataclass(frozen=True)
class Unit:
    """One piece of input, small enough to hand to a worker and picklable.

    ``kind`` is ``file`` (``path``: one page file), ``warc`` (``path`` and the byte range
    ``start``/``end``), ``jsonl`` (``path``), ``url`` (``path``: an address to fetch,
    ``published`` what a feed or news sitemap said), ``document`` (already in memory) or
    ``failure`` (the reason a spec gave nothing).
    """

    kind: str
    path: str = ""
    start: int = 0
    end: int | None = None
    published: str | None = None
    document: Document | None = None
    failure: Failure | None = None


# -- sniffing ---------------------------------------------------------------------------------

def _head(data: bytes) -> bytes:
    """The first bytes of ``data`` as they read once un-gzipped (damage ignored)."""
    if data[:2] == GZIP_MAGIC:
        try:
            return zlib.decompressobj(wbits=31).decompress(data[:_SNIFF_BYTES], _SNIFF_BYTES)
        except zlib.error:
            return b""
    return data[:_SNIFF_BYTES]


def _file_head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return _head(fh.read(_SNIFF_BYTES))


def url_lines(text: str) -> list[str] | None:
    """The URLs of a URL list (one per line; blank lines and ``#`` comments allowed), or
    None when some other line shows the text is not a URL list."""
    urls = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line) or any(c.isspace() for c in line):
            return None
        urls.append(line)
    return urls or None


def detect(name: str, head: bytes) -> str:
    """The kind of a file (``warc``, ``jsonl``, ``urls``, ``feed``, ``sitemap`` or ``page``)
    from its name and its first (un-gzipped) bytes."""
    lower = name.lower()
    if is_warc_name(lower) or looks_like_warc(head):
        return "warc"
    if is_jsonl_name(lower) or looks_like_jsonl(head):
        return "jsonl"
    if lower.endswith(".urls"):
        return "urls"
    if is_feed_name(lower) or looks_like_feed(head):
        return "feed"
    if looks_like_sitemap(head):
        return "sitemap"
    if lower.endswith((".txt", ".list")) or "." not in Path(lower).name:
        try:
            if url_lines(head.decode("utf-8")) is not None:
                return "urls"
        except UnicodeDecodeError:
            pass
    return "page"


# -- planning ---------------------------------------------------------------------------------

def _fail(source: str, exc: FetchError | InputError, stage: str) -> Unit:
    return Unit("failure", path=source, failure=Failure(source, exc.stage or stage, exc.code, exc.message))


def _corpus_files(directory: Path) -> list[Path]:
    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and p.name.lower().endswith(CORPUS_SUFFIXES)
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


class _Planner:
    def __init__(self, settings: Settings, stdin: BinaryIO | None, warc_chunk_bytes: int | None) -> None:
        self.settings = settings
        self.stdin = stdin
        self.warc_chunk_bytes = warc_chunk_bytes
        self._fetcher: Fetcher | None = None

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.settings.fetch)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def _fetch_bytes(self, url: str) -> bytes:
        return self.fetcher().fetch(url).content

    def spec(self, spec: str) -> Iterator[Unit]:
        if spec == "-":
            yield from self.stdin_units()
        elif is_url(spec):
            yield from self.url_spec(spec)
        else:
            path = Path(spec)
            if path_is_dir(path):
                files = _corpus_files(path)
                if not files:
                    yield _fail(spec, InputError(
                        f"the directory holds no page or corpus files ({', '.join(CORPUS_SUFFIXES)})",
                        source=spec, code="input.empty_directory"), "acquire.file")
                for f in files:
                    yield from self.file(f)
            elif not path_exists(path) and any(c in spec for c in "*?["):
                matches = glob_files(spec)
                if not matches:
                    yield _fail(spec, InputError("the pattern matches no file", source=spec,
                                                 code="input.not_found"), "acquire.file")
                # A pattern picks pages as a directory does: page and corpus files only (a
                # README or a script beside the pages is not an article), and never a FIFO,
                # socket or device, which would block the read.
                pages = [m for m in matches if Path(m).is_dir() or m.lower().endswith(CORPUS_SUFFIXES)]
                if matches and not pages:
                    yield _fail(spec, InputError(
                        f"the pattern matches no page or corpus file ({', '.join(CORPUS_SUFFIXES)})",
                        source=spec, code="input.not_found"), "acquire.file")
                for m in pages:
                    if Path(m).is_dir():
                        yield from self.spec(m)
                    elif not Path(m).is_file():
                        yield _fail(m, InputError("not a regular file (a FIFO, socket or device); name it on its "
                                                  "own or pipe it to -", source=m, code="input.not_a_file"),
                                    "acquire.file")
                    else:
                        yield from self.file(Path(m))
            else:
                yield from self.file(path)

    def file(self, path: Path) -> Iterator[Unit]:
        source = str(path)
        try:
            head = _file_head(path)
        except OSError:
            yield Unit("file", path=source)  # read_file reports it with the right code
            return
        kind = detect(path.name, head)
        if kind == "warc":
            ranges = split_ranges(path, self.warc_chunk_bytes) if self.warc_chunk_bytes else [(0, None)]
            for start, end in ranges:
                yield Unit("warc", path=source, start=start, end=end)
        elif kind == "jsonl":
            yield Unit("jsonl", path=source)
        elif kind == "page":
            yield Unit("file", path=source)
        else:
            try:
                data = read_file(path, max_bytes=self.settings.fetch.max_bytes).content
            except InputError as exc:
                yield _fail(source, exc, "acquire.file")
                return
            yield from self.listing(kind, data, source, base_url=None)

    def listing(self, kind: str, data: bytes, source: str, base_url: str | None) -> Iterator[Unit]:
        """Units for the pages a URL list, feed or sitemap names."""
        try:
            if kind == "urls":
                for url in url_lines(data.decode("utf-8", errors="replace")) or ():
                    yield Unit("url", path=url)
            elif kind == "feed":
                for entry in parse_feed(data, source=source, base_url=base_url):
                    yield Unit("url", path=entry.url, published=entry.published)
            else:
                for page in iter_sitemap_pages(data, source=source, fetch_bytes=self._fetch_bytes):
                    if isinstance(page, Failure):
                        yield Unit("failure", path=page.source, failure=page)
                    else:
                        yield Unit("url", path=page.url, published=page.published)
        except InputError as exc:
            yield _fail(source, exc, f"acquire.{kind}")

    def url_spec(self, url: str) -> Iterator[Unit]:
        try:
            doc = self.fetcher().fetch(url)
        except (FetchError, InputError) as exc:
            yield _fail(url, exc, "acquire.http")
            return
        head = doc.content[:_SNIFF_BYTES]
        content_type = dict(doc.headers).get("content-type", "").lower()
        if looks_like_feed(head) or any(t in content_type for t in ("rss", "atom")):
            yield from self.listing("feed", doc.content, url, base_url=doc.url)
        elif looks_like_sitemap(head):
            yield from self.listing("sitemap", doc.content, url, base_url=doc.url)
        elif looks_like_warc(head):
            import io

            for item in iter_warc_stream(io.BytesIO(doc.content), source=url):
                yield _as_unit(item)
        else:
            yield Unit("document", path=url, document=doc)

    def stdin_units(self) -> Iterator[Unit]:
        """Standard input, spooled to an anonymous temporary file while its bytes are counted
        (at most ``STDIN_MAX_BYTES``), then read like a file: memory stays bounded by the
        page cap whatever arrives."""
        import gzip
        import tempfile

        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        source = "<stdin>"
        max_bytes = self.settings.extract.max_bytes
        with tempfile.TemporaryFile(prefix="tidings-stdin-") as spool:
            size = 0
            while chunk := stream.read(_SPOOL_CHUNK):
                size += len(chunk)
                if size > STDIN_MAX_BYTES:
                    yield _fail(source, InputError(
                        f"standard input is larger than {STDIN_MAX_BYTES:,} bytes; give the file by name",
                        source=source, code="extract.too_large"), "acquire.stdin")
                    return
                spool.write(chunk)
            spool.seek(0)
            raw_head = spool.read(_SNIFF_BYTES)
            spool.seek(0)
            head = _head(raw_head)
            kind = detect("", head) if size else "page"
            if kind == "warc":
                for item in iter_warc_stream(spool, source=source):
                    yield _as_unit(item)
                return
            gz = raw_head[:2] == GZIP_MAGIC
            reader: BinaryIO = gzip.GzipFile(fileobj=spool, mode="rb") if gz else spool  # type: ignore[assignment]
            if kind == "jsonl":
                for item in iter_jsonl_stream(reader, source=source, max_bytes=max_bytes):
                    yield _as_unit(item)
                return
            try:
                data = reader.read(max_bytes + 1)
            except (OSError, EOFError, zlib.error) as exc:
                yield _fail(source, InputError(
                    f"the gzip data is corrupt ({exc}); send the file again", source=source,
                    code="input.corrupt_gzip"), "acquire.stdin")
                return
            if len(data) > max_bytes:
                yield _fail(source, InputError(
                    f"the page is larger than the {max_bytes:,}-byte limit; raise "
                    "extract.max_bytes if it really is one page", source=source, code="extract.too_large"),
                    "acquire.stdin")
            elif kind in ("urls", "feed", "sitemap"):
                yield from self.listing(kind, data, source, base_url=None)
            else:
                yield Unit("document", path=source, document=Document(source=source, content=data))


def _as_unit(item: Document | Failure) -> Unit:
    if isinstance(item, Failure):
        return Unit("failure", path=item.source, failure=item)
    return Unit("document", path=item.source, document=item)


def plan(
    specs: Iterable[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    warc_chunk_bytes: int | None = None,
) -> Iterator[Unit]:
    """Expand SOURCE specs into Units, in order (lazily: a feed is fetched when reached).

    Feeds, sitemaps and URL lists are read here (so their pages become ``url`` units);
    pages, WARC files and JSON Lines files are only named, for ``read_unit`` to open.
    ``warc_chunk_bytes`` splits each WARC.gz into byte ranges of about that size.
    """
    planner = _Planner(settings or Settings(), stdin, warc_chunk_bytes)
    try:
        for spec in specs:
            yield from planner.spec(spec)
    finally:
        planner.close()


def read_unit(
    unit: Unit, settings: Settings | None = None, *, fetcher: Fetcher | None = None
) -> Iterator[Document | Failure]:
    """The Documents (and Failures) of one Unit. ``fetcher`` (a ``tidings.acquire.http.Fetcher``)
    is reused for ``url`` units when given, so robots.txt is read once per host."""
    settings = settings or Settings()
    if unit.kind == "document" and unit.document is not None:
        yield unit.document
    elif unit.kind == "failure" and unit.failure is not None:
        yield unit.failure
    elif unit.kind == "file":
        try:
            yield read_file(unit.path, max_bytes=settings.extract.max_bytes)
        except InputError as exc:
            yield Failure(unit.path, exc.stage or "acquire.file", exc.code, exc.message)
    elif unit.kind in ("warc", "jsonl"):
        try:
            if unit.kind == "warc":
                yield from iter_warc(unit.path, start=unit.start, end=unit.end)
            else:
                yield from iter_jsonl(unit.path, max_bytes=settings.extract.max_bytes)
        except InputError as exc:
            yield Failure(unit.path, exc.stage or f"acquire.{unit.kind}", exc.code, exc.message)
    elif unit.kind == "url":
        yield _fetch_unit(unit, settings, fetcher)
    else:
        raise ValueError(f"unknown unit kind {unit.kind!r}")


def _fetch_unit(unit: Unit, settings: Settings, fetcher: Fetcher | None) -> Document | Failure:
    f = fetcher if fetcher is not None else Fetcher(settings.fetch)
    try:
        doc = f.fetch(unit.path)
    except (FetchError, InputError) as exc:
        return Failure(unit.path, exc.stage or "acquire.http", exc.code, exc.message)
    finally:
        if fetcher is None:
            f.close()
    if unit.published and not doc.published:
        doc = replace(doc, published=unit.published)
    return doc


def read_units(units: Iterable[Unit], settings: Settings | None = None) -> Iterator[Document | Failure]:
    """``read_unit`` over many units, sharing one HTTP fetcher (one robots.txt per host)."""
    settings = settings or Settings()
    fetcher: Fetcher | None = None
    try:
        for unit in units:
            if unit.kind == "url" and fetcher is None:
                fetcher = Fetcher(settings.fetch)
            yield from read_unit(unit, settings, fetcher=fetcher)
    finally:
        if fetcher is not None:
            fetcher.close()


def iter_sources(
    specs: list[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Failure]:
    """Every Document named by the SOURCE specs, in order; a source that cannot be read
    (or a line, record or URL of one) gives a Failure instead, and the rest goes on."""
    settings = settings or Settings()
    yield from read_units(plan(specs, settings, stdin=stdin), settings)
