"""The merge at the end of an ingest run, without reading the run's own reports back.

A run writes the stale marks of every key and pair its reports touch with them
(:func:`~diplograph.graph.summaries.touched_marks`) and merges once, at its end. Reading
every touched key's reports back from the store was most of that merge's cost; but the
writer has just made those reports' quads. So, for each batch of new articles:

* the keys the store holds nothing of yet (no report, no event) are **new**: what merging
  needs of their reports (:data:`~diplograph.graph.happenings.MERGED_PROPERTIES`, the
  article and its outlet) is kept, as the store is written, in a :class:`Spool`: a private
  temporary SQLite database on disk, so the run's memory does not grow with its reports;
* the other keys (and every key touched by a replaced article, a part of a long article,
  or a failed run) are merged from the store, as before
  (:func:`~diplograph.graph.happenings.recluster`).

At the end (:meth:`RunMerge.settle`) the spool is read back key by key in key order, so
the keys of one pair come together: each key's reports are clustered into events, and the
summary of a pair the store held nothing of is computed from those events in memory;
the other pairs are refreshed from the store (:func:`~diplograph.graph.summaries.settle`).
What is held at once is one key's reports and one new pair's events (and a few
sets of keys and pairs, which grow with the pairs of actors, not with the articles).
Events and summaries are written :data:`CHUNK` quads at a time (through the bulk
writer when the run has the store to itself, else in transactions), and the marks
removed only once all are in: a crash in between leaves marks that
:func:`~diplograph.graph.summaries.repair` settles from the store. The store then holds
what one article at a time would have made (``tests/graph/test_ingest.py``).
"""

from __future__ import annotations

import itertools
import logging
import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from diplograph.graph import happenings, rdf, summaries
from diplograph.graph.happenings import MERGED_PROPERTIES, Key, Report
from diplograph.graph.store import KnowledgeGraph, swap_quads
from diplograph.graph.summaries import Pair, PairTally
from diplograph.graph.terms import Props, props_of

logger = logging.getLogger(__name__)

#: quads of events and summaries written together (one transaction, or one call of the bulk writer)
CHUNK = 50_000

_REPORT = rdf.dg("Report")
_Row = tuple[str, str, str, int, int, bytes]


def _compact(report: Report) -> bytes:
    """What merging needs of a report, as bytes."""
    kept = [(name, values) for name, values in report.props.items() if name in MERGED_PROPERTIES]
    article = report.article.value if report.article is not None else None
    return pickle.dumps((report.iri.value, article, report.outlet, kept), protocol=pickle.HIGHEST_PROTOCOL)


def _expanded(payload: bytes) -> Report:
    # the spool is this process's own private database: it holds what _compact wrote
    iri, article, outlet, kept = pickle.loads(payload)
    props: Props = dict(kept)
    return Report(ox.NamedNode(iri), props, ox.NamedNode(article) if article else None, outlet)


class Spool:
    """Reports by key in a private temporary SQLite database: on disk, deleted when closed
    (SQLite keeps a few MB of it in memory)."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("")
        self._db.execute(
            "CREATE TABLE report (source TEXT, target TEXT, category TEXT, negated INT,"
            " hypothetical INT, payload BLOB)"
        )

    def add(self, reports: Iterable[tuple[Key, Report]]) -> None:
        rows = [
            (k.source, k.target, k.category, int(k.negated), int(k.hypothetical), _compact(r))
            for k, r in reports
        ]
        self._db.executemany("INSERT INTO report VALUES (?, ?, ?, ?, ?, ?)", rows)

    def by_key(self, keys: set[Key]) -> Iterator[tuple[Key, list[Report]]]:
        """The reports of each of ``keys`` (those it holds), in key order: a pair's keys together."""
        rows: Iterator[_Row] = iter(self._db.execute("SELECT * FROM report ORDER BY 1, 2, 3, 4, 5"))
        for fields, group in itertools.groupby(rows, key=lambda row: row[:5]):
            s, t, c, n, h = fields
            key = Key(s, t, c, bool(n), bool(h))
            if key in keys:
                yield key, [_expanded(row[5]) for row in group]

    def close(self) -> None:
        self._db.close()


def reports_written(head: list[ox.Quad], body: list[ox.Quad]) -> Iterator[tuple[Key, Report]]:
    """The reports of one article as merging reads them from the store (one per report
    IRI, with its key), from the quads just written: ``head`` the article's own quads,
    ``body`` its reports'."""
    node = head[0].subject
    outlet = happenings.outlet_of(props_of(q for q in head if q.subject == node))
    by_subject: dict[object, list[ox.Quad]] = {}  # reports, mentions, places
    for q in body:
        by_subject.setdefault(q.subject, []).append(q)
    for iri, quads in by_subject.items():
        if not isinstance(iri, ox.NamedNode) or quads[0].object != _REPORT:
            continue  # rdf.event_quads makes a report's type its first quad
        props = props_of(quads)
        key = happenings.key_of(props)
        if key is not None:
            article = happenings.article_of(props)  # the article written (the extractor's reports)
            yield key, Report(iri, props, article, outlet if article == node else None)


@dataclass(slots=True)
class RunMerge:
    """The keys and pairs of one run that the store held nothing of, and the reports of
    those keys (:class:`Spool`). See the module's documentation."""

    kg: KnowledgeGraph
    bulk: bool = False  # events and summaries through the bulk writer (a store no one else reads)
    new_keys: set[Key] = field(default_factory=set)
    seen_keys: set[Key] = field(default_factory=set)
    seen_pairs: set[Pair] = field(default_factory=set)
    stored_pairs: set[Pair] = field(default_factory=set)  # pairs the store held a summary or event of
    _spool: Spool | None = None

    def stored(self, keys: set[Key]) -> set[Key]:
        """Of ``keys`` (about to be written by a batch of new articles), those the store
        already holds: they are merged from the store. The others are merged from what
        :meth:`keep` keeps. A key is looked up the first time the run meets it."""
        for key in keys - self.seen_keys:
            self.seen_keys.add(key)
            if not happenings.store_has_key(self.kg, key):
                self.new_keys.add(key)
                self._look_up_pair(key.pair)
        return keys - self.new_keys

    def _look_up_pair(self, pair: Pair | None) -> None:
        """Note whether the store held anything of ``pair`` (the first time the run meets it)."""
        if pair is None or pair in self.seen_pairs:
            return
        self.seen_pairs.add(pair)
        if summaries.store_has_pair(self.kg, *pair):
            self.stored_pairs.add(pair)

    def keep(self, head: list[ox.Quad], body: list[ox.Quad]) -> None:
        """Keep what merging needs of the reports of new keys in an article just written."""
        if self._spool is None:
            self._spool = Spool()
        self._spool.add((k, r) for k, r in reports_written(head, body) if k in self.new_keys)

    def settle(self, from_store: set[Key]) -> None:
        """Merge the keys of the run into events and refresh the summaries of their pairs:
        ``from_store`` (the keys the store held, and every key a replaced article or a part
        touched) from the stored reports, the other new keys from the spool."""
        new = self.new_keys - from_store
        from_store_pairs = summaries.pairs_of_keys(from_store) | self.stored_pairs
        in_memory = summaries.actor_pairs(summaries.pairs_of_keys(new) - from_store_pairs)
        if new:
            # every new key's marks and new pair's, also of those no written report kept (an
            # article refused alone): their events and summaries are none. Read before the
            # writes, removed once every event and summary is in.
            marks = [m for key in sorted(new) for m in happenings.key_marks(self.kg, key)]
            marks += [m for pair in sorted(in_memory) for m in summaries.pair_marks(self.kg, *pair)]
            reports = self._spool.by_key(new) if self._spool is not None else iter(())
            self._write_new(reports, in_memory)
            swap_quads(self.kg.native, marks, [])
        summaries.settle(self.kg, from_store, summaries.pairs_of_keys(new) & from_store_pairs)
        logger.debug("merged %d new keys from the run, %d from the store", len(new), len(from_store))

    def _write_new(self, reports: Iterator[tuple[Key, list[Report]]], in_memory: set[Pair]) -> None:
        """Write the events of new keys, and the summaries of ``in_memory`` pairs."""
        window = self.kg.merge_window_days
        chunk: list[ox.Quad] = []
        for pair, keyed in itertools.groupby(reports, key=lambda kr: kr[0].pair):
            tally = PairTally() if pair in in_memory else None
            for key, key_reports in keyed:
                for event in happenings.merged_events(key, key_reports, window):
                    chunk += event
                    if tally is not None:
                        tally.add_event_quads(event)
                chunk = self._written(chunk)
            if tally is not None and pair is not None:
                chunk += summaries.pair_quads(pair[0], pair[1], tally)
        self._written(chunk, at_least=1)

    def _written(self, chunk: list[ox.Quad], at_least: int | None = None) -> list[ox.Quad]:
        """Write ``chunk`` when it holds ``at_least`` quads (:data:`CHUNK` unless given),
        through the bulk writer or in one transaction (then the store's write buffers to
        disk); returns what is left to write."""
        if len(chunk) < (CHUNK if at_least is None else at_least):
            return chunk
        if self.bulk:
            self.kg.native.bulk_extend(chunk)
        else:
            self.kg.native.extend(chunk)
            self.kg.native.flush()
        return []

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None
