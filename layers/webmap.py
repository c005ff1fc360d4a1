"""Layers to a ``folium.Map``: a style per kind, legend, layer control, tooltips, popups.

Basemaps come from xyzservices (which carries their attribution). Amap/Gaode
tiles are drawn in GCJ-02, so for that basemap every coordinate of the display
copy is shifted to GCJ-02; the data itself stays WGS-84. With ``basemap="none"``
the map needs no tiles at all: the district outlines give the context.
"""

from __future__ import annotations

import html
import math
import warnings
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import Element

from geo import admin
from geo.datums import LonLat, to_gcj02
from layers.build import METRIC_CRS
from layers.catalogue import (
    DISTRICT_FILL_OPACITY,
    DRAWN_LAYERS,
    LAYER_INFO,
    POINT_RADIUS,
    STYLE,
    STYLES,
    WUHAN_CENTRE,
    ZONE_FILL_OPACITY,
    basemaps,
    is_approximate_point,
    labelled,
    layer_label,
    style_of,
    text,
)  # fmt: skip

BASEMAPS = MappingProxyType(basemaps())
# Boundaries are simplified for display only (about 30 m): the page stays light and the map
# quick to redraw; exports keep every vertex.
DISPLAY_TOLERANCE_DEG = 0.0003
CANVAS_ABOVE = 2000
AGGREGATE_ABOVE = 2000  # points per layer drawn one by one; more are binned into cells
AGGREGATE_CELL_M = 2000
MAP_COLUMNS = ("id", "name_zh", "name_en", "kind", "layer", "district", "approximate", "precision",
               "uncertainty_m", "geometry")  # fmt: skip


def zoom_to_fit(bounds, width_px: int = 560, height_px: int = 620) -> int:
    """The largest web-map zoom (10 to 14) at which ``bounds`` fit the map, with a margin."""
    west, south, east, north = bounds
    for zoom in range(14, 9, -1):
        metres_per_px = 156_543 * math.cos(math.radians((south + north) / 2)) / 2**zoom
        wide = (east - west) * 111_320 * math.cos(math.radians(north)) / metres_per_px
        tall = (north - south) * 110_574 / metres_per_px
        if wide <= 0.8 * width_px and tall <= 0.8 * height_px:
            return zoom
    return 10


def shift_to_gcj02(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A display copy with every vertex moved to GCJ-02, for Gaode tiles only."""

    def shift(coords):
        moved = [to_gcj02(LonLat(x, y)) for x, y in coords]
        return [(p.lon, p.lat) for p in moved]

    return gdf.assign(geometry=[
        shapely.transform(g, lambda xy: _array(shift(xy))) if g is not None else None
        for g in gdf.geometry
    ])  # fmt: skip


def _array(pairs):
    return np.asarray(pairs, dtype=float).reshape(-1, 2)


def _tiles(m: folium.Map, basemap: str) -> None:
    label, provider, _ = BASEMAPS[basemap]
    if provider is None:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # CartoDB's "API key" notice; tiles still serve
        url = provider.build_url()
    folium.TileLayer(url, attr=provider.html_attribution, name=label, max_zoom=18).add_to(m)


def _style(feature: dict) -> dict:
    kind = feature["properties"]["kind"]
    style = style_of(kind)
    district = LAYER_INFO[feature["properties"]["layer"]]["role"] == "boundaries"
    return {
        "color": style["colour"], "weight": 1 if district else 2,
        "fillColor": style["fill"],
        "fillOpacity": DISTRICT_FILL_OPACITY if district else ZONE_FILL_OPACITY,
        "dashArray": "5 4" if feature["properties"].get("approximate") else None,
    }  # fmt: skip


def _highlight(_feature: dict) -> dict:
    """Hover: thicker and fuller, in the feature's own colour (red is kept for the selection)."""
    return {"weight": 3, "fillOpacity": 0.45}


def display_copy(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame with polygons simplified to ``DISPLAY_TOLERANCE_DEG`` (points untouched)."""
    return gdf.assign(geometry=gdf.geometry.simplify(DISPLAY_TOLERANCE_DEG, preserve_topology=True))


def aggregate_points(gdf: gpd.GeoDataFrame, cell_m: float = AGGREGATE_CELL_M) -> gpd.GeoDataFrame:
    """Points binned into square cells (in metres, UTM 50N): one feature per cell, with a count.

    A browser draws 10,000 markers slowly (bench/bench_layers.py); a few hundred cells stay
    fluid. Only the display copy is binned: exports keep every point.
    """
    points = gdf[gdf.geom_type == "Point"].to_crs(METRIC_CRS)
    cells = np.floor(np.column_stack([points.geometry.x, points.geometry.y]) / cell_m)
    frame = points.assign(cx=cells[:, 0], cy=cells[:, 1])
    groups = frame.groupby(["cx", "cy"], sort=True)
    binned = gpd.GeoDataFrame(
        {"count": groups.size().to_numpy(), "kind": groups["kind"].first().to_numpy(),
         "layer": groups["layer"].first().to_numpy()},
        geometry=gpd.points_from_xy(groups["geometry"].apply(lambda g: g.x.mean()),
                                    groups["geometry"].apply(lambda g: g.y.mean())),
        crs=METRIC_CRS,
    ).to_crs(4326)  # fmt: skip
    names = [f"{n} 处 places" for n in binned["count"]]
    return binned.assign(id=[f"cell-{i}" for i in range(len(binned))], name_zh=names,
                         name_en=names, district="", approximate=True, precision="",
                         uncertainty_m=np.nan)  # fmt: skip


def _geojson(gdf: gpd.GeoDataFrame, name: str, lang: str, popups: bool) -> folium.GeoJson:
    if (gdf.geom_type == "Point").sum() > AGGREGATE_ABOVE:
        gdf = pd.concat([gdf[gdf.geom_type != "Point"], aggregate_points(gdf)], ignore_index=True)
    frame = display_copy(gdf[gdf.geometry.notna()][list(MAP_COLUMNS)])
    # Leaflet puts tooltip text in as HTML, and folium embeds the JSON in a <script>: escape.
    for column in ("name_zh", "name_en", "district"):
        frame[column] = frame[column].fillna("").map(html.escape)
    frame["name_en"] = frame["name_en"].where(frame["name_en"] != "", frame["name_zh"])
    frame["kind_label"] = [labelled(style_of(k), lang) for k in frame["kind"]]
    tooltip = folium.GeoJsonTooltip(fields=["name_zh", "name_en"], labels=False, sticky=False)
    marker = folium.CircleMarker(radius=POINT_RADIUS, fill=True, fill_opacity=0.9, weight=1)
    layer = folium.GeoJson(
        frame.drop(columns=["precision", "uncertainty_m"]).to_json(), name=name, style_function=_style, highlight_function=_highlight,
        tooltip=tooltip, marker=marker, zoom_on_click=False,
        popup=folium.GeoJsonPopup(fields=["name_zh", "name_en", "kind_label", "district"],
                                  labels=False) if popups else None,
    )  # fmt: skip
    _uncertainty_circles(frame).add_to(layer)
    return layer


def _uncertainty_circles(frame: gpd.GeoDataFrame) -> folium.FeatureGroup:
    """A hollow dashed circle of ``uncertainty_m`` around every approximate point placement."""
    group = folium.FeatureGroup(control=False)
    for row in frame[frame.geom_type == "Point"].itertuples():
        if is_approximate_point(row.precision, row.uncertainty_m):
            circle = folium.Circle((row.geometry.y, row.geometry.x), radius=float(row.uncertainty_m),
                                   color=style_of(row.kind)["colour"], weight=1.5, fill=False,
                                   dash_array=STYLE["uncertainty_dash"])  # fmt: skip
            circle.options["interactive"] = False  # folium drops the keyword; clicks reach the zones
            circle.add_to(group)
    return group


def _context(m: folium.Map) -> None:
    """Every Wuhan district as a faint outline: the map reads without tiles."""
    districts = admin.districts_of(admin.WUHAN_CODE)
    frame = display_copy(gpd.GeoDataFrame(
        {"name": [d.name for d in districts]},
        geometry=[admin.district_shape(d.code) for d in districts], crs=4326,
    ))  # fmt: skip
    folium.GeoJson(
        frame.to_json(), name="武汉行政区划 Wuhan districts", control=False,
        style_function=lambda _: {"color": "#9a9a9a", "weight": 1, "fillOpacity": 0},
        interactive=False,
    ).add_to(m)  # fmt: skip


def _water(m: folium.Map, gcj02: bool = False) -> None:
    """The Yangtze, the Han and the lakes (``layers.water``) under everything: with no tiles
    (``basemap="none"``, or offline) the map still shows where the water is."""
    from layers.water import WATER_FILL, WATER_LINE, water_areas

    water = display_copy(water_areas(4326)[["kind", "name_zh", "geometry"]])
    if gcj02:
        water = shift_to_gcj02(water)

    def style(feature: dict) -> dict:
        if feature["geometry"]["type"].endswith("LineString"):
            return {"color": WATER_LINE, "weight": 1.2, "fill": False, "className": "wim-water"}
        return {"stroke": False, "fillColor": WATER_FILL, "fillOpacity": 1, "className": "wim-water"}

    folium.GeoJson(water.to_json(), name="水系 Water", control=False, style_function=style,
                   interactive=False).add_to(m)  # fmt: skip


def legend_html(kinds: Sequence[str], lang: str = "zh") -> str:
    """A small legend box; every text is escaped."""
    rows = "".join(
        f'<div><span style="display:inline-block;width:12px;height:12px;margin-right:6px;'
        f'background:{STYLES[k]["fill"]};border:1px solid {STYLES[k]["colour"]}"></span>'
        f"{html.escape(labelled(STYLES[k], lang))}</div>"
        for k in kinds if k in STYLES
    )  # fmt: skip
    note = text("legend_dashed", lang)
    return (
        '<div class="wim-legend" style="position:absolute;bottom:24px;left:10px;z-index:1000;'
        'background:white;padding:6px 8px;border:1px solid #999;font:12px sans-serif">'
        f"{rows}<div style='color:#555'>{html.escape(note)}</div></div>"
    )


def make_map(layers: Mapping[str, gpd.GeoDataFrame], basemap: str = "osm", lang: str = "zh",
             names: Sequence[str] | None = None,
             assets: Mapping[str, Sequence[tuple[str, str]]] | None = None,
             popups: bool = True, prefer_canvas: bool | None = None) -> folium.Map:  # fmt: skip
    """A ``folium.Map`` of ``names`` (default: every drawn layer) on ``basemap``.

    ``popups=False`` leaves the details to a panel beside the map (the app's case): a
    popup would cover the map and cost render time on every rerun. ``prefer_canvas``
    (default: on above ``CANVAS_ABOVE`` features) draws on one canvas instead of an SVG
    element per feature; bench/bench_layers.py measures why.

    ``assets`` may replace folium's CDN links: ``{"js": [(name, url)], "css": [...]}``,
    as the Streamlit app does to serve Leaflet from an installed package.
    """
    if basemap not in BASEMAPS:
        raise ValueError(f"unknown basemap {basemap!r}; choose one of {', '.join(BASEMAPS)}")
    if prefer_canvas is None:
        prefer_canvas = sum(len(layers[n]) for n in names or DRAWN_LAYERS if n in layers) > CANVAS_ABOVE
    m = folium.Map(location=(WUHAN_CENTRE["lat"], WUHAN_CENTRE["lon"]), zoom_start=10, tiles=None, control_scale=True,
                   prefer_canvas=prefer_canvas)
    if assets is not None:
        m.default_js, m.default_css = list(assets["js"]), list(assets["css"])
    _tiles(m, basemap)
    _water(m, BASEMAPS[basemap][2] == "GCJ-02")
    _context(m)
    kinds = []
    for name in names or DRAWN_LAYERS:
        gdf = layers.get(name)
        if gdf is None or not len(gdf) or gdf.geometry.notna().sum() == 0:
            continue
        if BASEMAPS[basemap][2] == "GCJ-02":
            gdf = shift_to_gcj02(gdf)
        label = layer_label(name, lang)
        _geojson(gdf, label, lang, popups).add_to(m)
        kinds.extend(k for k in gdf["kind"] if k not in kinds)
    folium.LayerControl(collapsed=True).add_to(m)  # folded: the map is seen first
    m.get_root().html.add_child(Element(legend_html(kinds, lang)))
    return m
