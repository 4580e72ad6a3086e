/* diplograph: the relations page. Plain JavaScript, Cytoscape.js with the fcose layout
   (vendored) and chart.js (ours); every request goes to this server. Text from the data is
   set with textContent, never as HTML.

   The page's state lives in the URL (#view=graph&country=RUS&...): every change pushes a
   history entry, and Back/Forward restore the view from it. */
(function () {
  "use strict";

  const $ = (sel) => document.querySelector(sel);
  const state = {
    actors: [], actorIds: new Set(), labels: new Map(), config: null, cy: null,
    view: "graph", country: null, pairA: null, pairB: null, focus: null, seq: 0, map: null,
  };
  const VIEWS = ["graph", "pair", "map"];
  const STATUS = { graph: "#status", pair: "#pair-status", map: "#map-status" };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const detail = body && (body.detail || body.message || body.error);
      throw new Error(typeof detail === "string" ? detail : response.status + " " + response.statusText);
    }
    return body;
  }

  function setStatus(text, isError, where) {
    const status = $(where || STATUS[state.view]);
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");
  const fmt = (g) => (g === null || g === undefined ? "\u2014" : Number(g).toFixed(1));
  const labelOf = (id) => state.labels.get(id) || id;
  const actorPath = (id) => id.split("/").map(encodeURIComponent).join("/");

  // -- filters and the URL --------------------------------------------------------------------
  function chosenCategories() {
    const boxes = [...document.querySelectorAll("#category-groups input[type=checkbox]")];
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    return { on, all: on.length === boxes.length, count: boxes.length };
  }

  function filterParams(extra) {
    const p = new URLSearchParams();
    for (const id of ["since", "until"]) if ($("#" + id).value) p.set(id, $("#" + id).value);
    const min = parseInt($("#min-events").value, 10);
    if (min > 1) p.set("min_events", String(min));
    const cats = chosenCategories();
    if (!cats.all) for (const c of cats.on) p.append("category", c);
    if ($("#hypothetical").checked) p.set("hypothetical", "true");
    if ($("#negated").checked) p.set("negated", "true");
    for (const [k, v] of Object.entries(extra || {})) p.append(k, v);
    return p;
  }

  function graphParams(extra) {
    const p = filterParams(extra);
    if (state.country) { p.set("country", state.country); p.set("depth", $("#depth").value); }
    return p;
  }

  function urlParams() {
    const p = filterParams();
    p.set("view", state.view);
    if (state.country) p.set("country", state.country);
    p.set("depth", $("#depth").value);
    if ($("#between").checked) p.set("between", "true");
    if (state.pairA) p.set("a", state.pairA);
    if (state.pairB) p.set("b", state.pairB);
    if (state.focus) p.set("focus", state.focus.join(" "));
    return p;
  }

  function restore(p) {
    for (const id of ["since", "until"]) $("#" + id).value = p.get(id) || "";
    $("#depth").value = p.get("depth") || "1";
    $("#min-events").value = p.get("min_events") || "1";
    for (const id of ["hypothetical", "negated", "between"]) $("#" + id).checked = p.get(id) === "true";
    const cats = p.getAll("category");
    for (const b of document.querySelectorAll("#category-groups input")) {
      b.checked = !cats.length || cats.includes(b.value);
    }
    state.view = VIEWS.includes(p.get("view")) ? p.get("view") : "graph";
    state.country = state.actorIds.has(p.get("country")) ? p.get("country") : null;
    state.pairA = state.actorIds.has(p.get("a")) ? p.get("a") : null;
    state.pairB = state.actorIds.has(p.get("b")) ? p.get("b") : null;
    state.focus = p.get("focus") ? p.get("focus").split(" ") : null;
    $("#search").value = state.country ? labelOf(state.country) : "";
    $("#pair-a").value = state.pairA ? labelOf(state.pairA) : "";
    $("#pair-b").value = state.pairB ? labelOf(state.pairB) : "";
  }

  /** Record the state as a new history entry (Back returns to the previous one) and show it. */
  function apply() {
    history.pushState(null, "", "#" + urlParams().toString());
    return render();
  }

  function rememberFocus(focus) {
    state.focus = focus;
    history.replaceState(null, "", "#" + urlParams().toString());
  }

  function render() {
    document.body.dataset.view = state.view;
    for (const view of VIEWS) $("#view-" + view).setAttribute("aria-pressed", String(state.view === view));
    const cats = chosenCategories();
    $("#categories-note").textContent = cats.all ? "all " + cats.count : cats.on.length + " of " + cats.count;
    return { graph: loadGraph, pair: loadPair, map: loadMap }[state.view]();
  }

  // -- search ---------------------------------------------------------------------------------
  /** What a search answers: one actor, a choice between several, or nothing.
      hits are /actors?q= matches of actors with relations, best first. */
  function chooseActor(hits) {
    for (const tier of [["exact"], ["prefix", "word"], ["inside"]]) {
      const found = hits.filter((h) => tier.includes(h.match));
      if (found.length === 1) return { actor: found[0] };
      if (found.length > 1) return { choices: found.slice(0, 12) };
    }
    return {};
  }

  async function searchActor(text) {
    const q = text.trim();
    if (!q) return {};
    const known = state.actors.find((a) => a.label.toLowerCase() === q.toLowerCase() || a.actor === q);
    if (known) return { actor: { id: known.actor, label: known.label } };
    const hits = await getJSON("actors?limit=200&q=" + encodeURIComponent(q.slice(0, 100)));
    return chooseActor(hits.filter((h) => state.actorIds.has(h.id)));
  }

  /** Resolve the text of ``input`` to an actor id: ``done(id)`` now, after a choice, or never. */
  async function resolveInput(input, done) {
    const text = input.value;
    const answer = await searchActor(text);
    if (answer.actor) {
      input.value = answer.actor.label;
      hideChoices();
      return done(answer.actor.id);
    }
    if (answer.choices) return showChoices(text, answer.choices, input, done);
    hideChoices();
    setStatus("No actor with relations matches \u201c" + text.trim() + "\u201d.", true);
    return null;
  }

  function showChoices(text, choices, input, done) {
    const box = $("#choices");
    box.replaceChildren(
      el("span", {}, "Several actors match \u201c" + text.trim() + "\u201d: "),
      ...choices.map((c) => el("button", { type: "button", class: "choice", "data-actor": c.id, onclick: () => {
        input.value = c.label;
        hideChoices();
        done(c.id);
      } }, c.label + (c.matched && c.matched !== c.label ? " (" + c.matched + ")" : ""))));
    box.hidden = false;
  }

  function hideChoices() { $("#choices").hidden = true; }

  async function submit() {
    if (state.view !== "pair") {
      if (!$("#search").value.trim()) {
        if (state.view === "map" && state.country) { state.country = null; apply(); return; }  // back to every actor
        setStatus("Type a country to search.", true);
        return;
      }
      await resolveInput($("#search"), (id) => { state.country = id; state.focus = null; apply(); });
      return;
    }
    if (!$("#pair-a").value.trim()) { setStatus("Choose a first actor.", true, "#pair-status"); return; }
    await resolveInput($("#pair-a"), async (a) => {
      state.pairA = a;
      if (!$("#pair-b").value.trim()) { state.pairB = null; apply(); return; }
      await resolveInput($("#pair-b"), (b) => { state.pairB = b; apply(); });
    });
  }

  // -- colours and sizes ----------------------------------------------------------------------
  const COOP = [26, 152, 80], NEUTRAL = [184, 184, 184], CONFLICT = [215, 48, 39];
  function mix(a, b, t) { return a.map((x, i) => Math.round(x + (b[i] - x) * t)); }
  function goldsteinColour(g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 6));
    const rgb = t >= 0 ? mix(NEUTRAL, COOP, t) : mix(NEUTRAL, CONFLICT, -t);
    return "rgb(" + rgb.join(",") + ")";
  }
  const isCooperation = (quad) => String(quad || "").endsWith("cooperation");
  const KINDS = {
    state: ["state", "#a6c8e6"], igo: ["international organisation", "#f6c86b"], ngo: ["NGO", "#c9b3e6"],
    img: ["armed group", "#b08d80"], group: ["group", "#f0a8c8"], person: ["person", "#d6dbe2"],
  };
  const kindColour = (kind) => (KINDS[kind] || ["other", "#e8e8e8"])[1];

  // -- the graph ------------------------------------------------------------------------------
  /** The ego view: only pairs that involve the chosen country (at depth 1), or that step
      outwards from it ring by ring (depth 2+), unless "between neighbours" is on. */
  function egoView(elements, centre, depth, between) {
    const { nodes, edges } = elements;
    if (between || !centre) return { nodes, edges, hidden: [] };
    const dist = new Map([[centre, 0]]);
    const adjacent = new Map();
    for (const e of edges) {
      for (const [a, b] of [[e.data.source, e.data.target], [e.data.target, e.data.source]]) {
        if (!adjacent.has(a)) adjacent.set(a, []);
        adjacent.get(a).push(b);
      }
    }
    const queue = [centre];
    while (queue.length) {
      const a = queue.shift();
      for (const b of adjacent.get(a) || []) if (!dist.has(b)) { dist.set(b, dist.get(a) + 1); queue.push(b); }
    }
    const keep = (e) => {
      const s = e.data.source, t = e.data.target;
      if (s === centre || t === centre) return true;
      return depth > 1 && Math.abs((dist.get(s) ?? 99) - (dist.get(t) ?? 99)) === 1;
    };
    const kept = edges.filter(keep);
    const ids = new Set([centre, ...kept.flatMap((e) => [e.data.source, e.data.target])]);
    return { nodes: nodes.filter((n) => ids.has(n.data.id)), edges: kept, hidden: edges.filter((e) => !keep(e)) };
  }

  const eventsOf = (edges) => edges.reduce((s, e) => s + (e.data.events || 0), 0);

  /** The export ``format`` of what the filters select, ``extra`` parameters overriding them. */
  function fetchExport(format, extra) {
    const p = graphParams();
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    p.set("download", "false");
    return getJSON("export/" + format + "?" + p.toString());
  }

  const fetchGraph = (extra) => fetchExport("cytoscape", extra);

  async function loadGraph() {
    const seq = ++state.seq;
    const cats = chosenCategories();
    if (!state.country) {
      if (state.cy) { state.cy.destroy(); state.cy = null; }
      $("#relations tbody").replaceChildren();
      setStatus(state.actors.length + " actors have relations. Search a country to see them.");
      panel(el("p", { class: "hint" }, "Click a line to read its events, or a country for its summary."));
      return;
    }
    if (!cats.on.length) { setStatus("Choose at least one category.", true); return; }
    setStatus("Loading the relations of " + labelOf(state.country) + "\u2026");
    $("#graph").dataset.ready = "false";
    const depth = parseInt($("#depth").value, 10);
    const between = $("#between").checked;
    const view = (data) => egoView(data.elements, state.country, depth, between);
    try {
      const data = await fetchGraph();
      if (seq !== state.seq) return;
      const shown = view(data);
      draw(shown);
      $("#between-count").textContent = between ? "" : "(" + plural(shown.hidden.length, "pair") + " hidden)";
      await refreshPanel();
      countHidden(seq, eventsOf(shown.edges), (extra) => fetchGraph(extra).then((d) => eventsOf(view(d).edges)));
    } catch (err) {
      if (seq === state.seq) setStatus(err.message, true);
    }
  }

  /** How many hypothetical and negated events the checkboxes hide (or add): ``countWith(extra)``
      counts the events of the view with one checkbox the other way. */
  async function countHidden(seq, shownEvents, countWith) {
    for (const flag of ["hypothetical", "negated"]) {
      const on = $("#" + flag).checked;
      const other = await countWith({ [flag]: on ? "false" : "true" });
      if (seq !== state.seq) return;
      const n = Math.abs(other - shownEvents);
      const note = $("#" + flag + "-count");
      note.textContent = "(" + n + (on ? " shown)" : " hidden)");
      note.dataset.count = String(n);
    }
  }

  function nodeStyle(nodes, edges) {
    const strength = new Map();
    for (const e of edges) {
      const n = e.data.events || 0;
      strength.set(e.data.source, (strength.get(e.data.source) || 0) + n);
      if (e.data.target !== e.data.source) strength.set(e.data.target, (strength.get(e.data.target) || 0) + n);
    }
    const most = Math.max(1, ...strength.values());
    for (const n of nodes) {
      const t = Math.sqrt((strength.get(n.data.id) || 0) / most);
      n.data.strength = strength.get(n.data.id) || 0;
      n.data.size = Math.round(18 + 44 * t);
      n.data.font = Math.round(15 + 7 * t);
      n.data.colour = kindColour(n.data.kind);
      n.data.selected = n.data.id === state.country;
      state.labels.set(n.data.id, n.data.label);
    }
  }

  function edgeStyle(edges) {
    const most = Math.max(1, ...edges.map((e) => e.data.events || 1));
    for (const e of edges) {
      e.data.colour = goldsteinColour(e.data.goldstein);
      e.data.width = 1.5 + 8 * Math.sqrt((e.data.events || 1) / most);
    }
    $("#legend-width-max").textContent = plural(most, "event");
    $("#legend-width-min").textContent = "1 event";
  }

  const STYLE = [
    { selector: "node", style: {
      label: "data(label)", "font-size": "data(font)", "min-zoomed-font-size": 9, "text-valign": "bottom",
      "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 3, color: "#1f2a37",
      "background-color": "data(colour)", "border-color": "#44546a", "border-width": 1,
      width: "data(size)", height: "data(size)" } },
    { selector: "node[?selected]", style: { "border-width": 3, "border-color": "#1f2a37", "font-weight": "bold" } },
    { selector: "edge", style: {
      "curve-style": "bezier", "control-point-step-size": 44, "line-color": "data(colour)",
      "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "arrow-scale": 1.1,
      width: "data(width)", opacity: 0.85, "loop-direction": "-45deg", "loop-sweep": "-60deg" } },
    { selector: ".faded", style: { opacity: 0.22 } },
    { selector: "edge:selected", style: { opacity: 1, "underlay-color": "#1f5fd1", "underlay-padding": 8,
      "underlay-opacity": 0.6, "z-index": 99 } },
    { selector: "node:selected", style: { "border-width": 5, "border-color": "#1f5fd1",
      "underlay-color": "#1f5fd1", "underlay-padding": 4, "underlay-opacity": 0.25, "z-index": 99 } },
  ];

  function layout(count) {
    const fcose = typeof cytoscape !== "undefined" && cytoscape("layout", "fcose");
    if (!fcose) return { name: "cose", animate: false, nodeDimensionsIncludeLabels: true, padding: 30 };
    return {
      name: "fcose", quality: "proof", randomize: true, animate: false, padding: 30,
      nodeDimensionsIncludeLabels: true, uniformNodeDimensions: false, packComponents: true,
      nodeRepulsion: () => 9000 + 300 * count, idealEdgeLength: () => 90 + 2 * count,
      edgeElasticity: () => 0.3, nodeSeparation: 90, gravity: 0.15, numIter: 4000,
      fixedNodeConstraint: state.country ? [{ nodeId: state.country, position: { x: 0, y: 0 } }] : undefined,
    };
  }

  /** Fit the whole graph, but never so far out that labels fall under 11 px nor so far in
      that a few nodes fill the screen. */
  function fit() {
    const cy = state.cy;
    if (!cy) return;
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }
  }

  function draw(shown) {
    const nodes = shown.nodes.map((n) => ({ data: { ...n.data } }));
    const edges = shown.edges.map((e) => ({ data: { ...e.data } }));
    nodeStyle(nodes, edges);
    edgeStyle(edges);
    if (state.cy) state.cy.destroy();
    const cy = cytoscape({
      container: $("#graph"), elements: { nodes, edges }, style: STYLE,
      minZoom: 0.1, maxZoom: 4, selectionType: "single",
    });
    state.cy = cy;
    window.diplograph.cy = cy;
    cy.layout(layout(nodes.length)).run();
    fit();
    cy.on("tap", "edge", (evt) => showRelation(evt.target.data("source"), evt.target.data("target")));
    cy.on("tap", "node", (evt) => showSummary(evt.target.id()));
    cy.on("tap", (evt) => { if (evt.target === cy) { rememberFocus(null); select(null); defaultPanel(); } });
    fillTable(edges);
    const n = eventsOf(edges);
    setStatus(labelOf(state.country) + ": " + plural(nodes.length, "actor") + ", " +
      plural(edges.length, "relation") + ", " + plural(n, "event") + ". Click a line or a country.");
    $("#graph").dataset.ready = "true";
  }

  function fillTable(edges) {
    const body = $("#relations tbody");
    body.replaceChildren();
    const sorted = [...edges].sort((a, b) => (b.data.events || 0) - (a.data.events || 0));
    for (const e of sorted) {
      const d = e.data;
      const period = d.first_date ? d.first_date + " \u2013 " + d.last_date : "";
      const row = el("tr", { "data-source": d.source, "data-target": d.target },
        el("td", {}, labelOf(d.source)), el("td", {}, labelOf(d.target)),
        el("td", {}, String(d.events)), el("td", {}, fmt(d.goldstein)), el("td", {}, period));
      row.addEventListener("click", () => showRelation(d.source, d.target));
      body.append(row);
    }
  }

  /** Select one edge (source, target), one node (source alone) or nothing, and fade the rest. */
  function select(source, target) {
    for (const row of document.querySelectorAll("#relations tbody tr")) {
      row.classList.toggle("active", row.dataset.source === source && row.dataset.target === target);
    }
    const cy = state.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().unselect().removeClass("faded");
      if (!source) return;
      const chosen = target
        ? cy.edges().filter((e) => e.data("source") === source && e.data("target") === target)
        : cy.getElementById(source);
      chosen.select();
      const near = target ? chosen.union(chosen.connectedNodes()) : chosen.closedNeighborhood();
      cy.elements().difference(near).addClass("faded");
    });
  }

  // -- the side panel -------------------------------------------------------------------------
  function panel(...children) {
    $("#panel").replaceChildren(...children.filter((c) => c !== null && c !== undefined));
  }

  function defaultPanel() {
    panel(el("p", { class: "hint" }, "Click a line to read its events, or a country for its summary."));
  }

  async function refreshPanel() {
    const f = state.focus;
    const cy = state.cy;
    if (f && f.length === 2 && cy && cy.edges().some((e) => e.data("source") === f[0] && e.data("target") === f[1])) {
      return showRelation(f[0], f[1]);
    }
    if (f && f.length === 1 && cy && cy.getElementById(f[0]).length) return showSummary(f[0]);
    if (f) rememberFocus(null);
    return defaultPanel();
  }

  /** The events from source to target, with what /analytics/relation and the actor's
      relations each know (sentence and article; trigger and article key). */
  async function pairEvents(source, target) {
    const [r, rel] = await Promise.all([
      getJSON("analytics/relation?" + filterParams({ source, target }).toString()),
      getJSON("actors/" + actorPath(source) + "/relations?direction=out&include_hypothetical=true" +
        "&include_negated=true&limit=1000&counterpart=" + encodeURIComponent(target)),
    ]);
    const extra = new Map(rel.relations.map((x) => [x.event_id, x]));
    const events = r.events.map((e) => ({ ...e, source, target, trigger: extra.get(e.id)?.trigger,
      article: extra.get(e.id)?.article }));
    return { report: r, events };
  }

  /** An event's date, actors (with ``withPair``), category, Goldstein score and flags. */
  function eventHead(e, withPair) {
    const target = e.target ? labelOf(e.target) : "\u2014";
    return el("div", { class: "head" },
      el("span", {}, e.date || "no date"),
      withPair ? el("span", { class: "pair" }, labelOf(e.source) + " \u2192 " + target) : null,
      el("span", { class: "category " + (isCooperation(e.quad_class) ? "cooperation" : "conflict") }, e.category),
      el("span", {}, "Goldstein " + fmt(e.goldstein)),
      e.hypothetical ? el("span", { class: "flag" }, "hypothetical") : null,
      e.negated ? el("span", { class: "flag" }, "negated") : null);
  }

  const eventLink = (e) =>
    el("a", { href: "events/" + encodeURIComponent(e.id), class: "event-id", target: "_blank", rel: "noopener" }, e.id);

  function eventItem(e, withPair) {
    const facts = el("div", { class: "facts" },
      el("span", {}, "trigger "), el("q", { class: "trigger" }, e.trigger || "\u2014"),
      el("span", {}, " \u00b7 confidence " + (e.confidence === null || e.confidence === undefined ? "\u2014"
        : Number(e.confidence).toFixed(2))),
      el("span", {}, " \u00b7 event "), eventLink(e));
    return el("li", { class: "event", "data-event": e.id }, eventHead(e, withPair),
      el("blockquote", { class: "sentence" }, e.sentence || "(no sentence stored)"), facts, articleLink(e));
  }

  /** The article fields ``articleLink`` reads, from an /events/{id} answer. */
  const articleOf = (d) => ({ url: d.article?.url, headline: d.article?.title, article: d.article?.id || d.article?.key });

  function articleLink(e) {
    if (e.url && /^https?:\/\//i.test(e.url)) {
      return el("div", { class: "article" }, "article: ",
        el("a", { href: e.url, target: "_blank", rel: "noopener noreferrer", class: "article" }, e.headline || e.url));
    }
    const name = e.headline ? "\u201c" + e.headline + "\u201d" : null;
    const key = e.article ? "id " + e.article : null;
    return el("div", { class: "article" }, "article: ", el("span", { class: "article-id" },
      [name, key].filter(Boolean).join(", ") || "unknown"));
  }

  async function showRelation(source, target) {
    select(source, target);
    rememberFocus([source, target]);
    panel(el("p", { class: "hint" }, "Loading\u2026"));
    try {
      const { report: r, events } = await pairEvents(source, target);
      if (!state.focus || state.focus.join(" ") !== source + " " + target) return;
      panel(
        el("h2", {}, r.source_label + " \u2192 " + r.target_label),
        el("p", { class: "meta" }, plural(events.length, "event") + " \u00b7 mean Goldstein " + fmt(r.goldstein) +
          (r.first_date ? " \u00b7 " + r.first_date + " \u2013 " + r.last_date : "")),
        el("button", { type: "button", class: "link", id: "open-pair", onclick: () => openPair(source, target) },
          "This pair over time \u2192"),
        el("ol", { class: "events" }, ...events.map((e) => eventItem(e, false))));
    } catch (err) {
      panel(el("p", { class: "hint error" }, err.message));
    }
  }

  function counterpartList(items, source) {
    if (!items.length) return el("p", { class: "meta" }, "none");
    return el("ul", { class: "counterparts" }, ...items.map((c) => el("li", {},
      el("button", { type: "button", class: "link", onclick: () => showPair(source, c.actor) }, c.label),
      " \u2014 " + plural(c.events, "event") + ", Goldstein " + fmt(c.goldstein_total))));
  }

  function showPair(a, b) {
    const forward = state.cy && state.cy.edges().some((e) => e.data("source") === a && e.data("target") === b);
    return forward ? showRelation(a, b) : showRelation(b, a);
  }

  async function showSummary(actor) {
    select(actor);
    rememberFocus([actor]);
    panel(el("p", { class: "hint" }, "Loading\u2026"));
    try {
      const s = await getJSON("analytics/summary?" + filterParams({ actor }).toString());
      if (!state.focus || state.focus.join(" ") !== actor) return;
      const cats = (o) => Object.entries(o).slice(0, 5).map(([k, v]) => k + " " + v).join(", ") || "\u2014";
      const rows = [
        ["kind", (KINDS[s.kind] || [s.kind || "\u2014"])[0]], ["ISO code", s.iso_code || "\u2014"],
        ["events sent", s.events_sent + " (mean Goldstein " + fmt(s.goldstein_sent) + ")"],
        ["events received", s.events_received + " (mean Goldstein " + fmt(s.goldstein_received) + ")"],
        ["counterparts", String(s.counterparts)],
        ["period", s.first_date ? s.first_date + " \u2013 " + s.last_date : "\u2014"],
        ["does most", cats(s.categories_sent)], ["receives most", cats(s.categories_received)],
      ];
      panel(
        el("h2", {}, s.label),
        el("dl", { class: "summary" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
        el("button", { type: "button", class: "link", onclick: () => openPair(actor, null) },
          s.label + " against all, over time \u2192"),
        el("h3", { class: "coop" }, "Most cooperative counterparts"), counterpartList(s.cooperative, actor),
        el("h3", { class: "conflict" }, "Most hostile counterparts"), counterpartList(s.hostile, actor),
        actor !== state.country ? el("button", { type: "button", id: "centre", onclick: () => {
          state.country = actor; state.focus = null; $("#search").value = s.label; apply();
        } }, "Centre the graph on " + s.label) : null);
    } catch (err) {
      panel(el("p", { class: "hint error" }, err.message));
    }
  }

  // -- the pair view --------------------------------------------------------------------------
  function openPair(a, b) {
    state.view = "pair";
    state.pairA = a;
    state.pairB = b;
    $("#pair-a").value = labelOf(a);
    $("#pair-b").value = b ? labelOf(b) : "";
    return apply();
  }

  async function allRelations(actor, most) {
    const p = new URLSearchParams({ limit: "1000" });
    for (const id of ["since", "until"]) if ($("#" + id).value) p.set(id, $("#" + id).value);
    const cats = chosenCategories();
    if (!cats.all) for (const c of cats.on) p.append("category", c);
    if ($("#hypothetical").checked) p.set("include_hypothetical", "true");
    if ($("#negated").checked) p.set("include_negated", "true");
    const out = [];
    for (let cursor = null, first = true; (first || cursor) && out.length < most; first = false) {
      if (cursor) p.set("cursor", cursor);
      const page = await getJSON("actors/" + actorPath(actor) + "/relations?" + p.toString());
      out.push(...page.relations);
      cursor = page.next_cursor;
    }
    return out;
  }

  async function loadPair() {
    const seq = ++state.seq;
    const a = state.pairA, b = state.pairB;
    $("#pair-area").dataset.ready = "false";
    if (!a) {
      $("#pair-title").textContent = "";
      $("#pair-chart").replaceChildren();
      $("#pair-events").replaceChildren();
      $("#pair-events-title").textContent = "";
      setStatus("Choose one actor (against all) or two, then Show.", false, "#pair-status");
      return;
    }
    setStatus("Loading\u2026", false, "#pair-status");
    try {
      const result = b ? await pairData(a, b) : await actorData(a);
      if (seq !== state.seq) return;
      $("#pair-title").textContent = result.title;
      window.diplographChart.draw($("#pair-chart"), result.months, result.caption);
      $("#pair-events-title").textContent = result.listTitle;
      $("#pair-events").replaceChildren(...result.events.map((e) => eventItem(e, true)));
      setStatus(result.status, false, "#pair-status");
      $("#pair-area").dataset.ready = "true";
    } catch (err) {
      if (seq === state.seq) setStatus(err.message, true, "#pair-status");
    }
  }

  async function pairData(a, b) {
    const [dyad, ab, ba] = await Promise.all([
      getJSON("dyads/" + actorPath(a) + "/" + actorPath(b)), pairEvents(a, b), pairEvents(b, a)]);
    const events = [...ab.events, ...ba.events].sort((x, y) => String(y.date).localeCompare(String(x.date)));
    const months = window.diplographChart.monthsOfDyad(dyad.timeline);
    const total = months.reduce((s, m) => s + m.events, 0);
    return {
      title: dyad.a.label + " \u2194 " + dyad.b.label,
      months,
      caption: "asserted events per month, both directions, all dates (from the pair summaries)",
      listTitle: plural(events.length, "event") + " with the filters above, newest first",
      events,
      status: plural(total, "asserted event") + " in " + plural(months.length, "month") + " with events.",
    };
  }

  async function actorData(a) {
    const relations = await allRelations(a, 5000);
    const months = window.diplographChart.monthsOfEvents(relations);
    const newest = relations.slice(0, 40);
    const details = await Promise.all(newest.map((r) => getJSON("events/" + encodeURIComponent(r.event_id))));
    const events = details.map((d, i) => ({
      ...d, ...articleOf(d), source: d.source.id, target: d.target ? d.target.id : newest[i].target?.id,
    }));
    return {
      title: labelOf(a) + " \u2194 all",
      months,
      caption: "events per month with every counterpart, with the filters above",
      listTitle: "The " + plural(events.length, "newest event") + " of " + relations.length +
        " (choose a second actor for one pair)",
      events,
      status: plural(relations.length, "event") + " of " + labelOf(a) + " with the filters above.",
    };
  }

  // -- the map view ---------------------------------------------------------------------------
  /** The located events the map shows (/export/geojson with the filters, ``extra`` overriding
      them). With a country, only the pairs its ego graph draws, and how many events those are. */
  async function mapData(extra) {
    if (!state.country) return { features: (await fetchExport("geojson", extra)).features, total: null, hidden: 0 };
    const [geo, graph] = await Promise.all([fetchExport("geojson", extra), fetchGraph(extra)]);
    const shown = egoView(graph.elements, state.country, parseInt($("#depth").value, 10), $("#between").checked);
    const pairs = new Set(shown.edges.map((e) => e.data.source + " " + e.data.target));
    const features = geo.features.filter((f) => pairs.has(f.properties.source + " " + f.properties.target));
    return { features, total: eventsOf(shown.edges), hidden: shown.hidden.length };
  }

  async function loadMap() {
    const seq = ++state.seq;
    const box = $("#map");
    box.dataset.ready = "false";
    if (!chosenCategories().on.length) { setStatus("Choose at least one category.", true); return; }
    setStatus("Loading the map\u2026");
    try {
      if (!state.map) state.map = window.diplographMap.create(box);
      const view = await state.map;
      window.diplograph.map = view.map;
      const data = await mapData();
      if (seq !== state.seq) return;
      const places = window.diplographMap.draw(view, data.features, placePopup);
      $("#between-count").textContent = state.country && !$("#between").checked
        ? "(" + plural(data.hidden, "pair") + " hidden)" : "";
      setStatus(mapStatus(data, places));
      box.dataset.ready = "true";
      countHidden(seq, data.features.length, (extra) => mapData(extra).then((d) => d.features.length));
    } catch (err) {
      if (state.map && !window.diplograph.map) state.map = null;  // the map itself failed: try again next time
      if (seq === state.seq) setStatus(err.message, true);
    }
  }

  function mapStatus(data, places) {
    const located = plural(data.features.length, "event") + " at " + plural(places.length, "place");
    if (!state.country) return "All actors: " + located + ". Search a country for its own events.";
    return labelOf(state.country) + ": " + located + " (of " + plural(data.total, "event") +
      " in its graph; the others have no place). Click a circle for its events.";
  }

  /** What a place's circle opens: its events, newest first, each with its sentence on demand. */
  function placePopup(place) {
    const where = place.country && labelOf(place.country) !== place.name ? ", " + labelOf(place.country) : "";
    return el("div", { class: "map-popup", "data-place": place.name },
      el("h3", {}, place.name + where),
      el("p", { class: "meta" }, plural(place.events.length, "event") + " here with the filters above"),
      el("ol", { class: "events" }, ...place.events.map((e) => el("li", { class: "event", "data-event": e.id },
        eventHead(e, true),
        el("div", { class: "facts" }, "event ", eventLink(e),
          e.place_from === "dateline" ? " \u00b7 place from the dateline" : null, " \u00b7 ",
          el("button", { type: "button", class: "link sentence-button", onclick: (ev) => showSentence(ev.target, e.id) },
            "read the sentence"))))));
  }

  async function showSentence(button, id) {
    try {
      const e = await getJSON("events/" + encodeURIComponent(id));
      button.closest("li").append(el("blockquote", { class: "sentence" }, e.sentence || "(no sentence stored)"),
        articleLink(articleOf(e)));
      button.remove();
    } catch (err) {
      button.replaceWith(el("span", { class: "error" }, err.message));
    }
  }

  // -- set-up ---------------------------------------------------------------------------------
  function buildCategories(config) {
    const groups = $("#category-groups");
    for (const [quad, categories] of Object.entries(config.categories)) {
      const box = el("div", { class: "quad " + (isCooperation(quad) ? "cooperation" : "conflict") },
        el("strong", {}, quad.replace("-", " ")));
      for (const c of categories) {
        box.append(el("label", {}, el("input", { type: "checkbox", value: c, checked: "" }), c.toLowerCase()));
      }
      groups.append(box);
    }
    const setAll = (on) => { for (const b of groups.querySelectorAll("input")) b.checked = on; apply(); };
    $("#all-categories").addEventListener("click", (e) => { e.preventDefault(); setAll(true); });
    $("#no-categories").addEventListener("click", (e) => { e.preventDefault(); setAll(false); });
  }

  function buildDownloads(config) {
    const select = $("#download");
    for (const f of config.formats) select.append(el("option", { value: f.name }, f.description));
    select.addEventListener("change", () => {
      if (!select.value) return;
      window.location.href = "export/" + select.value + "?" + graphParams().toString();
      select.value = "";
    });
  }

  function buildLegend() {
    $("#legend-kinds").replaceChildren(...Object.values(KINDS).map(([name, colour]) =>
      el("span", { class: "kind" }, el("span", { class: "dot", style: "background:" + colour }), name)));
  }

  function wireControls() {
    $("#controls").addEventListener("submit", (e) => { e.preventDefault(); submit(); });
    // every filter applies at once; typed values once the field is left or Enter is pressed
    const filters = "#depth, #since, #until, #min-events, #between, #hypothetical, #negated, #category-groups";
    for (const node of document.querySelectorAll(filters)) node.addEventListener("change", () => apply());
    $("#view-graph").addEventListener("click", () => { state.view = "graph"; apply(); });
    $("#view-pair").addEventListener("click", () => {
      state.view = "pair";
      if (!state.pairA && state.country) { state.pairA = state.country; $("#pair-a").value = labelOf(state.country); }
      apply();
    });
    $("#view-map").addEventListener("click", () => {
      state.view = "map";
      if (!state.country && state.pairA) { state.country = state.pairA; $("#search").value = labelOf(state.pairA); }
      apply();
    });
    $("#zoom-in").addEventListener("click", () => zoomBy(1.25));
    $("#zoom-out").addEventListener("click", () => zoomBy(0.8));
    $("#zoom-fit").addEventListener("click", fit);
    $("#zoom-reset").addEventListener("click", () => {
      if (!state.cy) return;
      state.cy.layout(layout(state.cy.nodes().length)).run();
      fit();
    });
    window.addEventListener("popstate", () => { restore(new URLSearchParams(location.hash.slice(1))); render(); });
  }

  function zoomBy(factor) {
    const cy = state.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  async function start() {
    window.diplograph = { cy: null, map: null, show: submit, showRelation, showSummary, openPair, chooseActor, egoView };
    try {
      state.config = await getJSON("page/config.json");
      buildCategories(state.config);
      buildDownloads(state.config);
      buildLegend();
      state.actors = await getJSON("analytics/centrality");
      for (const a of state.actors) { state.actorIds.add(a.actor); state.labels.set(a.actor, a.label); }
      $("#actors").replaceChildren(...state.actors.map((a) => el("option", { value: a.label }, a.actor)));
      wireControls();
      restore(new URLSearchParams(location.hash.slice(1)));
      history.replaceState(null, "", "#" + urlParams().toString());
      if (!state.actors.length) {
        setStatus("The knowledge graph holds no relations yet: ingest some articles first.");
      } else {
        await render();
      }
      document.body.dataset.ready = "true";
    } catch (err) {
      setStatus("The page could not start: " + err.message, true);
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
