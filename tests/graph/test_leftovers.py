"""Snapshot folders of killed servers are removed; a live owner's never (issue 14, item 10)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from diplograph.graph import leftovers

CLAIMER = """
import sys, time
from pathlib import Path
from diplograph.graph.leftovers import claim
held = claim(Path(sys.argv[1]))
print("claimed", flush=True)
time.sleep(120)
"""


def _snapshot_folder(store: Path, suffix: str) -> Path:
    folder = store.parent / f".{store.name}-snapshots-{suffix}"
    (folder / "gen-0").mkdir(parents=True)
    (folder / "gen-0" / "CURRENT").write_text("x")
    return folder


def test_a_folder_nobody_owns_is_removed_and_others_are_left(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    stale = _snapshot_folder(store, "dead")
    other_store = _snapshot_folder(tmp_path / "other", "dead")
    assert leftovers.remove_stale_snapshots(store) == [stale]
    assert not stale.exists() and other_store.exists() and store.exists()


def test_a_folder_this_process_holds_is_kept_until_released(tmp_path: Path) -> None:
    store = tmp_path / "store"
    folder = _snapshot_folder(store, "ours")
    held = leftovers.claim(folder)
    assert leftovers.remove_stale_snapshots(store) == [] and folder.exists()
    held.release()
    assert leftovers.remove_stale_snapshots(store) == [folder]


def test_a_live_process_keeps_its_folder_and_its_death_frees_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    folder = _snapshot_folder(store, "live")
    owner = subprocess.Popen([sys.executable, "-c", CLAIMER, str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout is not None and owner.stdout.readline().strip() == "claimed"
        assert leftovers.remove_stale_snapshots(store) == [] and folder.exists()
    finally:
        owner.send_signal(signal.SIGKILL)
        owner.wait(timeout=10)
    deadline = time.monotonic() + 5
    while folder.exists() and time.monotonic() < deadline:
        leftovers.remove_stale_snapshots(store)
    assert not folder.exists()
