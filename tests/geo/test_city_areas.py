"""The city's areas and roads (seeds/build/areas) and how merge_city.py places listed units."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo.article import parse_article
from geo.finder import find_known
from geo.gazetteer import load_gazetteer
from geo.places import locate_mentions

GAZETTEER = load_gazetteer()
CITY_CSV = Path(__file__).resolve().parents[2] / "seeds" / "wuhan_places.csv"
ROWS = {r["id"]: r for r in csv.DictReader(CITY_CSV.open(encoding="utf-8"))}


def _only_target(text: str):
    (found,) = find_known(text, GAZETTEER)
    return found[2]


@pytest.mark.parametrize(
    ("text", "place_id", "lon", "lat"),
    [
        ("汉口", "area_hankou", 114.272597, 30.581179),  # Wikidata Q1208250
        ("汉口英租界", "area_hankou_british_concession", 114.30131, 30.58759),  # Q11133163
        ("钢都花园街道", "subdistrict_gangduhuayuan", 114.361, 30.6155),  # Q14016644
        ("钟家村", "area_zhongjiacun", 114.260707, 30.551079),  # at 钟家村站 (OSM)
        ("解放大道", "road_jiefang_avenue", 114.28421, 30.59336),  # an OSM vertex of the road
    ],
)
def test_areas_and_roads_resolve_to_their_sourced_point(text, place_id, lon, lat):
    place = _only_target(text).place
    assert place.id == place_id
    assert (place.lon, place.lat) == pytest.approx((lon, lat), abs=1e-6)


def test_a_station_name_still_wins_over_the_town_it_starts_with():
    assert _only_target("汉口站").place.id == "landmark_hankou_station"


def test_wuchang_alone_is_still_the_district():
    assert _only_target("武昌").area.code == "420106"


def test_a_road_is_one_point_on_a_line_with_a_radius_of_kilometres():
    roads = [r for r in ROWS.values() if r["id"].startswith("road_") and "roads-land" in r["source"]]
    assert len(roads) >= 60
    for row in roads:
        assert row["precision"] == "area" and row["note"].startswith("one point on a line")
        assert float(row["uncertainty_m"]) >= 1000, row["id"]


def test_a_unit_named_like_a_metro_station_is_placed_at_that_station():
    unit, station = ROWS["unit_420106011"], ROWS["metro_zhongnanlu"]  # 中南路街道, 中南路站
    assert (unit["lon"], unit["lat"]) == ("114.327390", "30.539841") == (station["lon"], station["lat"])
    assert unit["precision"] == "area" and unit["uncertainty_m"] == "3000"
    assert unit["method"].startswith("estimate:")


def test_a_unit_with_no_station_stays_at_district_level():
    unit = ROWS["unit_420102004"]  # 车站街道: no station is named 车站 or 车站路
    assert unit["precision"] == "district"


def test_the_market_street_does_not_hide_the_unit_named_after_it():
    assert ROWS["unit_420104009"]["name_zh"] == "汉正街道"
    assert _only_target("汉正街").place.id == "area_hanzhengjie"


def test_a_jianghan_unit_is_known_by_its_jie_form():
    assert ROWS["unit_420103009"]["aliases"] == "唐家墩街|唐家墩街道"  # 唐家墩街街道 in the official list


@pytest.mark.parametrize(("text", "place_id"), [("蔡榨街道", "subdistrict_caijiazha"),
                                                ("姚集街道", "subdistrict_yaojiaji")])
def test_a_unit_the_official_list_spells_otherwise_is_placed_at_its_own_point(text, place_id):
    """NBS writes 蔡榨街道 for GeoNames' 蔡家榨街道: one unit, placed at its point, not again
    at the district's seat."""
    rows = locate_mentions(parse_article(f"他们来到{text}。"))
    assert [(r.name, r.place_id, r.precision) for r in rows] == [(text, place_id, "area")]
