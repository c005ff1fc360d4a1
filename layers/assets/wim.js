// Wuhan Innovation Map: the one client-side view (map, legend, search, panel), shared by the
// standalone page (classic script, global L) and the app's Streamlit component (ES module).
// Every text from the data goes into the page through textContent, never innerHTML.
// Entry point: wimView(L, root, data, onPick) -> {select, deselect, destroy}.

function wimEl(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// ---- the panel: draws panel_data (layers/panel.py) ---------------------------------------------

function wimSwatch(kind) {
  const box = wimEl("span", kind.boundary ? "wim-swatch wim-swatch-district" : "wim-swatch");
  box.style.borderColor = kind.colour;
  box.style.backgroundColor = kind.boundary ? "transparent" : kind.fill;
  return box;
}

function wimDefinitions(rows) {
  const dl = wimEl("dl", "wim-facts");
  rows.forEach(([term, value]) => {
    const dd = wimEl("dd");
    if (value instanceof Node) dd.append(value); else dd.textContent = value;
    dl.append(wimEl("dt", null, term), dd);
  });
  return dl;
}

function wimFigureTable(figures, ui) {
  const table = wimEl("table", "wim-figures");
  const head = wimEl("tr");
  [ui.figure, ui.target, ui.sentence].forEach((t) => head.append(wimEl("th", null, t)));
  table.append(wimEl("thead"), wimEl("tbody"));
  table.tHead.append(head);
  let sentenceCell = null;
  figures.forEach((f, i) => {
    const row = wimEl("tr");
    row.append(wimEl("td", null, f.text), wimEl("td", null, f.target ? ui.yes : ui.no));
    // Figures from one sentence share its cell rather than repeat it.
    if (i > 0 && f.sentence === figures[i - 1].sentence) {
      sentenceCell.rowSpan += 1;
    } else {
      sentenceCell = wimEl("td", "wim-sentence", f.sentence);
      row.append(sentenceCell);
    }
    table.tBodies[0].append(row);
  });
  return table;
}

function wimPassage(passage) {
  const box = wimEl("p", "wim-passage");
  box.dataset.paragraph = String(passage.paragraph);
  box.append(wimEl("span", "wim-para-no", "¶ " + passage.paragraph));
  passage.runs.forEach((run) => {
    if (!run.mark) box.append(document.createTextNode(run.text));
    else box.append(wimEl("mark", "wim-" + run.mark, run.text));
  });
  return box;
}

function wimMembers(members, onMember, isSelectable) {
  const ul = wimEl("ul", "wim-members");
  members.forEach((m) => {
    const li = wimEl("li");
    if (isSelectable(m.id)) {
      const link = wimEl("button", "wim-link", m.name);
      link.type = "button";
      link.addEventListener("click", () => onMember(m.id));
      li.append(link);
    } else {
      li.textContent = m.name;
    }
    ul.append(li);
  });
  return ul;
}

function wimRenderPanel(container, panel, ui, onMember, isSelectable) {
  container.replaceChildren(wimEl("h2", "wim-name", panel.title));
  container.dataset.id = panel.id;
  if (panel.subtitle) container.append(wimEl("p", "wim-subtitle", panel.subtitle));
  const kind = wimEl("span");
  kind.append(wimSwatch(panel.kind), document.createTextNode(panel.kind.label));
  container.append(wimDefinitions([[ui.kind, kind], [ui.district, panel.district || "—"], [ui.layer, panel.layer]]));
  if (!panel.drawn) container.append(wimEl("p", "wim-unmapped", ui.not_drawn + ": " + (panel.how_drawn || panel.layer)));
  else if (panel.approximate) container.append(wimEl("p", "wim-approx", ui.approximate + " — " + panel.how_drawn));
  if (panel.figures.length) container.append(wimEl("h3", null, ui.figures), wimFigureTable(panel.figures, ui));
  if (panel.passages.length) container.append(wimEl("h3", null, ui.passages), ...panel.passages.map(wimPassage));
  if (panel.members.length) container.append(wimEl("h3", null, ui.members), wimMembers(panel.members, onMember, isSelectable));
  const rows = [[ui.source, wimEl("span", "wim-source", panel.source || "—")], [ui.precision, panel.precision_words || "—"]];
  if (!panel.approximate && panel.how_drawn) rows.push([ui.how_drawn, panel.how_drawn]);
  container.append(wimEl("h3", null, ui.where_from), wimDefinitions(rows));
}

// ---- the layout ----------------------------------------------------------------------------------

function wimLayout(root, ui) {
  root.classList.add("wim-app");
  const map = wimEl("div", "wim-map");
  map.setAttribute("aria-label", "Map");
  const side = wimEl("aside", "wim-side");
  const search = wimEl("div", "wim-search");
  search.setAttribute("role", "search");
  const label = wimEl("label", null, ui.search);
  const input = wimEl("input", "wim-search-input");
  input.type = "search";
  input.placeholder = ui.search_placeholder;
  input.autocomplete = "off";
  input.id = "wim-search-input";
  label.htmlFor = input.id;
  const results = wimEl("ul", "wim-results");
  results.id = "wim-search-results";
  search.append(label, input, results);
  const panel = wimEl("section", "wim-panel");
  panel.id = "wim-panel";
  panel.setAttribute("aria-live", "polite");
  side.append(search, panel);
  root.replaceChildren(map, side);
  // A click in the view is the view's own: the host page's listeners (a React root, in the app)
  // would otherwise run on every click before the panel can be painted.
  ["click", "dblclick", "mousedown", "mouseup", "pointerdown", "pointerup"].forEach((type) => {
    root.addEventListener(type, (event) => event.stopPropagation());
  });
  return { map, input, results, panel };
}

// ---- the view ------------------------------------------------------------------------------------

function wimView(L, root, data, onPick) {
  const ui = data.ui;
  const parts = wimLayout(root, ui);
  const styles = {};
  data.legend.forEach((k) => { styles[k.kind] = k; });
  const entries = new Map(); // id -> {leaflet, group, circle}
  const search = new Map(data.search.map((s) => [s.id, s]));
  let selectedId = null;
  let lastClick = null;

  const map = L.map(parts.map, { zoomControl: true, keyboard: true }).setView([data.centre.lat, data.centre.lon], data.zoom);
  [["boundaries", 380], ["circles", 390], ["areas", 400], ["points", 420], ["selection", 430]].forEach(([name, z]) => {
    map.createPane(name).style.zIndex = String(z);
  });
  if (data.basemap) L.tileLayer(data.basemap.url, { maxZoom: data.basemap.max_zoom, attribution: data.basemap.attribution }).addTo(map);
  L.geoJSON(data.context, { interactive: false, pane: "boundaries", style: () => ({ color: "#9a9a9a", weight: 1, fill: false }) }).addTo(map);

  const styleOf = (kind) => styles[kind] || data.default_style;
  const isPoint = (f) => f.geometry.type.endsWith("Point");

  function baseStyle(feature, pane) {
    const p = feature.properties;
    const s = styleOf(p.kind);
    if (pane === "boundaries") {
      return { color: s.colour, weight: 1.5, dashArray: "5 4", fillColor: s.fill, fillOpacity: data.style.district_fill_opacity };
    }
    if (isPoint(feature)) {
      // An approximate placement is a hollow ring, not a precise dot; its circle shows the spread.
      if (p.uncertainty_m) return { radius: data.style.point_radius, color: s.colour, weight: 2, dashArray: "3 3", fillColor: s.fill, fillOpacity: 0.15 };
      return { radius: data.style.point_radius, color: "#ffffff", weight: 1.5, fillColor: s.colour, fillOpacity: 0.95 };
    }
    return { color: s.colour, weight: 2, fillColor: s.fill, fillOpacity: data.style.zone_fill_opacity, dashArray: p.approximate ? "5 4" : null };
  }

  function addLayer(info) {
    const circles = L.featureGroup();
    const group = L.geoJSON(info.features, {
      pane: info.pane,
      style: (f) => baseStyle(f, info.pane),
      pointToLayer: (feature, latlng) => {
        if (feature.properties.uncertainty_m) {
          const s = styleOf(feature.properties.kind);
          const circle = L.circle(latlng, { radius: feature.properties.uncertainty_m, pane: "circles", interactive: false,
            color: s.colour, weight: 1.5, dashArray: data.style.uncertainty_dash, fill: false, className: "wim-uncertainty" });
          circles.addLayer(circle);
          entries.set(feature.id, { circle: circle });
        }
        return L.circleMarker(latlng, { pane: info.pane });
      },
      onEachFeature: (feature, leaflet) => {
        const tip = wimEl("span", "wim-tooltip", feature.properties.label);
        leaflet.bindTooltip(tip, { sticky: true });
        leaflet.on("click", (event) => { event.originalEvent.wimHandled = true; pick(feature.id, event.latlng, false); });
        entries.set(feature.id, Object.assign(entries.get(feature.id) || {}, { leaflet: leaflet, feature: feature, pane: info.pane }));
      },
    });
    const both = L.featureGroup([circles, group]).addTo(map);
    group.eachLayer((leaflet) => {
      entries.get(leaflet.feature.id).group = both;
      const path = leaflet.getElement && leaflet.getElement();
      if (path) path.setAttribute("data-id", leaflet.feature.id);
    });
    return both;
  }

  const overlays = {};
  const focus = [];
  data.layers.forEach((info) => {
    const group = addLayer(info);
    overlays[wimEscape(info.label + " (" + info.features.features.length + ")")] = group;
    if (info.pane !== "boundaries") focus.push(group);
  });
  L.control.layers(null, overlays, { collapsed: map.getSize().x < 600 }).addTo(map);
  const bounds = L.featureGroup(focus).getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20] });
  addLegend();

  function addLegend() {
    const legend = L.control({ position: "bottomright" });
    legend.onAdd = () => {
      // A <details> so that on a narrow map the legend folds away instead of hiding features.
      const box = wimEl("details", "wim-legend");
      box.open = map.getSize().x >= 600;
      box.append(wimEl("summary", "wim-legend-title", ui.legend));
      L.DomEvent.disableClickPropagation(box);
      data.legend.forEach((k) => {
        const row = wimEl("div", "wim-legend-row");
        row.append(wimSwatch(k), document.createTextNode(k.label));
        box.append(row);
      });
      box.append(wimEl("div", "wim-legend-note", ui.legend_dashed));
      return box;
    };
    legend.addTo(map);
  }

  // ---- selection -------------------------------------------------------------------------------

  // The selection is drawn as an outline in a pane of its own, on top: the feature's own path
  // keeps its style, so a pick repaints one small layer instead of every zone of its pane.
  const selection = L.featureGroup().addTo(map);

  function highlight(id, on) {
    selection.clearLayers();
    const entry = entries.get(id);
    if (!on || !entry || !entry.leaflet) return;
    if (!map.hasLayer(entry.group)) map.addLayer(entry.group);
    const ring = { pane: "selection", interactive: false, color: data.style.selected_colour };
    if (isPoint(entry.feature)) {
      selection.addLayer(L.circleMarker(entry.leaflet.getLatLng(), Object.assign({}, baseStyle(entry.feature, entry.pane), ring, { weight: 3 })));
    } else {
      selection.addLayer(L.geoJSON(entry.feature, Object.assign({}, ring, { style: () => Object.assign({}, ring, { weight: 4, fill: false }) })));
    }
    if (entry.circle) {
      selection.addLayer(L.circle(entry.circle.getLatLng(), Object.assign({}, ring, { radius: entry.circle.getRadius(), weight: 1.5,
        dashArray: data.style.uncertainty_dash, fill: false, className: "wim-uncertainty" })));
    }
  }

  function frame(id) {
    const entry = entries.get(id);
    if (!entry || !entry.leaflet) return;
    // The whole extent, every part of a multi-part zone, or the uncertainty circle of a point.
    const target = entry.circle || entry.leaflet;
    if (target.getBounds) map.flyToBounds(target.getBounds(), { maxZoom: 14, padding: [30, 30], duration: 0.5 });
    else map.flyTo(target.getLatLng(), Math.max(map.getZoom(), 14), { duration: 0.5 });
  }

  function select(id, fly) {
    if (!data.panels[id]) return false;
    if (selectedId) highlight(selectedId, false);
    selectedId = id;
    highlight(id, true);
    wimRenderPanel(parts.panel, data.panels[id], ui, (m) => pick(m, null, true), (m) => Boolean(data.panels[m]));
    parts.input.value = search.has(id) ? search.get(id).label : data.panels[id].title;
    parts.results.replaceChildren();
    if (fly) frame(id);
    return true;
  }

  function deselect() {
    if (selectedId) highlight(selectedId, false);
    selectedId = null;
    parts.input.value = "";
    parts.results.replaceChildren();
    parts.panel.replaceChildren(wimEl("p", "wim-hint", ui.hint));
    delete parts.panel.dataset.id;
  }

  function pick(id, latlng, fly) {
    if (latlng) lastClick = { lon: latlng.lng, lat: latlng.lat };
    if (id === null) {
      if (selectedId === null && !latlng) return;
      deselect();
    } else if (!select(id, fly)) {
      return;
    }
    // Tell the host a frame later: the panel is painted first and never waits for Python.
    const click = lastClick;
    requestAnimationFrame(() => requestAnimationFrame(() => onPick(id, click)));
  }

  map.on("click", (event) => {
    if (event.originalEvent && event.originalEvent.wimHandled) return;
    pick(null, event.latlng, false);
  });
  const onKey = (event) => { if (event.key === "Escape" && selectedId) pick(null, null, false); };
  document.addEventListener("keydown", onKey);

  // ---- search ----------------------------------------------------------------------------------

  function showResults(query) {
    parts.results.replaceChildren();
    const q = query.trim().toLowerCase();
    if (!q) return;
    const hits = data.search.filter((item) => item.haystack.includes(q)).slice(0, 20);
    if (!hits.length) parts.results.append(wimEl("li", "wim-empty", ui.no_match));
    hits.forEach((hit) => {
      const button = wimEl("button", "wim-result", hit.label);
      button.type = "button";
      button.dataset.id = hit.id;
      button.append(wimEl("span", "wim-result-layer", hit.drawn ? hit.where : hit.where + " · " + ui.not_drawn));
      button.addEventListener("click", () => pick(hit.id, null, true));
      const li = wimEl("li");
      li.append(button);
      parts.results.append(li);
    });
  }

  parts.input.addEventListener("input", () => {
    if (!parts.input.value.trim() && selectedId) pick(null, null, false); // cleared: deselect
    else showResults(parts.input.value);
  });
  parts.input.addEventListener("keydown", (event) => {
    const first = parts.results.querySelector("button");
    if (event.key === "Enter" && first) first.click();
    if (event.key === "ArrowDown" && first) { event.preventDefault(); first.focus(); }
  });

  deselect();
  const api = {
    map: map,
    select: select,
    deselect: deselect,
    selected: () => selectedId,
    layer: (id) => (entries.get(id) || {}).leaflet || null,
    destroy: () => { document.removeEventListener("keydown", onKey); map.remove(); },
  };
  root.wimView = api; // for tests and the console: document.querySelector(".wim-app").wimView
  return api;
}

// Only for Leaflet's layer control, which takes its labels as HTML.
function wimEscape(text) {
  return String(text).replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
}
