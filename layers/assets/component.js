// Wuhan Innovation Map, the app's map: a Streamlit components-v2 module around the shared view
// (wim.js, link.js and pins.js, prepended). The map is built once per data.version (article,
// placements, language, basemap, layers); any other rerun leaves it as it is. A pick (select or
// deselect, with the last map click) goes to Python as the component's "pick" state, a dragged
// pin as its "moved" state: one background rerun, no remount.
const LEAFLET_URL = new URL("app/static/vendor/leaflet/leaflet-src.esm.js", document.baseURI).href;
let leaflet = null;
const mounted = new WeakMap(); // parentElement -> {version, view, pins, link}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  const current = mounted.get(parentElement);
  if (current) current.link = data.link || {};
  if (current && current.version === data.version) {
    if (current.view) linkTo(current.view.selected(), current.link);
    return;
  }
  const entry = { version: data.version, view: null, pins: null, link: data.link || {} };
  mounted.set(parentElement, entry);
  leaflet = leaflet || import(LEAFLET_URL);
  leaflet.then((L) => {
    if (mounted.get(parentElement) !== entry) return; // a newer version arrived meanwhile
    // The same article again (a placement moved, a layer toggled): the reader's view stays.
    const keep = current && current.view && current.text === data.text ? { centre: current.view.map.getCenter(), zoom: current.view.map.getZoom() } : null;
    if (current && current.view) current.view.destroy();
    entry.text = data.text;
    let root = parentElement.querySelector(".wim-root");
    if (!root) {
      root = document.createElement("div");
      root.className = "wim-root";
      parentElement.appendChild(root);
    }
    let sentClick = null;
    entry.view = wimView(L, root, data.map, (id, click) => {
      linkTo(id, entry.link);
      const fresh = Boolean(click) && click !== sentClick; // a new map click, not the last one again
      sentClick = click;
      if (fresh && data.placing && entry.pins) entry.pins.drop(data.placing, [click.lat, click.lon]);
      setStateValue("pick", { id: id, article: data.article, lon: click ? click.lon : null, lat: click ? click.lat : null, fresh: fresh });
    });
    if (keep) entry.view.map.setView(keep.centre, keep.zoom, { animate: false });
    entry.pins = wimPins(L, entry.view, data.pins || [], data.map.ui, {
      placing: data.placing || null,
      select: (id) => { if (entry.view.select(id, false)) linkTo(id, entry.link); },
      move: (name, lon, lat) => setStateValue("moved", { name: name, article: data.article, lon: lon, lat: lat, at: Date.now() }),
    });
    if (data.selected) entry.view.select(data.selected, !keep);
    linkTo(entry.view.selected(), entry.link);
  });
}

// The page owns the address bar's query: ?zone= changes with the panel, not a rerun later, and
// Python, which only reads it when a session starts, never writes a value that a newer pick has
// overtaken. Language, basemap and layers come from Python (data.link: only those that differ
// from the defaults); the share box hears of every change.
function linkTo(id, link) {
  const href = wimLinkHref(window.location.href, { zone: id || null, lang: link.lang || null,
    basemap: link.basemap || null, layers: link.layers === undefined ? null : link.layers });
  if (href !== window.location.href) window.history.replaceState(window.history.state, "", href);
  window.dispatchEvent(new CustomEvent("wim-link"));
}
