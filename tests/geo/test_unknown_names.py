"""Names the gazetteer lacks: found whole, with the right left boundary, and placed honestly.

Each test gives a sentence of the kind found in Wuhan news, notices, travel notes and local
histories, and the whole names the finder must return for it, in text order. The sentences are
written for these tests (the evaluation sets in seeds/ are not read here).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import pytest

from geo.article import parse_article
from geo.finder import find_mentions
from geo.gazetteer import CITY_FILE, GAZETTEER_FILE, ZONES_FILE, build_gazetteer
from geo.geocoders import GeocoderChain
from geo.places import locate_mentions


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(parse_article(text))]


def rows(text: str) -> dict[str, object]:
    return {r.name: r for r in locate_mentions(parse_article(text))}


@cache
def _article_gazetteer():
    """The article's curated places without the city's list: the roads below stay unknown
    however the city's gazetteer grows."""
    seeds = files("seeds")
    header = seeds.joinpath(CITY_FILE).read_text("utf-8").splitlines()[0]
    return build_gazetteer(seeds.joinpath(GAZETTEER_FILE).read_text("utf-8"),
                           seeds.joinpath(ZONES_FILE).read_text("utf-8"), header + "\n")  # fmt: skip


def unknown_rows(text: str) -> dict[str, object]:
    """Rows as if the gazetteer knew none of the city's roads (no geocoder either)."""
    found = locate_mentions(parse_article(text), _article_gazetteer(), GeocoderChain([]))
    return {r.name: r for r in found}


# -- The left boundary: verbs and particles before a name are not part of it -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("沿胭脂山至胭脂路南行直抵蛇山。", ["胭脂山", "胭脂路", "蛇山"]),
    ("1996年,辖都府堤、斗级营等居委会。", ["都府堤", "斗级营"]),
    ("1962年改称曙光街办事处;办事处驻中华巷47号。", ["曙光街", "中华巷"]),
    ("可绕行韦桑路、立山头路等周边道路。", ["韦桑路", "立山头路"]),
    ("医院地处滨江商务区,交通便利。", ["滨江商务区"]),
    ("长11.26公里,设汉西一路、古田四路等车站。", ["汉西一路", "古田四路"]),
])  # fmt: skip
def test_a_verb_or_preposition_before_a_name_is_cut_off(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("沿途经过泽林公园。", ["泽林公园"]),  # a candidate
    ("游客沿途经过梧桐新村和泽林公园。", ["梧桐新村", "泽林公园"]),
    ("沿途经过泽林湖,再到梧桐湖。", ["泽林湖", "梧桐湖"]),  # a short name
    ("沿途经过泽林湖、梧桐堤。", ["泽林湖", "梧桐堤"]),  # the first item of a list
])  # fmt: skip
def test_two_verbs_sharing_a_character_are_both_cut_off(text, expected):
    """沿途经过: 途经 (via) and 经过 (passing) share 经; the name opens after 过, not at it."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("沿河大道与沿江大道平行。", ["沿河大道", "沿江大道"]),
    ("二七路(建设大道至发展大道)单向通行。", ["二七路", "建设大道", "发展大道"]),
])  # fmt: skip
def test_a_verb_that_opens_a_road_name_stays_in_it(text, expected):
    """沿 and 建设 are verbs, but right before a road's tail they are the road's name."""
    assert names(text) == expected


def test_a_particle_inside_a_name_is_part_of_it():
    assert names("还有洪山区的仁和路公园。") == ["洪山区", "仁和路公园"]


def test_a_particle_opening_a_road_right_after_a_verb_opens_its_name():
    """沿着 | 和顺大道: 和 right after the cut, one character before the tail, opens the name."""
    assert names("我们沿着和顺大道散步。") == ["和顺大道"]


# -- Tails that make a name --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("东侧为万家湖中路。", ["万家湖中路"]),
    ("分别称为玉带门正街、杨家河正街等。", ["玉带门正街", "杨家河正街"]),
    ("南极大道胜海立交工程开工。", ["南极大道", "胜海立交"]),
    ("区内107国道连通京港澳高速公路、沪蓉高速公路。", ["107国道", "京港澳高速公路", "沪蓉高速公路"]),
])  # fmt: skip
def test_road_tails_close_a_whole_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("东至集稼咀与民族路相交。", ["集稼咀", "民族路"]),
    ("鹦鹉大道由西向东(五琴路至钟家村路口)。", ["鹦鹉大道", "五琴路", "钟家村"]),
    ("地处花园山北麓,风景很好。", ["花园山"]),
])  # fmt: skip
def test_a_short_name_is_closed_by_a_crossing_or_a_direction(text, expected):
    assert names(text) == expected


def test_a_road_tail_ends_the_name_before_the_next_one():
    assert names("9:00-16:00二环线下鹦鹉大道匝道往钟家村方向。") == ["二环线", "鹦鹉大道", "钟家村"]


@pytest.mark.parametrize(("text", "expected"), [
    ("泽林大道穿过梧桐公园。", ["泽林大道", "梧桐公园"]),
    ("沿泽林大道往东走到梧桐公园。", ["泽林大道", "梧桐公园"]),
])  # fmt: skip
def test_a_closing_tail_ends_the_first_name_of_a_run(text, expected):
    """泽林大道 + 穿过 + 梧桐公园: a run that reaches a second tail within a few characters still
    ends its first name at the road's closing tail (大道); the verb after it is no name's part."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("辖区内5条主干道和武汉轨道交通1号线贯通全区。", ["武汉轨道交通1号线"]),
    ("分别连通京广铁路、武汉内环线和中环线。", ["京广铁路", "武汉内环线", "中环线"]),
])  # fmt: skip
def test_lines_and_ring_roads_are_whole_names(text, expected):
    assert names(text) == expected


# -- Lists: the items of a list of places are places -------------------------------------------

def test_the_items_of_a_list_of_scenic_spots_are_places():
    text = "公园分成东、西两个区域。镜湖、花岸、柳堤、杉岛、草海、鹭洲,为该园特色景观。"
    assert names(text) == ["镜湖", "花岸", "柳堤", "杉岛", "草海", "鹭洲"]


def test_a_list_that_ends_the_text_is_read_to_its_end():
    assert names("公园有镜湖、花岸、柳堤、杉岛") == ["镜湖", "花岸", "柳堤", "杉岛"]


def test_an_itinerary_names_its_stops():
    text = "行程:粮道街-黄鹤楼-户部巷-武汉关-武汉长江大桥。"
    assert names(text) == ["粮道街", "黄鹤楼", "户部巷", "武汉关", "武汉长江大桥"]


def test_every_list_of_a_text_gives_its_items():
    """The committees of the first list are found though a second list (of known lakes) follows."""
    text = "辖西城壕、常平仓、斗级营、都府堤等居委会。东湖、沙湖、南湖都在武昌。"
    assert names(text) == ["西城壕", "常平仓", "斗级营", "都府堤", "东湖", "沙湖", "南湖", "武昌"]


def test_a_longest_first_item_opening_a_heading_is_an_item():
    """A first item of eight characters, as long as an item can be, with no cut word: at the start
    of the text its edge is known, even in a heading that ends without a mark."""
    assert names("泽林湖畔观鸟长堤、梧桐湖、泽林堤") == ["泽林湖畔观鸟长堤", "梧桐湖", "泽林堤"]


def test_a_list_of_neighbourhood_committees():
    text = "辖西城壕、常平仓、民主路一、二、斗级营、都府堤、新华村、祝家院、横街、青龙巷等20个居委会。"
    assert names(text) == ["西城壕", "常平仓", "民主路", "斗级营", "都府堤", "新华村", "祝家院",
                           "横街", "青龙巷"]  # fmt: skip


@pytest.mark.parametrize("text", [
    "引导更多高校成果“出实验室、上生产线”。",
    "热干面、三鲜豆皮、面窝等等。",
    "各区(开发区、功能)设分会场。",
    "围绕桔产业、文化展示打造旅游带。",
])  # fmt: skip
def test_a_list_that_is_not_mostly_places_gives_no_place(text):
    assert names(text) == []


# -- Two names side by side --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("沌口万家湖经过3年的治理。", ["沌口", "万家湖"]),
    ("随着武汉经开区郭徐岭片区城市更新。", ["武汉经开区", "郭徐岭片区"]),
    ("光谷科学岛和光谷生物城。", ["光谷科学岛", "光谷生物城"]),
    ("水域面积是杭州西湖的六倍。", ["杭州", "西湖"]),
])  # fmt: skip
def test_a_named_lake_after_a_place_is_a_second_name_but_a_zone_name_stays_whole(text, expected):
    assert names(text) == expected


# -- What is not a place ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "沌阳社区卫生服务中心提供义诊。",  # an office named after its community
    "长江日报社区行活动开幕。",  # a newspaper's event
    "湖北银行、中国电信参与。",  # firms named after places
    "地方方言: 武汉话",  # a dialect
])  # fmt: skip
def test_organisations_and_dialects_named_after_places_are_not_places(text):
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("不止是创新思路,更是各个部门的经营之道。", []),  # …思路, …部门, …经营: stoplist tails
    ("步行街上很热闹。", []),  # a shortened name alone: stoplist term
    ("在江边小广场,广场舞队伍起舞。", []),  # 江边…: a description
    ("地处螃蟹岬南麓,随两山并行。", ["螃蟹岬"]),  # 两山: a count
    ("武汉部分路段将实行交通管制。", ["武汉"]),  # 路段 is a word
    ("江岸百年老街巷焕发新生。", ["江岸"]),  # 百年…: an age, not a name
    ("万家湖变身美丽大气湖泊公园。", ["万家湖"]),  # 湖泊公园: a kind of park
    ("游客说,过年期间酒店太火爆。", []),  # …期间: a time
    ("完善高端公共服务建大学。", []),  # 建…: a verb
    ("汉正街的中心街道十分热闹。", ["汉正街"]),  # 中心街道: stoplist term
    ("学校设有大门、东门、西门、北门四个出入口。", []),  # a gate named by a direction
])  # fmt: skip
def test_ordinary_words_that_end_like_places_are_not_places(text, expected):
    assert names(text) == expected


def test_a_list_of_firms_and_people_gives_only_its_places():
    text = "推动华为、小米、联想等企业落户光谷、车谷。张三、李四出席会议。市委、市政府领导参加。"
    assert names(text) == ["光谷", "车谷"]


# -- Placement of unknown names ---------------------------------------------------------------

def test_a_name_right_after_its_district_is_placed_within_the_district():
    row = unknown_rows("2023年7月29日起,江岸区二七路将进行施工。")["二七路"]
    assert (row.status, row.provider, row.precision, row.district) == (
        "resolved", "within", "district", "江岸区")
    assert row.uncertainty_m > 3000  # the district's radius, not a dot
    assert row.note == "within 江岸区: named just before it"


def test_a_name_after_a_short_region_name_in_a_list_is_not_placed_in_it():
    """武昌 is an item of the list, not the place of the next item."""
    row = unknown_rows("与武昌、万松园公园不同,这里更宽。")["万松园公园"]
    assert (row.status, row.lon) == ("unresolved", None)


def test_a_road_named_after_a_city_elsewhere_is_not_placed_in_that_city():
    row = unknown_rows("现昙华林街东起中山路,西至得胜桥。")["中山路"]
    assert (row.status, row.lon, row.note) == ("unresolved", None, "named after 中山市, not in it")


def test_an_estate_in_a_list_named_after_a_city_elsewhere_is_not_placed_in_that_city():
    row = unknown_rows("设头道街、二七路、徐州新村6座车站。")["徐州新村"]
    assert (row.status, row.lon) == ("unresolved", None)


def test_a_lane_in_a_list_is_not_placed_in_a_place_of_the_same_name():
    row = rows("横街、青龙巷等20个居委会。")["青龙巷"]  # 青龙 is a known place in 黄陂区
    assert (row.status, row.lon) == ("unresolved", None)


def test_a_lake_named_after_a_city_elsewhere_lies_in_that_city():
    row = rows("水域面积是杭州西湖的六倍。")["西湖"]
    assert (row.status, row.provider) == ("outside", "within")


def test_two_short_names_never_overlap():
    """卫路路门: 卫路路 (…路) and 卫路路门 (…门) both end like a short name; one is kept."""
    found = find_mentions(parse_article("x卫路路门、山新西青1区街"))
    spans = sorted((m.start, m.end) for m in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


# -- Descriptions of facilities are not names -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("新院区将建成急诊大楼和儿科病房大楼。", []),
    ("湖边规划了主题乐园和度假酒店,另有一座综合性医院。", []),
    ("学校东侧的樱湖体育公园和一座运动公园对外开放。", ["樱湖体育公园"]),
])  # fmt: skip
def test_a_facility_described_by_generic_words_only_is_no_place(text, expected):
    """急诊大楼 says what the building is for, not whose it is; 樱湖 in 樱湖体育公园 is a name."""
    assert names(text) == expected


# -- Roads named after a region ---------------------------------------------------------------

def test_a_street_named_after_a_district_is_not_placed_in_that_district():
    found = unknown_rows("施工期间,黄陂街和汉阳街单向通行。")
    assert [(r.name, r.status, r.lon) for r in found.values()] == [
        ("黄陂街", "unresolved", None), ("汉阳街", "unresolved", None)]
    assert found["黄陂街"].note == "named after 黄陂区; where it runs is not known"


def test_a_street_named_after_a_district_lies_in_the_district_named_before_it():
    row = unknown_rows("改造工程位于新洲区江夏街东段。")["江夏街"]
    assert (row.status, row.district) == ("resolved", "新洲区")
    assert row.note == "within 新洲区: named just before it"


def test_a_street_named_after_a_district_elsewhere_is_not_outside_wuhan():
    row = unknown_rows("游客沿西陵街步行。")["西陵街"]  # 西陵区 is in 宜昌
    assert (row.status, row.lon, row.note) == ("unresolved", None, "named after 西陵区, not in it")


def test_a_verb_between_two_streets_ends_the_first():
    assert names("从光谷大道往汉阳街方向绕行。") == ["光谷大道", "汉阳街"]


# -- Names run together -----------------------------------------------------------------------

def test_a_name_run_into_the_next_known_name_is_split_there():
    """东湖 + 鹰岛, then the scenic area, then a road in it: three names, not one."""
    found = rows("午后去东湖鹰岛东湖风景区桂园路散步。")
    assert list(found) == ["东湖鹰岛", "东湖风景区", "桂园路"]
    assert found["桂园路"].note == "within 东湖生态旅游风景区: named just before it"


def test_a_known_name_is_never_swallowed_by_the_name_before_it():
    assert names("晚上从磨山景区东湖生态旅游风景区欢乐大道返回。") == [
        "磨山景区", "东湖生态旅游风景区", "欢乐大道"]


def test_a_tail_that_runs_on_into_a_word_closes_no_name():
    """城 + 市 is the word 城市: 武汉科技城 is not named here."""
    assert names("全力打造武汉科技城市名片。") == ["武汉"]


def test_a_branch_tail_after_a_known_name_still_joins_it():
    assert names("新生在华师盘龙城校区报到。") == ["华师盘龙城校区"]


@pytest.mark.parametrize(("text", "expected"), [
    ("下周武汉部分道路将交通管制。", ["武汉"]),
    ("这是武汉三日游最佳线路。", ["武汉"]),
])  # fmt: skip
def test_a_word_for_roads_in_general_after_a_name_is_no_road(text, expected):
    """道路 and 线路 are words: 武汉部分道路 is some roads of Wuhan, not a road named so."""
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("货物运到青阳街永安下码头。", ["青阳街", "永安下码头"]),
    ("游客来到樱花路月湖码头。", ["樱花路", "月湖码头"]),
])  # fmt: skip
def test_a_road_then_a_second_name_with_its_own_tail_is_two_names(text, expected):
    """The run is split at the road's tail; 仁和路公园 (nothing between 路 and 公园) stays whole."""
    assert names(text) == expected


def test_a_street_named_after_a_district_then_a_pier_is_two_names_neither_in_the_district():
    found = unknown_rows("前往黄陂街永安码头。")
    assert [(r.name, r.status, r.lon) for r in found.values()] == [
        ("黄陂街", "unresolved", None), ("永安码头", "unresolved", None)]
