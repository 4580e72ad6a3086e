/* diplograph: the relations page. Plain JavaScript and Cytoscape.js (vendored);
   every request goes to this server. Text from the data is set with textContent,
   never as HTML. */
(function () {
  "use strict";

  const $ = (sel) => document.querySelector(sel);
  const state = { actors: [], config: null, cy: null, country: null };

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

  function setStatus(text, isError) {
    const status = $("#status");
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  // -- filters --------------------------------------------------------------------------------
  function chosenCategories() {
    const boxes = [...document.querySelectorAll("#category-groups input[type=checkbox]")];
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    return { on, all: on.length === boxes.length };
  }

  function filterParams(extra) {
    const p = new URLSearchParams();
    for (const id of ["since", "until"]) if ($("#" + id).value) p.set(id, $("#" + id).value);
    const min = parseInt($("#min-events").value, 10);
    if (min > 1) p.set("min_events", String(min));
    const cats = chosenCategories();
    if (!cats.all) for (const c of cats.on) p.append("category", c);
    for (const [k, v] of Object.entries(extra || {})) p.append(k, v);
    return p;
  }

  function graphParams() {
    const p = filterParams();
    if (state.country) { p.set("country", state.country); p.set("depth", $("#depth").value); }
    return p;
  }

  // -- colours --------------------------------------------------------------------------------
  const COOP = [26, 152, 80], NEUTRAL = [184, 184, 184], CONFLICT = [215, 48, 39];
  function mix(a, b, t) { return a.map((x, i) => Math.round(x + (b[i] - x) * t)); }
  function goldsteinColour(g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 6));
    const rgb = t >= 0 ? mix(NEUTRAL, COOP, t) : mix(NEUTRAL, CONFLICT, -t);
    return "rgb(" + rgb.join(",") + ")";
  }
  const isCooperation = (quad) => String(quad || "").endsWith("cooperation");

  // -- the graph ------------------------------------------------------------------------------
  function resolveCountry(text) {
    const q = text.trim().toLowerCase();
    if (!q) return null;
    const exact = state.actors.find((a) => a.label.toLowerCase() === q || a.actor.toLowerCase() === q);
    if (exact) return exact;
    return state.actors.find((a) => a.label.toLowerCase().startsWith(q)) ||
      state.actors.find((a) => a.label.toLowerCase().includes(q)) || null;
  }

  async function show() {
    const cats = chosenCategories();
    if (!cats.on.length) { setStatus("Choose at least one category.", true); return; }
    const found = resolveCountry($("#search").value);
    if (!found) { setStatus("No relations found for \u201c" + $("#search").value + "\u201d.", true); return; }
    state.country = found.actor;
    $("#search").value = found.label;
    location.hash = graphParams().toString();
    setStatus("Loading the relations of " + found.label + "\u2026");
    try {
      const data = await getJSON("export/cytoscape?" + graphParams().toString() + "&download=false");
      draw(data, found);
    } catch (err) {
      setStatus(err.message, true);
    }
  }

  function layoutFor(count) {
    if ($("#depth").value === "1" || count <= 3) {  // the country in the middle, its counterparts around
      return {
        name: "concentric", animate: false, minNodeSpacing: 60, spacingFactor: 1.8, levelWidth: () => 1,
        padding: 40, concentric: (n) => (n.data("selected") ? 3 : n.neighborhood("node[?selected]").length ? 2 : 1),
      };
    }
    return { name: "cose", animate: false, randomize: false, padding: 40, nodeRepulsion: () => 12000,
      idealEdgeLength: () => 110, nodeDimensionsIncludeLabels: true };
  }

  function draw(data, found) {
    const nodes = data.elements.nodes;
    const edges = data.elements.edges;
    const most = Math.max(1, ...edges.map((e) => e.data.events || 1));
    for (const e of edges) {
      e.data.colour = goldsteinColour(e.data.goldstein);
      e.data.width = 1.5 + 8 * Math.sqrt((e.data.events || 1) / most);
    }
    if (state.cy) state.cy.destroy();
    const cy = cytoscape({
      container: $("#graph"),
      elements: { nodes, edges },
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          label: "data(label)", "font-size": 13, "text-valign": "bottom", "text-margin-y": 4,
          "background-color": "#dfe7f2", "border-color": "#44546a", "border-width": 1, width: 26, height: 26 } },
        { selector: "node[?selected]", style: { "background-color": "#f4c542", width: 38, height: 38,
          "font-weight": "bold" } },
        { selector: "edge", style: {
          "curve-style": "bezier", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", width: "data(width)", opacity: 0.85 } },
        { selector: "edge:selected", style: { opacity: 1, "underlay-color": "#2456a6",
          "underlay-padding": 3, "underlay-opacity": 0.35 } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#2456a6" } },
      ],
      layout: layoutFor(nodes.length),
    });
    if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); }  // a few nodes: do not blow them up
    cy.on("tap", "edge", (evt) => showRelation(evt.target.data("source"), evt.target.data("target")));
    cy.on("tap", "node", (evt) => showSummary(evt.target.id()));
    state.cy = cy;
    window.diplograph.cy = cy;
    fillTable(edges, nodes);
    const n = edges.reduce((s, e) => s + (e.data.events || 0), 0);
    setStatus(found.label + ": " + nodes.length + " actors, " + edges.length + " relations, " +
      n + " events. Click a line or a country.");
    $("#graph").dataset.ready = "true";
  }

  function labelOf(id) {
    const node = state.cy && state.cy.getElementById(id);
    return node && node.length ? node.data("label") : id;
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
        el("td", {}, String(d.events)), el("td", {}, Number(d.goldstein).toFixed(1)), el("td", {}, period));
      row.addEventListener("click", () => showRelation(d.source, d.target));
      body.append(row);
    }
  }

  function highlight(source, target) {
    for (const row of document.querySelectorAll("#relations tbody tr")) {
      row.classList.toggle("active", row.dataset.source === source && row.dataset.target === target);
    }
    if (!state.cy) return;
    state.cy.elements().unselect();
    state.cy.edges().filter((e) => e.data("source") === source && e.data("target") === target).select();
  }

  // -- the side panel -------------------------------------------------------------------------
  function panel(...children) {
    $("#panel").replaceChildren(...children.filter((c) => c !== null && c !== undefined));
  }

  const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");

  async function showRelation(source, target) {
    highlight(source, target);
    panel(el("p", { class: "hint" }, "Loading\u2026"));
    try {
      const r = await getJSON("analytics/relation?" + filterParams({ source, target }).toString());
      const items = r.events.map((e) => el("li", { class: "event" },
        el("div", { class: "head" },
          el("span", {}, e.date || "no date"),
          el("span", { class: "category " + (isCooperation(e.quad_class) ? "cooperation" : "conflict") },
            e.category),
          el("span", {}, "Goldstein " + Number(e.goldstein).toFixed(1)),
          e.hypothetical ? el("span", {}, "hypothetical") : null,
          e.negated ? el("span", {}, "negated") : null),
        el("blockquote", { class: "sentence" }, e.sentence || ""),
        articleLink(e)));
      panel(
        el("h2", {}, r.source_label + " \u2192 " + r.target_label),
        el("p", { class: "meta" }, plural(r.events.length, "event") + " \u00b7 mean Goldstein " +
          Number(r.goldstein).toFixed(1) + (r.first_date ? " \u00b7 " + r.first_date + " \u2013 " + r.last_date : "")),
        el("ol", { class: "events" }, ...items));
    } catch (err) {
      panel(el("p", { class: "hint" }, err.message));
    }
  }

  function articleLink(e) {
    const text = e.headline || e.url || "article";
    if (e.url && /^https?:\/\//i.test(e.url)) {
      return el("a", { href: e.url, target: "_blank", rel: "noopener noreferrer", class: "article" }, text);
    }
    return e.headline ? el("span", { class: "article" }, text) : null;
  }

  function counterpartList(items, source) {
    if (!items.length) return el("p", { class: "meta" }, "none");
    return el("ul", { class: "counterparts" }, ...items.map((c) => el("li", {},
      el("button", { type: "button", class: "link", onclick: () => showPair(source, c.actor) }, c.label),
      " \u2014 " + plural(c.events, "event") + ", Goldstein " + Number(c.goldstein_total).toFixed(1))));
  }

  function showPair(a, b) {
    const forward = state.cy && state.cy.edges().some((e) => e.data("source") === a && e.data("target") === b);
    return forward ? showRelation(a, b) : showRelation(b, a);
  }

  async function showSummary(actor) {
    panel(el("p", { class: "hint" }, "Loading\u2026"));
    try {
      const s = await getJSON("analytics/summary?" + filterParams({ actor }).toString());
      const cats = (o) => Object.entries(o).slice(0, 5).map(([k, v]) => k + " " + v).join(", ") || "\u2014";
      const fmt = (g) => (g === null || g === undefined ? "\u2014" : Number(g).toFixed(1));
      const rows = [
        ["kind", s.kind || "\u2014"], ["ISO code", s.iso_code || "\u2014"],
        ["events sent", s.events_sent + " (mean Goldstein " + fmt(s.goldstein_sent) + ")"],
        ["events received", s.events_received + " (mean Goldstein " + fmt(s.goldstein_received) + ")"],
        ["counterparts", String(s.counterparts)],
        ["period", s.first_date ? s.first_date + " \u2013 " + s.last_date : "\u2014"],
        ["does most", cats(s.categories_sent)], ["receives most", cats(s.categories_received)],
      ];
      panel(
        el("h2", {}, s.label),
        el("dl", { class: "summary" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
        el("h3", { class: "coop" }, "Most cooperative counterparts"), counterpartList(s.cooperative, actor),
        el("h3", { class: "conflict" }, "Most hostile counterparts"), counterpartList(s.hostile, actor),
        actor !== state.country ? el("button", { type: "button", id: "centre", onclick: () => {
          $("#search").value = s.label; show();
        } }, "Centre the graph on " + s.label) : null);
    } catch (err) {
      panel(el("p", { class: "hint" }, err.message));
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
    const setAll = (on) => { for (const b of groups.querySelectorAll("input")) b.checked = on; };
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

  function restore() {
    const p = new URLSearchParams(location.hash.slice(1));
    for (const id of ["since", "until"]) if (p.get(id)) $("#" + id).value = p.get(id);
    if (p.get("depth")) $("#depth").value = p.get("depth");
    if (p.get("min_events")) $("#min-events").value = p.get("min_events");
    const cats = p.getAll("category");
    if (cats.length) {
      for (const b of document.querySelectorAll("#category-groups input")) b.checked = cats.includes(b.value);
    }
    return p.get("country");
  }

  async function start() {
    window.diplograph = { cy: null, show, showRelation, showSummary };
    try {
      state.config = await getJSON("page/config.json");
      buildCategories(state.config);
      buildDownloads(state.config);
      state.actors = await getJSON("analytics/centrality");
      const list = $("#actors");
      for (const a of state.actors) list.append(el("option", { value: a.label }, a.actor));
      const country = restore();
      $("#controls").addEventListener("submit", (e) => { e.preventDefault(); show(); });
      if (!state.actors.length) {
        setStatus("The knowledge graph holds no relations yet: ingest some articles first.");
      } else if (country) {
        const found = resolveCountry(country);
        if (found) { $("#search").value = found.label; show(); }
      } else {
        setStatus(state.actors.length + " actors have relations. Search a country to see them.");
      }
      document.body.dataset.ready = "true";
    } catch (err) {
      setStatus("The page could not start: " + err.message, true);
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
