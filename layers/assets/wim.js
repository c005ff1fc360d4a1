// Wuhan Innovation Map: the one client-side view (map, legend, search, panel), shared by the
// standalone page (classic script, global L) and the app's Streamlit component (ES module).
// Every text from the data goes into the page through textContent, never innerHTML.
// Entry point: wimView(L, root, data, onPick, onLayers) -> {select, deselect, showLayers, destroy}.

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

// A link only to http(s): a URL from the data never runs script (javascript:, data:).
function wimSafeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : "";
}

function wimOutLink(text, url) {
  const safe = wimSafeUrl(url);
  if (!safe) return wimEl("span", null, text);
  const link = wimEl("a", "wim-out", text);
  link.href = safe;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  return link;
}

// "¶18": a link to the passage with that anchor in the panel, scrolled into view on a click.
function wimParagraphLink(container, paragraph, anchor) {
  const link = wimEl("a", "wim-para-no", "¶" + paragraph);
  link.href = "#wim-" + anchor;
  link.addEventListener("click", (event) => {
    event.preventDefault(); // the fragment is the standalone page's selection: leave it
    const target = container.querySelector("#wim-" + anchor);
    if (!target) return;
    target.scrollIntoView({ block: "nearest", behavior: "smooth" });
    target.classList.add("wim-target");
    setTimeout(() => target.classList.remove("wim-target"), 1500);
  });
  return link;
}

// What a figure counts: its noun beside it (500家 科技企业), else its own clause.
function wimFigureCell(f) {
  const cell = wimEl("td", "wim-figure-cell");
  cell.append(wimEl("strong", null, f.text));
  if (f.noun) cell.append(document.createTextNode(" "), wimEl("span", "wim-noun", f.noun));
  else if (f.clause && f.clause !== f.text) cell.append(wimEl("span", "wim-clause", f.clause));
  return cell;
}

function wimFigureTable(container, figures, ui) {
  const table = wimEl("table", "wim-figures");
  const head = wimEl("tr");
  [ui.figure, ui.target, ui.sentence].forEach((t) => head.append(wimEl("th", null, t)));
  table.append(wimEl("thead"), wimEl("tbody"));
  table.tHead.append(head);
  let sentenceCell = null;
  figures.forEach((f, i) => {
    const row = wimEl("tr");
    row.append(wimFigureCell(f), wimEl("td", null, f.target ? ui.yes : ui.no));
    // Figures from one sentence share its cell rather than repeat it.
    if (i > 0 && f.sentence === figures[i - 1].sentence) {
      sentenceCell.rowSpan += 1;
    } else {
      sentenceCell = wimEl("td", "wim-sentence");
      sentenceCell.append(wimEl("span", null, f.sentence + " "), wimParagraphLink(container, f.paragraph, f.anchor));
      row.append(sentenceCell);
    }
    table.tBodies[0].append(row);
  });
  return table;
}

function wimPassage(container, passage) {
  const box = wimEl("p", "wim-passage");
  box.dataset.paragraph = String(passage.paragraph);
  box.id = "wim-" + passage.anchor;
  box.tabIndex = -1;
  box.append(wimParagraphLink(container, passage.paragraph, passage.anchor), document.createTextNode(" "));
  passage.runs.forEach((run) => {
    if (!run.mark) box.append(document.createTextNode(run.text));
    else box.append(wimEl("mark", "wim-" + run.mark, run.text));
  });
  return box;
}

// Where the coordinates come from: each part a readable citation, linked where it can be.
function wimCitation(panel) {
  const box = wimEl("span", "wim-source");
  if (panel.source) box.title = panel.source; // the record as the gazetteer keeps it
  const parts = panel.citation && panel.citation.length ? panel.citation : [{ text: panel.source || "—", url: "" }];
  parts.forEach((part, i) => {
    if (i) box.append(document.createTextNode("; "));
    box.append(wimOutLink(part.text, part.url));
  });
  return box;
}

function wimArticleRows(article, ui) {
  const rows = [];
  if (!article) return rows;
  if (article.headline) rows.push([ui.headline, article.headline]);
  if (article.outlet) rows.push([ui.outlet, article.outlet]);
  if (article.date) rows.push([ui.date, article.date]);
  if (wimSafeUrl(article.url)) rows.push([ui.url, wimOutLink(article.url, article.url)]);
  return rows;
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

// The head (name, kind, district, layer) is drawn at once; the body (figures, passages, members,
// sources) once the head is painted, so a pick's frame lays out, shapes and rasters a few lines
// of text, not a screenful (bench/bench_app.py: event to panel painted). The panel is
// aria-busy until its body is in and painted: a screen reader announces it whole, and tests wait for it.
function wimRenderPanel(container, panel, ui, onMember, isSelectable) {
  container.replaceChildren(wimEl("h2", "wim-name", panel.title));
  container.dataset.id = panel.id;
  if (panel.subtitle) container.append(wimEl("p", "wim-subtitle", panel.subtitle));
  const kind = wimEl("span");
  kind.append(wimSwatch(panel.kind), document.createTextNode(panel.kind.label));
  container.append(wimDefinitions([[ui.kind, kind], [ui.district, panel.district || "—"], [ui.layer, panel.layer]]));
  if (!panel.drawn) container.append(wimEl("p", "wim-unmapped", ui.not_drawn + ": " + (panel.how_drawn || panel.layer)));
  else if (panel.approximate) container.append(wimEl("p", "wim-approx", ui.approximate + " — " + panel.how_drawn));
  const body = {};
  container.wimBody = body;
  container.setAttribute("aria-busy", "true");
  wimAfterPaint(() => {
    if (container.wimBody !== body) return; // another panel, a list or the hint meanwhile
    wimPanelBody(container, panel, ui, onMember, isSelectable);
    // Passages and figure rows are content-visibility: auto, skipped (no text for innerText or a
    // screen reader) until the next rendering update finds them in view: busy until that frame.
    wimAfterPaint(() => {
      if (container.wimBody === body) wimPanelDone(container);
    });
  });
}

// Whatever replaces a panel whose body is still to come: that body never arrives.
function wimPanelDone(container) {
  container.wimBody = null;
  container.setAttribute("aria-busy", "false");
}

function wimPanelBody(container, panel, ui, onMember, isSelectable) {
  if (panel.figures.length) container.append(wimEl("h3", null, ui.figures), wimFigureTable(container, panel.figures, ui));
  if (panel.passages.length) container.append(wimEl("h3", null, ui.passages), ...panel.passages.map((p) => wimPassage(container, p)));
  if (panel.members.length) container.append(wimEl("h3", null, ui.members), wimMembers(panel.members, onMember, isSelectable));
  const rows = [[ui.source, wimCitation(panel)], [ui.precision, panel.precision_words || "—"]];
  if (!panel.approximate && panel.how_drawn) rows.push([ui.how_drawn, panel.how_drawn]);
  container.append(wimEl("h3", null, ui.where_from), wimDefinitions(rows));
  const article = wimArticleRows(panel.article, ui);
  if (article.length) container.append(wimEl("h3", null, ui.article), wimDefinitions(article));
}

// Leaflet focuses the map on a mouse press (its arrow keys pan it) with a plain focus(), which
// scrolls every scrolling ancestor until the whole map shows: in the app a click on the map moved
// the page by 4 px, and the browser repainted all of it in the click's frame. Same handler, no scroll.
function wimKeyboard(L) {
  return L.Map.Keyboard.extend({
    _onMouseDown: function () {
      if (!this._focused) this._map.getContainer().focus({ preventScroll: true });
    },
  });
}

// (This and the tooltip class below override private methods of Leaflet 1.9.4, the version
// tests/layers/test_standalone.py pins by its files' sha256: a new Leaflet must be checked here.)

// A feature's tooltip stays as it is through a click on that feature. Leaflet closes every
// tooltip on a map click and opens the clicked one again, a new element under the pointer: the
// click's frame then repainted the map from the pointer to the panel, not the panel alone. A
// click elsewhere still closes it, and a tap (no hover) still opens it.
function wimTooltipClass(L) {
  return L.Tooltip.extend({
    getEvents: function () {
      const events = L.Tooltip.prototype.getEvents.call(this);
      if (events.preclick) events.preclick = this._closeUnlessOwn; // one function: map.off finds it
      return events;
    },
    _closeUnlessOwn: function (event) {
      const own = this._source && this._source.getElement ? this._source.getElement() : null;
      if (!own || !event.originalEvent || event.originalEvent.target !== own) this.close();
    },
    _prepareOpen: function (latlng) {
      return this.isOpen() ? false : L.Tooltip.prototype._prepareOpen.call(this, latlng);
    },
  });
}

// Runs ``job`` once the next frame has been painted (a rendering step, then a task after it).
function wimAfterPaint(job) {
  requestAnimationFrame(() => setTimeout(job, 0));
}

// ---- the layout ----------------------------------------------------------------------------------

function wimLayout(root, ui) {
  root.classList.add("wim-app");
  const map = wimEl("div", "wim-map");
  map.setAttribute("role", "region");
  map.setAttribute("aria-label", ui.map_label || "Map");
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
  side.setAttribute("aria-label", ui.panel_label || "Panel");
  const bar = wimEl("div", "wim-bar");
  root.replaceChildren(bar, map, side);
  // A click in the view is the view's own: the host page's listeners (a React root, in the app)
  // would otherwise run on every click before the panel can be painted.
  ["click", "dblclick", "mousedown", "mouseup", "pointerdown", "pointerup"].forEach((type) => {
    root.addEventListener(type, (event) => event.stopPropagation());
  });
  return { map, input, results, panel, side, bar };
}

// ---- the view ------------------------------------------------------------------------------------

function wimView(L, root, data, onPick, onLayers) {
  const ui = data.ui;
  const parts = wimLayout(root, ui);
  const hatch = wimHatch(root, data);
  const styles = {};
  data.legend.forEach((k) => { styles[k.kind] = k; });
  const entries = new Map(); // id -> {leaflet, group, circle}
  const search = new Map(data.search.map((s) => [s.id, s]));
  let selectedId = null;
  let lastClick = null;

  // No view yet: Leaflet holds every layer added before the first view and draws it once, at
  // the view wimFit chooses (a first view at the centre drew and projected everything twice).
  const map = L.map(parts.map, { zoomControl: true, keyboard: false });
  map.addHandler("keyboard", wimKeyboard(L));
  map.keyboard.enable();
  [["boundaries", 380], ["circles", 390], ["areas", 400], ["points", 420], ["selection", 430]].forEach(([name, z]) => {
    map.createPane(name).style.zIndex = String(z);
  });
  // The selection's drawing surface exists from the start: made at the first pick, it was a new
  // layer of the whole map's size for the browser to draw in the frame after the panel's.
  map.getRenderer({ options: { pane: "selection" } });
  const Tooltip = wimTooltipClass(L);
  if (data.basemap) L.tileLayer(data.basemap.url, { maxZoom: data.basemap.max_zoom, attribution: data.basemap.attribution }).addTo(map);
  wimWater(L, map, data);
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
    // Zones are hatched in their own colour: where two overlap both hatches show, never a blend.
    return { color: s.colour, weight: 2, fillColor: hatch[p.kind] || s.fill, fillOpacity: hatch[p.kind] ? 1 : data.style.zone_fill_opacity, dashArray: p.approximate ? "5 4" : null };
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
        leaflet.bindTooltip(new Tooltip({ sticky: true }, leaflet).setContent(tip));
        leaflet.on("click", (event) => { event.originalEvent.wimHandled = true; pick(feature.id, event.latlng, false); });
        // Leaflet draws a new element each time a layer is shown again: it keeps its id.
        leaflet.on("add", () => { const path = leaflet.getElement && leaflet.getElement(); if (path) path.setAttribute("data-id", feature.id); });
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
  data.layers.forEach((info) => {
    overlays[info.name] = addLayer(info);
  });
  let labels = null; // placed once the map has its view
  const legend = wimLegend(L, map, data, overlays, hatch, (names) => {
    if (labels) labels.update();
    if (onLayers) onLayers(names);
  });
  if (!wimFit(map, entries, [legend, parts.side])) map.setView([data.centre.lat, data.centre.lon], data.zoom);
  labels = wimLabels(L, map, data, entries);
  labels.update();
  wimSummary(parts.bar, data, ui, showList);
  wimSideToggle(root, parts, map, ui);

  function showList(group) {
    if (selectedId) pick(null, null, false);
    wimList(parts.panel, data, ui, group, (id) => pick(id, null, true));
    root.classList.add("wim-side-open");
    root.classList.remove("wim-side-closed");
  }

  // ---- selection -------------------------------------------------------------------------------

  // The selection is drawn as an outline in a pane of its own, on top: the feature's own path
  // keeps its style, so a pick repaints one small layer instead of every zone of its pane.
  const selection = L.featureGroup().addTo(map);

  function highlight(id, on) {
    selection.clearLayers();
    const entry = entries.get(id);
    if (!on || !entry || !entry.leaflet) return;
    wimShow(map, entry.group);
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

  // The panel is drawn at once; the outline and the flight wait until that frame is painted,
  // so the frame after a click repaints the panel alone, not the hatched map under a new outline.
  function select(id, fly) {
    if (!data.panels[id]) return false;
    selectedId = id;
    wimRenderPanel(parts.panel, data.panels[id], ui, (m) => pick(m, null, true), (m) => Boolean(data.panels[m]));
    parts.input.value = search.has(id) ? search.get(id).label : data.panels[id].title;
    parts.results.replaceChildren();
    root.classList.add("wim-side-open");
    wimAfterPaint(() => {
      if (selectedId !== id) return; // deselected or another pick meanwhile: that one draws
      highlight(id, true);
      if (fly) frame(id);
    });
    return true;
  }

  function deselect() {
    if (selectedId) highlight(selectedId, false);
    selectedId = null;
    parts.input.value = "";
    parts.results.replaceChildren();
    parts.panel.replaceChildren(wimEl("p", "wim-hint", ui.hint));
    wimPanelDone(parts.panel);
    delete parts.panel.dataset.id;
    wimList(parts.panel, data, ui, "areas", (id) => pick(id, null, true), true);
    root.classList.remove("wim-side-open");
  }

  function pick(id, latlng, fly) {
    if (latlng) lastClick = { lon: latlng.lng, lat: latlng.lat };
    if (id === null) {
      if (selectedId === null && !latlng) return;
      deselect();
    } else if (!select(id, fly)) {
      return;
    }
    // Tell the host after the panel's frame and the outline's: the panel never waits for
    // Python, nor for the host page's own work on the message.
    const click = lastClick;
    wimAfterPaint(() => wimAfterPaint(() => onPick(id, click)));
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
    showLayers: (names) => legend.show(names),
    visibleLayers: () => legend.visible(),
    layer: (id) => (entries.get(id) || {}).leaflet || null,
    destroy: () => { document.removeEventListener("keydown", onKey); labels.stop(); map.remove(); },
  };
  root.wimView = api; // for tests and the console: document.querySelector(".wim-app").wimView
  return api;
}

// ---- map first: hatches, water, one layer control with the legend, fit, labels, summary -------

// Zone fills as hatches in the kind's own colour (an SVG pattern per kind, in one hidden <svg>):
// two overlapping zones show both colours, never the blend that the legend does not have.
function wimHatch(root, data) {
  const NS = "http://www.w3.org/2000/svg";
  const areas = new Set(data.layers.filter((l) => l.pane === "areas").map((l) => l.name));
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("class", "wim-defs");
  svg.setAttribute("aria-hidden", "true");
  const defs = document.createElementNS(NS, "defs");
  svg.append(defs);
  const fills = {};
  const angles = [45, -45, 0, 90, 22, -68];
  data.legend.filter((k) => areas.has(k.layer)).forEach((k, i) => {
    const id = "wim-hatch-" + i;
    const pattern = document.createElementNS(NS, "pattern");
    pattern.setAttribute("id", id);
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", "8");
    pattern.setAttribute("height", "8");
    pattern.setAttribute("patternTransform", "rotate(" + angles[i % angles.length] + ")");
    const line = document.createElementNS(NS, "rect");
    line.setAttribute("width", "2.5");
    line.setAttribute("height", "8");
    line.setAttribute("fill", k.colour);
    line.setAttribute("fill-opacity", "0.55");
    pattern.append(line);
    defs.append(pattern);
    fills[k.kind] = "url(#" + id + ")";
    k.hatch = angles[i % angles.length];
  });
  root.append(svg);
  return fills;
}

// The Yangtze, the Han and the lakes, under everything and never clickable: the map reads
// without tiles (offline, or in mainland China where the tile servers may not answer).
function wimWater(L, map, data) {
  if (!data.water || !data.water.features.length) return null;
  map.createPane("water").style.zIndex = "350";
  const colours = data.water_colours || { fill: "#c6dff2", line: "#8dbde3" };
  return L.geoJSON(data.water, {
    pane: "water",
    interactive: false,
    style: (f) => (f.geometry.type.endsWith("LineString")
      ? { color: colours.line, weight: 1.2, fill: false, className: "wim-water" }
      : { stroke: false, fillColor: colours.fill, fillOpacity: 1, className: "wim-water" }),
  }).addTo(map);
}

// One control for layers and legend: a checkbox per layer with its kinds beneath it. A <details>
// that is open on a wide map and folded on a phone, so the data stays visible at first view.
function wimLegend(L, map, data, overlays, hatch, onChange) {
  const boxes = new Map();
  const control = L.control({ position: "topright" });
  const visible = () => data.layers.filter((l) => boxes.get(l.name).checked).map((l) => l.name);
  control.onAdd = () => {
    const box = wimEl("details", "wim-legend");
    box.open = map.getSize().x >= 600;
    box.append(wimEl("summary", "wim-legend-title", data.ui.layers_legend || data.ui.legend));
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    data.layers.forEach((info) => {
      const group = wimEl("div", "wim-legend-layer");
      const label = wimEl("label", "wim-legend-toggle");
      const input = wimEl("input");
      input.type = "checkbox";
      input.checked = true;
      input.dataset.layer = info.name;
      input.addEventListener("change", () => {
        if (input.checked) wimShow(map, overlays[info.name]); else map.removeLayer(overlays[info.name]);
        onChange(visible());
      });
      boxes.set(info.name, input);
      label.append(input, document.createTextNode(info.label + " (" + info.features.features.length + ")"));
      group.append(label);
      data.legend.filter((k) => k.layer === info.name).forEach((k) => {
        const row = wimEl("div", "wim-legend-row");
        const swatch = wimSwatch(k);
        if (hatch[k.kind]) {
          swatch.style.backgroundColor = "transparent";
          swatch.style.backgroundImage = "repeating-linear-gradient(" + (90 + k.hatch) + "deg, " + k.colour + " 0 2px, transparent 2px 5px)";
        }
        row.append(swatch, document.createTextNode(k.label));
        group.append(row);
      });
      box.append(group);
    });
    box.append(wimEl("div", "wim-legend-note", data.ui.legend_dashed));
    box.addEventListener("toggle", () => map.fire("wimlegend"));
    return box;
  };
  control.addTo(map);
  // A selection in a hidden layer shows that layer (highlight): the box and the host follow.
  map.on("layeradd", (event) => {
    data.layers.forEach((info) => {
      const box = boxes.get(info.name);
      if (event.layer === overlays[info.name] && box && !box.checked) {
        box.checked = true;
        map.fire("wimlegend");
        onChange(visible());
      }
    });
  });
  control.visible = visible;
  control.show = (names) => {
    data.layers.forEach((info) => {
      const on = names.includes(info.name);
      boxes.get(info.name).checked = on;
      if (on) wimShow(map, overlays[info.name]); else map.removeLayer(overlays[info.name]);
    });
    map.fire("wimlegend");
  };
  return control;
}

// Leaflet draws a new <path> when a layer comes back: it gets its feature's data-id again.
function wimShow(map, group) {
  if (!map.hasLayer(group)) map.addLayer(group);
  group.eachLayer(function tag(layer) {
    if (layer.eachLayer) layer.eachLayer(tag);
    else if (layer.feature && layer.getElement && layer.getElement()) layer.getElement().setAttribute("data-id", layer.feature.id);
  });
}

// The first view: the article's placed features (not their uncertainty circles, not the
// districts), clear of the legend and of a phone's bottom sheet. False when there is nothing to fit.
function wimFit(map, entries, obstacles) {
  let bounds = null;
  entries.forEach((entry) => {
    if (!entry.leaflet || entry.pane === "boundaries") return;
    const b = entry.leaflet.getBounds ? entry.leaflet.getBounds() : L_bounds(entry.leaflet.getLatLng());
    bounds = bounds ? bounds.extend(b) : b;
  });
  if (!bounds || !bounds.isValid()) return false;
  const box = map.getContainer().getBoundingClientRect();
  let right = 20, bottom = 20;
  obstacles.forEach((o) => {
    const el = o.getContainer ? o.getContainer() : o;
    const r = el.getBoundingClientRect();
    const overlaps = r.width && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
    if (!overlaps) return;
    if (r.bottom >= box.bottom - 2 && r.width > box.width / 2) bottom = Math.max(bottom, box.bottom - r.top + 12);
    else right = Math.max(right, box.right - r.left + 12);
  });
  map.fitBounds(bounds, { paddingTopLeft: [24, 24], paddingBottomRight: [right, bottom], maxZoom: 14, animate: false });
  return true;

  function L_bounds(latlng) {
    return latlng.toBounds(1);
  }
}

// Names on the map, decluttered: zones always compete, points from zoom 13; in order, a name
// that would overlap one already drawn is hidden. Redone on every zoom and layer change.
function wimLabels(L, map, data, entries) {
  map.createPane("wimLabels").style.zIndex = "415";
  const labels = [];
  const order = (entry) => (entry.pane === "areas" ? 0 : 1);
  const candidates = [...entries.values()].filter((e) => e.leaflet && e.pane !== "boundaries" && data.panels[e.feature.id]);
  candidates.sort((a, b) => order(a) - order(b));
  candidates.forEach((entry) => {
    const p = entry.feature.properties;
    const area = entry.pane === "areas";
    const at = p.label_at ? [p.label_at[1], p.label_at[0]] : entry.leaflet.getLatLng();
    const text = wimEl("span", area ? "wim-label wim-label-area" : "wim-label wim-label-point", data.panels[p.id].title);
    const icon = L.divIcon({ className: "wim-label-icon", html: text, iconSize: null });
    const marker = L.marker(at, { icon: icon, interactive: false, keyboard: false, pane: "wimLabels" }).addTo(map);
    marker.getElement().setAttribute("aria-hidden", "true");
    labels.push({ entry: entry, marker: marker, text: text, area: area });
  });
  // Every box is read before any visibility is written: one layout per update, not one a label.
  function update() {
    const kept = [];
    const zoom = map.getZoom();
    const frame = map.getContainer().getBoundingClientRect();
    const wanted = labels.map((label) => map.hasLayer(label.entry.group) && (label.area || zoom >= 13));
    const boxes = labels.map((label, i) => (wanted[i] ? label.text.getBoundingClientRect() : null));
    labels.forEach((label, i) => {
      const r = boxes[i];
      const inside = r && r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
      const show = Boolean(inside) && !kept.some((k) => r.left < k.right + 4 && r.right + 4 > k.left && r.top < k.bottom + 2 && r.bottom + 2 > k.top);
      if (show) kept.push(r);
      label.text.style.visibility = show ? "" : "hidden";
    });
  }
  map.on("moveend wimlegend", update); // a pan brings names in from the edge, or takes them out
  return { update: update, stop: () => map.off("moveend wimlegend", update), labels: labels };
}

// "12 placed · 20 approximate · 3 unresolved · 10 outside Wuhan": each count opens its list.
function wimSummary(bar, data, ui, showList) {
  const line = wimEl("div", "wim-summary");
  line.setAttribute("role", "group");
  line.setAttribute("aria-label", ui.summary_label || "Summary");
  ["placed", "approximate", "unresolved", "beyond"].forEach((group, i) => {
    const items = (data.summary || {})[group] || [];
    if (i) line.append(wimEl("span", "wim-sep", " · "));
    const button = wimEl("button", "wim-count", items.length + " " + (ui["count_" + group] || group));
    button.type = "button";
    button.dataset.group = group;
    button.addEventListener("click", () => showList(group));
    line.append(button);
  });
  bar.append(line);
}

// A list in the panel, every entry a button that opens the same panel as a click on the map:
// the map's features for keyboard and screen-reader users; unresolved names as plain text.
function wimList(container, data, ui, group, open, append) {
  let items;
  if (group === "areas") {
    items = [];
    data.layers.filter((l) => l.pane === "areas").forEach((l) => l.features.features.forEach((f) => items.push(f.id)));
  } else {
    items = (data.summary || {})[group] || [];
  }
  const heading = ui["list_" + group] || group;
  if (!append) container.replaceChildren();
  wimPanelDone(container);
  delete container.dataset.id;
  const nav = wimEl("nav", "wim-list");
  nav.dataset.group = group;
  nav.setAttribute("aria-label", heading);
  nav.append(wimEl("h2", append ? "wim-list-title" : "wim-name", heading + " (" + items.length + ")"));
  const ul = wimEl("ul");
  items.forEach((item) => {
    const li = wimEl("li");
    const panel = data.panels[item];
    if (panel) {
      const button = wimEl("button", "wim-link", panel.title);
      button.type = "button";
      button.dataset.id = item;
      button.addEventListener("click", () => open(item));
      li.append(button);
      if (panel.district) li.append(wimEl("span", "wim-result-layer", panel.district));
    } else {
      li.textContent = item;
    }
    ul.append(li);
  });
  nav.append(ul);
  container.append(nav);
}

// The panel folds away: beside the map on a wide screen, a bottom sheet on a phone.
function wimSideToggle(root, parts, map, ui) {
  const button = wimEl("button", "wim-side-toggle", ui.panel_toggle || "Panel");
  button.type = "button";
  parts.side.id = parts.side.id || "wim-side";
  button.setAttribute("aria-controls", parts.side.id);
  const sheet = () => getComputedStyle(parts.side).position === "absolute";
  const expanded = () => (sheet() ? root.classList.contains("wim-side-open") : !root.classList.contains("wim-side-closed"));
  const sync = () => button.setAttribute("aria-expanded", String(expanded()));
  button.addEventListener("click", () => {
    if (sheet()) root.classList.toggle("wim-side-open");
    else root.classList.toggle("wim-side-closed");
    sync();
    map.invalidateSize();
  });
  new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ["class"] });
  parts.bar.append(button);
  sync();
  return button;
}
