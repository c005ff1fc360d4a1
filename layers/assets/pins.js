// Wuhan Innovation Map, names placed by hand: each is a pin that can be dragged; while a name is
// being placed, a note on the map says so and a click drops its pin at once (Python then keeps
// the placement on disk and sends the map again). Pins carry display coordinates (GCJ-02 on a
// Gaode basemap); the host converts a moved pin back to WGS-84.
// Entry point: wimPins(L, view, pins, ui, handlers) -> {drop(name, latlng), remove()}.

function wimPinIcon(L, provisional) {
  return L.divIcon({ className: provisional ? "wim-pin wim-pin-provisional" : "wim-pin", html: '<span class="wim-pin-shape"></span>',
    iconSize: [18, 18], iconAnchor: [9, 18], tooltipAnchor: [9, -12] });
}

function wimPins(L, view, pins, ui, handlers) {
  const map = view.map;
  const group = L.layerGroup().addTo(map);
  const add = (name, latlng, id, provisional) => {
    const marker = L.marker(latlng, { icon: wimPinIcon(L, provisional), draggable: !provisional, autoPan: true,
      keyboard: true, title: name, alt: name, riseOnHover: true });
    marker.bindTooltip(wimEl("span", "wim-tooltip", name + " · " + ui.placed_by_hand + (provisional ? "" : " · " + ui.drag_to_move)));
    marker.on("click", (event) => { L.DomEvent.stopPropagation(event); if (id) handlers.select(id); });
    marker.on("dragend", () => { const p = marker.getLatLng(); handlers.move(name, p.lng, p.lat); });
    // Leaflet ends a drag on the document's mouseup, which the view keeps to itself (wimLayout):
    // the release is caught on its way down instead. finishDrag is idempotent.
    marker.on("dragstart", () => {
      const release = () => {
        document.removeEventListener("mouseup", release, true);
        document.removeEventListener("touchend", release, true);
        if (marker.dragging && marker.dragging._draggable) marker.dragging._draggable.finishDrag();
      };
      document.addEventListener("mouseup", release, true);
      document.addEventListener("touchend", release, true);
    });
    group.addLayer(marker);
    const element = marker.getElement();
    if (element) element.dataset.name = name;
    return marker;
  };
  pins.forEach((p) => add(p.name, [p.lat, p.lon], p.id, false));

  let note = null;
  if (handlers.placing) {
    note = wimEl("div", "wim-placing", ui.placing + ": " + handlers.placing);
    note.setAttribute("role", "status");
    map.getContainer().classList.add("wim-placing-map");
    map.getContainer().append(note);
  }
  return {
    drop: (name, latlng) => add(name, latlng, null, true),
    remove: () => {
      group.remove();
      if (note) note.remove();
      map.getContainer().classList.remove("wim-placing-map");
    },
  };
}
