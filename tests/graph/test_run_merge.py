"""What a run keeps of the reports it writes (graph/run_merge.py) is what merging would
read back from the store."""

from __future__ import annotations

import datetime as dt

import pytest
from diplograph.graph import happenings, rdf
from diplograph.graph.happenings import MERGED_PROPERTIES, Key, Report
from diplograph.graph.run_merge import Spool, reports_written
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.terms import python_value

from diplograph.model import Article

pytestmark = pytest.mark.slow

ARTICLES = [
    Article(
        id="kept-1",
        text="Kenya held talks with Nigeria on energy on Monday. Chile imposed sanctions on Peru on Monday.",
        date=dt.date(2024, 5, 10),
        publisher="  The Daily Test ",
    ),
    Article(
        id="kept-2",
        text="Kenya held talks with Nigeria on energy on Tuesday.",
        date=dt.date(2024, 5, 10),
        url="https://www.example.org/kenya",
    ),
]


def _merged(report: Report) -> tuple[object, ...]:
    """What merging reads of a report, as values (the store writes a decimal's canonical
    form: "1.0" as "1", which the events written from either take again)."""
    props = {
        n: sorted(map(str, map(python_value, v)))
        for n, v in report.props.items()
        if n in MERGED_PROPERTIES and v
    }
    return (report.iri, report.article, report.outlet, sorted(props.items()))


def test_the_reports_kept_are_those_merging_reads_from_the_store(extractor) -> None:
    results = list(extractor.process(ARTICLES))
    kept: dict[Key, list[Report]] = {}
    with KnowledgeGraph(None) as kg:
        run = rdf.Run(extractor.name, extractor.version)

        def written(head: list, body: list) -> None:
            for key, report in reports_written(head, body):
                kept.setdefault(key, []).append(report)

        kg.write_new_articles(results, run, written=written)
        assert len(kept) == 3  # talks make a report each way, sanctions one
        assert max(len(rs) for rs in kept.values()) == 2  # a key reported by both articles
        assert {r.outlet for rs in kept.values() for r in rs} == {"the daily test", "example.org"}
        for key, reports in kept.items():
            stored = happenings.reports_of(kg, key)
            assert sorted(map(_merged, reports)) == sorted(map(_merged, stored)), key

    spool = Spool()
    try:
        spool.add((key, r) for key, rs in kept.items() for r in rs)
        wanted = set(list(kept)[1:])
        read = list(spool.by_key(wanted))
    finally:
        spool.close()
    assert [key for key, _ in read] == sorted(wanted)  # key order: a pair's keys together
    for key, reports in read:
        assert sorted(map(_merged, reports)) == sorted(map(_merged, kept[key]))
