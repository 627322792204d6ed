"""Indexes built from data files, kept on disk between processes.

The actor dictionary and the place index take seconds to build from their data files and
the same milliseconds to read back from a pickle, so each is built once and cached in the
cache directory (``tidings.config.cache_dir``: ``[cache] dir``, ``TIDINGS_CACHE__DIR``, else
``$XDG_CACHE_HOME/tidings`` or ``~/.cache/tidings``).

A cache file is named by what it holds and a key: a hash of everything the index is built
from (the bytes of its data files and of the modules that build it, the tidings version,
the versions of the packages it reads). When any of them changes the key changes, the
index is built again (files under old keys are removed after a week). The cache is an
optimisation only, never a source of errors:

- a file that cannot be read or unpickled (truncated, corrupt, written by another Python)
  is ignored and replaced;
- a file is written to a temporary name in the same directory and renamed into place, so
  a process (or a Dask worker) never reads a half-written file, and two processes building
  at once both end with a whole file;
- a directory that cannot be created or written means no cache: the index is built in
  memory as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: Bumped when the layout of a cache file changes.
FORMAT = 1
#: Seconds after which a file of the same index under another key is removed.
STALE_AFTER = 7 * 24 * 3600


def package_version(name: str) -> str:
    """The installed version of ``name``, or ``-`` when it is not installed."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def cache_key(files: Iterable[Path], versions: Mapping[str, str]) -> str:
    """A hex digest of the contents of ``files`` (in the order given, each with its name)
    and of ``versions``, the Python version and the cache format."""
    h = hashlib.sha256()
    h.update(f"format={FORMAT};python={sys.version_info[0]}.{sys.version_info[1]}".encode())
    for name, value in sorted(versions.items()):
        h.update(f";{name}={value}".encode())
    for path in files:
        h.update(b"\0" + path.name.encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def load_or_build(name: str, key: str, build: Callable[[], T], directory: Path | None) -> T:
    """The object cached as ``name`` under ``key`` in ``directory``, or ``build()``'s
    result, then cached there. ``directory`` None means no cache."""
    if directory is None:
        return build()
    path = directory / f"{name}-{key[:40]}.pickle"
    cached = _read(path, key)
    if cached is not None:
        return cached  # type: ignore[return-value]  # what build() gave when it was written
    value = build()
    _write(path, key, value)
    return value


def _read(path: Path, key: str) -> object | None:
    try:
        with path.open("rb") as fh:
            got = pickle.load(fh)  # the user's own cache directory
    except FileNotFoundError:
        return None
    # Anything can come out of a damaged or foreign file (UnpicklingError, EOFError,
    # ValueError, AttributeError for a class that moved, MemoryError ...): any of it only
    # means the cache is not usable, and the index is built again.
    except Exception:  # noqa: BLE001
        return None
    if not (isinstance(got, tuple) and len(got) == 2 and got[0] == key):
        return None
    return got[1]  # type: ignore[no-any-return]


def _write(path: Path, key: str, value: object) -> None:
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except (OSError, pickle.PicklingError, RecursionError):
        return  # an unwritable directory (or a full disk) only means no cache
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    # Files of the same index under other keys are left a while (another checkout or
    # installed version may still use one), then removed.
    stem = path.name.rsplit("-", 1)[0]
    week_ago = time.time() - STALE_AFTER
    for old in path.parent.glob(f"{stem}-*.pickle"):
        try:
            if old != path and old.stat().st_mtime < week_ago:
                old.unlink()
        except OSError:
            pass
