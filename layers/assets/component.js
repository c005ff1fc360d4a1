// Wuhan Innovation Map, the app's map: a Streamlit components-v2 module around the shared view
// (wim.js, prepended). The map is built once per data.version (article, language, basemap,
// layers); any other rerun leaves it as it is. A pick (select or deselect, with the last map
// click) goes to Python as the component's "pick" state: one background rerun, no remount.
const LEAFLET_URL = new URL("app/static/vendor/leaflet/leaflet-src.esm.js", document.baseURI).href;
let leaflet = null;
const mounted = new WeakMap(); // parentElement -> {version, view}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  const current = mounted.get(parentElement);
  if (current && current.version === data.version) return;
  const entry = { version: data.version, view: null };
  mounted.set(parentElement, entry);
  leaflet = leaflet || import(LEAFLET_URL);
  leaflet.then((L) => {
    if (mounted.get(parentElement) !== entry) return; // a newer version arrived meanwhile
    if (current && current.view) current.view.destroy();
    let root = parentElement.querySelector(".wim-root");
    if (!root) {
      root = document.createElement("div");
      root.className = "wim-root";
      parentElement.appendChild(root);
    }
    entry.view = wimView(L, root, data.map, (id, click) => {
      linkTo(id);
      setStateValue("pick", { id: id, article: data.article, lon: click ? click.lon : null, lat: click ? click.lat : null });
    }, (names) => setStateValue("layers", names)); // the one layer control: exports follow it
    if (data.visible) entry.view.showLayers(data.visible);
    if (data.selected) entry.view.select(data.selected, true);
    linkTo(entry.view.selected());
  });
}

// The page owns ?zone=: it changes with the panel, not a rerun later, and Python, which only
// reads it when a session starts, never writes a value that a newer pick has overtaken.
function linkTo(id) {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set("zone", id); else url.searchParams.delete("zone");
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url.href);
}
