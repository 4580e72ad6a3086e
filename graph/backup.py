"""Back up a store to one N-Quads file and restore it from one (N-Quads or TriG).

A backup holds every quad of the store: articles and events, reference graphs,
summaries. A restore checks the whole file parses before it changes anything,
loads it in one transaction (all or nothing; Oxigraph holds the file in memory
while it loads), brings the reference graphs up to date, merges the reports it loaded into
events and rebuilds every summary from them, so a TriG export (which has no summaries)
restores as well as a backup.
"""

from __future__ import annotations

import itertools
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from diplograph.graph import summaries
from diplograph.graph.store import KnowledgeGraph

from diplograph.errors import InputError, StoreError, UnsupportedFormatError

logger = logging.getLogger(__name__)

#: a restore into a remote store of at most this many quads (~20 MB of SPARQL text) is one
#: request: all or nothing; a larger one is loaded graph by graph
ATOMIC_RESTORE_QUADS = 100_000
RESTORE_FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}


@dataclass(frozen=True, slots=True)
class Restored:
    quads: int  # read from the file
    articles: int
    events: int  # happenings, merged from the reports
    pairs: int  # summaries rebuilt


def backup(kg: KnowledgeGraph, target: Path) -> int:
    """Write every quad of ``kg`` to ``target`` (N-Quads), through a temporary file
    renamed at the end: an interrupted backup never leaves a half file under the
    name. Returns the number of quads."""
    kg.flush()
    partial = target.with_name(f".{target.name}.partial")
    try:
        kg.native.dump(output=str(partial), format=ox.RdfFormat.N_QUADS)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {target}: {exc.strerror or exc}") from exc
    n = len(kg.native)
    logger.info("backed up %d quads of %s to %s", n, kg.location, target)
    return n


def restore_format(source: Path) -> ox.RdfFormat:
    fmt = RESTORE_FORMATS.get(source.suffix.lower())
    if fmt is None:
        suffix = source.suffix or "no suffix"
        raise UnsupportedFormatError(
            f"{source}: restore reads N-Quads (.nq, .nquads) or TriG (.trig), not {suffix!r}"
        )
    return fmt


def _check_parses(source: Path, fmt: ox.RdfFormat) -> int:
    n = 0
    try:
        for _ in ox.parse(path=str(source), format=fmt):
            n += 1
    except SyntaxError as exc:
        raise InputError(f"not valid {fmt.name}: {exc}", where=str(source)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", where=str(source)) from None
    return n


def _replace_content(kg: KnowledgeGraph, source: Path, fmt: ox.RdfFormat, quads: int) -> None:
    """Replace what ``kg`` holds (the reference graphs too: the file's, or if it has none
    fresh ones, replace them) with the ``quads`` quads of ``source``: over a remote store,
    in one request when there are at most :data:`ATOMIC_RESTORE_QUADS` and the server
    takes them at once, else graph by graph."""
    remote = kg.remote
    if remote is not None and quads <= ATOMIC_RESTORE_QUADS:
        # the rebuild's marks with the quads: a crash before it ends leaves work for repair
        loaded = itertools.chain(ox.parse(path=str(source), format=fmt), summaries.rebuild_marks())
        try:
            remote.replace_all(loaded)
            return
        except StoreError as exc:  # refused or failed whole: nothing of it was applied
            logger.warning(
                "%s did not take the backup in one request (%s); loading it graph by graph", kg.location, exc
            )
    kg.native.clear()
    kg.native.load(path=str(source), format=fmt)


def restore(kg: KnowledgeGraph, source: Path, *, replace: bool = False) -> Restored:
    """Load ``source`` into ``kg``, which must hold no article unless ``replace``;
    what ``kg`` held is dropped first. Then the summaries are rebuilt."""
    fmt = restore_format(source)
    stored = kg.stats().articles
    if stored and not replace:
        raise StoreError(
            f"the store at {kg.location} holds {stored} articles; restore into an empty store, "
            "or pass --replace to drop its content first"
        )
    n = _check_parses(source, fmt)  # nothing is dropped for a file that cannot be read
    try:
        _replace_content(kg, source, fmt, n)
    except (SyntaxError, OSError) as exc:
        raise StoreError(f"cannot load {source}: {exc}") from exc
    kg.ensure_reference_data()
    pairs = summaries.rebuild_all(kg)
    stats = kg.stats()
    logger.info("restored %d quads from %s into %s", n, source, kg.location)
    return Restored(n, stats.articles, stats.events, pairs)
