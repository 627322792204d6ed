"""Local sources: files (``.gz`` accepted), directories, glob patterns and standard input.

The size cap is applied while reading, never after, so ``/dev/zero`` or a decompression
bomb costs at most ``max_bytes + 1`` bytes of memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from tidings.config import ExtractSettings
from tidings.errors import InputError
from tidings.model import Document

GZIP_MAGIC = b"\x1f\x8b"

#: Files taken from a directory given as a source (others, such as images, are skipped).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".html.gz", ".htm.gz", ".txt.gz")

_DEFAULT_MAX_BYTES = ExtractSettings().max_bytes


def is_url(name: str) -> bool:
    """True for an ``http://`` or ``https://`` address (the only schemes fetched)."""
    return name[:8].lower().startswith(("http://", "https://"))


def _too_large(source: str, max_bytes: int) -> InputError:
    return InputError(
        f"the page is larger than the {max_bytes:,}-byte limit; raise extract.max_bytes "
        "(TIDINGS_EXTRACT__MAX_BYTES) if it really is one page",
        source=source,
        code="extract.too_large",
    )


def gunzip(data: bytes, *, source: str, max_bytes: int = _DEFAULT_MAX_BYTES) -> bytes:
    """Decompress gzip ``data`` (several members allowed), stopping at ``max_bytes``.

    Raises:
        InputError: ``input.corrupt_gzip`` for truncated or damaged data,
            ``extract.too_large`` when the output would pass ``max_bytes``.
    """
    out = bytearray()
    rest = data
    limit = max_bytes + 1
    while rest[:2] == GZIP_MAGIC:
        d = zlib.decompressobj(wbits=31)
        buf = rest
        try:
            while True:
                out += d.decompress(buf, limit - len(out))
                if len(out) > max_bytes:
                    raise _too_large(source, max_bytes)
                if d.eof:
                    rest = d.unused_data
                    break
                if not d.unconsumed_tail:
                    raise InputError(
                        "the gzip data is truncated (it ends before the compressed stream does); "
                        "download or copy the file again",
                        source=source,
                        code="input.corrupt_gzip",
                    )
                buf = d.unconsumed_tail
        except zlib.error as exc:
            raise InputError(
                f"the gzip data is corrupt ({exc}); download or copy the file again",
                source=source,
                code="input.corrupt_gzip",
            ) from exc
    # Anything after the last member that is not another member is trailing padding, which
    # gzip(1) also ignores.
    return bytes(out)


def _read_capped(stream: BinaryIO, *, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(source, max_bytes)
    return data


def read_file(path: str | Path, *, max_bytes: int = _DEFAULT_MAX_BYTES, url: str | None = None,
              published: str | None = None) -> Document:
    """Read one file into a Document, un-gzipping it when its first bytes say gzip.

    Raises:
        InputError: ``input.not_found``, ``input.is_directory``, ``input.unreadable``,
            ``input.corrupt_gzip`` or ``extract.too_large``.
    """
    path = Path(path)
    source = str(path)
    try:
        with path.open("rb") as fh:
            data = _read_capped(fh, source=source, max_bytes=max_bytes)
    except FileNotFoundError as exc:
        raise InputError(
            "no such file (check the path; a glob pattern that matches nothing ends here too)",
            source=source,
            code="input.not_found",
        ) from exc
    except IsADirectoryError as exc:
        raise InputError(
            f"is a directory without page files ({', '.join(PAGE_SUFFIXES)}); give the files instead",
            source=source,
            code="input.is_directory",
        ) from exc
    except OSError as exc:
        raise InputError(
            f"cannot read the file: {exc.strerror or exc}", source=source, code="input.unreadable"
        ) from exc
    if data[:2] == GZIP_MAGIC:
        data = gunzip(data, source=source, max_bytes=max_bytes)
    return Document(source=source, content=data, url=url, published=published)


def read_stdin(stream: BinaryIO, *, max_bytes: int = _DEFAULT_MAX_BYTES, url: str | None = None,
               published: str | None = None) -> Document:
    """Read standard input (or any binary stream) into a Document named ``<stdin>``."""
    source = "<stdin>"
    data = _read_capped(stream, source=source, max_bytes=max_bytes)
    if data[:2] == GZIP_MAGIC:
        data = gunzip(data, source=source, max_bytes=max_bytes)
    return Document(source=source, content=data, url=url, published=published)


def _has_magic(name: str) -> bool:
    return any(c in name for c in "*?[")


def glob_files(pattern: str) -> list[str]:
    """The paths matching ``pattern`` (``**`` for any depth; hidden names only when the
    pattern names them), sorted. Symbolic links to folders are not followed while matching
    ``**``, so a link loop cannot spin for ever."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if _has_magic(part)), len(parts))
    if fixed == len(parts):
        return [pattern] if path_exists(pattern) else []
    anchor = Path(*parts[:fixed]) if fixed else Path()
    rest = parts[fixed:]
    hidden_ok = any(part.startswith(".") for part in rest)
    found = []
    for p in anchor.glob("/".join(rest)):
        tail = p.parts[len(anchor.parts):] if fixed else p.parts
        if hidden_ok or not any(part.startswith(".") for part in tail):
            found.append(str(p))
    return sorted(found)


def _page_files(directory: Path) -> list[Path]:
    found = [
        p
        for p in directory.rglob("*")
        if p.is_file()
        and p.name.lower().endswith(PAGE_SUFFIXES)
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    ]
    return sorted(found)


def iter_sources(names: Iterable[str]) -> Iterator[str]:
    """Expand command-line sources into single sources, in order.

    ``-`` and URLs pass through; a directory gives its page files (recursively, sorted,
    hidden ones skipped); a pattern with ``*``, ``?`` or ``[`` that is not itself an
    existing path gives its matches, sorted. A name that expands to nothing is passed
    through unchanged so that reading it reports the problem against that name.
    """
    for name in names:
        if name == "-" or is_url(name):
            yield name
            continue
        path = Path(name)
        if path_is_dir(path):
            files = _page_files(path)
            yield from (str(p) for p in files) if files else (name,)
        elif not path_exists(path) and _has_magic(name):
            # Regular page files only, as for a directory: a FIFO would block the read; and no
            # symbolic link to a folder is followed, so a link loop cannot spin for ever.
            matches = [m for m in glob_files(name) if Path(m).is_file() and m.lower().endswith(PAGE_SUFFIXES)]
            yield from matches if matches else (name,)
        else:
            yield name


def path_exists(name: str | Path) -> bool:
    """``Path.exists``, but False for a name the system cannot look up at all (a sentence
    given where a file may be named can be longer than a file name may be)."""
    try:
        return Path(name).exists()
    except OSError:
        return False


def path_is_dir(name: str | Path) -> bool:
    """``Path.is_dir``, False for a name the system cannot look up (see ``path_exists``)."""
    try:
        return Path(name).is_dir()
    except OSError:
        return False


def expands(name: str) -> bool:
    """True when ``name`` may stand for several sources (a directory or a glob pattern)."""
    if name == "-" or is_url(name):
        return False
    return path_is_dir(name) or (not path_exists(name) and _has_magic(name))
