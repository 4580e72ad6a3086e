/* diplograph: the monthly timeline of a pair (or of one actor against all) as plain SVG.
   Cooperation is stacked above the axis and conflict below it, by quad class; the mean
   Goldstein score of each month is a line on its own scale (-10..+10, right). */
(function () {
  "use strict";

  const NS = "http://www.w3.org/2000/svg";
  const QUADS = [  // drawn outwards from the axis
    { key: "verbal_cooperation", label: "verbal cooperation", colour: "#91cf60", up: true },
    { key: "material_cooperation", label: "material cooperation", colour: "#1a9850", up: true },
    { key: "verbal_conflict", label: "verbal conflict", colour: "#fc8d59", up: false },
    { key: "material_conflict", label: "material conflict", colour: "#d73027", up: false },
  ];

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Every month from the first to the last of ``rows`` (YYYY-MM), so gaps show as gaps. */
  function monthRange(rows) {
    if (!rows.length) return [];
    const sorted = rows.map((r) => r.month).sort();
    let [y, m] = sorted[0].split("-").map(Number);
    const [ly, lm] = sorted[sorted.length - 1].split("-").map(Number);
    const out = [];
    while (y < ly || (y === ly && m <= lm)) {
      out.push(y + "-" + String(m).padStart(2, "0"));
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function niceMax(n) {
    if (n <= 5) return Math.max(1, n);
    const p = Math.pow(10, Math.floor(Math.log10(n)));
    for (const f of [1, 2, 2.5, 5, 10]) if (f * p >= n) return f * p;
    return n;
  }

  /** Draw ``rows`` ([{month, verbal_cooperation, ..., goldstein, events}]) into ``figure``. */
  function draw(figure, rows, caption) {
    figure.replaceChildren();
    const months = monthRange(rows);
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    const W = Math.max(520, Math.min(1600, (figure.clientWidth || 900) - 20)), H = 320;
    const pad = { left: 44, right: 52, top: 30, bottom: 50 };
    const plotW = W - pad.left - pad.right, plotH = H - pad.top - pad.bottom;
    const up = (r) => (r ? r.verbal_cooperation + r.material_cooperation : 0);
    const down = (r) => (r ? r.verbal_conflict + r.material_conflict : 0);
    const most = niceMax(Math.max(1, ...months.map((m) => Math.max(up(byMonth.get(m)), down(byMonth.get(m))))));
    const zeroY = pad.top + plotH / 2;
    const perEvent = plotH / 2 / most;
    const step = plotW / Math.max(1, months.length);
    const barW = Math.max(2, Math.min(28, step * 0.7));
    const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": caption, class: "timeline" });

    // axes and grid
    for (const v of [most, most / 2, 0, -most / 2, -most]) {
      const y = zeroY - v * perEvent;
      root.append(svg("line", { x1: pad.left, x2: W - pad.right, y1: y, y2: y,
        stroke: v === 0 ? "#555" : "#e3e7ee", "stroke-width": v === 0 ? 1.2 : 1 }));
      root.append(svg("text", { x: pad.left - 6, y: y + 4, "text-anchor": "end", class: "tick" },
        String(Math.abs(Math.round(v * 10) / 10))));
      const g = (v / most) * 10;
      root.append(svg("text", { x: W - pad.right + 6, y: y + 4, class: "tick goldstein" },
        (g > 0 ? "+" : "") + Math.round(g)));
    }
    root.append(svg("text", { x: pad.left, y: 14, class: "axis-title" }, "\u2191 cooperation (events)"));
    root.append(svg("text", { x: pad.left, y: H - 4, class: "axis-title" }, "\u2193 conflict (events)"));
    root.append(svg("text", { x: W - 4, y: 14, "text-anchor": "end", class: "axis-title goldstein" },
      "mean Goldstein"));

    // stacked bars
    const labelEvery = Math.ceil(months.length / Math.max(1, Math.floor(plotW / 64)));
    months.forEach((m, i) => {
      const r = byMonth.get(m);
      const x = pad.left + i * step + (step - barW) / 2;
      let above = 0, below = 0;
      for (const q of QUADS) {
        const n = r ? r[q.key] || 0 : 0;
        if (!n) continue;
        const h = n * perEvent;
        const y = q.up ? zeroY - (above + n) * perEvent : zeroY + below * perEvent;
        if (q.up) above += n; else below += n;
        const bar = svg("rect", { x, y, width: barW, height: h, fill: q.colour, "data-month": m, "data-quad": q.key });
        bar.append(svg("title", {}, `${m}: ${n} ${q.label}`));
        root.append(bar);
      }
      if (i % labelEvery === 0) {
        root.append(svg("text", { x: x + barW / 2, y: H - pad.bottom + 16, "text-anchor": "middle", class: "tick" }, m));
      }
    });

    // the mean Goldstein line (months with events only)
    const points = months.map((m, i) => [m, i]).filter(([m]) => byMonth.get(m) && byMonth.get(m).events)
      .map(([m, i]) => [pad.left + i * step + step / 2, zeroY - (byMonth.get(m).goldstein / 10) * (plotH / 2), m]);
    if (points.length) {
      // one line per run of consecutive months: a month without events breaks the line
      const runs = [];
      points.forEach((p, i) => {
        const follows = i > 0 && months.indexOf(p[2]) === months.indexOf(points[i - 1][2]) + 1;
        if (follows) runs[runs.length - 1].push(p); else runs.push([p]);
      });
      for (const run of runs.filter((r) => r.length > 1)) {
        root.append(svg("polyline", { points: run.map((p) => p[0] + "," + p[1]).join(" "), fill: "none",
          stroke: "#2456a6", "stroke-width": 2, class: "goldstein-line" }));
      }
      for (const [x, y, m] of points) {
        const dot = svg("circle", { cx: x, cy: y, r: 3.5, fill: "#2456a6", class: "goldstein-point" });
        dot.append(svg("title", {}, `${m}: mean Goldstein ${byMonth.get(m).goldstein.toFixed(1)}`));
        root.append(dot);
      }
    }
    figure.append(root);
    const legend = document.createElement("figcaption");
    for (const q of QUADS) {
      const item = document.createElement("span");
      item.className = "key";
      item.style.setProperty("--key", q.colour);
      item.textContent = q.label;
      legend.append(item);
    }
    const line = document.createElement("span");
    line.className = "key line";
    line.textContent = "mean Goldstein (right scale, −10 … +10)";
    legend.append(line, document.createTextNode(" · " + caption));
    figure.append(legend);
  }

  /** Monthly rows from events ({date, quad_class, goldstein}); events without a date are left out. */
  function monthsOfEvents(events) {
    const rows = new Map();
    for (const e of events) {
      if (!e.date || !e.quad_class) continue;
      const m = e.date.slice(0, 7);
      const r = rows.get(m) || { month: m, verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0,
        material_conflict: 0, events: 0, total: 0 };
      r[e.quad_class.replace("-", "_")] += 1;
      r.events += 1;
      r.total += Number(e.goldstein || 0);
      rows.set(m, r);
    }
    return [...rows.values()].map((r) => ({ ...r, goldstein: r.total / r.events }));
  }

  /** Monthly rows from a dyad timeline (both directions summed; the mean weighted by events). */
  function monthsOfDyad(timeline) {
    const rows = new Map();
    for (const t of timeline) {
      const r = rows.get(t.month) || { month: t.month, verbal_cooperation: 0, material_cooperation: 0,
        verbal_conflict: 0, material_conflict: 0, events: 0, total: 0 };
      for (const q of QUADS) r[q.key] += t.counts[q.key] || 0;
      r.events += t.counts.events;
      r.total += (t.counts.mean_goldstein || 0) * t.counts.events;
      rows.set(t.month, r);
    }
    return [...rows.values()].map((r) => ({ ...r, goldstein: r.events ? r.total / r.events : 0 }));
  }

  window.diplographChart = { draw, monthsOfEvents, monthsOfDyad, monthRange, QUADS };
})();
