"""The stages composed. ``run_one`` and ``run_many`` are what the CLI, the API and the
Dask runner call; nothing else strings stages together.

acquire -> extract -> nlp -> actors -> events. A document that a stage refuses becomes a
``Failure`` on its ``Result``; the batch goes on.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.model import Article, Document, Event, Failure, Mention, Result
from tidings.versions import STAGE_VERSIONS

if TYPE_CHECKING:
    from tidings.store import RecodeSummary, Store

__all__ = ["STAGE_VERSIONS", "code_many", "extract_one", "failure_of", "recode", "run_many", "run_one"]


def _failure(document: Document, stage: str, exc: BaseException) -> Failure:
    return failure_of(document.source, document.doc_id, stage, exc)


def failure_of(source: str, doc_id: str, stage: str, exc: BaseException) -> Failure:
    """The Failure row for ``exc`` raised by ``stage`` on the input ``source``/``doc_id``:
    a TidingsError keeps its code and message, anything else is ``internal.error`` with the
    frame that raised it."""
    if isinstance(exc, TidingsError):
        return Failure(
            source=source,
            stage=exc.stage or stage,
            code=exc.code,
            message=exc.message,
            doc_id=doc_id,
        )
    # An unexpected error is a bug, but in a batch it must not take the other pages with it:
    # record it with the last frame so it can be found.
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {frame.filename}:{frame.lineno}" if frame else ""
    return Failure(
        source=source,
        stage=stage,
        code="internal.error",
        message=f"{type(exc).__name__}: {exc}{where}",
        doc_id=doc_id,
    )


def extract_one(document: Document, settings: Settings | None = None) -> Article | Failure:
    """Extraction alone, as a stage: an Article, or the Failure that says why not."""
    from tidings.extract.dispatch import extract_document

    try:
        return extract_document(document, settings=(settings or Settings()).extract)
    except Exception as exc:  # noqa: BLE001 - turned into a recorded Failure, see _failure
        return _failure(document, "extract", exc)


def _with_words(document: Document, got: Article | Failure) -> Article | Failure:
    """An article with no words (megabytes of one unbroken token, say) is not stored: nothing
    a reader or the coder can use."""
    if isinstance(got, Article) and not got.word_count:
        return Failure(source=document.source, stage="extract", code="extract.no_words",
                       message="the page has no words once extracted; check that it is a text or HTML page",
                       doc_id=document.doc_id)
    return got


def run_one(document: Document, settings: Settings | None = None, *, code_events: bool = True) -> Result:
    """Run the whole pipeline on one document."""
    return next(iter(run_many([document], settings, code_events=code_events)))


def run_many(
    documents: Iterable[Document],
    settings: Settings | None = None,
    *,
    code_events: bool = True,
) -> Iterator[Result]:
    """Run the pipeline over many documents, batching the NLP. Yields one Result per input,
    in input order; bad documents give a Result with ``failure`` set."""
    settings = settings or Settings()
    it = iter(documents)
    while batch := list(islice(it, settings.events.batch_size)):
        extracted = [(doc, _with_words(doc, extract_one(doc, settings))) for doc in batch]
        articles = [a for _, a in extracted if isinstance(a, Article)]
        coded: dict[int, tuple[tuple[Mention, ...], tuple[Event, ...]]] = {}
        errors: dict[int, BaseException] = {}
        if code_events and articles:
            coded, errors = _code(articles, settings)
        for doc, got in extracted:
            if isinstance(got, Failure):
                yield Result(document=doc, failure=got)
            elif id(got) in errors:
                yield Result(document=doc, article=got, failure=_failure(doc, "events", errors[id(got)]))
            else:
                mentions, events = coded.get(id(got), ((), ()))
                yield Result(document=doc, article=got, mentions=mentions, events=events)


def code_many(
    articles: Sequence[Article], settings: Settings | None = None
) -> list[tuple[tuple[Mention, ...], tuple[Event, ...]] | BaseException]:
    """The events stage alone, exactly as ``run_many`` runs it: per article, in order, its
    (mentions, events), or the exception that coding it raised (the others are still coded).
    ``recode`` uses it to re-code stored articles."""
    settings = settings or Settings()
    arts = list(articles)
    coded, errors = _code(arts, settings) if arts else ({}, {})
    return [errors[id(a)] if id(a) in errors else coded[id(a)] for a in arts]


def recode(
    store: Store,
    settings: Settings | None = None,
    *,
    doc_ids: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    batch_size: int = 200,
    progress: Callable[[RecodeSummary, int], None] | None = None,
) -> RecodeSummary:
    """Run the events stage again on articles of ``store`` and replace their events and
    mentions, one transaction per ``batch_size`` articles, recorded as a run. The store
    selects and reads the articles and writes the result; the coding is ``code_many``, the
    stage ingest runs. An article whose coding raises keeps its old events and gets a failure
    row (stage ``events``, its doc_id as the source); the others go on.

    Args:
        store: a store opened for writing.
        settings: the settings to code with (default ``Settings()``).
        doc_ids: only these articles (all of them must be stored).
        since, until: only articles whose day is on or after / on or before (ISO dates).
        batch_size: articles coded and committed per transaction.
        progress: called with the running total and the number of articles selected, once
            before the first batch and after each committed batch.

    Raises:
        StoreError: ``store.no_such_article`` for a doc_id the store does not have (nothing
            is changed then), ``store.write`` when a batch could not be written.
    """
    from tidings.store import RecodeSummary, WriteSummary

    settings = settings or Settings()
    ids = store.recode_selection(doc_ids=doc_ids, since=since, until=until)
    if progress is not None:
        progress(RecodeSummary(), len(ids))
    run_id = store.begin_run(settings, stage_versions=STAGE_VERSIONS)
    total, status, step = RecodeSummary(), "failed", max(1, batch_size)
    try:
        for start in range(0, len(ids), step):
            articles = store.stored_articles(ids[start:start + step])
            coded = [
                failure_of(a.doc_id, a.doc_id, "events", got) if isinstance(got, BaseException) else got
                for a, got in zip(articles, code_many(articles, settings), strict=True)
            ]
            total = total + store.replace_coding([a.doc_id for a in articles], coded, run_id)
            if progress is not None:
                progress(total, len(ids))
        status = "finished"
    finally:
        store.finish_run(run_id, WriteSummary(failed=total.failed), status=status)
    return total


def _code(
    articles: list[Article], settings: Settings
) -> tuple[dict[int, tuple[tuple[Mention, ...], tuple[Event, ...]]], dict[int, BaseException]]:
    """Code a batch; if the batch raises, code one by one so only the bad article fails."""
    from tidings.events import code_articles

    coded: dict[int, tuple[tuple[Mention, ...], tuple[Event, ...]]] = {}
    errors: dict[int, BaseException] = {}
    try:
        for art, (mentions, events) in zip(
            articles, code_articles(articles, settings=settings.events), strict=True
        ):
            coded[id(art)] = (tuple(mentions), tuple(events))
        return coded, errors
    except Exception:  # noqa: BLE001 - fall back to one by one below
        coded = {}
    for art in articles:
        try:
            ((mentions, events),) = list(code_articles([art], settings=settings.events))
            coded[id(art)] = (tuple(mentions), tuple(events))
        except Exception as exc:  # noqa: BLE001 - recorded as this article's Failure
            errors[id(art)] = exc
    return coded, errors


def with_published(documents: Iterable[Document], published: str | None) -> Iterator[Document]:
    """The documents with ``published`` as their publication date (``tidings ingest
    --published``); unchanged when it is None. The date given wins over what a page says,
    as it does for ``tidings extract --published``."""
    if published is None:
        yield from documents
        return
    from dataclasses import replace

    for doc in documents:
        yield replace(doc, published=published)
