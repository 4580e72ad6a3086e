"""diplograph: a knowledge graph of diplomatic relations built from the news.

One import name. The public Python API (see the README's "From Python"):

- :func:`open` — a knowledge graph (store folder, ``":memory:"`` or the default one),
  with ``.dataset`` (rdflib), ``.query()``, ``.relations()``, ``.dyad()``,
  ``.to_networkx()`` and ``.ingest()``;
- :func:`extract_events` — the events of one text;
- :func:`extract_articles` — the results of an iterable of articles, in order (the
  function a Spark partition or a Ray task runs: README, "Distributed extraction");
- :class:`Article`, :class:`Event` and the rest of :mod:`diplograph.model`.

Subpackages: ``diplograph.extract`` (text → events), ``diplograph.graph`` (RDF store,
queries, analytics, exports), ``diplograph.api`` (HTTP service and command line),
``diplograph.ontology`` (the ontology and gazetteer as data). Nothing heavy is
imported until used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diplograph.errors import DiplographError

if TYPE_CHECKING:
    from diplograph.extract.cluster import extract_articles
    from diplograph.kg import DiplomaticGraph, extract_events
    from diplograph.kg import open_graph as open
    from diplograph.model import Article, ArticleResult, Event

__version__ = "0.1.0"
__all__ = [
    "Article",
    "ArticleResult",
    "DiplographError",
    "DiplomaticGraph",
    "Event",
    "__version__",
    "extract_articles",
    "extract_events",
    "open",
]

_LAZY = {
    "open": ("diplograph.kg", "open_graph"),
    "extract_events": ("diplograph.kg", "extract_events"),
    "extract_articles": ("diplograph.extract.cluster", "extract_articles"),
    "DiplomaticGraph": ("diplograph.kg", "DiplomaticGraph"),
    "Article": ("diplograph.model", "Article"),
    "ArticleResult": ("diplograph.model", "ArticleResult"),
    "Event": ("diplograph.model", "Event"),
}


def __getattr__(name: str) -> Any:
    """The public API, imported on first use (``import diplograph`` stays light)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
    from importlib import import_module

    module, attribute = _LAZY[name]
    return getattr(import_module(module), attribute)
