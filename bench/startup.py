"""How long ``diplograph serve`` takes to start over an embedded store: from the command to
the first answer of ``/health``, after a clean stop (SIGTERM: the store is marked closed
cleanly, the start runs the cheap repair) and after a kill (SIGKILL: the start runs the
deep repair, events against reports and summaries against events).

    nice .venv/bin/python bench/startup.py --store /tmp/bigstore-small/store --rounds 2
    nice .venv/bin/python bench/startup.py --store /tmp/bigstore/store --repair-only   # writes nothing

``--repair-only`` opens the store read-only and times the two repairs alone (for a store
one may not write, such as a shared benchmark store): they find nothing to do in a sound
store, so they write nothing.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diplograph.graph import summaries
from diplograph.graph.store import KnowledgeGraph

from bench.serving import free_port, start_server


def _started(path: Path) -> tuple[float, object]:
    """Seconds from the command to the first answer, and the server process."""
    began = time.perf_counter()
    process = start_server(path, free_port(), wait=1800)
    return time.perf_counter() - began, process


def _stop(process: object, how: signal.Signals) -> None:
    process.send_signal(how)  # type: ignore[attr-defined]
    process.wait(timeout=300)  # type: ignore[attr-defined]


def time_service(path: Path, rounds: int) -> dict[str, list[float]]:
    """Start-up seconds after a clean stop and after a kill, ``rounds`` of each."""
    found: dict[str, list[float]] = {"after a clean stop": [], "after a kill": []}
    _, process = _started(path)  # whatever the store's state: it ends closed cleanly
    _stop(process, signal.SIGTERM)
    for _ in range(rounds):
        seconds, process = _started(path)
        found["after a clean stop"].append(seconds)
        _stop(process, signal.SIGKILL)
        seconds, process = _started(path)
        found["after a kill"].append(seconds)
        _stop(process, signal.SIGTERM)
    return found


def time_repairs(path: Path, rounds: int) -> dict[str, list[float]]:
    """Seconds of the cheap and of the deep repair over the store opened read-only."""
    found: dict[str, list[float]] = {"cheap repair": [], "deep repair": []}
    with KnowledgeGraph(path, read_only=True) as kg:
        for _ in range(rounds):
            for name, deep in (("cheap repair", False), ("deep repair", True)):
                began = time.perf_counter()
                done = summaries.repair(kg, deep=deep)
                found[name].append(time.perf_counter() - began)
                if done.pairs:
                    raise SystemExit(f"{path}: the repair found {done.pairs} pairs to fix: not a sound store")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, required=True, help="an embedded store's folder")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--repair-only", action="store_true", help="time the repairs, read-only")
    args = parser.parse_args()
    if not args.store.is_dir():
        raise SystemExit(f"{args.store}: no store there (build one with bench/bigstore.py)")
    with KnowledgeGraph(args.store, read_only=True, reference_data=False) as kg:
        triples = len(kg.native)
    timed = (
        time_repairs(args.store, args.rounds) if args.repair_only else time_service(args.store, args.rounds)
    )
    print(f"{args.store}: {triples:,} triples")
    for name, seconds in timed.items():
        shown = ", ".join(f"{s:.1f}" for s in seconds)
        print(f"  {name}: median {statistics.median(seconds):.1f} s ({shown})")


if __name__ == "__main__":
    main()
