"""The tidings exception tree.

::

    TidingsError                 base of everything tidings raises on purpose
    ├── ConfigError              bad settings, a malformed dictionary file
    ├── InputError               the input itself is unusable (terminal: retrying will not help)
    ├── FetchError               a URL could not be fetched (``transient`` says whether a retry may help)
    ├── StoreError               the DuckDB store refused an operation
    └── MissingDependency        an optional part is not installed; the message is the install line

Every exception carries the fields a caller needs to report or record it (``source``,
``code`` and, where known, ``stage``) and pickles, because Dask moves exceptions between
processes. ``code`` is a stable dotted identifier such as ``extract.empty``; the message
says what failed, on which input, and what to do next.
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base class of all errors tidings raises on purpose."""

    default_code = "tidings.error"

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        code: str | None = None,
        stage: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.code = code or self.default_code
        self.stage = stage

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_rebuild, (type(self), self.message, self.__dict__.copy()))

    def __str__(self) -> str:
        if self.source:
            return f"{self.source}: {self.message}"
        return self.message


def _rebuild(cls: type[TidingsError], message: str, state: dict[str, object]) -> TidingsError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err


class ConfigError(TidingsError):
    """Settings or a dictionary file are invalid. The message names the file, line or key."""

    default_code = "config.invalid"


class InputError(TidingsError):
    """The input cannot be turned into an article or events. Retrying will not help."""

    default_code = "input.invalid"


class FetchError(TidingsError):
    """A URL could not be fetched. ``transient`` is True when a later retry may succeed."""

    default_code = "fetch.failed"

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        code: str | None = None,
        stage: str | None = "acquire.http",
        transient: bool = False,
        status: int | None = None,
    ) -> None:
        super().__init__(message, source=source, code=code, stage=stage)
        self.transient = transient
        self.status = status


class StoreError(TidingsError):
    """The store could not be opened, migrated, read or written."""

    default_code = "store.error"


class MissingDependency(TidingsError):
    """An optional dependency is missing. The message is the exact command that installs it."""

    default_code = "dependency.missing"
