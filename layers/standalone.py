"""One self-contained HTML file: the map, its legend, search and a side panel, with no server.

The page is plain JavaScript over Leaflet. Features travel as RFC 7946 GeoJSON
in a ``<script type="application/json">`` block, with only the article
paragraphs their passages quote. With ``offline=True`` Leaflet itself is inlined
from the ``django-js-lib-leaflet`` package, so the file opens without network
(cdn.jsdelivr.net and unpkg are blocked for many readers in mainland China).

>>> print(iframe_snippet("maps/wuhan.html?a=1&b=2", height=480))
<iframe src="maps/wuhan.html?a=1&amp;b=2" width="100%" height="480" style="border:0" loading="lazy" title="Wuhan Innovation Map"></iframe>
"""

from __future__ import annotations

import base64
import html
import json
import re
from importlib.resources import files
from string import Template

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import mapping

from geo.article import Article
from geo.gazetteer import load_gazetteer
from layers.styles import (
    DEFAULT_STYLE,
    DISTRICT_FILL_OPACITY,
    LAYER_LABELS,
    POINT_RADIUS,
    SELECTED_COLOUR,
    STYLES,
    ZONE_FILL_OPACITY,
)
from layers.vendor import leaflet_dir

DEFAULT_TITLE = "武汉创新地图 · Wuhan Innovation Map"
IFRAME_TITLE = "Wuhan Innovation Map"
# Search lists zones first; panes, not this order, keep districts under zones and points on top.
LAYER_ORDER = ("zones", "functional_areas", "institutions", "firms", "sites", "districts",
               "outside", "unplaced")  # fmt: skip
LIST_ONLY = frozenset({"outside", "unplaced"})
COORDINATE_DIGITS = 6  # about 0.1 m: finer digits only add bytes
WUHAN_CENTRE = {"lat": 30.5928, "lon": 114.3055}
WUHAN_ZOOM = 11
OSM_TILES = {
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    "max_zoom": 19,
}
LEAFLET_CDN = "https://unpkg.com/leaflet@1.9.4/dist"
# Subresource integrity of Leaflet 1.9.4 as published; equal to the packaged files' sha256.
LEAFLET_SRI = {
    "leaflet.css": "sha256-p4NxAoJBhIIN+hmNHrzRCf9tD/miZyoHS5obTRR9BMY=",
    "leaflet.js": "sha256-20nQCchB9co0qIjJZRGuk2/Z9VM+kNiyxNV1lvTlZBo=",
}
_JSON_IN_HTML = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})
_CSS_IMAGE = re.compile(r"url\((images/[\w.-]+\.png)\)")


def script_json(value) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&``.

    >>> script_json({"text": "</script><b>&"})
    '{"text": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    return json.dumps(value, ensure_ascii=False).translate(_JSON_IN_HTML)


def _geometry(geom) -> dict | None:
    if geom is None or geom.is_empty:
        return None
    rounded = shapely.transform(geom, lambda xy: np.round(xy, COORDINATE_DIGITS))
    return mapping(shapely.orient_polygons(rounded))  # RFC 7946: exterior rings counter-clockwise


def _members(text: str) -> list[dict]:
    places = load_gazetteer().places
    members = []
    for member_id in filter(None, text.split(",")):
        place = places.get(member_id)
        members.append({"id": member_id, "name_zh": place.name_zh if place else member_id,
                        "name_en": place.name_en if place else ""})  # fmt: skip
    return members


def _feature(row: dict, drawn: bool) -> dict:
    properties = {
        key: row[key] for key in ("id", "name_zh", "name_en", "kind", "layer", "district",
                                  "district_code", "how_drawn", "precision", "source")
    }  # fmt: skip
    properties.update(
        approximate=bool(row["approximate"]), figures=json.loads(row["figures"] or "[]"),
        passages=json.loads(row["passages"] or "[]"), members=_members(row["members"] or ""),
    )  # fmt: skip
    geometry = _geometry(row["geometry"]) if drawn else None
    return {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": properties}


def _layer(name: str, gdf: gpd.GeoDataFrame) -> dict:
    if len(gdf) and gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    drawn = name not in LIST_ONLY
    rows = gdf.to_dict("records")
    label_zh, label_en = LAYER_LABELS.get(name, (name, name))
    return {"name": name, "label_zh": label_zh, "label_en": label_en, "drawn": drawn,
            "features": {"type": "FeatureCollection",
                         "features": [_feature(row, drawn) for row in rows]}}  # fmt: skip


def _paragraphs(layer_data: list[dict], article: Article) -> dict[str, dict]:
    """Only the paragraphs some passage quotes, keyed by index (a figure's sentence is in them)."""
    needed = set()
    for layer in layer_data:
        for feature in layer["features"]["features"]:
            needed.update(p["paragraph"] for p in feature["properties"]["passages"])
    return {
        str(i): {"start": article.paragraphs[i].start, "text": article.paragraphs[i].text,
                 "heading": article.paragraphs[i].heading}
        for i in sorted(needed)
    }  # fmt: skip


def standalone_data(layers: dict[str, gpd.GeoDataFrame], article: Article) -> dict:
    """Everything the page's script reads: layers as GeoJSON, paragraphs, styles, basemap."""
    names = [n for n in LAYER_ORDER if n in layers] + [n for n in layers if n not in LAYER_ORDER]
    layer_data = [_layer(name, layers[name]) for name in names if len(layers[name])]
    return {
        "layers": layer_data,
        "paragraphs": _paragraphs(layer_data, article),
        "styles": {kind: dict(style) for kind, style in STYLES.items()},
        "default_style": dict(DEFAULT_STYLE),
        "selected_colour": SELECTED_COLOUR,
        "point_radius": POINT_RADIUS,
        "zone_fill_opacity": ZONE_FILL_OPACITY,
        "district_fill_opacity": DISTRICT_FILL_OPACITY,
        "centre": WUHAN_CENTRE,
        "zoom": WUHAN_ZOOM,
        "basemap": OSM_TILES,
    }


def _asset(name: str) -> str:
    return files("layers").joinpath("assets", name).read_text("utf-8")


def _inline_script(source: str) -> str:
    if "</script" in source.lower():
        raise ValueError("a script to inline contains '</script' and would end its element early")
    return f"<script>\n{source}\n</script>"


def _leaflet_inline() -> tuple[str, str]:
    """Leaflet's CSS (its control images as data URIs) and script, from the PyPI package."""
    folder = leaflet_dir()

    def data_uri(match: re.Match) -> str:
        image = base64.b64encode(folder.joinpath(match.group(1)).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{image})"

    css = _CSS_IMAGE.sub(data_uri, folder.joinpath("leaflet.css").read_text("utf-8"))
    return f"<style>\n{css}\n</style>", _inline_script(
        folder.joinpath("leaflet.js").read_text("utf-8")
    )


def _leaflet_linked() -> tuple[str, str]:
    css, js = (f"{LEAFLET_CDN}/{name}" for name in ("leaflet.css", "leaflet.js"))
    return (
        f'<link rel="stylesheet" href="{css}" integrity="{LEAFLET_SRI["leaflet.css"]}" crossorigin="">',
        f'<script src="{js}" integrity="{LEAFLET_SRI["leaflet.js"]}" crossorigin=""></script>',
    )


def render_standalone(layers: dict[str, gpd.GeoDataFrame], article: Article,
                      offline: bool = False, title: str | None = None) -> str:  # fmt: skip
    """One HTML document that shows ``layers`` with a legend, search and an information panel.

    Parameters
    ----------
    layers : the output of ``layers.build.build_layers`` (EPSG:4326; others are reprojected).
    article : the article the layers were built from; its quoted paragraphs are embedded.
    offline : inline Leaflet instead of linking it from unpkg; the file then needs no network
        except for the OpenStreetMap tiles, without which features draw on a plain background.
    title : the page title; ``DEFAULT_TITLE`` when None.
    """
    leaflet_css, leaflet_js = _leaflet_inline() if offline else _leaflet_linked()
    return Template(_asset("standalone.html")).substitute(
        title=html.escape(title or DEFAULT_TITLE),
        leaflet_css=leaflet_css,
        app_css=_asset("standalone.css"),
        data=script_json(standalone_data(layers, article)),
        leaflet_js=leaflet_js,
        app_js=_inline_script(_asset("standalone.js")),
    )


def iframe_snippet(path_or_url: str, height: int = 600) -> str:
    """An ``<iframe>`` that embeds a page written by ``render_standalone``."""
    return (
        f'<iframe src="{html.escape(path_or_url)}" width="100%" height="{int(height)}" '
        f'style="border:0" loading="lazy" title="{IFRAME_TITLE}"></iframe>'
    )
