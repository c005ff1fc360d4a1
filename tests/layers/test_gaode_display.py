"""A Gaode map draws every feature in GCJ-02, checked on the rendered HTML against published values.

Two places of the seed were read from GCJ-02 sources (their pair is printed in gazetteer.csv's
``source``): on Gaode tiles they must be drawn exactly there, and about 600 m east and a little
south of where an OpenStreetMap (WGS-84) map draws them.
"""

from __future__ import annotations

import json
import math
import re

import pytest

from layers.build import build_layers
from layers.webmap import make_map

# id -> (lon, lat) as printed by the GCJ-02 source (seeds/gazetteer.csv, column source)
GCJ02_SOURCES = {
    "fiberhome_valley": (114.402632, 30.523748),  # WeChat store API entry, offset_type=1
    "guangbutun": (114.3623233, 30.5236706),  # bus line 703 stop list
}
_ADD = re.compile(r"geo_json_\w+_add\(")


def metres(a, b) -> tuple[float, float]:
    """(east, north) metres from ``a`` to ``b``, both (lon, lat)."""
    north = math.radians(b[1] - a[1]) * 6_371_000
    east = math.radians(b[0] - a[0]) * 6_371_000 * math.cos(math.radians(a[1]))
    return east, north


def drawn_points(html: str) -> dict[str, tuple[float, float]]:
    """id -> (lon, lat) of every point feature in the GeoJSON that the page hands to Leaflet."""
    decoder, points = json.JSONDecoder(), {}
    for match in _ADD.finditer(html):
        data, _ = decoder.raw_decode(html, match.end())
        for feature in data.get("features", []):
            if feature["geometry"] and feature["geometry"]["type"] == "Point":
                points[feature["properties"].get("id")] = tuple(feature["geometry"]["coordinates"])
    return points


@pytest.fixture(scope="module")
def rendered(article):
    layers = build_layers(article)
    return {basemap: drawn_points(make_map(layers, basemap=basemap).get_root().render())
            for basemap in ("gaode", "osm")}  # fmt: skip


@pytest.mark.parametrize("place", sorted(GCJ02_SOURCES))
def test_gaode_draws_a_gcj02_sourced_place_at_its_source_pair(rendered, place):
    east, north = metres(GCJ02_SOURCES[place], rendered["gaode"][place])
    assert math.hypot(east, north) < 1.0


@pytest.mark.parametrize("place", sorted(GCJ02_SOURCES))
def test_osm_draws_it_about_600_m_west_and_a_little_north(rendered, place):
    east, north = metres(rendered["osm"][place], rendered["gaode"][place])
    assert 550 < math.hypot(east, north) < 620
    assert east > 500 and -300 < north < 0  # the sign of the published pair at 30.6 N


def test_every_point_is_shifted_on_gaode_and_only_there(rendered):
    assert rendered["gaode"].keys() == rendered["osm"].keys()
    for place, wgs in rendered["osm"].items():
        assert 500 < math.hypot(*metres(wgs, rendered["gaode"][place])) < 650, place


def first_vertex_of(html: str, kind: str, name: str) -> tuple[float, float]:
    """The first vertex of the named water body in the GeoJSON the page hands to Leaflet."""
    decoder = json.JSONDecoder()
    for match in _ADD.finditer(html):
        data, _ = decoder.raw_decode(html, match.end())
        for feature in data.get("features", []):
            props = feature["properties"]
            if props.get("kind") == kind and props.get("name_zh") == name:
                ring = feature["geometry"]["coordinates"]
                while isinstance(ring[0][0], list):
                    ring = ring[0]
                return tuple(ring[0])
    raise AssertionError(f"no {kind} {name} on the page")


def test_the_water_is_shifted_on_gaode_with_the_places(article):
    """The Yangtze under the features must move with them: 600 m off, it ran through the bund."""
    layers = build_layers(article)
    pages = {b: make_map(layers, basemap=b).get_root().render() for b in ("gaode", "osm")}
    east, north = metres(
        first_vertex_of(pages["osm"], "river", "长江"),
        first_vertex_of(pages["gaode"], "river", "长江"),
    )
    assert 500 < math.hypot(east, north) < 650 and east > 400
