/* The query page: YASGUI (vendored, served from this package) on the local endpoint.
   Results are shown the readable way: IRIs as prefixed names (the server's prefixes, from
   /page/config.json), literals as plain values, no column cut short; errors as messages;
   examples open in the current tab. */
"use strict";

/** PREFIX lines for ``names`` with the server's namespaces. */
function prefixBlock(prefixes, names) {
  return names.filter((n) => prefixes[n]).map((n) => `PREFIX ${n}: <${prefixes[n]}>\n`).join("");
}

const EXAMPLES = (PREFIXES) => [
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

/** The service's JSON error ({"error": kind, "detail": message}) as a message, not raw JSON. */
async function renderError(error) {
  let body = null;
  try { body = JSON.parse(error.text); } catch (e) { body = null; }
  const detail = body && typeof body.detail === "string" ? body.detail : null;
  if (!detail && !error.status) return undefined;  // YASGUI's own renderers handle the rest
  const box = document.createElement("div");
  box.className = "query-error";
  const title = document.createElement("strong");
  const kind = body && body.error === "query" ? "The query has an error" :
    body && body.error === "timeout" ? "The query took too long" : "The query failed";
  title.textContent = kind + (error.status ? ` (HTTP ${error.status})` : "");
  const message = document.createElement("pre");
  message.textContent = detail || error.text || error.statusText || "";
  box.append(title, message);
  return box;
}

/** Plain values and prefixed names, all of each column shown (the user can switch back). */
const READABLE_TABLE = { compact: true, isEllipsed: false };

function makeReadable(tab) {
  const yasr = tab.getYasr && tab.getYasr();
  if (!yasr) return;
  const stored = tab.getPersistedJson().yasr.settings.pluginsConfig || {};
  if (!stored.table) yasr.storePluginConfig("table", { ...READABLE_TABLE });
}

async function start() {
  const config = await (await fetch(new URL("/page/config.json", window.location.href))).json();
  const PREFIXES = prefixBlock(config.prefixes, ["dg", "actor", "plover", "skos", "prov"]);
  const examples = EXAMPLES(PREFIXES);
  const endpoint = new URL("/sparql", window.location.href).href;
  Yasgui.Yasr.defaults.errorRenderers = [renderError, ...(Yasgui.Yasr.defaults.errorRenderers || [])];
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: "diplograph-sparql",
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    // no calls to outside services: bundled prefixes, no class/property look-ups on LOV
    yasqe: { autocompleters: ["variables", "prefixes"], prefixCcApi: "" },
    yasr: { prefixes: config.prefixes },
  });
  window.diplographSparql = yasgui;
  makeReadable(yasgui.getTab());
  yasgui.on("queryBefore", (instance, tab) => makeReadable(tab));

  // an example replaces the query of the current tab and runs it (no new tab)
  const nav = document.getElementById("examples");
  for (const example of examples) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = example.name;
    button.addEventListener("click", () => {
      const tab = yasgui.getTab();
      tab.setQuery(example.query);
      tab.query();
    });
    nav.appendChild(button);
  }
  if (!yasgui.getTab().getQuery || !yasgui.getTab().getQuery().includes("dg:")) {
    yasgui.getTab().setQuery(examples[0].query);
  }
  document.body.dataset.ready = "true";
}

start().catch((err) => {
  const p = document.createElement("p");
  p.className = "query-error";
  p.textContent = "The query page could not start: " + err.message;
  document.body.prepend(p);
});
