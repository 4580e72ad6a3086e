"""diplograph from Python: open a knowledge graph, query it, read a country's
relations and a pair's summary, get a networkx graph, ingest articles.

    >>> import diplograph
    >>> with diplograph.open("store") as kg:          # a folder, ":memory:" or a SPARQL endpoint URL
    ...     kg.ingest([diplograph.Article("a1", "Russia accused Ukraine of shelling Donetsk.")])
    ...     rows = kg.query("SELECT ?s ?o WHERE { ?e dg:source ?s ; dg:target ?o }")
    ...     G = kg.to_networkx(countries=["RUS"], depth=1)

``kg.dataset`` is an rdflib ``Dataset`` over the same Oxigraph store (through
oxrdflib), for rdflib users; ``kg.query`` runs SPARQL on Oxigraph itself, which
is much faster. The answers of ``relations`` and ``dyad`` are the typed objects
the REST service serialises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from diplograph.model import Article, ArticleResult, Plover, QuadClass

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset, Graph

    from diplograph.extract.pipeline import Extractor
    from diplograph.graph.dyads import DyadReport
    from diplograph.graph.ingest import IngestSummary
    from diplograph.graph.relations import Direction, RelationPage
    from diplograph.graph.store import KnowledgeGraph

MEMORY = ":memory:"


class DiplomaticGraph:
    """A diplograph knowledge graph opened from Python (see :func:`open_graph`)."""

    def __init__(self, store: KnowledgeGraph) -> None:
        self.store = store
        self._extractor: Extractor | None = None

    # -- life cycle --------------------------------------------------------------------------------
    @property
    def location(self) -> str:
        """The store's folder, or ``memory``."""
        return self.store.location

    @property
    def dataset(self) -> Dataset:
        """An rdflib ``Dataset`` over the same store (default graph: the union of all graphs)."""
        return self.store.dataset

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> DiplomaticGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------------------
    def query(self, sparql: str) -> list[dict[str, Any]] | bool | Graph:
        """Run SPARQL on Oxigraph with the project's prefixes (``dg:``, ``skos:``, ``actor:`` …)
        predeclared and the union of all graphs as default graph: SELECT gives a list of rows
        (dicts of Python values), ASK a bool, CONSTRUCT/DESCRIBE an rdflib ``Graph``."""
        from diplograph.graph.terms import python_value

        result = self.store.query(sparql)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            from rdflib import Graph

            graph = Graph()
            graph.parse(data=ox.serialize(result, format=ox.RdfFormat.N_TRIPLES), format="nt")
            return graph
        names = [v.value for v in result.variables]
        return [{n: python_value(row[n]) for n in names} for row in result]

    def relations(
        self,
        actor: str,
        *,
        counterpart: str | None = None,
        direction: Direction | str = "both",
        categories: Sequence[Plover | str] = (),
        quad: QuadClass | str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        min_confidence: float | None = None,
        include_negated: bool = False,
        include_hypothetical: bool = False,
        limit: int = 50,
    ) -> RelationPage:
        """An actor's relations, newest first, as ``GET /actors/{id}/relations`` answers them
        (actor ids or names: ``"RUS"``, ``"Russia"``, ``"org/NATO"``)."""
        from diplograph.graph.relations import Direction, PageRequest
        from diplograph.graph.relations import relations as relations_page
        from diplograph.graph.selection import Selection, parse_date

        page = PageRequest(
            actor=self.actor_id(actor),
            counterpart=self.actor_id(counterpart) if counterpart else None,
            direction=Direction(direction),
            limit=limit,
        )
        selection = Selection(
            categories=tuple(Plover(c) for c in categories),
            quad_classes=(QuadClass(quad),) if quad else (),
            since=parse_date(since, "since"),
            until=parse_date(until, "until"),
            min_confidence=min_confidence,
            include_negated=include_negated,
            include_hypothetical=include_hypothetical,
        )
        return relations_page(self.store, page, selection)

    def dyad(self, a: str, b: str) -> DyadReport:
        """Both directions of a pair: counts per quad class and category, first and last
        dates, and the monthly timeline (``GET /dyads/{a}/{b}``)."""
        from diplograph.graph.dyads import dyad

        return dyad(self.store, self.actor_id(a), self.actor_id(b))

    def to_networkx(
        self,
        countries: Sequence[str] = (),
        *,
        depth: int = 1,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        categories: Sequence[str] = (),
        quad_classes: Sequence[str] = (),
        min_events: int = 1,
        per_event: bool = False,
    ) -> nx.DiGraph:
        """The selection as a networkx graph: one node per actor, one edge per directed pair
        (or per event with ``per_event``), as the exports build it."""
        from diplograph.graph.network import build_network
        from diplograph.graph.selection import Selection

        selection = Selection.parse(
            countries=list(countries),
            categories=list(categories),
            quad_classes=list(quad_classes),
            since=since,
            until=until,
            depth=depth,
            min_events=min_events,
            per_event=per_event,
        )
        return build_network(self.store, selection).graph

    def actor_id(self, ref: str) -> str:
        """The actor id of an id or a name (``"Russia"`` → ``"RUS"``); InputError if unknown."""
        from diplograph.graph.actors import resolve_actor

        return resolve_actor(self.store, ref)

    # -- writing -----------------------------------------------------------------------------------
    def ingest(self, articles: Iterable[Article | str | Path]) -> IngestSummary:
        """Extract and store articles: :class:`~diplograph.model.Article` objects, or paths
        of files and folders (text, HTML, JSONL), as ``diplograph ingest`` reads them.
        Unreadable inputs are listed in the summary's ``failures``; the rest go on."""
        from diplograph.graph.ingest import ingest_into

        given, failures = _articles(articles)
        summary = ingest_into(self.store, given, extractor=self.extractor)
        summary.failures[:0] = failures
        return summary

    @property
    def extractor(self) -> Extractor:
        """The extractor (the spaCy model is loaded on first use, once)."""
        if self._extractor is None:
            from diplograph.extract.pipeline import Extractor

            self._extractor = Extractor()
        return self._extractor


def _articles(items: Iterable[Article | str | Path]) -> tuple[list[Article], list[str]]:
    from diplograph.errors import ArticleError
    from diplograph.extract.readers import read_paths

    articles: list[Article] = []
    failures: list[str] = []
    for item in items:
        if isinstance(item, Article):
            articles.append(item)
            continue
        for read in read_paths([Path(item)]):
            if isinstance(read, ArticleError):
                failures.append(str(read))
            else:
                articles.append(read)
    return articles, failures


def open_graph(location: str | Path | None = None, *, read_only: bool = False) -> DiplomaticGraph:
    """Open (or create) a knowledge graph: a store folder, ``":memory:"``, the URL of a
    SPARQL 1.1 endpoint (a remote store), or None for ``DIPLOGRAPH_STORE``, else the
    default folder (``DIPLOGRAPH_DATA``, else the user's data directory)."""
    from diplograph.graph.store import KnowledgeGraph
    from diplograph.settings import load_settings

    if location == MEMORY:
        return DiplomaticGraph(KnowledgeGraph(None))
    settings = load_settings(store=str(location) if location is not None else None)
    return DiplomaticGraph(KnowledgeGraph.open(settings, read_only=read_only))


def extract_events(text: str, *, date: dt.date | str | None = None, id: str = "text") -> ArticleResult:
    """The events of one text (the spaCy model is loaded on the first call, then kept):
    ``extract_events("Russia accused Ukraine of ...", date="2024-11-24").events``."""
    from diplograph.graph.selection import parse_date

    article = Article(id=id, text=text, date=parse_date(date, "date"))
    return next(iter(_default_extractor().process([article])))


@cache
def _default_extractor() -> Extractor:
    from diplograph.extract.pipeline import Extractor

    return Extractor()
