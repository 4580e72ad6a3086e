/* diplograph: the map view. Leaflet (vendored) over Natural Earth's 1:110m country shapes
   (world-atlas TopoJSON, vendored, decoded by topojson-client): no tile server, no request
   outside this server. Events are grouped by place: one circle per place, its area growing
   with the number of events and split into slices by quad class (the colours of the pair
   view's chart); a click opens the place's events. Text from the data is set with
   textContent, never as HTML. */
(function () {
  "use strict";

  const NS = "http://www.w3.org/2000/svg";
  const SHAPES = "page/vendor/countries-110m.json";
  const quads = () => window.diplographChart.QUADS;
  let shapes = null;  // the promise of the country shapes, fetched once

  function svg(tag, attrs) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  /** A ring that crosses the antimeridian (Fiji, Chukotka) continued past ±180° instead of
      jumping across the whole map. */
  function unwrap(ring) {
    let shift = 0, previous = null;
    return ring.map(([x, y]) => {
      if (previous !== null) {
        const step = x + shift - previous;
        if (step > 180) shift -= 360; else if (step < -180) shift += 360;
      }
      previous = x + shift;
      return [x + shift, y];
    });
  }

  function unwrapped(feature) {
    const g = feature.geometry;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    const coordinates = polygons.map((rings) => rings.map(unwrap));
    return { ...feature, geometry: { type: "MultiPolygon", coordinates } };
  }

  /** The country shapes as a Leaflet layer (drawn under the points, not clickable); Antarctica
      is left out (no capital, and Web Mercator stretches it over half the map). */
  async function countryLayer() {
    if (!shapes) {
      shapes = fetch(SHAPES).then((r) => {
        if (!r.ok) throw new Error("the country shapes are missing (" + r.status + ")");
        return r.json();
      });
    }
    const topology = await shapes;
    const countries = topojson.feature(topology, topology.objects.countries).features
      .filter((f) => f.id !== "010" && f.geometry).map(unwrapped);
    return L.geoJSON({ type: "FeatureCollection", features: countries }, {
      interactive: false,
      style: { color: "#a9a296", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1 },
    });
  }

  /** Events ({geometry, properties}) grouped by place (name and coordinates), most events first. */
  function places(features) {
    const byPlace = new Map();
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const key = f.properties.place + "|" + lat.toFixed(4) + "," + lon.toFixed(4);
      if (!byPlace.has(key)) {
        byPlace.set(key, { key, name: f.properties.place, country: f.properties.country, lat, lon,
          events: [], counts: {} });
      }
      const place = byPlace.get(key);
      place.events.push({ id: f.id, ...f.properties });
      place.counts[f.properties.quad_class] = (place.counts[f.properties.quad_class] || 0) + 1;
    }
    for (const p of byPlace.values()) p.events.sort((a, b) => String(b.date).localeCompare(String(a.date)));
    return [...byPlace.values()].sort((a, b) => b.events.length - a.events.length);
  }

  /** A circle of ``radius`` px cut into slices by quad class (a full circle for one class). */
  function pie(counts, radius) {
    const size = 2 * radius + 2, c = radius + 1;
    const root = svg("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, class: "pie" });
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    let angle = -Math.PI / 2;
    for (const q of quads()) {
      const n = counts[q.key.replace("_", "-")] || 0;
      if (!n) continue;
      const attrs = { fill: q.colour, "data-quad": q.key, "data-count": n, stroke: "#fff", "stroke-width": 1 };
      if (n === total) {
        root.append(svg("circle", { cx: c, cy: c, r: radius, ...attrs }));
        break;
      }
      const end = angle + (2 * Math.PI * n) / total;
      const large = end - angle > Math.PI ? 1 : 0;
      const [x1, y1, x2, y2] = [c + radius * Math.cos(angle), c + radius * Math.sin(angle),
        c + radius * Math.cos(end), c + radius * Math.sin(end)];
      root.append(svg("path", { d: `M${c},${c} L${x1},${y1} A${radius},${radius} 0 ${large} 1 ${x2},${y2} Z`, ...attrs }));
      angle = end;
    }
    root.append(svg("circle", { cx: c, cy: c, r: radius, fill: "none", stroke: "#1f2a37", "stroke-width": 1 }));
    return root;
  }

  /** The radius of a place's circle: its area grows with its events, from 7 px to 30 px. */
  function radius(n, most) {
    return Math.round(7 + 23 * Math.sqrt((n - 1) / Math.max(1, most - 1)));
  }

  function marker(place, most, popup) {
    const r = radius(place.events.length, most);
    const box = document.createElement("div");
    box.className = "place";
    box.dataset.place = place.name;
    box.dataset.count = String(place.events.length);
    box.title = place.name + ": " + place.events.length + (place.events.length === 1 ? " event" : " events");
    box.append(pie(place.counts, r));
    const size = 2 * r + 2;
    const icon = L.divIcon({ html: box, className: "place-icon", iconSize: [size, size], iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -r] });
    // Leaflet stacks markers by latitude: put the places with fewer events on top instead
    const zIndexOffset = -10000 * place.events.length;
    return L.marker([place.lat, place.lon], { icon, zIndexOffset, riseOnHover: true, keyboard: true, alt: place.name })
      .bindPopup(() => popup(place), { maxWidth: 440, minWidth: 320, maxHeight: 300, autoPanPadding: [20, 20] });
  }

  function legend() {
    const control = L.control({ position: "bottomright" });
    control.onAdd = () => {
      const box = L.DomUtil.create("div", "map-legend");
      box.append(Object.assign(document.createElement("strong"), { textContent: "Events by place" }));
      for (const q of quads()) {
        const item = document.createElement("span");
        item.className = "key";
        item.style.setProperty("--key", q.colour);
        item.dataset.quad = q.key;
        item.textContent = q.label;
        box.append(item);
      }
      const sizes = svg("svg", { width: 180, height: 36, "aria-hidden": "true" });
      const most = svg("text", { x: 90, y: 22, "font-size": 11, class: "most" });
      sizes.append(svg("circle", { cx: 9, cy: 20, r: 7, fill: "#ccc", stroke: "#1f2a37" }),
        Object.assign(svg("text", { x: 20, y: 24, "font-size": 11 }), { textContent: "1" }),
        svg("circle", { cx: 56, cy: 18, r: 16, fill: "#ccc", stroke: "#1f2a37" }), most);
      const note = document.createElement("span");
      note.className = "note";
      note.textContent = "circle area: events at the place; slices: their quad classes";
      box.append(sizes, note);
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return control;
  }

  /** A map in ``container`` with the country shapes and the legend; ``draw`` puts events on it. */
  async function create(container) {
    const map = L.map(container, { minZoom: 1, maxZoom: 9, zoomSnap: 0.25, worldCopyJump: true });
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("country shapes: Natural Earth (public domain)");
    map.fitWorld();
    (await countryLayer()).addTo(map);
    legend().addTo(map);
    const points = L.layerGroup().addTo(map);
    return { map, points };
  }

  /** Put ``features`` (GeoJSON Point features of /export/geojson) on ``view``, one circle per
      place, ``popup(place)`` its content; fit the map to them. Answers the places drawn. */
  function draw(view, features, popup) {
    const { map, points } = view;
    map.invalidateSize();
    map.closePopup();
    points.clearLayers();
    const grouped = places(features);
    const most = grouped.length ? grouped[0].events.length : 1;
    const key = map.getContainer().querySelector(".map-legend .most");
    if (key) key.textContent = most + (most === 1 ? " event" : " events");
    for (const place of grouped) marker(place, most, popup).addTo(points);
    if (grouped.length) {
      const legendBox = map.getContainer().querySelector(".map-legend");
      const right = 40 + (legendBox ? legendBox.offsetWidth : 0);  // no circle under the legend
      map.fitBounds(L.latLngBounds(grouped.map((p) => [p.lat, p.lon])),
        { paddingTopLeft: [40, 40], paddingBottomRight: [right, 40], maxZoom: 5 });
    } else {
      map.fitWorld();
    }
    return grouped;
  }

  window.diplographMap = { create, draw, places };
})();
