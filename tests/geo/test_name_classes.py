"""Classes of errors read on a development corpus of untuned Wuhan texts (bench/devcorpus/).

Each rule is shown on a sentence written for this test, not taken from any text of
bench/devcorpus/ or seeds/eval*/: a class of names, never one name of one text.
"""

from __future__ import annotations

import pytest

from geo.article import parse_article
from geo.finder import find_mentions, is_generic_facility
from geo.places import locate_mentions


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(parse_article(text))]


def rows(text: str) -> dict[str, object]:
    return {r.name: r for r in locate_mentions(parse_article(text))}


# -- Tails of places that had no tail in the finder ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("车队沿绕城公路行驶。", ["绕城公路"]),
    ("二期工程接入北湖快速路。", ["北湖快速路"]),
    ("周末去石门水库钓鱼。", ["石门水库"]),
    ("游客涌入云雾山旅游区。", ["云雾山旅游区"]),
    ("参观清凉寨风景名胜区。", ["清凉寨风景名胜区"]),
    ("入住梅岭度假区。", ["梅岭度假区"]),
])  # fmt: skip
def test_roads_reservoirs_and_resorts_have_place_tails(text, expected):
    assert names(text) == expected


# -- A country as an attribute is no place ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("英国官员乘英国轮船抵达汉口。", ["汉口"]),
    ("英国驻汉领事出席。", []),
    ("走中国特色的道路。", []),
])  # fmt: skip
def test_a_country_naming_whose_people_or_ships_is_no_place(text, expected):
    assert names(text) == expected


# -- Verbs of travel end the name before them ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("从武昌站坐公交去大成路。", ["武昌站", "大成路"]),
    ("在汉口站乘坐地铁。", ["汉口站"]),
    ("随着黄家湖江滩开放,市民踏进绿道。", ["黄家湖江滩"]),
    ("即可在小广场租车。", []),
    ("泽林东路直通梧桐广场。", ["泽林东路", "梧桐广场"]),  # leads straight to
    ("乘专线直达梧桐码头。", ["梧桐码头"]),
])  # fmt: skip
def test_a_verb_of_travel_is_not_part_of_a_name(text, expected):
    assert names(text) == expected


# -- Ranks and grades make a description ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("此湖为新洲第二大湖泊。", ["新洲"]),
    ("江夏建成全区首条郊野绿道。", ["江夏"]),
    ("黄陂有5A级景区两处。", ["黄陂"]),
    ("园内设科普园、体育园等六大园区。", []),
])  # fmt: skip
def test_a_rank_or_a_grade_makes_a_description_not_a_name(text, expected):
    assert names(text) == expected


# -- Place tails alone, and ordinary words holding a place's name -------------------------------

@pytest.mark.parametrize("text", [
    "形成校区、园区、社区三区融合。",
    "湿地公园门票免费。",
])  # fmt: skip
def test_place_tails_alone_name_no_place(text):
    assert names(text) == []


def test_one_tail_alone_may_still_be_a_short_name():
    """横街, 江滩: a street's or a riverside park's short name; two tails run together
    (湿地公园) or a generic word and a tail (门诊大楼) describe a facility."""
    assert [is_generic_facility(n) for n in ("横街", "江滩", "湿地公园", "门诊大楼")] == [
        False, False, True, True]


@pytest.mark.parametrize("text", [
    "真金白银投向绿水青山。",
    "草原上搭起蒙古包。",
])  # fmt: skip
def test_a_word_that_holds_a_region_name_is_no_place(text):
    assert names(text) == []


# -- The side of a lake or a hill, and names after a lake or an islet ----------------------------

def test_a_side_of_a_lake_is_not_a_province():
    """湖南 in 菱湖南岸, 湖北 in 菱湖北岸: the lake's shore, not 湖南省 or 湖北省."""
    assert names("沿菱湖南岸散步,再到菱湖北岸。") == []
    assert names("步道分两段,菱湖南岸和菱湖北岸。") == []  # the lake's name right after a mark


def test_a_hill_named_like_a_known_place_is_its_own_name_not_placed_in_it():
    """宗关 is a known neighbourhood; 宗关山 a hill named like it, not placed at its point."""
    row = rows("沿宗关山北麓前行。")["宗关山"]
    assert (row.status, row.lon) == ("unresolved", None)
    assert "山北" not in rows("沿宗关山北麓前行。")  # no region 山北
    assert list(rows("沿宗关山北麓前行,到东湖。")) == ["宗关山", "东湖"]  # a name after it is read


def test_an_islet_after_an_islet_is_a_sibling_not_inside_it():
    """白沙洲 is named on its own, never placed within 天兴洲 15 km downriver (it is known by
    the 街道 of 武昌区 named after it, division code 420106009)."""
    found = rows("天兴洲白沙洲都将加强保护。")
    assert list(found) == ["天兴洲", "白沙洲"]
    assert "天兴洲" not in found["白沙洲"].place_id and found["白沙洲"].place_id != found["天兴洲"].place_id
    assert found["白沙洲"].district == "武昌区"


def test_a_lake_after_a_town_still_lies_in_the_town():
    found = rows("沌口万家湖经过治理。")
    assert found["万家湖"].note == "within 沌口: not in the gazetteer itself"


# -- Lines: expressways and railways named after places ------------------------------------------

def test_an_expressway_named_after_a_place_is_not_placed_in_it():
    row = rows("武大高速将封闭一个月。")["武大高速"]
    assert (row.status, row.lon) == ("unresolved", None)
    assert row.note == "a line: where it runs is not known"


def test_road_codes_and_numbered_provincial_roads_are_lines():
    assert names("货车可绕行G106、S108、107国道和101省道。") == [
        "G106", "S108", "107国道", "101省道"]


@pytest.mark.parametrize("text", ["建设5G基站。", "新款无人机S300在江面巡检。"])
def test_a_code_inside_a_word_or_a_model_is_no_line(text):
    assert names(text) == []


def test_a_code_named_a_road_after_it_is_a_line():
    assert names("经G4京港澳高速前往。") == ["G4", "京港澳高速"]


@pytest.mark.parametrize(("text", "expected"), [
    ("项目位于黄陂区,G107穿境而过。", ["黄陂区", "G107"]),  # after a mark
    ("G107改扩建工程今年开工", ["G107"]),  # opening a heading
])  # fmt: skip
def test_a_code_after_a_mark_or_opening_the_text_is_a_line(text, expected):
    """A road's code needs no road word after it (穿境而过, 改扩建) where punctuation or the
    start of the text stands before it: only a code glued to a word (5G, S300) is no line."""
    assert names(text) == expected


# -- Road names opening with 大, 小, 新; 向阳路 after its district ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("车辆可绕行大成路、新道公路和大广高速。", ["大成路", "新道公路", "大广高速"]),
    ("走进老街旧巷。", []),  # 老 opens a description
    ("沿大马路前行。", []),  # 大马路 is a word
    ("新快速路今年通车。", []),  # a new expressway: 新 and the tail 快速路, no name between
])  # fmt: skip
def test_a_road_may_open_with_da_xiao_or_xin(text, expected):
    assert names(text) == expected


def test_a_road_opening_with_xiang_after_its_district():
    found = rows("青山区向阳路将封闭施工。")
    assert list(found) == ["青山区", "向阳路"]
    assert found["向阳路"].note == "within 青山区: named just before it"


def test_one_character_and_gonglu_after_a_district_is_a_word():
    """洪山区 + 旧公路 (an old road) is no road's name: 公路 ends words (公路, 旧公路) unless two
    characters or more stand before it (新道公路)."""
    assert names("洪山区旧公路将改建为绿道。") == ["洪山区"]


def test_a_district_named_like_an_ordinary_word_elsewhere_is_not_found():
    """滨江区 is a district of 杭州, and a riverside zone in any Wuhan plan."""
    assert names("规划白沙滨江区。") == []


# -- Station neighbourhoods named by ordinary words ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("汉阳的知音文化源远流长。", ["汉阳"]),
    ("他去过柏林。", []),
])  # fmt: skip
def test_a_station_named_by_an_ordinary_word_gives_no_neighbourhood(text, expected):
    assert names(text) == expected


# -- Notices, counts, concessions and walled towns -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("关于北湖快速路施工期间交通管理的通告", ["北湖快速路"]),
    ("河边有一块湿地和一处码头。", []),
    ("清末设英、法、俄3国租界。", []),
    ("汉口英租界的旧址保存完好。", ["汉口英租界"]),
    ("城里的中心街区和立体街道。", []),
])  # fmt: skip
def test_notices_counts_and_concessions(text, expected):
    assert names(text) == expected


def test_a_walled_town_between_other_names_is_still_the_walled_town():
    """汉口, 武昌城, 汉阳: the town's rule looks at the name after it, not the one before."""
    assert names("汉口与武昌城隔江相望,汉阳也在江边。") == ["汉口", "武昌城", "汉阳"]


def test_a_numbered_road_named_after_a_district_holds_no_part_of_it():
    """江汉 + 三路 between two names: a road named after 江汉, which says nothing of where it runs."""
    found = find_mentions(parse_article("他走过汉口、江汉三路和武昌。"))
    assert [(m.name, m.parts) for m in found][1] == ("江汉三路", ())


def test_an_old_county_then_more_names_are_all_read():
    """江夏 + 县 is the old county; the names after it are read on."""
    assert names("古代的江夏县,今天是江夏区。") == ["江夏县", "江夏区"]


def test_a_district_and_cheng_is_the_old_walled_town_within_the_district():
    row = rows("当年学子走出汉阳城,来到江边。")["汉阳城"]
    assert (row.status, row.provider, row.district) == ("resolved", "within", "汉阳区")
    assert row.precision == "district"


@pytest.mark.parametrize(("text", "expected"), [
    ("汉阳城区的道路。", ["汉阳"]),  # 城区: the district's urban part
    ("汉阳城市更新。", ["汉阳"]),
])  # fmt: skip
def test_cheng_starting_a_word_makes_no_walled_town(text, expected):
    assert names(text) == expected


# -- Outer towns named without their unit word -----------------------------------------------------

def test_an_outer_town_named_without_its_unit_word_is_the_unit():
    """纸坊 is 纸坊街道 (江夏区), 仓埠 is 仓埠街道 (新洲区): placed as the unit, with its radius."""
    found = rows("从纸坊出发,经过仓埠。")
    assert [(r.place_id, r.district, r.precision) for r in found.values()] == [
        ("subdistrict_zhifang", "江夏区", "area"), ("subdistrict_cangbu", "新洲区", "area")]


@pytest.mark.parametrize(("text", "expected"), [
    ("山坡上种满了茶树。", []),  # 山坡街道's bare name is a word
    ("龙泉的水很清。", []),  # 龙泉 recurs across China
])  # fmt: skip
def test_an_ordinary_word_gets_no_bare_unit_name(text, expected):
    assert names(text) == expected


def test_an_old_town_area_after_a_town_is_no_longer_name():
    """老城区 is a word (the old urban area): 邾城 + 老城区 is 邾城, then the word."""
    assert names("新洲邾城老城区改造。") == ["新洲", "邾城"]


def test_a_community_office_after_a_town_is_no_place():
    assert names("汪集社区卫生服务中心提供义诊。") == []


# -- Famous places outside Wuhan ------------------------------------------------------------------

def test_famous_places_outside_wuhan_are_outside_and_not_drawn():
    found = rows("问津书院与岳麓书院齐名,史称“岳州、沔阳”,洞庭湖在其南。")
    assert [(n, r.status, r.lon) for n, r in found.items() if n != "问津书院"] == [
        ("岳麓书院", "outside", None), ("岳州", "outside", None), ("沔阳", "outside", None),
        ("洞庭湖", "outside", None)]


def test_a_road_named_after_a_famous_place_elsewhere_is_not_outside():
    row = rows("泰山路将封闭施工。")["泰山路"]
    assert (row.status, row.note) == ("unresolved", "named after 泰山, not in it")


# -- A station named right after its line ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("轨道交通9号线梧桐湾站开工。", ["轨道交通9号线", "梧桐湾站"]),
    ("乘地铁2号线换乘站下车。", ["地铁2号线"]),  # 换乘站: any interchange
    ("地铁6号线每站都有。", ["地铁6号线"]),
    ("地铁4号线的站点很多。", ["地铁4号线"]),
])  # fmt: skip
def test_a_name_ending_in_zhan_right_after_a_line_is_its_station(text, expected):
    assert names(text) == expected


def test_a_walled_town_then_a_tail_is_the_longer_name():
    """汉阳城 + 隧道: the tunnel takes the whole name, still within the district."""
    row = rows("穿过汉阳城隧道。")["汉阳城隧道"]
    assert (row.status, row.provider, row.district) == ("resolved", "within", "汉阳区")


# -- Numbered roads and runs holding a road's tail -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("东至建设五路,西至建设三路。", ["建设五路", "建设三路"]),  # 建设 + a number: a road
    ("沿着湖边的小路一路前行。", []),  # 小路一路: a road's tail inside the run
])  # fmt: skip
def test_numbered_roads_after_a_verb_and_runs_with_a_road_inside(text, expected):
    assert names(text) == expected


# -- Rivers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("通顺河、金水河等河流穿城而过。", ["通顺河", "金水河"]),
    ("孩子们在操场上拔河。", []),  # 拔河: tug of war
    ("沿着护城河散步。", []),  # any city's moat
    ("绕城的护城河,如今成了公园。", []),  # a moat, even closed by a mark
])  # fmt: skip
def test_a_short_name_closed_by_he_is_a_river(text, expected):
    assert names(text) == expected


def test_a_list_of_kinds_names_no_place():
    """小区、公园与地铁站 lists kinds of places; no item is a name."""
    assert names("加强沿线小区、公园与地铁站的对接。") == []


def test_a_list_with_one_real_name_keeps_its_bare_tails():
    assert names("著名景点: 汉正街、江滩、中山公园。") == ["汉正街", "江滩", "中山公园"]


def test_going_into_a_lake_is_no_lake():
    assert names("多个排口晴天污水直排入湖、雨季漫溢入湖,且水质较差。") == []
    assert names("污水直接流入江、泽林湖、梧桐湖。") == ["泽林湖", "梧桐湖"]  # into the river


def test_a_bare_one_character_tail_in_a_list_is_no_name():
    """山、湖 are kinds of places beside the named dykes, not names: an item has two characters
    at least."""
    assert names("这里有山、湖、泽林堤和梧桐堤。") == ["泽林堤", "梧桐堤"]


def test_an_address_is_a_place_a_road_then_an_estate():
    assert names("精粉世家(汉口马场角横路富豪花园西区商铺)") == ["汉口", "马场角横路", "富豪花园"]


def test_a_list_written_one_item_a_line_is_a_list():
    text = "其下属村有:\n泽林村、\n梧桐村、\n桂溪村。"
    assert names(text) == ["泽林村", "梧桐村", "桂溪村"]


def test_a_village_committee_names_its_village():
    """蔡榨村委会 is listed as 蔡榨村, as 关东街道办事处 is 关东街道."""
    text = "其下属村有:\n泽林村委会、\n梧桐村委会、\n杉木社区居委会。"
    assert names(text) == ["泽林村", "梧桐村", "杉木社区"]


def test_a_region_before_a_count_of_its_units_is_one_mention_and_no_empty_one():
    """蔡榨街道辖1个社区: the count is a description; nothing of length 0 is ever a mention."""
    mentions = find_mentions(parse_article("蔡榨街道辖1个社区、35个行政村;"))
    assert [m.name for m in mentions] == ["蔡榨街道"]


def test_a_village_before_its_committee_is_a_short_name():
    assert names("南至梧桐村委员会,北至泽林湾。") == ["梧桐村", "泽林湾"]
    assert names("南至梧桐村委会,北至泽林湾。") == ["梧桐村", "泽林湾"]


def test_hankou_district_is_hankou_though_no_district_has_that_name():
    rows = locate_mentions(parse_article("禁放区域包括汉口区、武昌区。"))
    assert [(r.name, r.place_id) for r in rows] == [("汉口区", "area_hankou"), ("武昌区", "adcode:420106")]
