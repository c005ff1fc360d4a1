"""What the client-side map reads: drawn layers as GeoJSON, panels, search rows, styles, strings.

One payload for both front ends: the standalone page embeds it, the app's map
component receives it as ``data``. ``assets/wim.js`` draws it. Geometries are
display copies (simplified, rounded, shifted to GCJ-02 for Gaode tiles); the
data and the exports stay WGS-84 with every vertex.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Sequence
from functools import cache

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import mapping
from shapely.ops import polylabel

from geo import admin
from geo.article import Article
from layers.catalogue import (
    DEFAULT_STYLE,
    DRAWN_LAYERS,
    LAYER_INFO,
    STYLE,
    STYLES,
    WUHAN_BOUNDS,
    WUHAN_CENTRE,
    WUHAN_ZOOM,
    basemaps,
    is_approximate_point,
    labelled,
    layer_label,
    ui_strings,
)
from layers.panel import features_of, is_drawn, name_in, panels, search_entries

COORDINATE_DIGITS = 6  # about 0.1 m: finer digits only add bytes
DISPLAY_TOLERANCE_DEG = 0.0003  # about 30 m: boundaries stay light; exports keep every vertex
CONTEXT_TOLERANCE_DEG = 0.001  # about 100 m: the faint outlines behind everything


def display_geometry(geom, gcj02: bool = False, tolerance: float = DISPLAY_TOLERANCE_DEG) -> dict | None:
    """A GeoJSON geometry for the page: simplified, rounded, counter-clockwise, maybe GCJ-02."""
    if geom is None or geom.is_empty:
        return None
    geom = geom.simplify(tolerance, preserve_topology=True)
    if gcj02:
        from layers.webmap import shift_to_gcj02

        geom = shift_to_gcj02(gpd.GeoDataFrame(geometry=[geom], crs=4326)).geometry.iloc[0]
    rounded = shapely.transform(geom, lambda xy: np.round(xy, COORDINATE_DIGITS))
    return mapping(shapely.orient_polygons(rounded))  # RFC 7946: exterior rings counter-clockwise


def label_point(geom, gcj02: bool = False) -> list[float] | None:
    """Where a zone's name is drawn: a point inside the shape ([lon, lat]), not its centroid,
    which a bent belt or a two-part zone can leave outside; None for points (named beside).
    """
    if geom is None or geom.is_empty or geom.geom_type.endswith("Point"):
        return None
    largest = max(getattr(geom, "geoms", [geom]), key=lambda part: part.area)
    inside = polylabel(largest, 1e-4) if largest.geom_type == "Polygon" else largest.representative_point()
    if gcj02:
        from layers.webmap import shift_to_gcj02

        inside = shift_to_gcj02(gpd.GeoDataFrame(geometry=[inside], crs=4326)).geometry.iloc[0]
    return [round(inside.x, COORDINATE_DIGITS), round(inside.y, COORDINATE_DIGITS)]


def _feature(record, gcj02: bool, lang: str = "zh") -> dict:
    circle = record.uncertainty_m if is_approximate_point(record.precision, record.uncertainty_m) else None
    properties = {"id": record.id, "kind": record.kind, "label": name_in(lang, record.name_zh, record.name_en),
                  "approximate": record.approximate, "uncertainty_m": circle,
                  "label_at": label_point(record.geometry, gcj02)}  # fmt: skip
    return {"type": "Feature", "id": record.id, "geometry": display_geometry(record.geometry, gcj02),
            "properties": properties}  # fmt: skip


def _layers(records, names: Sequence[str], lang: str, gcj02: bool) -> list[dict]:
    out = []
    for name in (n for n in DRAWN_LAYERS if n in names):
        features = [_feature(r, gcj02, lang) for r in records.values()
                    if r.layer == name and r.geometry is not None and not r.geometry.is_empty]  # fmt: skip
        if features:
            info = LAYER_INFO[name]
            out.append({"name": name, "label": layer_label(name, lang), "pane": info["pane"],
                        "features": {"type": "FeatureCollection", "features": features}})  # fmt: skip
    return out


@cache
def _context(gcj02: bool) -> dict:
    """Every Wuhan district as a faint outline: the map reads without tiles."""
    features = [{"type": "Feature", "properties": {}, "geometry":
                 display_geometry(admin.district_shape(d.code), gcj02, CONTEXT_TOLERANCE_DEG)}
                for d in admin.districts_of(admin.WUHAN_CODE)]  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


@cache
def _water(gcj02: bool) -> dict:
    """Rivers and lakes (``layers.water``) drawn under everything, so the map reads with no
    tiles: the Yangtze, the Han, East Lake, Tangxun Lake... Display copies, like the districts."""
    from layers.water import water_areas

    water = water_areas(4326)
    features = [{"type": "Feature", "properties": {"kind": kind, "name": name},
                 "geometry": display_geometry(geom, gcj02, CONTEXT_TOLERANCE_DEG)}
                for kind, name, geom in zip(water["kind"], water["name_zh"], water.geometry, strict=True)]  # fmt: skip
    return {"type": "FeatureCollection", "features": [f for f in features if f["geometry"]]}


def water_colours() -> dict[str, str]:
    from layers.water import WATER_FILL, WATER_LINE

    return {"fill": WATER_FILL, "line": WATER_LINE}


def summary(records: dict, unresolved_names: Sequence[str] = ()) -> dict[str, list]:
    """What happened to the article's places, for the line above the map: ids placed exactly,
    placed approximately, not placed and outside Wuhan (``beyond``); ``unresolved_names`` (candidates with no
    record) join the unresolved list as plain names.
    """
    groups: dict[str, list] = {"placed": [], "approximate": [], "unresolved": [], "beyond": []}
    for record in records.values():
        role = LAYER_INFO[record.layer]["role"]
        if role == "beyond":
            groups["beyond"].append(record.id)
        elif role == "unlocated" or not is_drawn(record):
            groups["unresolved"].append(record.id)
        elif role != "boundaries":
            rough = record.approximate or is_approximate_point(record.precision, record.uncertainty_m)
            groups["approximate" if rough else "placed"].append(record.id)  # as the map draws it
    groups["unresolved"] += [name for name in unresolved_names if name not in records]
    return groups


def _basemap(key: str) -> dict | None:
    label, provider, datum = basemaps()[key]
    if provider is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # CartoDB's "API key" notice; tiles still serve
        url = provider.build_url()
    return {"url": url, "attribution": provider.html_attribution, "max_zoom": 18, "datum": datum}


def _legend(drawn: list[dict], lang: str) -> list[dict]:
    kinds = []
    for layer in drawn:
        kinds += [f["properties"]["kind"] for f in layer["features"]["features"]]
    ordered = [k for k in STYLES if k in kinds] + sorted({k for k in kinds if k not in STYLES})
    layer_of = {}
    for layer in drawn:
        for f in layer["features"]["features"]:
            layer_of.setdefault(f["properties"]["kind"], layer["name"])
    return [{"kind": k, "label": labelled(STYLES.get(k, DEFAULT_STYLE), lang), "layer": layer_of[k],
             "colour": STYLES.get(k, DEFAULT_STYLE)["colour"], "fill": STYLES.get(k, DEFAULT_STYLE)["fill"],
             "boundary": k in STYLES and LAYER_INFO[STYLES[k]["layer"]]["role"] == "boundaries"}
            for k in ordered]  # fmt: skip


def client_data(layers: dict[str, gpd.GeoDataFrame], article: Article, lang: str = "zh",
                basemap: str = "osm", names: Sequence[str] | None = None,
                unresolved_names: Sequence[str] = ()) -> dict:  # fmt: skip
    """Everything ``wim.js`` reads, for ``names`` (default: every drawn layer) on ``basemap``;
    ``unresolved_names`` are names found in the text with no record (the summary lists them)."""
    records = features_of(layers)
    gcj02 = basemaps()[basemap][2] == "GCJ-02"
    drawn = _layers(records, DRAWN_LAYERS if names is None else names, lang, gcj02)
    return {
        "layers": drawn,
        "context": _context(gcj02),
        "water": _water(gcj02),
        "water_colours": water_colours(),
        "summary": summary(records, unresolved_names),
        "panels": panels(records, article, lang),
        "search": search_entries(records, lang),
        "legend": _legend(drawn, lang),
        "default_style": dict(DEFAULT_STYLE),
        "style": dict(STYLE),
        "ui": ui_strings(lang),
        "lang": lang,
        "article": article.meta.as_dict(),
        "centre": dict(WUHAN_CENTRE),
        "zoom": WUHAN_ZOOM,
        "bounds": list(WUHAN_BOUNDS),
        "basemap": _basemap(basemap),
        "gcj02": gcj02,
    }


def version_of(value) -> str:
    """A short content hash: the component rebuilds its map only when this changes."""
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def encode_map(data: dict) -> bytes:
    """A view's map data as compact UTF-8 JSON: encoded once per view (the app caches it)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def component_bytes(state: dict, map_json: bytes) -> bytes:
    """The app component's data for one run, as UTF-8 JSON bytes: this run's ``state`` and,
    under ``"map"``, the view's map encoded once by ``encode_map``.

    Streamlit sends bytes as they are and hashes them for the element's identity. A dict was
    JSON-encoded twice on every run (once to hash it), with each Chinese character as a
    six-byte escape: 0.08 s of Python and 411 KB per run for the seed (bench/bench_app.py).
    The page's component.js decodes the bytes.
    """
    if "map" in state:
        raise ValueError(f"component state must not hold its own 'map': {sorted(state)}")
    head = json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode()
    return head[:-1] + (b',"map":' if state else b'"map":') + map_json + b"}"


def component_assets() -> tuple[str, str]:
    """The app component's (js, css): the shared view, its start-up module, Leaflet's CSS."""
    from layers.standalone import _asset, leaflet_css_inline

    js = "\n".join(_asset(name) for name in ("wim.js", "link.js", "pins.js", "component.js"))
    css = leaflet_css_inline() + "\n" + _asset("wim.css") + "\n" + _asset("app.css")
    return js, css


def share_assets() -> tuple[str, str]:
    """The app's share box component (js, css): a copy-link button, the link and the embed code."""
    from layers.standalone import _asset

    js = "\n".join(_asset(name) for name in ("wim.js", "link.js", "share_component.js"))
    return js, _asset("wim.css")
