"""Snapshot folders left behind by a killed server.

The query workers read snapshots of the store, made in a folder next to it
(``.STORE-snapshots-XXXX``, :class:`diplograph.graph.executor.Snapshots`); a
server that is killed cannot delete its folder. The owner of a folder holds an
exclusive ``flock`` on the file ``owner.lock`` in it for as long as it lives (the
kernel drops the lock when the process dies, however it dies), so a folder whose
lock can be taken is nobody's, and :func:`remove_stale_snapshots` deletes it. A
live server's folder is never touched: its lock cannot be taken.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import IO

logger = logging.getLogger(__name__)

LOCK_NAME = "owner.lock"


def snapshot_pattern(store: Path) -> str:
    """The glob of the snapshot folders of the store at ``store`` (see executor.Snapshots)."""
    return f".{store.name}-snapshots-*"


@dataclass(slots=True)
class FolderClaim:
    """A held lock on a snapshot folder; :meth:`release` when the folder is deleted."""

    folder: Path
    handle: IO[bytes] | None

    def release(self) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()
            self.handle = None


def claim(folder: Path) -> FolderClaim:
    """Mark ``folder`` as owned by this process until the claim is released (or the
    process ends): the lock file holds our pid, for people who look."""
    handle = (folder / LOCK_NAME).open("wb")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    handle.write(f"{os.getpid()}\n".encode())
    handle.flush()
    return FolderClaim(folder, handle)


def _unowned(folder: Path) -> bool:
    try:
        handle = (folder / LOCK_NAME).open("rb")
    except FileNotFoundError:
        return True  # never claimed (or made before the claims): only a dead process leaves that
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def remove_stale_snapshots(store: Path, *, keep: Path | None = None) -> list[Path]:
    """Delete the snapshot folders of ``store`` no live process owns (not ``keep``).
    Returns the folders deleted."""
    removed = []
    for folder in sorted(store.parent.glob(snapshot_pattern(store))):
        if not folder.is_dir() or folder == keep or not _unowned(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
        logger.warning("removed the stale snapshot folder %s", folder)
    return removed
