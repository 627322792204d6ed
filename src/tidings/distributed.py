"""The Dask runner: the same pipeline, spread over workers, loaded into the store at once.

::

    specs ──plan──> Units ──partitions──> worker: read_units -> pipeline.run_many
                                                  -> results_to_tables -> Parquet parts
    driver: Store.load_parquet(all parts)  (ONE transaction)

The driver expands the SOURCE specs (``tidings.acquire.sources.plan``: feeds, sitemaps and
URL lists are read there, WARC.gz files are cut into byte ranges) and groups the units into
partitions: each WARC range is a partition of its own, other units go ``partition_size`` at
a time. A worker reads its units (fetching URLs itself), runs ``pipeline.run_many`` — the one
entry point every surface uses — and writes the store tables of its results as Parquet under
``<out_dir>/<run>/<table>/part-<n>.parquet``. When every partition is done the driver loads
all the parts into the store in one transaction, in partition order, so duplicates are
decided exactly as a single-process run over the same input decides them.

Parquet parts must be on a file system the driver can read: a local folder for a
``LocalCluster``, a shared one when ``--scheduler`` points at other machines.

Dask is an optional extra: ``pip install "tidings[dask]"``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from tidings.acquire.sources import Unit, plan, read_units
from tidings.config import Settings
from tidings.errors import ConfigError, MissingDependency
from tidings.model import Document, Failure, Result

INSTALL_LINE = 'pip install "tidings[dask]"'
DEFAULT_PARTITION_SIZE = 64
DEFAULT_WARC_CHUNK_BYTES = 64 * 1024 * 1024

_WARM = threading.Lock()


@dataclass(frozen=True)
class Partition:
    """Units processed together by one task; ``index`` orders the parts on load."""

    index: int
    units: tuple[Unit, ...]


@dataclass(frozen=True)
class PartitionReport:
    """What one task did (returned to the driver)."""

    index: int
    documents: int
    skipped: int
    failed: int
    events: int
    seconds: float
    worker: str = ""


@dataclass(frozen=True)
class DaskSummary:
    """The outcome of ``run_dask``: the store write and what the workers did."""

    run_id: str
    partitions: int
    documents: int
    events: int
    seconds: float
    workers: int
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    reports: tuple[PartitionReport, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (
            "run_id", "partitions", "documents", "events", "seconds", "workers",
            "stored", "duplicates", "failed", "skipped")}


def require_dask() -> None:
    """Raise MissingDependency (the install line) when dask.distributed is not installed."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise MissingDependency(INSTALL_LINE, code="dependency.dask") from exc


def partitions(units: Iterable[Unit], size: int = DEFAULT_PARTITION_SIZE) -> Iterator[Partition]:
    """Group units into partitions, keeping their order: a WARC byte range alone, other
    units ``size`` at a time."""
    if size < 1:
        raise ConfigError(f"partition size must be at least 1, got {size}", code="config.value")
    batch: list[Unit] = []
    index = 0
    for unit in units:
        if unit.kind == "warc":
            if batch:
                yield Partition(index, tuple(batch))
                index, batch = index + 1, []
            yield Partition(index, (unit,))
            index += 1
            continue
        batch.append(unit)
        if len(batch) >= size:
            yield Partition(index, tuple(batch))
            index, batch = index + 1, []
    if batch:
        yield Partition(index, tuple(batch))


def _warm(code_events: bool) -> None:
    """Load the spaCy model once per worker process before threads race to load it."""
    if code_events:
        with _WARM:
            from tidings.nlp import load

            load()


def run_partition(
    partition: Partition,
    settings: Settings,
    out_dir: str,
    *,
    code_events: bool = True,
    known: frozenset[str] = frozenset(),
) -> PartitionReport:
    """The worker task: read the units, run ``pipeline.run_many``, write Parquet parts.

    Pages whose ``doc_id`` is in ``known`` (already stored) are not processed again.
    """
    import pyarrow.parquet as pq

    from tidings.pipeline import run_many
    from tidings.store.writer import results_to_tables

    started = time.monotonic()
    _warm(code_events)
    read_failures: list[Result] = []
    skipped = 0

    def documents() -> Iterator[Document]:
        nonlocal skipped
        for item in read_units(partition.units, settings):
            if isinstance(item, Failure):
                read_failures.append(Result(document=Document(source=item.source, content=b""), failure=item))
            elif item.doc_id in known:
                skipped += 1
            else:
                yield item

    results = list(run_many(documents(), settings, code_events=code_events))
    tables = results_to_tables([*results, *read_failures])
    name = f"part-{partition.index:06d}.parquet"
    for table_name, table in tables.items():
        if table.num_rows:
            folder = Path(out_dir) / table_name
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".{name}.{uuid.uuid4().hex[:6]}"
            pq.write_table(table, tmp)
            os.replace(tmp, folder / name)  # a retried task never leaves half a part behind
    return PartitionReport(
        index=partition.index,
        documents=len(results),
        skipped=skipped,
        failed=sum(1 for r in results if r.failure is not None) + len(read_failures),
        events=sum(len(r.events) for r in results),
        seconds=time.monotonic() - started,
        worker=_worker_name(),
    )


def _worker_name() -> str:
    """The Dask worker's address (or the process id outside a worker)."""
    from distributed import get_worker

    try:
        return str(get_worker().address)
    except ValueError:
        return f"pid-{os.getpid()}"


def _connect(scheduler: str | None, workers: int | None, processes: bool) -> tuple[Any, Any]:
    """A Dask client, and the LocalCluster it runs on when we started one (else None)."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None  # type: ignore[no-untyped-call]
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers or 1,
        threads_per_worker=1,
        processes=processes,
        dashboard_address=":0",  # never the fixed 8787, which another cluster may hold
    )
    return Client(cluster), cluster  # type: ignore[no-untyped-call]


def run_dask(
    specs: list[str],
    settings: Settings | None = None,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    out_dir: str | Path | None = None,
    db: str | Path | None = None,
    code_events: bool = True,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    warc_chunk_bytes: int | None = DEFAULT_WARC_CHUNK_BYTES,
    processes: bool = True,
    refresh_stories: bool = True,
    stdin: BinaryIO | None = None,
    progress: Callable[[PartitionReport], None] | None = None,
) -> DaskSummary:
    """Ingest ``specs`` on Dask workers and load the results into the store in one transaction.

    Args:
        specs: SOURCE specs, as ``tidings ingest`` takes them.
        settings: resolved settings (``settings.store.path`` is the store unless ``db``).
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); when None a
            ``LocalCluster`` of ``workers`` workers (default 1) is started and stopped.
        workers: number of local workers (one thread each; processes unless ``processes``
            is False).
        out_dir: where the workers write Parquet parts (kept); by default a temporary folder
            beside the store, removed after loading.
        db: the store file.
        partition_size: units (pages, URLs, JSON Lines files) per task.
        warc_chunk_bytes: WARC.gz files are read in byte ranges of about this size.

    Raises:
        MissingDependency: Dask is not installed (the message is the install line).
        ConfigError: both ``scheduler`` and ``workers`` given, or a bad partition size.
        StoreError: the store cannot be opened or written.
    """
    require_dask()
    if scheduler and workers:
        raise ConfigError("give either --scheduler ADDRESS or --workers N, not both", code="config.conflict")
    from distributed import as_completed

    from tidings.store import Store

    settings = settings or Settings()
    db_path = Path(db or settings.store.path)
    store = Store(db_path, dedup=settings.dedup)
    keep_parts = out_dir is not None
    base = Path(out_dir) if out_dir is not None else Path(tempfile.mkdtemp(prefix=".tidings-parts-",
                                                                          dir=db_path.parent))
    parts_dir = base / f"run-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    started = time.monotonic()
    reports: list[PartitionReport] = []
    try:
        known = frozenset(store.document_ids())
        client, cluster = _connect(scheduler, workers, processes)
        try:
            n_workers = len(client.scheduler_info().get("workers", {})) or (workers or 1)
            known_f = client.scatter(known, broadcast=True) if known else frozenset()
            futures = [
                client.submit(run_partition, p, settings, str(parts_dir), code_events=code_events,
                              known=known_f, pure=False, key=f"tidings-part-{p.index}-{uuid.uuid4().hex[:6]}")
                for p in partitions(plan(specs, settings, stdin=stdin, warc_chunk_bytes=warc_chunk_bytes),
                                    partition_size)
            ]
            for fut in as_completed(futures):  # type: ignore[no-untyped-call]
                report = fut.result()
                reports.append(report)
                if progress is not None:
                    progress(report)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        run_id = store.begin_run(settings)
        status = "failed"
        from tidings.store import WriteSummary

        write = WriteSummary()
        try:
            if parts_dir.is_dir():
                write = store.load_parquet(parts_dir, run_id)
            write = WriteSummary(write.stored, write.duplicates, write.failed,
                                 write.skipped + sum(r.skipped for r in reports))
            status = "finished"
        finally:
            store.finish_run(run_id, write, status=status)
        if refresh_stories and (write.stored or store.stories_stale()):
            store.refresh_stories(settings)
    finally:
        store.close()
        if not keep_parts:
            shutil.rmtree(base, ignore_errors=True)
    return DaskSummary(
        run_id=run_id,
        partitions=len(reports),
        documents=sum(r.documents for r in reports),
        events=sum(r.events for r in reports),
        seconds=time.monotonic() - started,
        workers=n_workers,
        stored=write.stored,
        duplicates=write.duplicates,
        failed=write.failed,
        skipped=write.skipped,
        reports=tuple(sorted(reports, key=lambda r: r.index)),
    )
