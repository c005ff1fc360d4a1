"""Water: GSHHG lakes and WDBII rivers clipped to Wuhan, checked against published points."""

from __future__ import annotations

import json
from importlib.resources import files

import geopandas as gpd
import pytest
from geojson_validator import validate_geometries, validate_structure
from shapely.geometry import Point

from layers.build import METRIC_CRS
from layers.water import RIVER_WIDTH_M, load_water, water_areas

WATER = files("seeds") / "water.geojson"
# Published points, as recorded in seeds/wuhan_places.csv and seeds/gazetteer.csv:
EAST_LAKE = (114.383333, 30.566667)  # 东湖, Wikidata Q845631
TANGXUN_LAKE = (114.339870, 30.433280)  # 汤逊湖, Wikidata Q11136307
YANGTZE_BRIDGE = (114.282787, 30.552201)  # 武汉长江大桥 mid-river, Wikidata Q8039097
SECOND_BRIDGE = (114.320165, 30.605152)  # 武汉长江二桥, Wikidata Q11124749
# Bridges over the Han, Wikidata: 江汉桥 Q11134644, 月湖桥 Q11091992, 知音桥 Q15935286,
# 古田桥 Q10913499, 长丰桥 Q130263571, 汉江湾桥 Q107295339, 汉水铁路桥 Q60995269.
HAN_BRIDGES = [(114.261667, 30.564722), (114.244167, 30.568333), (114.213333, 30.578056),
               (114.184900, 30.584300), (114.160781, 30.603520), (114.204444, 30.585278),
               (114.226704, 30.573919)]  # fmt: skip


def metres(lon: float, lat: float) -> Point:
    return gpd.GeoSeries([Point(lon, lat)], crs=4326).to_crs(METRIC_CRS).iloc[0]


def named(name_zh: str) -> gpd.GeoSeries:
    water = load_water()
    return water[water.name_zh == name_zh].geometry.to_crs(METRIC_CRS)


@pytest.fixture(scope="module")
def collection() -> dict:
    return json.loads(WATER.read_text(encoding="utf-8"))


def test_the_file_is_valid_rfc_7946_with_holes_only_where_islands_are(collection):
    assert validate_structure(collection) == {}
    result = validate_geometries(collection)
    assert result["invalid"] == {}
    assert set(result["problematic"]) <= {"holes"}  # 天兴洲 in the Yangtze, islands in lakes


def test_the_file_has_no_crs_member_and_every_feature_the_documented_properties(collection):
    assert "crs" not in collection
    for feature in collection["features"]:
        props = feature["properties"]
        assert set(props) == {"kind", "name_zh", "name_en", "source", "licence"}
        assert props["kind"] in {"river", "lake"}
        assert props["licence"].startswith("LGPL-3.0-or-later")


def test_the_file_stays_under_its_size_budget():
    assert len(WATER.read_bytes()) < 400_000


def test_load_water_is_wgs84_and_a_fresh_copy_each_time():
    water = load_water()
    assert water.crs.to_epsg() == 4326
    water.loc[:, "name_zh"] = "x"
    assert "东湖" in set(load_water().name_zh)


def test_the_names_are_the_ones_sourced_points_give():
    water = load_water()
    names = water[water.name_zh != ""].groupby("name_zh")["name_en"].first().to_dict()
    assert names == {"东湖": "East Lake", "汤逊湖": "Tangxun Lake", "长江": "Yangtze River",
                     "汉江": "Han River"}  # fmt: skip


def test_the_east_lake_polygon_holds_the_east_lake_point():
    (lake,) = named("东湖")
    assert lake.contains(metres(*EAST_LAKE))


def test_the_tangxun_lake_polygon_holds_its_point():
    (lake,) = named("汤逊湖")
    assert lake.contains(metres(*TANGXUN_LAKE))


def test_the_yangtze_passes_within_300_m_of_the_wuhan_yangtze_river_bridge():
    assert named("长江").distance(metres(*YANGTZE_BRIDGE)).min() <= 300


def test_the_yangtze_below_the_han_mouth_is_a_polygon_under_the_second_bridge():
    yangtze = named("长江")
    polygon = yangtze[yangtze.geom_type == "Polygon"]
    assert len(polygon) == 1 and polygon.iloc[0].contains(metres(*SECOND_BRIDGE))


def test_the_han_centre_line_passes_within_700_m_of_each_of_its_bridges():
    # WDBII generalises: the line strays up to ~680 m (长丰桥) from a river ~300 m wide.
    han = named("汉江").union_all()
    assert max(han.distance(metres(*bridge)) for bridge in HAN_BRIDGES) < 700


def test_water_areas_widen_the_named_centre_lines_to_their_drawing_width():
    areas = water_areas()
    assert areas.crs == METRIC_CRS
    han = areas[areas.name_zh == "汉江"].iloc[0].geometry
    assert han.geom_type == "Polygon"
    assert han.area / named("汉江").length.sum() == pytest.approx(RIVER_WIDTH_M["汉江"], rel=0.02)
    unnamed = areas[(areas.name_zh == "") & (areas.kind == "river")]
    assert set(unnamed.geom_type) == {"LineString"}
