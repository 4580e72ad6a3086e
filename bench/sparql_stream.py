"""Measure a large SPARQL result over HTTP: time to the first byte, total time, and
the server process's peak memory (the query workers are other processes).

    .venv/bin/python bench/sparql_stream.py                  # 1M rows, no row cap
    .venv/bin/python bench/sparql_stream.py --rows 200000 --row-limit 10000

The store is synthetic (one literal per subject, fixed pattern), built on disk in a
temporary folder; the server runs as ``diplograph serve`` on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _build(path: Path, rows: int) -> None:
    store = ox.Store(str(path))
    p = ox.NamedNode("urn:bench:p")
    g = ox.NamedNode("urn:bench:g")
    store.bulk_extend(
        ox.Quad(ox.NamedNode(f"urn:bench:s{i}"), p, ox.Literal(f"row {i}"), g) for i in range(rows)
    )
    store.flush()
    del store


def _wait(base: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--row-limit", type=int, default=0, help="DIPLOGRAPH_ROW_LIMIT (0: no cap)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "store"
        started = time.monotonic()
        _build(data, args.rows)
        print(f"store of {args.rows:,} rows built in {time.monotonic() - started:.1f} s")
        port = _free_port()
        env = {**os.environ, "DIPLOGRAPH_ROW_LIMIT": str(args.row_limit), "DIPLOGRAPH_QUERY_TIMEOUT": "120"}
        server = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from diplograph.api.cli import main; main()",
                "serve",
                "--data",
                str(data),
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait(base, time.monotonic() + 60)
            before = _peak_kib(server.pid)
            query = "SELECT ?s ?o WHERE { ?s ?p ?o }"
            started = time.monotonic()
            first = None
            size = 0
            with httpx.stream(
                "GET", f"{base}/sparql", params={"query": query}, headers={"accept": "text/csv"}, timeout=300
            ) as r:
                for chunk in r.iter_bytes():
                    if first is None:
                        first = time.monotonic() - started
                    size += len(chunk)
                headers = dict(r.headers)
            total = time.monotonic() - started
            after = _peak_kib(server.pid)
            print(
                f"status {r.status_code}, {size / 1e6:.1f} MB of CSV; first byte after {first or 0:.2f} s, "
                f"all after {total:.2f} s; row limit {headers.get('diplograph-row-limit', 'none')}, "
                f"truncated {headers.get('diplograph-truncated', 'no')}"
            )
            print(f"server peak memory: {before / 1024:.0f} MiB before, {after / 1024:.0f} MiB after")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
