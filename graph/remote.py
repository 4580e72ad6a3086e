"""A remote store: the part of pyoxigraph's ``Store`` the graph layer uses, over a SPARQL
1.1 Query/Update endpoint and a Graph Store Protocol endpoint (Oxigraph server, Jena
Fuseki, Virtuoso ...).

:class:`RemoteStore` answers the same calls as ``pyoxigraph.Store`` (``query``,
``update``, ``quads_for_pattern``, ``extend``, ``remove_graph`` ...) with the same
pyoxigraph terms and results, so :class:`~diplograph.graph.store.KnowledgeGraph` and
every module above it run unchanged over either; like an rdflib store plugin, it is a
small adapter behind one interface (:data:`~diplograph.graph.store.Native`): the calls
``query``, ``update``, ``quads_for_pattern``, ``contains_named_graph``, ``named_graphs``,
``add``, ``extend``, ``bulk_extend``, ``bulk_load``, ``remove``, ``clear_graph``,
``remove_graph``, ``clear``, ``dump``, ``load``, ``flush`` and ``len()``, typed against
both implementations.

Semantics kept from the embedded store:

* ``extend`` is one ``INSERT DATA`` request: one transaction on the server, all or nothing;
  ``bulk_extend`` sends batches, and is not atomic (neither is pyoxigraph's);
* the default graph of a query is the union of the named graphs (start Oxigraph with
  ``--union-default-graph``; Virtuoso does so unasked). diplograph keeps everything in
  named graphs; the remote default graph is not written.

Every request is retried with exponential backoff when the failure is transient (the
connection failed, or the server answered 500, 502, 503 or 504, waiting as long as a
``Retry-After`` asks); the writes the graph layer sends are idempotent (``INSERT DATA``,
``DELETE DATA``, ``DROP`` then ``INSERT DATA``, a Graph Store ``PUT``), so sending one
again after a lost answer cannot apply it twice. Past the retries:
:class:`~diplograph.errors.StoreUnavailableError`; a request the server refuses (4xx):
:class:`RemoteRefusedError` (a :class:`~diplograph.errors.StoreError`), or
:class:`~diplograph.errors.QueryError` for a query.
"""

from __future__ import annotations

import email.utils
import itertools
import logging
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
from diplograph.ontology import namespaces as ns

from diplograph.errors import QueryError, QueryTimeoutError, StoreError, StoreUnavailableError

logger = logging.getLogger(__name__)

GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph
Result = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
TRANSIENT_STATUS = frozenset({500, 502, 503, 504})
#: quads per request of :meth:`RemoteStore.bulk_extend`
BATCH = 5000
#: Virtuoso answers a CONSTRUCT with RDF/XML only, unless asked for nothing it has
_RESULTS_ACCEPT = ", ".join(
    (
        "application/sparql-results+xml",
        "text/turtle;q=0.9",
        "application/n-triples;q=0.8",
        "application/rdf+xml;q=0.7",
    )
)
_RESULT_FORMATS = {
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_WHERE_GROUP = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
#: the quads of diplograph's graphs (all under its graph namespace)
_OURS = f'GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{ns.GRAPH}"))'
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([\w.-]*):", re.IGNORECASE)


class RemoteRefusedError(StoreError):
    """The remote store refused a request (a 4xx answer): nothing of it was applied."""


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where a remote store answers: SPARQL query, SPARQL update, Graph Store Protocol."""

    query: str
    update: str
    graph_store: str

    @classmethod
    def from_url(cls, url: str, *, update: str | None = None, graph_store: str | None = None) -> Endpoints:
        """The endpoints of the store whose query endpoint is ``url``: ``.../query`` has
        ``.../update`` and ``.../store`` beside it (Oxigraph), ``.../sparql`` takes updates
        itself and has ``.../sparql-graph-crud`` (Virtuoso); any other URL serves all three
        (a Fuseki dataset). ``update`` and ``graph_store`` override the guess."""
        if not re.match(r"https?://", url):
            raise StoreError(f"{url!r} is not an http(s) URL of a SPARQL endpoint")
        base, _, last = url.rstrip("/").rpartition("/")
        if last == "query":
            guessed = (f"{base}/update", f"{base}/store")
        elif last == "sparql":
            guessed = (url, f"{base}/sparql-graph-crud")
        else:
            guessed = (url, url)
        return cls(url, update or guessed[0], graph_store or guessed[1])


@dataclass(frozen=True, slots=True)
class Retry:
    """How often and how long transient failures are retried."""

    attempts: int = 5
    backoff: float = 0.2  # seconds before the second attempt, doubled each time
    max_wait: float = 10.0  # longest wait, whatever Retry-After asks


def retry_after(response: httpx.Response) -> float | None:
    """The wait a ``Retry-After`` header asks for, in seconds (a number or an HTTP date)."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def with_prefixes(text: str, prefixes: Mapping[str, str] | None) -> str:
    """``text`` with PREFIX declarations for the ``prefixes`` it does not declare itself."""
    if not prefixes:
        return text
    declared = {m.group(1) for m in _PREFIX_DECL.finditer(text)}
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items() if p not in declared)
    return head + text


def substitute(text: str, substitutions: Mapping[ox.Variable, Any] | None) -> str:
    """``text`` with the variables of ``substitutions`` replaced by their values in the WHERE
    clause (in nested groups too, as pyoxigraph's ``substitutions`` binds them) and bound by
    a ``VALUES`` block at its start, so that a projection of them still has them."""
    if not substitutions:
        return text
    match = _WHERE_GROUP.search(text) or re.search(r"\{", text)
    if match is None:
        raise QueryError("cannot bind variables in a query without a WHERE group")
    where = text[match.end() :]
    for variable, term in substitutions.items():
        where = _replace_variable(where, variable, str(term))
    names = " ".join(str(v) for v in substitutions)
    values = " ".join(str(t) for t in substitutions.values())
    return f"{text[: match.end()]}\n  VALUES ({names}) {{ ({values}) }}\n{where}"


def _replace_variable(text: str, variable: ox.Variable, value: str) -> str:
    """``text`` with ``?name`` and ``$name`` (not ``?names``) replaced by ``value``."""
    return re.sub(rf"[?$]{re.escape(variable.value)}\b", lambda _: value, text)


def _media(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _boolean(value: bool) -> ox.QueryBoolean:
    answer = ox.parse_query_results(
        b'{"head":{},"boolean":%s}' % (b"true" if value else b"false"), format=ox.QueryResultsFormat.JSON
    )
    assert isinstance(answer, ox.QueryBoolean)
    return answer


def _ask_answer(result: ox.QuerySolutions | ox.QueryBoolean) -> ox.QuerySolutions | ox.QueryBoolean:
    """Virtuoso answers ASK with one variable, ``__ASK_RETVAL`` (one row ``1`` for true, none
    for false), in place of a boolean: made the boolean it stands for."""
    if not isinstance(result, ox.QuerySolutions) or [v.value for v in result.variables] != ["__ASK_RETVAL"]:
        return result
    rows = list(result)
    return _boolean(bool(rows) and rows[0][0] is not None and rows[0][0].value not in ("0", "false"))


def _graph_triples(triples: Iterable[ox.Triple]) -> ox.QueryTriples:
    """Triples as pyoxigraph's result of a CONSTRUCT (what callers of ``query`` expect)."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    result = store.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)
    return result


def data_block(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of ``INSERT DATA``/``DELETE DATA``, one GRAPH block per graph."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        key = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        by_graph.setdefault(key, []).append(f"{ox.Triple(q.subject, q.predicate, q.object)} .")
    return "\n".join(
        "\n".join(lines) if not graph else f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}"
        for graph, lines in by_graph.items()
    )


def insert_operation(quads: list[ox.Quad]) -> str:
    """The SPARQL Update operation that adds ``quads``: ``INSERT DATA``, or ``INSERT {...}
    WHERE {}`` when they hold blank nodes (which Virtuoso refuses in ``INSERT DATA``)."""
    block = data_block(quads)
    if any(has_blank_node(q) for q in quads):
        return f"INSERT {{\n{block}\n}} WHERE {{}}"
    return f"INSERT DATA {{\n{block}\n}}"


def _named(graph: object) -> ox.NamedNode:
    """``graph`` when it is a named graph (IRI); a remote store writes no other."""
    if not isinstance(graph, ox.NamedNode):
        raise StoreError(
            f"a remote store keeps everything in graphs named by IRIs: {graph} cannot be written "
            "(its default graph is the union of the named graphs)"
        )
    return graph


def has_blank_node(quad: ox.Quad) -> bool:
    return any(isinstance(t, ox.BlankNode) for t in (quad.subject, quad.object, quad.graph_name))


def _pattern_quad(terms: list[Any], row: ox.QuerySolution, graph: Any) -> ox.Quad:
    s, p, o = (term if term is not None else row[name] for term, name in zip(terms, "spo", strict=True))
    return ox.Quad(s, p, o, graph if graph is not None else row["g"])


@dataclass
class RemoteStore:
    """A SPARQL 1.1 store over HTTP, used where a ``pyoxigraph.Store`` would be."""

    endpoints: Endpoints
    timeout: float = 60.0  # as the settings' store_timeout
    retry: Retry = field(default_factory=Retry)
    client: httpx.Client | None = None

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = httpx.Client(timeout=self.timeout, headers={"User-Agent": "diplograph"})

    @property
    def url(self) -> str:
        return self.endpoints.query

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    # -- HTTP with retries --------------------------------------------------------------------------
    def send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request, retried while the failure is transient; the final answer is 2xx."""
        assert self.client is not None
        for attempt in itertools.count(1):
            try:
                response = self.client.request(method, url, **kwargs)
            except httpx.TimeoutException as exc:
                limit = kwargs.get("timeout", self.timeout)
                raise QueryTimeoutError(
                    f"the remote store at {url} did not answer within {limit:g} s; narrow the "
                    "request (LIMIT, more specific patterns) or ask for a longer limit"
                ) from exc
            except httpx.TransportError as exc:
                if attempt >= self.retry.attempts:
                    raise StoreUnavailableError(
                        f"the remote store at {url} is unreachable after {attempt} attempts: {exc}"
                    ) from exc
                self._wait(attempt, None, f"{type(exc).__name__}: {exc}")
                continue
            if response.status_code not in TRANSIENT_STATUS or attempt >= self.retry.attempts:
                return self._checked(response, url, attempt)
            self._wait(attempt, retry_after(response), f"HTTP {response.status_code}")
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, attempt: int, asked: float | None, why: str) -> None:
        backoff = self.retry.backoff * 2 ** (attempt - 1)
        wait = min(self.retry.max_wait, asked if asked is not None else backoff)
        logger.info("remote store: %s; trying again in %.2f s", why, wait)
        time.sleep(wait)

    def _checked(self, response: httpx.Response, url: str, attempt: int) -> httpx.Response:
        if response.is_success:
            return response
        detail = response.text.strip()[:500]
        status = response.status_code
        if status in TRANSIENT_STATUS:
            raise StoreUnavailableError(
                f"the remote store at {url} answered {status} after {attempt} attempts: {detail}"
            )
        if status >= 500:
            raise StoreError(f"the remote store at {url} failed ({status}): {detail}")
        raise RemoteRefusedError(f"the remote store at {url} refused the request ({status}): {detail}")

    # -- SPARQL -------------------------------------------------------------------------------------
    def query(
        self,
        query: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        use_default_graph_as_union: bool = True,
        default_graph: Any = None,
        named_graphs: Iterable[Any] | None = None,
        substitutions: Mapping[ox.Variable, Any] | None = None,
        timeout: float | None = None,
    ) -> Result:
        """Run ``query`` on the endpoint; the answer as pyoxigraph results. The default
        graph is the server's (the union of the named graphs) unless ``default_graph``;
        ``timeout`` (seconds) replaces the store's for this query."""
        text = with_prefixes(substitute(query, substitutions), prefixes)
        form: dict[str, str | list[str]] = {"query": text}
        defaults = default_graph if isinstance(default_graph, list | tuple) else [default_graph]
        if given := [g.value for g in defaults if isinstance(g, ox.NamedNode)]:
            form["default-graph-uri"] = given
        if named := [g.value for g in named_graphs or () if isinstance(g, ox.NamedNode)]:
            form["named-graph-uri"] = named
        try:
            response = self.send(
                "POST",
                self.endpoints.query,
                data=form,
                headers={"Accept": _RESULTS_ACCEPT},
                timeout=timeout if timeout is not None else self.timeout,
            )
        except RemoteRefusedError as exc:
            raise QueryError(f"the remote store refused the query (a SPARQL syntax error?): {exc}") from None
        return self._parse_result(response)

    def _parse_result(self, response: httpx.Response) -> Result:
        media = _media(response)
        try:
            if media in _RESULT_FORMATS:
                # Virtuoso names blank nodes nodeID://b123, not a blank node id: b123 is
                content = response.content.replace(b"<bnode>nodeID://", b"<bnode>")
                return _ask_answer(ox.parse_query_results(content, format=_RESULT_FORMATS[media]))
            if media in _GRAPH_FORMATS:
                return _graph_triples(ox.parse(response.content, format=_GRAPH_FORMATS[media]))
        except SyntaxError as exc:
            raise StoreError(f"the remote store answered {media} that does not parse: {exc}") from exc
        raise StoreError(f"the remote store answered a query with {media or 'no content type'}")

    def update(self, update: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Run a SPARQL Update: one request, which the server applies as one transaction."""
        self.send("POST", self.endpoints.update, data={"update": with_prefixes(update, prefixes)})

    def select(self, query: str) -> list[ox.QuerySolution]:
        result = self.query(query)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("the remote store did not answer a SELECT with solutions")
        return list(result)

    # -- reading ------------------------------------------------------------------------------------
    def quads_for_pattern(
        self, subject: Any, predicate: Any, object: Any, graph_name: Any = None
    ) -> Iterator[ox.Quad]:
        terms = [subject, predicate, object]
        triple = " ".join(str(t) if t is not None else f"?{n}" for t, n in zip(terms, "spo", strict=True))
        if isinstance(graph_name, ox.DefaultGraph):
            return  # diplograph writes no quad there (the remote default graph is the union)
        where = f"GRAPH {'?g' if graph_name is None else graph_name} {{ {triple} }}"
        names = [f"?{n}" for t, n in zip(terms, "spo", strict=True) if t is None]
        names += ["?g"] if graph_name is None else []
        if not names:
            if self.select(f"SELECT (1 AS ?x) WHERE {{ {where} }} LIMIT 1"):
                yield ox.Quad(subject, predicate, object, graph_name)
            return
        for row in self.select(f"SELECT {' '.join(names)} WHERE {{ {where} }}"):
            yield _pattern_quad(terms, row, graph_name)

    def contains_named_graph(self, graph_name: Any) -> bool:
        if isinstance(graph_name, ox.DefaultGraph):
            return True
        return bool(self.query(f"ASK {{ GRAPH {graph_name} {{ ?s ?p ?o }} }}"))

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        # diplograph's graphs only: a server's own (Virtuoso's system graphs) are large to scan
        for row in self.select(f"SELECT DISTINCT ?g WHERE {{ {_OURS} }}"):
            if isinstance(row["g"], ox.NamedNode):
                yield row["g"]

    def __len__(self) -> int:
        """The quads of diplograph's graphs (the server may keep graphs of its own)."""
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {_OURS} }}")
        return int(rows[0]["n"].value) if rows else 0

    def dump(self, output: str, format: ox.RdfFormat) -> None:
        """Every quad of diplograph's graphs to the file ``output``."""
        rows = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ {_OURS} }}")
        quads = (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
        ox.serialize(quads, output=output, format=format)

    # -- writing ------------------------------------------------------------------------------------
    def add(self, quad: ox.Quad) -> None:
        self.extend([quad])

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add ``quads`` in one request (one transaction): :func:`insert_operation`."""
        quads = list(quads)
        if quads:
            self.update(insert_operation(quads))

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add ``quads`` in Graph Store ``POST`` requests of at most :data:`BATCH` quads each
        (not atomic, as pyoxigraph's; no SPARQL text for the server to parse, which Virtuoso
        cannot do past a few thousand triples)."""
        it = iter(quads)
        while batch := list(itertools.islice(it, BATCH)):
            by_graph: dict[ox.NamedNode, list[str]] = {}
            for q in batch:
                by_graph.setdefault(_named(q.graph_name), []).append(
                    f"{ox.Triple(q.subject, q.predicate, q.object)} .\n"
                )
            for graph, lines in by_graph.items():
                self._post_graph(graph, "".join(lines).encode("utf-8"), ox.RdfFormat.N_TRIPLES)

    def bulk_load(self, *, path: str, format: ox.RdfFormat, to_graph: ox.NamedNode) -> None:
        """Add an RDF file to ``to_graph``: one Graph Store ``POST`` (its blank nodes stay
        blank nodes, which some engines refuse in ``INSERT DATA``)."""
        try:
            body = Path(path).read_bytes()
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc}") from exc
        self._post_graph(to_graph, body, format)

    def load(self, *, path: str, format: ox.RdfFormat) -> None:
        """Add the quads of an RDF dataset file (N-Quads, TriG), graph by graph (not atomic:
        a remote server takes a Graph Store request per graph)."""
        try:
            self.bulk_extend(ox.parse(path=path, format=format))
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"cannot load {path}: {exc}") from exc

    def _post_graph(self, graph: ox.NamedNode, body: bytes, format: ox.RdfFormat) -> None:
        self.send(
            "POST",
            self.endpoints.graph_store,
            params={"graph": graph.value},
            content=body,
            headers={"Content-Type": f"{format.media_type}; charset=utf-8"},
        )

    def put_graph(self, graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
        """Replace ``graph`` with ``triples``: one Graph Store ``PUT`` (atomic on the server)."""
        body = "".join(f"{t} .\n" for t in triples)
        self.send(
            "PUT",
            self.endpoints.graph_store,
            params={"graph": graph.value},
            content=body.encode("utf-8"),
            headers={"Content-Type": "text/turtle; charset=utf-8"},
        )

    def remove(self, quad: ox.Quad) -> None:
        self.update(f"DELETE DATA {{\n{data_block([quad])}\n}}")

    def clear_graph(self, graph_name: Any) -> None:
        self.update(f"CLEAR SILENT GRAPH {_named(graph_name)}")

    def remove_graph(self, graph_name: Any) -> None:
        self.update(f"DROP SILENT GRAPH {_named(graph_name)}")

    def _drops(self) -> list[str]:
        """The drops of every graph diplograph writes (those under its graph namespace); the
        server's own graphs (Virtuoso keeps some) are left alone."""
        return [f"DROP SILENT GRAPH {g}" for g in self.named_graphs() if g.value.startswith(str(ns.GRAPH))]

    def clear(self) -> None:
        """Drop every graph diplograph writes."""
        if drops := self._drops():
            self.update(" ;\n".join(drops))

    def replace_all(self, quads: Iterable[ox.Quad]) -> None:
        """Replace every graph diplograph writes with ``quads`` in one SPARQL Update request
        (one transaction on the server: all or nothing), the quads sent as its text. For
        what a server parses at once: Virtuoso refuses past a few thousand triples."""
        self.update(" ;\n".join([*self._drops(), insert_operation(list(quads))]))

    def flush(self) -> None:
        """Nothing to do: the server persists each request it answered."""
