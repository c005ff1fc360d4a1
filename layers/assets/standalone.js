// Wuhan Innovation Map, standalone page: Leaflet map, legend, search and side panel.
// Every text from the data goes into the page through textContent, never innerHTML.
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("wim-data").textContent);
  const PANES = { districts: ["wim-districts", 380], zones: ["wim-zones", 400], points: ["wim-points", 420] };
  const entries = new Map(); // feature id -> {feature, layerInfo, leaflet, group}
  let map = null;
  let selectedId = null;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Only for Leaflet's layer control, which takes its labels as HTML.
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
  }

  function styleOf(kind) {
    return DATA.styles[kind] || DATA.default_style;
  }

  function fullName(p) {
    return p.name_en ? p.name_zh + " / " + p.name_en : p.name_zh;
  }

  function paneOf(layerName, geometry) {
    if (layerName === "districts") return PANES.districts[0];
    return geometry && geometry.type.endsWith("Point") ? PANES.points[0] : PANES.zones[0];
  }

  function baseStyle(feature) {
    const p = feature.properties;
    const s = styleOf(p.kind);
    if (p.layer === "districts") {
      return { color: s.colour, weight: 1.5, dashArray: "5 4", fillColor: s.fill, fillOpacity: DATA.district_fill_opacity };
    }
    if (feature.geometry.type.endsWith("Point")) {
      return { radius: DATA.point_radius, color: "#ffffff", weight: 1.5, fillColor: s.colour, fillOpacity: 0.95 };
    }
    return { color: s.colour, weight: 2, fillColor: s.fill, fillOpacity: DATA.zone_fill_opacity };
  }

  function selectedStyle(feature) {
    const point = feature.geometry.type.endsWith("Point");
    return { color: DATA.selected_colour, weight: point ? 3 : 4 };
  }

  // ---- map -------------------------------------------------------------

  function createMap() {
    map = L.map("wim-map", { zoomControl: true }).setView([DATA.centre.lat, DATA.centre.lon], DATA.zoom);
    Object.values(PANES).forEach(([name, z]) => { map.createPane(name).style.zIndex = String(z); });
    L.tileLayer(DATA.basemap.url, { maxZoom: DATA.basemap.max_zoom, attribution: DATA.basemap.attribution }).addTo(map);
  }

  function tooltipOf(feature) {
    return el("span", "wim-tooltip", fullName(feature.properties));
  }

  function addLayer(layerInfo) {
    addListOnly(layerInfo); // a feature without geometry stays listed, searchable, undrawn
    const group = L.geoJSON(layerInfo.features, {
      style: baseStyle,
      pointToLayer: (feature, latlng) => L.circleMarker(latlng),
      onEachFeature: (feature, leaflet) => {
        leaflet.options.pane = paneOf(layerInfo.name, feature.geometry);
        leaflet.bindTooltip(tooltipOf(feature), { sticky: true });
        leaflet.on("click", () => select(feature.id, false));
        entries.get(feature.id).leaflet = leaflet;
      },
    });
    group.eachLayer((leaflet) => { entries.get(leaflet.feature.id).group = group; });
    group.addTo(map);
    group.eachLayer((leaflet) => {
      const path = leaflet.getElement && leaflet.getElement();
      if (path) path.setAttribute("data-id", leaflet.feature.id);
    });
    return group;
  }

  function addListOnly(layerInfo) {
    layerInfo.features.features.forEach((feature) => {
      entries.set(feature.id, { feature: feature, layerInfo: layerInfo, leaflet: null, group: null });
    });
  }

  function layerControlLabel(layerInfo) {
    const count = layerInfo.features.features.length;
    return escapeHtml(layerInfo.label_zh + " · " + layerInfo.label_en + " (" + count + ")");
  }

  function drawLayers() {
    const overlays = {};
    const focus = [];
    DATA.layers.forEach((layerInfo) => {
      if (!layerInfo.drawn) return addListOnly(layerInfo);
      const group = addLayer(layerInfo);
      overlays[layerControlLabel(layerInfo)] = group;
      if (layerInfo.name !== "districts") focus.push(group);
    });
    L.control.layers(null, overlays, { collapsed: map.getSize().x < 600 }).addTo(map);
    const bounds = L.featureGroup(focus).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20] });
  }

  function addLegend() {
    const kinds = [];
    DATA.layers.forEach((layerInfo) => {
      if (!layerInfo.drawn) return;
      layerInfo.features.features.forEach((f) => { if (!kinds.includes(f.properties.kind)) kinds.push(f.properties.kind); });
    });
    const ordered = Object.keys(DATA.styles).filter((k) => kinds.includes(k)).concat(kinds.filter((k) => !DATA.styles[k]));
    const legend = L.control({ position: "bottomright" });
    legend.onAdd = () => {
      // A <details> so that on a narrow map the legend folds away instead of hiding features.
      const box = el("details", "wim-legend");
      box.open = map.getSize().x >= 600;
      box.append(el("summary", "wim-legend-title", "图例 Legend"));
      L.DomEvent.disableClickPropagation(box);
      ordered.forEach((kind) => {
        const s = styleOf(kind);
        const row = el("div", "wim-legend-row");
        row.append(swatch(kind), document.createTextNode(s.label_zh + " · " + s.label_en));
        box.append(row);
      });
      return box;
    };
    legend.addTo(map);
  }

  function swatch(kind) {
    const s = styleOf(kind);
    const box = el("span", kind === "district" ? "wim-swatch wim-swatch-district" : "wim-swatch");
    box.style.borderColor = s.colour;
    box.style.backgroundColor = kind === "district" ? "transparent" : s.fill;
    return box;
  }

  // ---- selection ---------------------------------------------------------

  function select(id, fly) {
    const entry = entries.get(id);
    if (!entry) return;
    unselect();
    selectedId = id;
    if (entry.leaflet) {
      if (!map.hasLayer(entry.group)) map.addLayer(entry.group);
      entry.leaflet.setStyle(selectedStyle(entry.feature));
      if (entry.layerInfo.name !== "districts") entry.leaflet.bringToFront();
      if (fly) flyTo(entry.leaflet);
    }
    renderPanel(entry);
    history.replaceState(null, "", "#" + encodeURIComponent(id));
  }

  function unselect() {
    const previous = selectedId && entries.get(selectedId);
    if (previous && previous.leaflet) previous.leaflet.setStyle(baseStyle(previous.feature));
    selectedId = null;
  }

  function flyTo(leaflet) {
    if (leaflet.getLatLng) {
      map.flyTo(leaflet.getLatLng(), Math.max(map.getZoom(), 14), { duration: 0.6 });
    } else {
      map.flyToBounds(leaflet.getBounds(), { maxZoom: 13, padding: [20, 20], duration: 0.6 });
    }
  }

  // ---- panel ---------------------------------------------------------------

  function renderPanel(entry) {
    const p = entry.feature.properties;
    const panel = document.getElementById("wim-panel");
    panel.replaceChildren(el("h2", "wim-name-zh", p.name_zh));
    if (p.name_en) panel.append(el("p", "wim-name-en", p.name_en));
    panel.append(factList(p, entry.layerInfo));
    if (p.approximate) panel.append(el("p", "wim-approx", "approximate — " + p.how_drawn));
    if (!entry.leaflet) panel.append(el("p", "wim-unmapped", "不在地图上 Not drawn on the map: " + entry.layerInfo.label_en));
    if (p.figures.length) panel.append(el("h3", null, "数字 Figures"), figureTable(p.figures));
    if (p.passages.length) panel.append(el("h3", null, "原文 Passages"), ...p.passages.map((x) => passage(x, p.figures)));
    if (p.members.length) panel.append(el("h3", null, "包括 Members"), memberList(p.members));
    panel.append(el("h3", null, "坐标来源 Where the coordinates come from"), sourceList(p));
  }

  function factList(p, layerInfo) {
    const s = styleOf(p.kind);
    const kind = el("span");
    kind.append(swatch(p.kind), document.createTextNode(s.label_zh + " · " + s.label_en));
    return definitionList([
      ["类型 Kind", kind],
      ["行政区 District", p.district || "—"],
      ["图层 Layer", layerInfo.label_zh + " · " + layerInfo.label_en],
    ]);
  }

  function definitionList(rows) {
    const dl = el("dl", "wim-facts");
    rows.forEach(([term, value]) => {
      const dd = el("dd");
      if (value instanceof Node) dd.append(value); else dd.textContent = value;
      dl.append(el("dt", null, term), dd);
    });
    return dl;
  }

  function figureTable(figures) {
    const table = el("table", "wim-figures");
    const head = el("tr");
    ["数字 Figure", "目标 Target", "原句 Sentence"].forEach((t) => head.append(el("th", null, t)));
    table.append(el("thead"), el("tbody"));
    table.tHead.append(head);
    let sentenceCell = null;
    figures.forEach((f, i) => {
      const row = el("tr");
      row.append(el("td", null, f.text), el("td", null, f.target ? "yes" : "no"));
      // Figures from one sentence share its cell rather than repeat it.
      if (i > 0 && f.sentence === figures[i - 1].sentence) {
        sentenceCell.rowSpan += 1;
      } else {
        sentenceCell = el("td", "wim-sentence", f.sentence);
        row.append(sentenceCell);
      }
      table.tBodies[0].append(row);
    });
    return table;
  }

  // Offsets from Python count code points; Array.from splits by code point too.
  function passage(item, figures) {
    const para = DATA.paragraphs[String(item.paragraph)];
    const box = el("p", "wim-passage");
    box.dataset.paragraph = String(item.paragraph);
    box.append(el("span", "wim-para-no", "¶ " + item.paragraph));
    if (!para) return box;
    const chars = Array.from(para.text);
    const marks = new Array(chars.length).fill("");
    const paint = (start, end, kind) => {
      for (let i = Math.max(start - para.start, 0); i < Math.min(end - para.start, chars.length); i++) {
        if (!marks[i]) marks[i] = kind;
      }
    };
    item.mentions.forEach(([start, end]) => paint(start, end, "mention"));
    figures.filter((f) => f.paragraph === item.paragraph).forEach((f) => paint(f.start, f.end, "figure"));
    const skip = para.heading ? (para.text.match(/^#+\s*/) || [""])[0].length : 0;
    appendRuns(box, chars, marks, skip);
    return box;
  }

  function appendRuns(box, chars, marks, from) {
    let i = from;
    while (i < chars.length) {
      let j = i;
      while (j < chars.length && marks[j] === marks[i]) j++;
      const text = chars.slice(i, j).join("");
      if (!marks[i]) box.append(document.createTextNode(text));
      else box.append(el("mark", marks[i] === "figure" ? "wim-figure" : "wim-mention", text));
      i = j;
    }
  }

  function memberList(members) {
    const ul = el("ul", "wim-members");
    members.forEach((m) => {
      const li = el("li");
      const label = m.name_en ? m.name_zh + " / " + m.name_en : m.name_zh;
      if (entries.has(m.id)) {
        const link = el("button", "wim-link", label);
        link.type = "button";
        link.addEventListener("click", () => select(m.id, true));
        li.append(link);
      } else {
        li.textContent = label;
      }
      ul.append(li);
    });
    return ul;
  }

  function sourceList(p) {
    const source = el("span", "wim-source", p.source || "—");
    const rows = [["来源 Source", source], ["精度 Precision", p.precision || "—"]];
    if (!p.approximate && p.how_drawn) rows.push(["画法 How drawn", p.how_drawn]);
    return definitionList(rows);
  }

  // ---- search --------------------------------------------------------------

  function searchIndex() {
    const index = [];
    DATA.layers.forEach((layerInfo) => {
      layerInfo.features.features.forEach((f) => {
        const p = f.properties;
        const where = f.geometry ? layerInfo.label_zh : layerInfo.label_zh + " · 不在地图上";
        index.push({ id: f.id, label: fullName(p), where: where, haystack: (p.name_zh + "\n" + p.name_en).toLowerCase() });
      });
    });
    return index;
  }

  function setUpSearch() {
    const index = searchIndex();
    const input = document.getElementById("wim-search-input");
    const results = document.getElementById("wim-search-results");
    const pick = (id) => { results.replaceChildren(); select(id, true); };
    input.addEventListener("input", () => showResults(index, input.value, results, pick));
    input.addEventListener("keydown", (event) => {
      const first = results.querySelector("button");
      if (event.key === "Enter" && first) first.click();
      if (event.key === "ArrowDown" && first) { event.preventDefault(); first.focus(); }
    });
  }

  function showResults(index, query, results, pick) {
    results.replaceChildren();
    const q = query.trim().toLowerCase();
    if (!q) return;
    const hits = index.filter((item) => item.haystack.includes(q)).slice(0, 20);
    if (!hits.length) results.append(el("li", "wim-empty", "无结果 No match"));
    hits.forEach((hit) => {
      const button = el("button", "wim-result", hit.label);
      button.type = "button";
      button.dataset.id = hit.id;
      button.append(el("span", "wim-result-layer", hit.where));
      button.addEventListener("click", () => pick(hit.id));
      const li = el("li");
      li.append(button);
      results.append(li);
    });
  }

  // ---- start -----------------------------------------------------------------

  createMap();
  drawLayers();
  addLegend();
  setUpSearch();
  const initial = decodeURIComponent(location.hash.slice(1));
  if (initial && entries.has(initial)) select(initial, true);
})();
