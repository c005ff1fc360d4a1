"""The folium map: layers, legend, control, basemaps; Gaode display copy shifted to GCJ-02."""

from __future__ import annotations

import json

import folium
import pytest

from geo.datums import LonLat, to_gcj02
from layers.build import build_layers
from layers.vendor import local_assets
from layers.webmap import BASEMAPS, make_map, shift_to_gcj02


@pytest.fixture(scope="module")
def layers(article):
    return build_layers(article)


def test_map_has_every_drawn_layer_a_legend_and_a_control(layers):
    html = make_map(layers, basemap="none").get_root().render()
    for label in ("创新区域", "实验室与高校", "企业", "行政区"):
        assert json.dumps(label) in html  # layer names, as folium writes them
    assert "wim-legend" in html and "L.control.layers" in html
    assert "tile.openstreetmap" not in html


@pytest.mark.parametrize("basemap", list(BASEMAPS))
def test_every_basemap_renders(layers, basemap):
    assert isinstance(make_map(layers, basemap=basemap), folium.Map)


def test_english_labels(layers):
    html = make_map(layers, basemap="none", lang="en").get_root().render()
    assert "Innovation zones" in html and "Innovation belt" in html


def test_gaode_display_copy_is_shifted_to_gcj02_and_data_stays_wgs84(layers):
    firms = layers["firms"]
    shifted = shift_to_gcj02(firms)
    original = firms.geometry.iloc[0]
    expected = to_gcj02(LonLat(original.x, original.y))
    assert shifted.geometry.iloc[0].x == pytest.approx(expected.lon)
    assert shifted.geometry.iloc[0].y == pytest.approx(expected.lat)
    assert firms.geometry.iloc[0].equals(original)


def test_local_assets_replace_every_cdn_link(layers):
    html = make_map(layers, basemap="none", assets=local_assets()).get_root().render()
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html and "code.jquery" not in html
    assert "/app/static/vendor/leaflet/leaflet.js" in html


def test_unknown_basemap_is_named(layers):
    with pytest.raises(ValueError, match="unknown basemap 'bing'"):
        make_map(layers, basemap="bing")


def test_popups_can_be_left_to_a_panel(layers):
    assert "bindPopup" in make_map(layers, basemap="none").get_root().render()
    assert "bindPopup" not in make_map(layers, basemap="none", popups=False).get_root().render()


def test_large_point_layers_are_binned_for_display_and_keep_their_count():
    import geopandas as gpd
    import numpy as np

    from layers.webmap import aggregate_points

    rng = np.random.default_rng(1)
    points = gpd.GeoDataFrame(
        {"kind": ["firm"] * 5000, "layer": ["firms"] * 5000},
        geometry=gpd.points_from_xy(rng.uniform(114.1, 114.6, 5000), rng.uniform(30.4, 30.7, 5000)),
        crs=4326,
    )
    binned = aggregate_points(points)
    assert binned["count"].sum() == 5000
    assert 50 < len(binned) < 1000
    assert binned.crs.to_epsg() == 4326
    html = make_map({"firms": points.assign(id="x", name_zh="某", name_en="", district="",
                                            approximate=False)}, basemap="none").get_root().render()
    assert "处 places" in html or "\\u5904 places" in html


def test_names_are_escaped_in_the_map(layers):
    hostile = layers["firms"].assign(name_zh="<script>alert(1)</script>", name_en="</script><b>")
    html = make_map({"firms": hostile}, basemap="none").get_root().render()
    assert "<script>alert(1)</script>" not in html and "</script><b>" not in html
    assert "\\u0026lt;script\\u0026gt;alert(1)" in html  # &lt; as folium writes it in JSON


def test_zoom_to_fit_frames_a_corridor_wider_than_a_campus_belt():
    from layers.webmap import zoom_to_fit

    corridor, belt = zoom_to_fit((114.05, 30.33, 114.2, 30.53)), zoom_to_fit((114.39, 30.49, 114.43, 30.53))
    assert 10 <= corridor < belt <= 14
    assert zoom_to_fit((114.41, 30.51, 114.41, 30.51)) == 14  # a point: close, not infinitely


def test_an_approximate_point_is_drawn_with_a_dashed_circle_of_its_uncertainty(layers):
    m = make_map(layers, basemap="none", names=["institutions"])
    circles = [c for c in _children(m) if isinstance(c, folium.Circle)]
    radii = sorted(c.options["radius"] for c in circles)
    assert radii and radii[0] == 1000.0  # the universities' campus precision
    assert all(c.options["dashArray"] == "6 5" and c.options["fill"] is False
               and c.options["interactive"] is False for c in circles)  # fmt: skip


def _children(element):
    for child in element._children.values():
        yield child
        yield from _children(child)
