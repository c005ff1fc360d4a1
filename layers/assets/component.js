// Wuhan Innovation Map, the app's map: a Streamlit components-v2 module around the shared view
// (wim.js, link.js and pins.js, prepended). The map is built once per data.version (article,
// placements, language, basemap, layers); any other rerun leaves it as it is. A pick (select or
// deselect, with the last map click) goes to Python as the component's "pick" state, and so does
// a dragged pin (pick.moved): one background rerun, no remount.
const LEAFLET_URL = new URL("app/static/vendor/leaflet/leaflet-src.esm.js", document.baseURI).href;
let leaflet = null;
const mounted = new WeakMap(); // parentElement -> {version, data, view, pins, link}

// Python sends the data as UTF-8 JSON bytes (layers/client.component_bytes): a dict was encoded
// twice on every run, every Chinese character a six-byte escape.
function decoded(raw) {
  if (raw instanceof Uint8Array || raw instanceof ArrayBuffer) return JSON.parse(new TextDecoder().decode(raw));
  return raw;
}

export default function (component) {
  const { parentElement, setStateValue } = component;
  const data = decoded(component.data);
  const current = mounted.get(parentElement);
  if (current && current.version === data.version) {
    current.data = data; // a rerun: the link and the name waiting to be placed may have changed
    current.link = data.link || {};
    if (current.view) {
      showPins(current, setStateValue);
      linkTo(current.view.selected(), current.link);
    }
    return;
  }
  const entry = { version: data.version, data: data, view: null, pins: null, link: data.link || {} };
  mounted.set(parentElement, entry);
  leaflet = leaflet || import(LEAFLET_URL);
  leaflet.then((L) => {
    if (mounted.get(parentElement) !== entry) return; // a newer version arrived meanwhile
    // The same article again (a placement moved, a layer toggled): the reader's view stays.
    const keep = current && current.view && current.text === data.text ? { centre: current.view.map.getCenter(), zoom: current.view.map.getZoom() } : null;
    if (current && current.view) current.view.destroy();
    entry.text = data.text;
    entry.L = L;
    let root = parentElement.querySelector(".wim-root");
    if (!root) {
      root = document.createElement("div");
      root.className = "wim-root";
      parentElement.appendChild(root);
    }
    let sentClick = null;
    entry.send = (id, click, fresh) => setStateValue("pick", { id: id, article: entry.data.article,
      lon: click ? click.lon : null, lat: click ? click.lat : null, fresh: fresh, moved: entry.lastMove || null });
    entry.view = wimView(L, root, data.map, (id, click) => {
      linkTo(id, entry.link);
      const fresh = Boolean(click) && click !== sentClick; // a new map click, not the last one again
      sentClick = click;
      if (fresh && id === null && Date.now() - (entry.dragEndedAt || 0) < 600) return; // a pin's release
      if (fresh && entry.data.placing && entry.pins) entry.pins.drop(entry.data.placing, [click.lat, click.lon]);
      entry.send(id, click, fresh);
    }, (names) => setStateValue("layers", names)); // the one layer control: exports and the link follow it
    if (data.visible) entry.view.showLayers(data.visible);
    if (keep) entry.view.map.setView(keep.centre, keep.zoom, { animate: false });
    showPins(entry, setStateValue);
    if (data.selected) entry.view.select(data.selected, !keep);
    linkTo(entry.view.selected(), entry.link);
    askForSettings(data, setStateValue);
  }).catch((error) => {
    askForSettings(data, setStateValue); // no map, but the page's settings all the same
    throw error;
  });
}

// Python draws the page's settings once the map is painted (streamlit_app.main): they cost the
// browser most of a second before the map could draw.
function askForSettings(data, setStateValue) {
  if (!data.painted) wimAfterPaint(() => setStateValue("painted", true));
}

// The placed names' pins, and the note while a name waits for its click: redrawn when they change.
function showPins(entry, setStateValue) {
  const data = entry.data;
  const state = JSON.stringify([data.pins || [], data.placing || null]);
  if (entry.pins && entry.pinState === state) return;
  if (entry.pins) entry.pins.remove();
  entry.pinState = state;
  entry.pins = wimPins(entry.L, entry.view, data.pins || [], data.map.ui, {
    placing: data.placing || null,
    select: (id) => { if (entry.view.select(id, false)) linkTo(id, entry.link); },
    // The last move travels with every later pick too: a pick sent just after cannot overwrite it.
    move: (name, lon, lat) => {
      entry.dragEndedAt = Date.now();
      entry.lastMove = { name: name, article: entry.data.article, lon: lon, lat: lat, at: entry.dragEndedAt };
      entry.send(entry.view.selected(), null, false);
    },
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
