"""Memory benchmark: peak resident memory of `tidings ingest` on inputs built to be large once
read: a JSON Lines .gz holding one 1.5 GiB line (a decompression bomb), a WARC holding one
300 MB record, and 600 MB on standard input. Each run is `/usr/bin/time -v`; the figure is its
"Maximum resident set size". The caps (20 MB a page, 50 MB a WARC record) apply while the
bytes stream, so each peak should stay near the cost of the program itself.

    .venv/bin/python benchmarks/memory.py [--keep DIR]

The inputs are generated in a temporary folder (about 2 MB for the bomb, 300 MB for the WARC;
the stdin bytes are generated as they are piped). Target: every peak under 400 MB.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-c", "from tidings.cli import main; main()"]
MiB = 1 << 20


def make_bomb(path: Path, size: int) -> None:
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b'{"url": "https://example.org/bomb", "text": "')
        chunk = b"a" * (16 * MiB)
        for _ in range(size // len(chunk)):
            fh.write(chunk)
        fh.write(b'"}\n')


def make_warc(path: Path, size: int) -> None:
    http_head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % size
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        b"WARC-Date: 2024-05-06T10:00:00Z\r\nWARC-Target-URI: https://example.org/huge\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
    ) % (len(http_head) + size)
    with path.open("wb") as fh:
        fh.write(head + http_head)
        chunk = b"<p>" + b"x" * (MiB - 7) + b"</p>\n"
        left = size
        while left:
            n = min(left, len(chunk))
            fh.write(chunk[:n])
            left -= n
        fh.write(b"\r\n\r\n")


def run(label: str, args: list[str], db: Path, stdin_bytes: int = 0) -> tuple[str, float, float, int]:
    cmd = ["/usr/bin/time", "-v", *CLI, "ingest", *args, "--db", str(db), "--no-events", "--no-stories"]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin_bytes else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin_bytes:
        assert proc.stdin is not None
        chunk = b"<p>" + b"y" * (MiB - 8) + b"</p>\n"
        sent = 0
        try:
            while sent < stdin_bytes:
                proc.stdin.write(chunk)
                sent += len(chunk)
            proc.stdin.close()
        except BrokenPipeError:
            pass
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.wait(timeout=1800)
    wall = time.monotonic() - started
    text = err.decode(errors="replace")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024  # type: ignore[union-attr]
    return label, peak, wall, proc.returncode if proc.returncode is not None else -1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", help="write the inputs here and keep them")
    args = ap.parse_args()
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="tidings-memory-"))
    base.mkdir(parents=True, exist_ok=True)
    try:
        bomb, warc = base / "bomb.jsonl.gz", base / "huge.warc"
        make_bomb(bomb, 1536 * MiB)
        make_warc(warc, 300 * 1000 * 1000)
        rows = [
            run(f"JSON Lines .gz, one 1.5 GiB line ({bomb.stat().st_size / MiB:.1f} MiB on disk)", [str(bomb)],
                base / "a.duckdb"),
            run("WARC, one 300 MB record", [str(warc)], base / "b.duckdb"),
            run("600 MB on standard input", ["-"], base / "c.duckdb", stdin_bytes=600 * 1000 * 1000),
        ]
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(f"| {'input':<55} | peak RSS (MB) | wall (s) | exit |")
    print(f"|{'-' * 57}|--------------:|---------:|-----:|")
    for label, peak, wall, code in rows:
        print(f"| {label:<55} | {peak:13.0f} | {wall:8.1f} | {code:4d} |")


if __name__ == "__main__":
    main()
