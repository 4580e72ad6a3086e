"""Start ``diplograph serve`` on the loopback interface (for ``bench/service.py``,
``bench/soak.py`` and the tests that talk to a real server)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(path: Path, port: int, *, wait: float = 120, **env: str) -> subprocess.Popen[bytes]:
    """``diplograph serve`` over the store at ``path`` on 127.0.0.1:``port``, with the
    ``DIPLOGRAPH_*`` variables ``env`` (default: one query worker); returns once
    ``/health`` answers (within ``wait`` seconds)."""
    variables = dict(os.environ, DIPLOGRAPH_QUERY_WORKERS="1")
    variables.update(env)
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from diplograph.api.cli import main; main()",
            "serve",
            "--data",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=variables,
        cwd=ROOT,
    )
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start")
