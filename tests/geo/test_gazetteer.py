"""The curated gazetteer: every point in its recorded district, every coordinate sourced."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo import admin
from geo.errors import GazetteerError
from geo.gazetteer import COLUMNS, build_gazetteer, load_gazetteer, parse_gazetteer

GAZETTEER = load_gazetteer()
PLACED = [p for p in GAZETTEER.places.values() if p.placed]


@pytest.mark.parametrize("place", PLACED, ids=lambda p: p.id)
def test_point_lies_in_its_recorded_district(place):
    assert place.district_code, f"{place.id} has a point but no district code"
    shape = admin.district_shape(place.district_code)
    assert shape.contains(Point(place.lon, place.lat)), (
        f"{place.id} ({place.lon}, {place.lat}) is not in {admin.area(place.district_code).name}"
    )


@pytest.mark.parametrize("place", PLACED, ids=lambda p: p.id)
def test_point_is_in_wuhan_unless_flagged_outside(place):
    inside = admin.district_shape(admin.WUHAN_CODE).contains(Point(place.lon, place.lat))
    assert inside != place.outside


@pytest.mark.parametrize("place", PLACED, ids=lambda p: p.id)
def test_every_coordinate_names_its_source_and_how_it_was_placed(place):
    assert place.source and place.source_datum in ("WGS-84", "GCJ-02", "BD-09", "n/a")
    assert place.method.startswith(("sourced", "converted from", "estimate:", "derived"))
    if place.method.startswith("estimate:"):
        assert place.precision not in ("point", "site") and place.uncertainty_m >= 300


def test_zones_are_drawn_from_their_anchors_and_marked_approximate():
    for zone_id, definition in GAZETTEER.zones.items():
        zone = GAZETTEER.places[zone_id]
        assert zone.method.startswith("derived: mean of its anchors")
        assert definition.approximate and "Inferred" in definition.how


def _row(**overrides) -> str:
    values = dict.fromkeys(COLUMNS, "")
    values.update(id="x", name_zh="某地", kind="site", lon="114.3", lat="30.5",
                  precision="point", method="sourced", source="a page",
                  source_datum="WGS-84", outside="no")  # fmt: skip
    values.update(overrides)
    return ",".join(COLUMNS) + "\n" + ",".join(values[c] for c in COLUMNS) + "\n"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"kind": "castle"}, "line 2, field 'kind': 'castle' is not one of"),
        ({"lon": "abc"}, "line 2, field 'lon/lat': not a number"),
        ({"lon": "30.5", "lat": "114.3"}, "line 2, field 'lon/lat': out of range"),
        ({"lon": "30.5", "lat": "80"}, "line 2, field 'lon/lat': lat 80.0 > lon 30.5: swapped"),
        ({"source": ""}, "line 2, field 'source': a coordinate needs its source"),
        ({"name_zh": ""}, "line 2, field 'name_zh': is empty"),
    ],
)
def test_a_bad_row_is_rejected_naming_line_and_field(overrides, message):
    with pytest.raises(GazetteerError, match=message.replace("(", r"\(")):
        parse_gazetteer(_row(**overrides))


def test_a_zone_anchor_must_be_a_placed_place():
    csv_text = _row() + _row(id="z", name_zh="某带", kind="belt", lon="", lat="").split("\n", 1)[1]
    zones = '[{"id": "z", "shape": "buffer", "anchors": ["nowhere"], "width_m": 1, "approximate": true, "how": "x"}]'
    with pytest.raises(GazetteerError, match="zone 'z' anchor 'nowhere' is not a placed place"):
        build_gazetteer(csv_text, zones)


@pytest.mark.parametrize("name", ["菱角湖", "西湖", "北湖", "后湖"])
def test_a_lake_name_shared_by_two_lakes_of_the_city_has_no_single_point(name):
    """菱角湖 is a lake of 江汉区 and one of East Lake's sub-lakes; 后湖 a lake of 黄陂 and an
    area of 汉口: a point at either would be a wrong dot for the other, so no lake row holds
    the bare name."""
    lakes = [p for p in load_gazetteer().places.values() if p.kind == "lake"]
    assert not [p.id for p in lakes if name in p.names]


@pytest.mark.parametrize(("bare", "unit"), [
    ("关山", "关山街道"), ("花山", "花山街道"), ("杨园", "杨园街道"), ("卓刀泉", "卓刀泉街道"),
    ("积玉桥", "积玉桥街道"), ("韩家墩", "韩家墩街道"), ("纸坊", "纸坊街道"),
])  # fmt: skip
def test_a_unit_named_after_a_landmark_it_holds_is_known_by_its_bare_name(bare, unit):
    """Texts write 关山, 杨园 and 卓刀泉 for the 街道 (花山、流芳、龙泉和滨湖等组团): the bare name
    is an alias of the unit, placed as the unit is."""
    place = GAZETTEER.names.get(bare)
    assert place is not None and place.name_zh == unit


@pytest.mark.parametrize("bare", ["一元", "中华路", "新村", "建桥", "车站", "球场", "和平", "台北"])
def test_a_central_unit_named_after_a_road_or_a_word_lends_no_bare_name(bare):
    """一元街道 is named after 一元路 and 车站街道 after 车站路; 新村 and 建桥 are words; 台北 is
    Taipei: none of them, bare, names the unit."""
    place = GAZETTEER.names.get(bare)
    assert place is None or place.kind not in ("subdistrict", "town")


def test_the_science_island_lies_at_the_south_end_of_the_future_city_not_on_jiufeng():
    """光谷科学岛 is at the south end of 未来科技城, next to 红莲湖 of 鄂州 (长江日报 2021-10-17): east
    of 114.55 E and south of 30.53 N, not on 九峰 (114.477 E), where it stood with no page saying so."""
    place = GAZETTEER.names["光谷科学岛"]
    assert place.lon > 114.55 and place.lat < 30.53 and place.precision == "area"


def test_the_port_of_wuhan_and_the_hankou_riverside_park_say_how_far_they_reach():
    """武汉港 is the port as a whole (港区 from 阳逻 to 金口; texts also mean the 汉口 passenger port
    by 武汉关, 7 km from its point); 汉口江滩 runs 7 km along the river from 武汉关: each radius holds
    江汉关 (114.292079 E, 30.578736 N: Wikidata Q11134638, as the gold lists read it), where both reach."""
    from geo.evaluate import distance_m

    for name in ("武汉港", "汉口江滩"):
        place = GAZETTEER.names[name]
        assert distance_m(place.lon, place.lat, 114.292079, 30.578736) <= place.uncertainty_m, name


def test_a_university_of_three_main_campuses_is_an_area_that_holds_them():
    """武汉理工大学 alone names a university of three main campuses (马房山, 南湖, 余家头 9.5 km
    north-east, where Wikidata puts it): an area at its registered address whose radius holds
    them all; a named campus stays a campus."""
    from geo.article import parse_article
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("武汉理工大学余家头校区属于武汉理工大学。"))
    assert [(r.name, r.precision) for r in rows] == [("武汉理工大学余家头校区", "campus"), ("武汉理工大学", "area")]
    assert rows[1].uncertainty_m >= 9500
