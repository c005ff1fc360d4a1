"""An unknown name is placed where the text itself says it lies, and where it places it elsewhere.

泽林巷 (a made-up lane) has no row in the gazetteer. "泽林巷位于武汉市武昌区最繁华的司门口" says where it is: within
司门口, whose row is 114.296765 E, 30.549338 N (a 600 m area round 司门口黄鹤楼 station).
"""

from __future__ import annotations

from geo.article import parse_article
from geo.places import locate_mentions


def rows(text: str) -> list:
    return locate_mentions(parse_article(text))


def where(text: str, name: str) -> list[tuple]:
    return [(r.status, r.place_id, r.lon, r.lat) for r in rows(text) if r.name == name]


def test_a_name_followed_by_weiyu_lies_within_the_last_place_of_the_run_that_follows():
    assert where("泽林巷位于武汉市武昌区最繁华的司门口,是一条百年老巷。", "泽林巷") == [
        ("resolved", "within:area_simenkou:泽林巷", 114.296765, 30.549338)]


def test_the_same_holds_after_a_comma_and_with_dichu_or_zuoluoyu():
    for verb in ("位于", "地处", "坐落于"):
        assert where(f"泽林巷,{verb}武昌区。", "泽林巷")[0][:2] == ("resolved", "within:adcode:420106:泽林巷")


def test_the_note_says_that_the_text_placed_it():
    (row,) = [r for r in rows("泽林巷位于武昌区。") if r.name == "泽林巷"]
    assert row.note == "within 武昌区: the text says it lies there"
    assert row.precision == "district"


def test_a_place_after_the_clause_ends_says_nothing():
    assert where("泽林巷位于城市的中心。武昌区也有老街。", "泽林巷") == [("unresolved", "", None, None)]


def test_the_city_alone_says_nothing():
    assert where("泽林巷位于武汉市。", "泽林巷") == [("unresolved", "", None, None)]


def test_a_known_place_keeps_its_own_point_whatever_the_text_says():
    # 黄鹤楼: Wikidata Q462372, 30.546944 N 114.296944 E; the text puts it in the wrong district.
    assert where("黄鹤楼位于汉阳区。", "黄鹤楼") == [
        ("resolved", "landmark_yellow_crane_tower", 114.296944, 30.546944)]


def test_every_mention_of_a_name_goes_where_one_of_them_is_placed():
    found = rows("民主路有新店开业。武昌区民主路很热闹。")
    assert [(r.name, r.status, r.place_id) for r in found if r.name == "民主路"] == [
        ("民主路", "resolved", "within:adcode:420106:民主路"),
        ("民主路", "resolved", "within:adcode:420106:民主路")]
    assert found[0].note == "where the text places 民主路 elsewhere"


def test_a_unit_named_right_after_a_place_outside_wuhan_lies_outside_it():
    """沔阳县沙湖乡 is a township of 沔阳 (today's 仙桃), not a place by 沙湖 in 武昌; a town after
    鄂州市 lies in 鄂州. After 湖北省, a unit may lie in Wuhan: nothing is said."""
    assert where("原属沔阳县沙湖乡。", "沙湖乡") == [("outside", "", None, None)]
    assert where("鄂州市泽林镇。", "泽林镇") == [("outside", "", None, None)]
    assert where("湖北省泽林镇。", "泽林镇")[0][0] == "unresolved"


def test_a_university_town_by_a_lake_of_ezhou_lies_outside():
    """梧桐湖 is a lake and new district of 鄂州 (the 武汉新城 plan crosses the city line): its
    大学城 is outside Wuhan, not within 湖北大学 (湖大) nor placed in Wuhan."""
    assert [r.status for r in rows("搬迁地点:武汉新城梧桐湖大学城。")] == ["outside"]


def test_a_name_on_a_road_holds_the_whole_road_in_its_radius():
    """胜利街 is one vertex of a street some kilometres long (114.29164 E, 30.5885 N): 泽林旧址 at
    胜利街332号 may stand anywhere along it, so the placement within the road says 3 km, not the
    1 km a point on a line might claim."""
    placed = [r for r in rows("泽林旧址位于武汉市江岸区胜利街332号。") if r.name == "泽林旧址"]
    assert [(r.status, r.lon, r.lat, r.uncertainty_m) for r in placed] == [
        ("resolved", 114.29164, 30.5885, 3000.0)]
