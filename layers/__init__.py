"""Places to layers: GeoDataFrames, styles, exports, folium maps, standalone HTML, print maps."""
