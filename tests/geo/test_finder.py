"""Finding places in the seed article: every zone and named place, longest match, aliases."""

from __future__ import annotations

import pytest

from geo.article import parse_article
from geo.finder import find_mentions
from geo.places import locate_mentions

ZONES = ["广埠屯·锦鲤", "环华科大创新发展带", "车谷产业创新大走廊", "滨江数创走廊", "南湖硅巷",
         "珞喻硅巷", "狮子山硅巷", "青菱硅巷", "海洋·锦鲤"]  # fmt: skip
DISTRICTS = ["东湖高新区", "世界光谷", "武汉经开区", "车谷", "武昌区", "洪山区", "硚口区", "蔡甸", "汉阳",
             "江夏"]  # fmt: skip
PLACES = ["九峰山实验室", "洪山实验室", "华中科技大学", "阿里巴巴华中总部", "武昌智算中心", "烽火创新谷",
          "中船722研究所旧址", "深蓝科创MALL", "环三角湖", "环大军山", "环马影河", "长江存储",
          "长飞光纤", "华工科技", "武汉光迅科技股份有限公司", "武汉长江大桥"]  # fmt: skip


@pytest.fixture(scope="module")
def rows(article):
    return locate_mentions(article)


@pytest.mark.parametrize("name", ZONES + DISTRICTS + PLACES)
def test_every_named_place_is_found_and_known(rows, name):
    found = [r for r in rows if r.name == name]
    assert found, f"{name} not found"
    assert all(r.place_id for r in found)


@pytest.mark.parametrize("name", ZONES)
def test_zones_resolve_to_a_point_in_wuhan(rows, name):
    row = next(r for r in rows if r.name == name)
    assert row.status == "resolved"
    assert 113.68 < row.lon < 115.09 and 29.96 < row.lat < 31.37


def test_offsets_point_at_the_name(article, rows):
    for row in rows:
        assert article.text[row.start : row.end] == row.name
        assert article.paragraphs[row.paragraph].start <= row.start


def test_longest_name_wins():
    mentions = find_mentions(parse_article("加快环华科大创新发展带建设,华科大校友回汉。"))
    assert [(m.name, m.target.id) for m in mentions] == [
        ("环华科大创新发展带", "hust_belt"),
        ("华科大", "hust"),
    ]


@pytest.mark.parametrize(
    ("alias", "place_id"),
    [("华科大", "hust"), ("光谷", "east_lake_hitech"), ("车谷", "wedz"), ("海洋锦鲤", "ocean_jinli"),
     ("洪山", "adcode:420111"), ("蔡甸", "adcode:420114"),
     ("武汉开发区", "wedz")],  # the usual name of 武汉经济技术开发区
)  # fmt: skip
def test_aliases_resolve_to_the_canonical_place(alias, place_id):
    (mention,) = find_mentions(parse_article(f"走进{alias}。"))
    assert mention.target.id == place_id


@pytest.mark.parametrize("name", ["洪湖", "汉川", "常州", "苏州", "深圳"])
def test_places_outside_wuhan_are_flagged(name):
    (row,) = locate_mentions(parse_article(f"与{name}共建园区。"))
    assert row.name == name
    assert row.status == "outside"


def test_outside_places_in_the_article_are_flagged(rows):
    outside = {r.name for r in rows if r.status == "outside"}
    assert {"洪湖", "汉川", "苏州", "深圳", "常州星云车灯股份有限公司", "大湾区", "长三角"} <= outside


def test_unknown_place_like_names_come_back_as_candidates():
    rows = locate_mentions(parse_article("他们走访了星河实验室。"))
    assert [(r.name, r.status, r.kind) for r in rows] == [("星河实验室", "unresolved", "candidate")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("光谷生物城、光谷科学岛和光谷中心城", ["光谷生物城", "光谷科学岛", "光谷中心城"]),
        ("走访东湖未来街区。", ["东湖未来街区"]),
        ("汉阳树公园开园。", ["汉阳树公园"]),
        ("华中师范大学盘龙城校区与理工大新校区", ["华中师范大学盘龙城校区", "理工大新校区"]),
        ("武汉商学院和武汉光电国家实验室", ["武汉商学院", "武汉光电国家实验室"]),
        ("在洪山广埠屯中船722研究所旧址", ["洪山", "广埠屯", "中船722研究所旧址"]),
        ("鄂州葛店镇", ["鄂州", "葛店镇"]),
        ("洪山区卓刀泉路以东", ["洪山区", "卓刀泉路"]),
        ("地铁2号线南延线和11号线", ["地铁2号线南延线", "11号线"]),
    ],
)
def test_a_mention_is_the_whole_proper_name(text, names):
    assert [m.name for m in find_mentions(parse_article(text))] == names


@pytest.mark.parametrize("text", ["湖北省委书记到访。", "长江日报报道。", "武汉市委召开会议。",
                                  "湖北某某科技有限公司成立。", "推进中国式现代化。"])  # fmt: skip
def test_titles_and_organisations_are_not_places(text):
    assert [m.name for m in find_mentions(parse_article(text))] == []


@pytest.mark.parametrize("text", ["建成一个国家级高新区。", "共有8个产业园。", "首批国家级示范区"])
def test_descriptions_that_end_like_names_are_not_candidates(text):
    assert find_mentions(parse_article(text)) == []


def test_an_unknown_name_inside_a_known_place_is_placed_within_it_never_as_a_dot():
    (row,) = locate_mentions(parse_article("光谷智慧产业园开园。"))
    assert row.name == "光谷智慧产业园"
    assert (row.status, row.provider, row.precision) == ("resolved", "within", "area")
    assert row.uncertainty_m >= 5000
    assert row.note == "within 东湖高新区: not in the gazetteer itself"


def test_an_unknown_name_inside_a_district_is_placed_at_district_level():
    (row,) = locate_mentions(parse_article("汉阳树公园开园。"))
    assert (row.status, row.precision, row.district) == ("resolved", "district", "汉阳区")
    assert row.uncertainty_m > 5000


def test_a_branch_campus_is_not_placed_on_the_main_campus():
    (row,) = locate_mentions(parse_article("理工大新校区建设"))
    assert (row.status, row.lon, row.note) == (
        "unresolved", None, "a branch of 武汉理工大学 whose site is not known",
    )  # fmt: skip


def test_a_name_on_a_river_is_not_placed_on_the_river_point():
    """长江泽林大桥: a bridge somewhere on the river (长江大桥 alone is 武汉长江大桥, test_finder_recall)."""
    (row,) = locate_mentions(parse_article("长江泽林大桥通车。"))
    assert (row.name, row.status, row.lon) == ("长江泽林大桥", "unresolved", None)


def test_a_district_is_placed_at_its_seat_with_a_radius_that_holds_it():
    (row,) = locate_mentions(parse_article("江夏区发布。"))
    # 江夏区人民政府 in 纸坊, GeoNames 1784543 (Zhifang): 30.35 N, 114.31667 E.
    assert (row.lon, row.lat, row.precision) == (114.31667, 30.35, "district")
    assert 20_000 < row.uncertainty_m < 60_000


def test_countries_are_found_and_never_drawn():
    rows = locate_mentions(parse_article("中国与埃及合作。"))
    assert [(r.name, r.status, r.lon) for r in rows] == [("中国", "resolved", None),
                                                        ("埃及", "outside", None)]


def test_generic_terms_are_not_candidates():
    assert find_mentions(parse_article("推动国家实验室、全国重点实验室协同发展。")) == []


def test_every_china_district_name_resolves_offline():
    (row,) = locate_mentions(parse_article("他来自朝阳区。"))
    assert row.place_id.startswith("adcode:110105") or row.place_id.startswith("adcode:2201")
    assert row.status == "outside"


def test_hongshan_district_is_placed_at_wikidatas_point_not_its_polygons_centre():
    (row,) = locate_mentions(parse_article("洪山区发布。"))
    # Wikidata Q1337284 (洪山区), P625 from zh.wikipedia: 30.50671 N, 114.39256 E.
    # The boundary's centre in geotool-cn (114.5078, 30.5402) is 11.7 km east of it.
    assert (row.lon, row.lat, row.precision) == (114.39256, 30.50671, "district")


def test_a_text_of_one_tail_or_a_short_name_at_its_very_start_is_read_without_error():
    """乡, 湖, 山路: too few characters before the tail to make a name (the fuzz test found 乡 raising
    IndexError); 东湖路 at the start of a text is still found."""
    for text in ("乡", "湖", "山路"):
        assert find_mentions(parse_article(text)) == []
    assert [m.name for m in find_mentions(parse_article("东湖路"))] == ["东湖路"]
