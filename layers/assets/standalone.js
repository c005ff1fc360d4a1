// Wuhan Innovation Map, standalone page: starts the shared view (wim.js) on the view a link asks
// for (?lang=, ?basemap=, ?layers=a,b, ?zone= or #id, as in the app; link.js reads them), else on
// the view the page was made with, and keeps the selection in the URL fragment.
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("wim-data").textContent);
  const viewsNode = document.getElementById("wim-views");
  const VIEWS = viewsNode ? JSON.parse(viewsNode.textContent) : {};
  const START = VIEWS.start || {};

  function fragmentId() {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return ""; // a malformed fragment ("#%") opens the page with nothing selected
    }
  }

  // A value the page has no data for (a language, a Gaode basemap) is ignored, never an error.
  const link = wimReadLink(location.search);
  let data = DATA;
  if (link.lang && VIEWS.other && VIEWS.other.lang === link.lang) {
    data = VIEWS.other;
    document.documentElement.lang = data.lang;
    document.title = data.ui.title;
    const heading = document.querySelector(".wim-title");
    if (heading) heading.textContent = data.ui.title;
  }
  const basemap = link.basemap || START.basemap;
  if (basemap && VIEWS.basemaps && Object.prototype.hasOwnProperty.call(VIEWS.basemaps, basemap)) {
    data = Object.assign({}, data, { basemap: VIEWS.basemaps[basemap] });
  }

  // The layer control's choice goes into the address (?layers=a,b); some browsers refuse to
  // rewrite a file:// address, and the map works all the same.
  const keepLayers = (names) => {
    try {
      history.replaceState(null, "", wimLinkHref(location.href, { layers: names.join(",") }));
    } catch (error) { /* a file:// page that may not rewrite its address */ }
  };
  const view = wimView(L, document.getElementById("wim-app"), data, (id) => {
    history.replaceState(null, "", id ? "#" + encodeURIComponent(id) : location.pathname + location.search);
  }, keepLayers);
  window.wimView = view;
  // Layer names the page does not have are ignored; a link that names none of its layers (but
  // some) shows the page's own choice, as the app does.
  const names = data.layers.map((l) => l.name);
  const known = link.layers ? link.layers.filter((name) => names.includes(name)) : null;
  const layers = link.layers && (known.length || !link.layers.length) ? known : START.layers;
  if (layers) view.showLayers(layers);
  const initial = fragmentId() || link.zone || START.zone;
  if (initial) view.select(initial, true);
})();
