"""A store of 10M+ triples, and how fast the service answers over it.

    nice .venv/bin/python bench/bigstore.py --store /tmp/bigstore      # builds ~300k events once, then times
    nice .venv/bin/python bench/bigstore.py --store /tmp/bigstore-small --events 5000 --rounds 50

The generator (seeded) writes extraction results (``ArticleResult``: articles and the
events the extractor would have found in them) through the real mapping: the articles'
graphs with their reports (``graph/rdf.py``, as ``write_article`` writes them), then the
events graph merged from the reports (``graph/happenings.py``) and the per-pair summaries
(``graph/summaries.py``), as a fresh store is built (:func:`diplograph.graph.ingest.bulk_ingest`).
What it makes: states of the gazetteer with skewed prominence, dyads with skewed
frequencies, days over ten years, a realistic mix of PLOVER categories, one to eight
reports per happening in articles of several outlets, a place for some.

The store is kept in ``--store`` and reused when it is there. The service then runs as
``diplograph serve`` in its own process and is timed over real HTTP (httpx, one
connection): the REST lookups and the page's start-up views, then typical SPARQL
through ``/sparql``. Goal: p99 < 100 ms for the REST lookups and the page's views.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import math
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox
from diplograph.graph import rdf
from diplograph.graph.ids import dyad_iri
from diplograph.graph.ingest import bulk_ingest
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns
from diplograph.ontology.gazetteer import Entry, Gazetteer, load_gazetteer
from diplograph.ontology.vocabulary import Vocabulary, load_vocabulary

from bench.serving import free_port, start_server
from diplograph.model import (
    Actor,
    ActorMention,
    Article,
    ArticleResult,
    DateBasis,
    Event,
    EventDate,
    EventPlace,
    PlaceBasis,
    Plover,
    Relation,
)

logger = logging.getLogger("bench.bigstore")

SEED = 20261202
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 3653  # ten years
#: the states most in the news first; the others follow in the gazetteer's order
PROMINENT = ["USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "JPN", "PRK"]
#: share of happenings per PLOVER category (roughly GDELT's: talk and statements dominate)
CATEGORY_MIX = {
    Plover.CONSULT: 24,
    Plover.AGREE: 9,
    Plover.SUPPORT: 8,
    Plover.CONCEDE: 1,
    Plover.COOPERATE: 8,
    Plover.AID: 5,
    Plover.RETREAT: 1,
    Plover.REQUEST: 9,
    Plover.ACCUSE: 10,
    Plover.REJECT: 5,
    Plover.THREATEN: 4,
    Plover.PROTEST: 4,
    Plover.SANCTION: 3,
    Plover.MOBILIZE: 2,
    Plover.COERCE: 3,
    Plover.ASSAULT: 4,
}
VERBS = {
    Plover.CONSULT: "held talks with",
    Plover.AGREE: "signed an agreement with",
    Plover.SUPPORT: "praised",
    Plover.CONCEDE: "eased restrictions on",
    Plover.COOPERATE: "opened an embassy in",
    Plover.AID: "sent aid to",
    Plover.RETREAT: "withdrew troops from",
    Plover.REQUEST: "asked for help from",
    Plover.ACCUSE: "accused",
    Plover.REJECT: "rejected the proposal of",
    Plover.THREATEN: "threatened",
    Plover.PROTEST: "protested against",
    Plover.SANCTION: "imposed sanctions on",
    Plover.MOBILIZE: "moved troops towards",
    Plover.COERCE: "expelled the diplomats of",
    Plover.ASSAULT: "shelled",
}
#: reports per happening: most happenings are reported once, a few by many outlets
REPORTS = [1, 2, 3, 4, 5, 8]
REPORT_WEIGHTS = [75, 15, 6, 2, 1, 1]
OUTLETS = [f"outlet{n}.example" for n in range(1, 25)]
RUN = rdf.Run("bigstore-generator", "1")
JSON = {"Accept": "application/sparql-results+json"}
TIMEOUT = 120.0  # seconds a request may take


@dataclass(frozen=True, slots=True)
class Happening:
    source: Entry
    target: Entry
    category: Plover
    day: dt.date
    negated: bool
    hypothetical: bool
    place: EventPlace | None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One report of a happening, to be placed in an article."""

    happening: Happening
    text: str


class World:
    """The seeded choices: who acts on whom, how, where and how often."""

    def __init__(self, gazetteer: Gazetteer, vocabulary: Vocabulary, rng: random.Random) -> None:
        states = [e for e in gazetteer if e.actor.kind.value == "state"]
        by_id = {e.actor.id: e for e in states}
        ordered = [by_id[s] for s in PROMINENT if s in by_id]
        ordered += [e for e in states if e.actor.id not in PROMINENT]
        self.gazetteer = gazetteer
        self.states = ordered
        self.weights = [1 / (rank + 1) ** 1.1 for rank in range(len(ordered))]  # Zipf-like prominence
        self.rng = rng
        self._partners: dict[str, list[float]] = {}
        self.relations = {p: vocabulary.relation(vocabulary.default_cameo(p)) for p in Plover}

    def partner_weights(self, source: Entry) -> list[float]:
        """How often ``source`` deals with each state: prominence times a lasting affinity
        of the pair (log-normal), so that some dyads are far busier than others."""
        found = self._partners.get(source.actor.id)
        if found is None:
            affinity = random.Random(f"{SEED}:{source.actor.id}")
            found = [
                0.0 if e is source else w * math.exp(affinity.gauss(0, 1.4))
                for e, w in zip(self.states, self.weights, strict=True)
            ]
            self._partners[source.actor.id] = found
        return found

    def place(self, source: Entry, target: Entry) -> EventPlace | None:
        """Where the text says it happened: one of the two capitals, for some reports."""
        if self.rng.random() > 0.35:
            return None
        entry = self.rng.choice((source, target))
        point = self.gazetteer.point(entry.capital, entry.actor.id) if entry.capital else None
        if point is None:
            return None
        return EventPlace(point.name, entry.actor.id, point.latitude, point.longitude, PlaceBasis.STATED)

    def happening(self, day: dt.date) -> Happening:
        rng = self.rng
        (source,) = rng.choices(self.states, self.weights)
        (target,) = rng.choices(self.states, self.partner_weights(source))
        (category,) = rng.choices(list(CATEGORY_MIX), list(CATEGORY_MIX.values()))
        return Happening(
            source,
            target,
            category,
            day,
            negated=rng.random() < 0.03,
            hypothetical=rng.random() < 0.05,
            place=self.place(source, target),
        )


def sentence_of(h: Happening) -> str:
    verb = VERBS[h.category]
    if h.hypothetical:
        verb = f"may have {verb}"
    elif h.negated:
        verb = f"never {verb}"
    where = f" in {h.place.name}" if h.place else ""
    return f"{h.source.actor.label} {verb} {h.target.actor.label}{where} on {h.day:%A}."


def _mention(actor: Actor, start: int) -> ActorMention:
    return ActorMention(actor, actor.label, start, start + len(actor.label))


def make_event(article: Article, h: Happening, text: str, start: int, world: World) -> Event:
    """The event the extractor would find in the sentence at ``start``."""
    r = world.relations[h.category]
    end = start + len(text)
    verb_at = start + len(h.source.actor.label) + 1
    target_at = text.index(h.target.actor.label, len(h.source.actor.label)) + start
    when = EventDate(h.day, basis=DateBasis.STATED, expression=f"on {h.day:%A}")
    return Event(
        article.key,
        _mention(h.source.actor, start),
        _mention(h.target.actor, target_at),
        Relation(r.plover, r.cameo, r.goldstein, r.mode),
        h.day,
        text,
        start,
        end,
        VERBS[h.category].split()[0],
        verb_at,
        verb_at + len(VERBS[h.category].split()[0]),
        round(world.rng.uniform(0.45, 0.98), 2),
        RUN.name,
        RUN.version,
        negated=h.negated,
        hypothetical=h.hypothetical,
        when=when,
        place=h.place,
        reported=article.date,
    )


def make_article(n: int, day: dt.date, sentences: list[Sentence], world: World) -> ArticleResult:
    outlet = world.rng.choice(OUTLETS)
    head = f"Report {n} of {outlet}, {day.isoformat()}. "
    text = head + " ".join(s.text for s in sentences)
    article = Article(
        id=f"big-{n}",
        text=text,
        date=day,
        url=f"https://{outlet}/{day:%Y/%m/%d}/{n}",
        title=f"{sentences[0].happening.source.actor.label} and {sentences[0].happening.target.actor.label}",
        publisher=outlet,
    )
    events, at = [], len(head)
    for s in sentences:
        events.append(make_event(article, s.happening, s.text, at, world))
        at += len(s.text) + 1
    return ArticleResult(article, events)


def generate(happenings: int, seed: int = SEED) -> Iterator[ArticleResult]:
    """About ``happenings`` happenings over ten years, day by day, each reported by one to
    eight articles published that day or the next; an article reports one to six."""
    rng = random.Random(seed)
    world = World(load_gazetteer(), load_vocabulary(), rng)
    per_day = happenings / DAYS
    waiting: dict[dt.date, list[Sentence]] = {}
    n = 0
    for offset in range(DAYS + 1):
        day = FIRST_DAY + dt.timedelta(days=offset)
        count = int(per_day) + (rng.random() < per_day % 1) if offset < DAYS else 0
        for _ in range(count):
            h = world.happening(day)
            (k,) = rng.choices(REPORTS, REPORT_WEIGHTS)
            for _ in range(k):
                published = day + dt.timedelta(days=rng.random() < 0.3)
                waiting.setdefault(published, []).append(Sentence(h, sentence_of(h)))
        today = waiting.pop(day, [])
        rng.shuffle(today)
        while today:
            size = rng.randint(1, 6)
            n += 1
            yield make_article(n, day, today[:size], world)
            del today[:size]


# -- building ----------------------------------------------------------------------------------------
def build(path: Path, happenings: int) -> dict[str, float]:
    started = time.perf_counter()
    with KnowledgeGraph(path) as kg:
        built = bulk_ingest(kg, generate(happenings), RUN)
        kg.native.optimize()
    return {
        "seconds": time.perf_counter() - started,
        "articles": built.articles,
        "reports": built.reports,
        "load": built.load_seconds,
        "merge": built.merge_seconds,
        "pairs": built.pairs,
    }


# -- timing ------------------------------------------------------------------------------------------
def quantiles(ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=100, method="inclusive")
    verdict = "ok" if q[98] < 100 else "SLOW"
    return f"p50 {q[49]:7.1f}  p95 {q[94]:7.1f}  p99 {q[98]:7.1f} ms  {verdict}"


def time_calls(call: Callable[[], object], rounds: int, warm: int = 2) -> tuple[float, list[float]]:
    """The first call's time (cold: before the service kept any answer) and ``rounds`` more,
    after ``warm`` untimed ones."""
    started = time.perf_counter()
    call()
    cold = (time.perf_counter() - started) * 1000
    for _ in range(warm):
        call()
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return cold, out


def getter(client: httpx.Client, url: str, **params: Any) -> Callable[[], object]:
    def call() -> object:
        response = client.get(url, params=params)
        response.raise_for_status()
        return response.content

    return call


def pick(client: httpx.Client) -> dict[str, str]:
    """The busiest of the most prominent states, its busiest partner and its latest event
    (read from lookups the service does not keep, so the views below start cold)."""

    def events_of(actor: str) -> int:
        info = client.get(f"/actors/{actor}").json()
        return int(info["events_as_source"]) + int(info["events_as_target"])

    busy = max(PROMINENT[:3], key=events_of)
    page = client.get(f"/actors/{busy}/relations").json()
    event = page["relations"][0]["event_id"]
    top = SPARQL["top partners"].format(summary=ox.NamedNode(ns.summary_graph()), busy=busy)
    rows = client.get("/sparql", params={"query": top}, headers=JSON).json()["results"]["bindings"]
    partner = rows[0]["t"]["value"].rsplit("/", 1)[-1]
    return {"busy": busy, "partner": partner, "event": event}


def rest_cases(client: httpx.Client, p: dict[str, str]) -> dict[str, Callable[[], object]]:
    busy, partner = p["busy"], p["partner"]
    return {
        f"relations of {busy}": getter(client, f"/actors/{busy}/relations"),
        f"relations of {busy}, since a year": getter(client, f"/actors/{busy}/relations", since="2024-01-01"),
        f"relations of {busy} with {partner}": getter(
            client, f"/actors/{busy}/relations", counterpart=partner
        ),
        f"dyad {busy}-{partner}": getter(client, f"/dyads/{busy}/{partner}"),
        "one event": getter(client, f"/events/{p['event']}"),
        "actor search 'uni'": getter(client, "/actors", q="uni"),
        f"actor {busy}": getter(client, f"/actors/{busy}"),
        f"export cytoscape of {busy}": getter(client, "/export/cytoscape", country=busy, download="false"),
        f"export graphml of {busy}": getter(client, "/export/graphml", country=busy, download="false"),
    }


def page_cases(client: httpx.Client, p: dict[str, str]) -> dict[str, Callable[[], object]]:
    """What /graph page asks for first (api/static/page/page.js ``start`` and ``loadGraph``)."""
    busy = p["busy"]
    return {
        "page config": getter(client, "/page/config.json"),
        "centrality (all actors)": getter(client, "/analytics/centrality"),
        "centrality by reports (not precomputed)": getter(client, "/analytics/centrality", count="reports"),
        "stats": getter(client, "/stats"),
        f"network of {busy} (cytoscape)": getter(
            client, "/export/cytoscape", country=busy, depth="1", download="false"
        ),
        f"network of {busy}, with hypothetical": getter(
            client, "/export/cytoscape", country=busy, depth="1", hypothetical="true", download="false"
        ),
        f"summary of {busy}": getter(client, "/analytics/summary", actor=busy),
        f"network of {busy} since 2024 (its months' events)": getter(
            client, "/export/cytoscape", country=busy, depth="1", since="2024-01-01", download="false"
        ),
    }


SPARQL = {
    "a country's relations by month": """
SELECT ?month (SUM(?n) AS ?events) WHERE {{
  GRAPH {summary} {{ ?d a dg:DyadSummary ; dg:source actor:{busy} .
    ?m dg:dyad ?d ; dg:yearMonth ?month ; dg:eventCount ?n }}
}} GROUP BY ?month ORDER BY ?month""",
    "conflict between two states, by month": """
SELECT ?month ?conflict WHERE {{
  GRAPH {summary} {{ ?m dg:dyad {dyad} ; dg:yearMonth ?month ;
    dg:countVerbalConflict ?v ; dg:countMaterialConflict ?x }}
  BIND(?v + ?x AS ?conflict)
}} ORDER BY ?month""",
    "conflict events between two states": """
SELECT ?e ?date ?type WHERE {{
  ?e a dg:Event ; dg:source actor:{busy} ; dg:target actor:{partner} ; dg:eventType ?type ;
     dg:quadClass ?q ; dg:date ?date .
  FILTER(?q IN (quad:verbal-conflict, quad:material-conflict))
}} ORDER BY ?date""",
    "top partners": """
SELECT ?t ?n WHERE {{
  GRAPH {summary} {{ ?d a dg:DyadSummary ; dg:source actor:{busy} ; dg:target ?t ; dg:eventCount ?n }}
}} ORDER BY DESC(?n) LIMIT 10""",
    "a country's events of one month (from the events)": """
SELECT (COUNT(?e) AS ?n) WHERE {{
  ?e a dg:Event ; dg:source actor:{busy} ; dg:date ?d .
  FILTER(?d >= "2024-06-01"^^xsd:date && ?d < "2024-07-01"^^xsd:date)
}}""",
}


def sparql_cases(client: httpx.Client, p: dict[str, str]) -> dict[str, Callable[[], object]]:
    out = {}
    graph, dyad = ox.NamedNode(ns.summary_graph()), dyad_iri(p["busy"], p["partner"])
    for name, text in SPARQL.items():
        query = text.format(summary=graph, dyad=dyad, **p)
        rows = client.get("/sparql", params={"query": query}, headers=JSON).json()["results"]["bindings"]
        out[f"{name} ({len(rows)} rows)"] = getter(client, "/sparql", query=query)
    return out


def report(title: str, cases: dict[str, Callable[[], object]], rounds: int) -> list[float]:
    print(f"\n{title}")
    worst = []
    for name, call in cases.items():
        try:
            cold, ms = time_calls(call, rounds)
        except httpx.TimeoutException:
            worst.append(math.inf)
            print(f"  {name:52s} no answer within {TIMEOUT:.0f} s")
            continue
        worst.append(statistics.quantiles(ms, n=100, method="inclusive")[98])
        print(f"  {name:52s} first {cold:8.1f}  {quantiles(ms)}")
    return worst


def counts(client: httpx.Client) -> dict[str, int]:
    stats = client.get("/stats", timeout=600).json()
    return {k: stats[k] for k in ("triples", "articles", "events", "reports")}


def run(path: Path, rounds: int, sparql_rounds: int) -> None:
    port = free_port()
    started = time.perf_counter()
    server = start_server(path, port, wait=1800)
    print(f"server up in {time.perf_counter() - started:.1f} s (it checks summaries against events)")
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=TIMEOUT) as client:
            c = counts(client)
            print(
                f"store {path}: {c['triples']:,} triples; {c['events']:,} events "
                f"({c['reports']:,} reports in {c['articles']:,} articles)"
            )
            started = time.perf_counter()
            client.get("/analytics/centrality", params={"top": "1"}, timeout=600).raise_for_status()
            print(
                f"the page's start-up view (summary cells, centrality) ready "
                f"{time.perf_counter() - started:.1f} s later (computed in the background from start-up)"
            )
            p = pick(client)
            print(
                f"busy country {p['busy']}, its busiest partner {p['partner']}; "
                "over HTTP (httpx, one connection)"
            )
            worst = report("REST lookups", rest_cases(client, p), rounds)
            worst += report("page start-up views", page_cases(client, p), rounds)
            report("SPARQL through /sparql", sparql_cases(client, p), sparql_rounds)
            verdict = "met" if max(worst) < 100 else "NOT met"
            print(
                f"\ngoal p99 < 100 ms (REST lookups and page views): {verdict}, worst p99 {max(worst):.1f} ms"
            )
    finally:
        server.terminate()
        server.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, required=True, help="the store's folder, built if missing")
    parser.add_argument("--events", type=int, default=300_000, help="happenings to generate (default 300k)")
    parser.add_argument("--rounds", type=int, default=200, help="requests per REST case")
    parser.add_argument("--sparql-rounds", type=int, default=20, help="requests per SPARQL case")
    parser.add_argument("--build-only", action="store_true", help="build the store, time nothing")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    store, done = args.store / "store", args.store / "built"
    if done.exists():
        print(f"store: reusing {store} ({done.read_text().strip()})")
    else:
        info = build(store, args.events)
        done.write_text(f"{args.events:,} happenings generated, built in {info['seconds']:.0f} s\n")
        print(
            f"built {store} in {info['seconds']:.0f} s: {int(info['articles']):,} articles, "
            f"{int(info['reports']):,} reports; loaded in {info['load']:.0f} s, merged into events and "
            f"{int(info['pairs']):,} pair summaries in {info['merge']:.0f} s"
        )
    if not args.build_only:
        run(store, args.rounds, args.sparql_rounds)


if __name__ == "__main__":
    main()
