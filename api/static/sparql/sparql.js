/* The query page: YASGUI (vendored, served from this package) on the local endpoint. */
"use strict";

const PREFIXES = `PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX actor: <https://w3id.org/diplograph/actor/>
PREFIX plover: <https://w3id.org/diplograph/vocab/plover/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
`;

const EXAMPLES = [
  {
    name: "A country's relations",
    query: `${PREFIXES}
# Everything Russia did to other actors, newest first, with the sentence it was read from.
SELECT ?date ?category ?target ?goldstein ?sentence WHERE {
  ?e a dg:Event ; dg:source actor:RUS ; dg:target ?t ; dg:eventType ?type ;
     dg:goldstein ?goldstein ; dg:negated false ; dg:hypothetical false ;
     prov:wasDerivedFrom/dg:text ?sentence .
  OPTIONAL { ?e dg:date ?date }
  OPTIONAL { ?t skos:prefLabel ?target }
  BIND(STRAFTER(STR(?type), "plover/") AS ?category)
}
ORDER BY DESC(?date)
LIMIT 100`,
  },
  {
    name: "Conflict between two states by month",
    query: `${PREFIXES}
# Verbal and material conflict between Russia and Ukraine, per month and direction,
# read from the per-pair summaries (graph/summary) precomputed at ingest.
SELECT ?month ?source ?target ?verbalConflict ?materialConflict ?meanGoldstein WHERE {
  GRAPH <https://w3id.org/diplograph/graph/summary> {
    VALUES (?s ?t) { (actor:RUS actor:UKR) (actor:UKR actor:RUS) }
    ?dyad a dg:DyadSummary ; dg:source ?s ; dg:target ?t .
    ?m dg:dyad ?dyad ; dg:yearMonth ?month ;
       dg:countVerbalConflict ?verbalConflict ; dg:countMaterialConflict ?materialConflict .
    OPTIONAL { ?m dg:meanGoldstein ?meanGoldstein }
  }
  BIND(STRAFTER(STR(?s), "actor/") AS ?source)
  BIND(STRAFTER(STR(?t), "actor/") AS ?target)
}
ORDER BY ?month ?source`,
  },
  {
    name: "Who sanctioned whom",
    query: `${PREFIXES}
# Sanctions, by pair: how many events, first and last date.
SELECT ?source ?target (COUNT(?e) AS ?events) (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {
  ?e a dg:Event ; dg:eventType plover:SANCTION ; dg:negated false ; dg:hypothetical false ;
     dg:source/skos:prefLabel ?source ; dg:target/skos:prefLabel ?target .
  OPTIONAL { ?e dg:date ?date }
}
GROUP BY ?source ?target
ORDER BY DESC(?events) ?source ?target`,
  },
];

const endpoint = new URL("/sparql", window.location.href).href;
const yasgui = new Yasgui(document.getElementById("yasgui"), {
  requestConfig: { endpoint: endpoint, method: "POST" },
  copyEndpointOnNewTab: true,
  persistenceId: "diplograph-sparql",
  endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
  // no calls to outside services: bundled prefixes, no class/property look-ups on LOV
  yasqe: { autocompleters: ["variables", "prefixes"], prefixCcApi: "" },
});

function openExample(example) {
  const tab = yasgui.addTab(true, {
    ...Yasgui.Tab.getDefaults(),
    name: example.name,
    requestConfig: { ...Yasgui.defaults.requestConfig, endpoint: endpoint, method: "POST" },
  });
  tab.setQuery(example.query);
  tab.query();
}

const nav = document.getElementById("examples");
for (const example of EXAMPLES) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = example.name;
  button.addEventListener("click", () => openExample(example));
  nav.appendChild(button);
}
if (!yasgui.getTab().getQuery || !yasgui.getTab().getQuery().includes("dg:")) {
  yasgui.getTab().setQuery(EXAMPLES[0].query);
}
