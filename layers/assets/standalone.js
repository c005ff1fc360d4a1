// Wuhan Innovation Map, standalone page: starts the shared view (wim.js) and keeps the
// selection in the URL fragment, so a link opens the page on one feature.
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("wim-data").textContent);

  function fragmentId() {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return ""; // a malformed fragment ("#%") opens the page with nothing selected
    }
  }

  const view = wimView(L, document.getElementById("wim-app"), DATA, (id) => {
    history.replaceState(null, "", id ? "#" + encodeURIComponent(id) : location.pathname + location.search);
  });
  window.wimView = view;
  const initial = fragmentId();
  if (initial) view.select(initial, true);
})();
