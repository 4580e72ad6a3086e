"""Actors: search by name, one actor's details, labels, and which actor a
name or code stands for.

Reads the actors graph (the gazetteer) and the per-pair summaries; ids are
checked and turned into IRIs by :mod:`diplograph.graph.ids`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from diplograph.graph import rdf, terms
from diplograph.graph.actor_search import Candidate, NameKind, normalise, rank_actors
from diplograph.graph.ids import actor_id_of, actor_iri, is_actor_id, is_actor_iri
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH
from diplograph.graph.terms import first
from diplograph.ontology import namespaces as ns

from diplograph.errors import InputError, NotFoundError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor named in a result: its id and preferred label."""

    id: str
    label: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """One hit of an actor search: the actor, the name that matched and how
    (exact, prefix, word or inside: :class:`diplograph.graph.actor_search.Rank`)."""

    id: str
    label: str
    kind: str | None
    matched: str
    match: str


@dataclass(frozen=True, slots=True)
class ActorDetails:
    """One actor as ``GET /actors/{id}`` shows it: names, kind, country and event counts."""

    id: str
    iri: str
    label: str | None
    kind: str | None
    aliases: list[str]
    country: str | None
    events_as_source: int
    events_as_target: int
    counterparts: int


@dataclass(frozen=True, slots=True)
class ActorNode:
    """An actor as a node of the network: label, kind and ISO code."""

    id: str
    label: str
    kind: str | None = None
    iso_code: str | None = None


_KIND = rdf.dg("kind")


def _actor_graph() -> ox.NamedNode:
    return ox.NamedNode(ns.actor_graph())


# -- search ---------------------------------------------------------------------------------------
# the actors graph is written in (Oxigraph plans on constants, not on substituted variables);
# the matching names alone: joined with every actor's label and kind, Oxigraph took 7× longer
SEARCH = """SELECT ?a ?name ?p ?q WHERE {{
    GRAPH {actors} {{
        VALUES ?p {{ skos:prefLabel skos:altLabel skos:hiddenLabel dg:capital dg:isoCode dg:iso2 }}
        ?a ?p ?name .
        FILTER(CONTAINS(LCASE(STR(?name)), ?q))
    }}
}}"""
_NAME_KINDS = {
    f"{ns.SKOS}prefLabel": NameKind.LABEL,
    f"{ns.SKOS}altLabel": NameKind.ALIAS,
    f"{ns.SKOS}hiddenLabel": NameKind.METONYM,
    f"{ns.DG}capital": NameKind.METONYM,
    f"{ns.DG}isoCode": NameKind.CODE,
    f"{ns.DG}iso2": NameKind.CODE,
}


def _kinds(kg: KnowledgeGraph, actor_ids: Iterable[str]) -> dict[str, str | None]:
    """The ``dg:kind`` of each actor (None when it has none)."""
    graph = _actor_graph()
    kinds = {a: kg.native.quads_for_pattern(actor_iri(a), _KIND, None, graph) for a in actor_ids}
    return {a: next((terms.text(q.object) for q in found), None) for a, found in kinds.items()}


def search_actors(kg: KnowledgeGraph, q: str, limit: int = 20) -> list[ActorMatch]:
    """Actors with a name, alias, code or capital containing ``q`` (case-insensitive),
    ranked by :func:`diplograph.graph.actor_search.rank_name`: exact first, then
    prefixes, then word starts, then the rest (actors without a preferred label are left out)."""
    needle = normalise(q)
    if not needle:
        raise InputError("empty search", where="q")
    query = SEARCH.format(actors=_actor_graph())
    rows = [
        (actor_id_of(r["a"].value), r["name"].value, _NAME_KINDS[r["p"].value])
        for r in kg.query(query, substitutions={ox.Variable("q"): ox.Literal(needle)})
    ]
    names = labels(kg, {a for a, _, _ in rows})
    candidates = [Candidate(a, names[a], name, kind) for a, name, kind in rows if a in names]
    ranked = rank_actors(needle, candidates)[:limit]
    kinds = _kinds(kg, {r.candidate.actor for r in ranked})
    return [
        ActorMatch(c.actor, c.label, kinds[c.actor], c.name, r.rank.match)
        for r in ranked
        for c in (r.candidate,)
    ]


# -- one actor ------------------------------------------------------------------------------------
def labels(kg: KnowledgeGraph, actor_ids: Iterable[str]) -> dict[str, str]:
    """Preferred labels of actors (from the actors graph); unknown ids are left out."""
    graph = _actor_graph()
    found: dict[str, str] = {}
    for a in set(actor_ids):
        for quad in kg.native.quads_for_pattern(actor_iri(a), rdf.PREF_LABEL, None, graph):
            found[a] = terms.text(quad.object) or a
            break
    return found


def has_summary(kg: KnowledgeGraph, actor: str) -> bool:
    """Whether the actor is a side of any pair summary (has events with a counterpart)."""
    iri = actor_iri(actor)
    return any(
        next(iter(kg.native.quads_for_pattern(None, rdf.dg(side), iri, SUMMARY_GRAPH)), None) is not None
        for side in ("source", "target")
    )


def require_actors(kg: KnowledgeGraph, *actor_ids: str) -> dict[str, str]:
    """The labels of the actors; :class:`NotFoundError` for one the store knows
    nothing of (not in the gazetteer, in no pair)."""
    names = labels(kg, actor_ids)
    for a in actor_ids:
        if a not in names and not has_summary(kg, a):
            raise NotFoundError(f"no actor {a!r}")
    return names


def _summary_value(kg: KnowledgeGraph, node: ox.NamedNode | ox.BlankNode | ox.Triple, name: str) -> object:
    """The first value of one property of a summary node (None when it has none)."""
    found = kg.native.quads_for_pattern(node, rdf.dg(name), None, SUMMARY_GRAPH)
    return next((q.object for q in found), None)


def actor_details(kg: KnowledgeGraph, actor: str) -> ActorDetails:
    iri = actor_iri(actor)
    props = kg.properties(iri, _actor_graph())
    as_source = list(kg.native.quads_for_pattern(None, rdf.dg("source"), iri, SUMMARY_GRAPH))
    as_target = list(kg.native.quads_for_pattern(None, rdf.dg("target"), iri, SUMMARY_GRAPH))
    if not props and not as_source and not as_target:
        raise NotFoundError(f"no actor {actor!r}")
    counterparts: set[str] = set()
    totals = []
    for quads, other in ((as_source, "target"), (as_target, "source")):
        total = 0
        for quad in quads:  # the pair's count and counterpart only (a summary has ~20 properties)
            total += terms.count(_summary_value(kg, quad.subject, "eventCount"))
            counterpart = _summary_value(kg, quad.subject, other)
            if isinstance(counterpart, ox.NamedNode):
                counterparts.add(counterpart.value)
        totals.append(total)
    country = first(props, "country")
    return ActorDetails(
        id=actor,
        iri=iri.value,
        label=terms.text(first(props, "prefLabel")),
        kind=terms.text(first(props, "kind")),
        aliases=sorted(str(terms.text(a)) for a in props.get("altLabel", [])),
        country=actor_id_of(country.value)
        if isinstance(country, ox.NamedNode)
        else (actor if first(props, "isoCode") else None),
        events_as_source=totals[0],
        events_as_target=totals[1],
        counterparts=len(counterparts),
    )


# -- network nodes --------------------------------------------------------------------------------
_NODES = """
SELECT ?a ?label ?kind ?iso WHERE {{
  VALUES ?a {{ {actors} }}
  OPTIONAL {{ ?a skos:prefLabel ?label }}
  OPTIONAL {{ ?a dg:kind ?kind }}
  OPTIONAL {{ ?a dg:isoCode ?iso }}
}}
"""


def actor_nodes(kg: KnowledgeGraph, actor_ids: Iterable[str]) -> dict[str, ActorNode]:
    """Label, kind and ISO code of each actor; an actor the store does not
    describe gets its id as label."""
    ids = sorted(set(actor_ids))
    found: dict[str, ActorNode] = {}
    if ids:
        for r in kg.query(_NODES.format(actors=" ".join(str(actor_iri(i)) for i in ids))):
            aid = actor_id_of(r["a"].value)
            label = terms.text(r["label"])
            if aid not in found or (label and found[aid].label == aid):
                found[aid] = ActorNode(aid, label or aid, terms.text(r["kind"]), terms.text(r["iso"]))
    return {i: found.get(i, ActorNode(i, i)) for i in ids}


# -- names to ids ---------------------------------------------------------------------------------
_FIND_ACTOR = """
SELECT DISTINCT ?a ?q WHERE {
  ?a skos:prefLabel|skos:altLabel|dg:isoCode|dg:iso2 ?name .
  FILTER(LCASE(STR(?name)) = ?q)
} ORDER BY ?a
"""


def resolve_actor(kg: KnowledgeGraph, ref: str) -> str:
    """The actor id that ``ref`` (an id, an ISO code or a name) stands for."""
    text = ref.strip()
    if not text:
        raise InputError("empty actor reference")
    if is_actor_id(text):
        for candidate in dict.fromkeys((text, text.upper())):
            if next(kg.native.quads_for_pattern(actor_iri(candidate), None, None), None) is not None:
                return candidate
    # plain values (select), not live solutions: nothing pyoxigraph-bound outlives this call
    rows = kg.select(_FIND_ACTOR, substitutions={ox.Variable("q"): ox.Literal(text.lower())})
    ids = list(dict.fromkeys(actor_id_of(str(r["a"])) for r in rows if is_actor_iri(str(r["a"]))))
    if not ids:
        raise NotFoundError(f"no actor called {ref!r}")
    if len(ids) > 1:
        logger.info("%r names %d actors; taking %s", ref, len(ids), ids[0])
    return ids[0]


def resolve_countries(kg: KnowledgeGraph, selection: Selection) -> Selection:
    """The selection with each of its countries resolved to an actor id."""
    if not selection.countries:
        return selection
    return selection.with_countries([resolve_actor(kg, c) for c in selection.countries])
