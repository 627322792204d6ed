"""Acquisition: turning a source (a file, standard input, a URL) into a ``Document``.

One module per kind of source: ``files`` (paths, directories, globs, ``-``) and ``http``
(polite fetching). Nothing here looks inside the page beyond un-gzipping it; deciding
what the bytes are is ``tidings.extract.dispatch``'s job.
"""

from __future__ import annotations

from tidings.acquire.files import gunzip, is_url, iter_sources, read_file, read_stdin

__all__ = ["gunzip", "is_url", "iter_sources", "read_file", "read_stdin"]
