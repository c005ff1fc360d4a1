"""The folium map's thresholds, at their edges: fitted zoom, simplification, canvas and binning.

The expected zooms come from the Bing Maps Tile System's ground resolution,
cos(lat) * 2π * 6378137 / (256 * 2^zoom) = 8.23 m per pixel at zoom 14 and latitude 30.5°,
worked out by hand for a 560 × 620 map whose content may fill 80% of each side.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Polygon

from layers.webmap import display_copy, make_map, zoom_to_fit


@pytest.mark.parametrize(("bounds", "zoom"), [
    ((114.0, 30.5, 114.0417, 30.5001), 13),  # 4 km wide: 486 px at zoom 14, over 448
    ((114.0, 30.5, 114.1043, 30.5001), 12),  # 10 km wide: 607 px at 13, 304 at 12
    ((114.0, 30.5, 114.0678, 30.5001), 13),  # 6.5 km wide: 395 px at 13
    ((114.0, 30.5, 114.0001, 30.5362), 14),  # 4 km tall: 486 px at 14, under 496
    ((114.0, 30.5, 114.0001, 30.5452), 13),  # 5 km tall: 607 px at 14
    ((113.7, 30.0, 115.8, 31.4), 10),  # the whole city and more: the widest zoom offered
])  # fmt: skip
def test_the_fitted_zoom_is_the_closest_at_which_the_bounds_fill_four_fifths_of_the_map(bounds, zoom):
    assert zoom_to_fit(bounds) == zoom


def test_a_wider_map_fits_the_same_bounds_one_zoom_closer():
    assert zoom_to_fit((114.0, 30.5, 114.1043, 30.5001), width_px=1200) == 13


def _square_with_a_kink(kink_deg: float) -> gpd.GeoDataFrame:
    """A 0.01° square whose top edge has one vertex pushed up by ``kink_deg``."""
    shape = Polygon([(114.0, 30.5), (114.01, 30.5), (114.01, 30.51), (114.005, 30.51 + kink_deg),
                     (114.0, 30.51)])  # fmt: skip
    return gpd.GeoDataFrame(geometry=[shape], crs=4326)


def test_display_drops_a_kink_of_20_metres_and_keeps_one_of_100():
    assert len(display_copy(_square_with_a_kink(0.0002)).geometry.iloc[0].exterior.coords) == 5
    assert len(display_copy(_square_with_a_kink(0.001)).geometry.iloc[0].exterior.coords) == 6


def _firms(count: int) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(7)
    return gpd.GeoDataFrame(
        {"kind": ["firm"] * count, "layer": ["firms"] * count, "id": [f"f{i}" for i in range(count)],
         "name_zh": ["某"] * count, "name_en": [""] * count, "district": [""] * count,
         "approximate": [False] * count, "precision": ["site"] * count, "uncertainty_m": [300.0] * count},
        geometry=gpd.points_from_xy(rng.uniform(114.1, 114.6, count), rng.uniform(30.4, 30.7, count)),
        crs=4326,
    )  # fmt: skip


@pytest.mark.parametrize(("count", "canvas_and_cells"), [(2000, False), (2001, True)])
def test_above_2000_points_a_layer_is_drawn_on_a_canvas_in_cells(count, canvas_and_cells):
    html = make_map({"firms": _firms(count)}, basemap="none").get_root().render()
    assert ('"preferCanvas": true' in html) is canvas_and_cells
    assert ("\\u5904 places" in html or "处 places" in html) is canvas_and_cells


def _feature(kind: str, layer: str, approximate: bool) -> dict:
    return {"properties": {"kind": kind, "layer": layer, "approximate": approximate}}


def test_an_approximate_shape_is_dashed_and_a_placed_one_is_solid():
    from layers.webmap import _style

    assert _style(_feature("belt", "zones", True))["dashArray"] == "5 4"
    assert _style(_feature("university", "institutions", False))["dashArray"] is None


def test_a_district_is_a_thin_faint_boundary_and_a_zone_a_fuller_shape():
    from layers.webmap import _style

    district, zone = _style(_feature("district", "districts", False)), _style(_feature("belt", "zones", False))
    assert (district["weight"], district["fillOpacity"]) == (1, 0.04)  # layers/catalogue.json
    assert (zone["weight"], zone["fillOpacity"]) == (2, 0.25)
    assert zone["color"].startswith("#") and zone["fillColor"].startswith("#")


def test_hover_thickens_a_shape_in_its_own_colour():
    from layers.webmap import _highlight

    assert _highlight({}) == {"weight": 3, "fillOpacity": 0.45}


def test_shapes_of_different_kinds_have_different_colours():
    from layers.webmap import _style

    assert _style(_feature("belt", "zones", False))["color"] != _style(_feature("district", "districts", False))["color"]


def test_binned_cells_keep_the_kind_of_their_points():
    from layers.webmap import aggregate_points

    assert set(aggregate_points(_firms(50))["kind"]) == {"firm"}


def test_a_tiled_basemap_draws_its_tiles_up_to_zoom_18(article):
    from layers.build import build_layers

    html = make_map(build_layers(article), basemap="osm").get_root().render()
    assert "tile.openstreetmap.org/{z}/{x}/{y}.png" in html and '"maxZoom": 18' in html



def test_a_layer_of_one_place_is_drawn_with_its_names_on_hover(article):
    """One feature is a layer too (not skipped as empty), and its tooltip reads both names."""
    from layers.build import build_layers

    one = build_layers(article)["firms"][lambda f: f["id"] == "dongfeng"]
    page = make_map({"firms": one}, basemap="osm").get_root().render()
    assert '"id": "dongfeng"' in page and '"name_zh": "\\u4e1c\\u98ce"' in page  # 东风
    tooltip = page[page.index(".bindTooltip("):]
    assert 'let fields = ["name_zh", "name_en"];' in tooltip[:600]


def test_a_place_without_an_english_name_or_district_hovers_with_its_chinese_name():
    """A missing English name falls back to the Chinese one; a missing district stays blank."""
    place = _firms(1).assign(name_zh="某公司", name_en=[None], district=[None])
    page = make_map({"firms": place}, basemap="none").get_root().render()
    assert '"name_en": "\\u67d0\\u516c\\u53f8"' in page  # 某公司
    assert '"district": ""' in page
