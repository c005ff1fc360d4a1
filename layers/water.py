"""Wuhan's rivers and lakes, offline: the context a map needs when no tiles load.

``seeds/water.geojson`` is GSHHG (lakes, and the Yangtze below the Han mouth as a
polygon) and WDBII (rivers as centre lines), clipped to the city once by
``seeds/build/water/clip_water.py``. It is read once per process, through
``importlib.resources``, never at import.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import geopandas as gpd

from layers.build import METRIC_CRS

# A centre line drawn as water of this width, in metres; not a measurement. The Yangtze is
# about 1.1 km wide at 武汉长江大桥 (the bridge is 1670 m long with its approaches).
RIVER_WIDTH_M = {"长江": 1000, "汉江": 300}
WATER_FILL, WATER_LINE, WATER_LABEL = "#c6dff2", "#8dbde3", "#3f7cab"


@cache
def _water() -> gpd.GeoDataFrame:
    with (files("seeds") / "water.geojson").open("rb") as f:
        frame = gpd.read_file(f)
    return frame.set_crs(4326, allow_override=True)


def load_water() -> gpd.GeoDataFrame:
    """Lakes (polygons) and rivers (polygons and centre lines), EPSG:4326.

    Columns: kind (river or lake), name_zh and name_en ("" when unnamed),
    source, licence, geometry. A copy: callers may change it.

    >>> water = load_water()
    >>> sorted(set(water.loc[water.name_zh != "", "name_en"]))
    ['East Lake', 'Han River', 'Tangxun Lake', 'Yangtze River']
    """
    return _water().copy()


def water_areas(crs=METRIC_CRS) -> gpd.GeoDataFrame:
    """The water as a renderer fills it, in ``crs``: a named river's centre line widened to
    ``RIVER_WIDTH_M``; lakes and river polygons as they are; unnamed lines stay lines.
    """
    water = load_water().to_crs(METRIC_CRS)
    widths = water["name_zh"].map(RIVER_WIDTH_M)
    lines = water.geom_type.eq("LineString") & widths.notna()
    water.loc[lines, "geometry"] = water.geometry[lines].buffer(widths[lines] / 2)
    return water.to_crs(crs)
