"""Classes of names the finder used to miss or cut wrongly, each shown on made-up sentences.

泽林, 梧桐 and 泽 are names no gazetteer knows; the rules are about the shape of the text
around a name, never about one name.
"""

from __future__ import annotations

import pytest

from geo.article import parse_article
from geo.finder import find_mentions


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(parse_article(text))]


def test_one_character_before_a_long_tail_after_a_region_is_one_name():
    """汉阳 + 泽 + 艺术区: one character is no name of its own, so the whole run is the name,
    not a unit of 汉阳; with two characters (泽林) or a unit's own tail (街道) it is a name within
    the region."""
    assert names("周末去汉阳泽艺术区看展。") == ["汉阳泽艺术区"]
    assert names("他们来到洪山泽林艺术区。") == ["洪山", "泽林艺术区"]
    assert names("他们来到江夏泽林街道。") == ["江夏", "泽林街道"]


def test_a_name_right_after_a_known_road_is_a_second_place():
    """解放大道 + 泽林新村: a place on the road, its own name, not a longer road name."""
    assert names("停水范围:解放大道泽林新村至长虹桥。") == ["解放大道", "泽林新村", "长虹桥"]
    assert names("我们约在珞狮南路梧桐站见面。") == ["珞狮南路", "梧桐站"]


def test_a_bare_tail_or_a_business_after_a_road_does_not_split_it():
    """中山路 + 小学 is a school named after the road; 兰陵路 + 泽林宾馆 a hotel on it, a business:
    neither is a second place."""
    assert names("他就读于中山路小学。") == ["中山路小学"]
    assert names("小店在兰陵路泽林宾馆旁。") == ["兰陵路泽林宾馆"]


def test_forest_farms_investment_zones_and_hubs_are_places():
    assert names("他们走进泽林林场。") == ["泽林林场"]
    assert names("市民可先到梧桐旅游集散中心换乘。") == ["梧桐旅游集散中心"]


def test_whom_a_zone_is_for_is_no_name_of_its_own():
    """纸坊 + 台商投资区: 台商 says whom the zone serves, so the zone is 纸坊台商投资区, one name,
    not a 台商投资区 within 纸坊."""
    assert names("当年创办纸坊台商投资区。") == ["纸坊台商投资区"]


def test_a_station_right_after_the_word_metro_is_a_metro_station():
    """地铁 + 泽林路站 as 3号线 + 泽林路站: the station's name, known or not."""
    assert names("小区与地铁泽林路站相距不远。") == ["泽林路站"]
    assert names("换乘轨道交通梧桐站。") == ["梧桐站"]


def test_the_word_metro_before_an_ordinary_word_names_no_station():
    assert names("这里地铁站点很多,地铁沿线站点也多。") == []


def test_a_road_code_written_with_its_kind_is_one_line():
    """G316国道: the code and 国道 together, as 316国道 alone is."""
    assert names("小镇沿G316国道展开。") == ["G316国道"]
    assert names("车队经S208省道进城。") == ["S208省道"]


def test_a_region_then_a_region_with_a_tail_is_two_names():
    """湖北 + 武昌 + 城: the province, then the old walled town within it, not one longer name;
    华师 + 盘龙城 + 校区 (a university, not a region) stays one name."""
    assert names("书中写到湖北武昌城的城墙。") == ["湖北", "武昌城"]
    assert names("华师盘龙城校区今年启用。") == ["华师盘龙城校区"]


def located(text: str) -> list[tuple[str, str, str]]:
    from geo.places import locate_mentions

    return [(m.name, m.status, m.place_id) for m in locate_mentions(parse_article(text))]


def test_a_historic_county_with_its_unit_is_the_county_itself():
    """沔阳 (today's 仙桃, outside Wuhan) + 县: the same historic county, listed as outside."""
    assert located("他的祖籍是沔阳县。") == [("沔阳县", "outside", "out_mianyang_historic")]


def test_a_country_under_its_official_name_is_the_country():
    assert located("国籍:中华人民共和国。") == [("中华人民共和国", "resolved", "country:CN")]


def test_beijing_time_is_no_mention_of_beijing():
    assert names("演出于北京时间20时开始。") == []


def test_from_opens_a_range_of_names():
    """自 X 至 Y: from one place to another; 自 opening a word (自贸, 自动) cuts nothing."""
    assert names("城外自泽林门至梧桐门一带筑有石堤。") == ["泽林门", "梧桐门"]
    assert names("他们参观了泽林自贸创新园区。") == ["泽林自贸创新园区"]
    assert names("今年建成泽林自动驾驶示范区。") == ["泽林自动驾驶示范区"]


def test_a_short_name_before_the_passive_is_a_whole_name():
    """泽林门 + 被: the gate, then the verb (was blocked)."""
    assert names("不久,泽林门被拆除。") == ["泽林门"]


def test_a_stray_space_inside_a_name_leaves_no_fragment():
    """泽 林大道 and 梧桐港  路 are names a space split: neither 林大道, 梧桐港 nor a bare 路 is a
    place. Names that spaces separate (泽林公园 梧桐广场) stay whole."""
    assert names("途经站前路、泽 林大道、建设十路。") == ["站前路", "建设十路"]
    assert names("回程经梧桐港  路、团结大道。") == ["团结大道"]
    assert names("周末路线: 泽林公园 梧桐广场") == ["泽林公园", "梧桐广场"]


def test_a_kind_of_junction_or_harbour_with_a_modifier_is_no_name():
    """互通立交 (an interchange), 深水码头 (a deep-water berth), 集装箱码头 (a container berth):
    what a facility is, not whose; a phase (二期) makes a description and a pronoun (它) opens
    no name."""
    assert names("该路与泽林大道互通立交相连。") == ["泽林大道"]
    assert names("这里能建深水码头。") == []
    assert names("港区二期集装箱码头已投用。") == []
    assert names("小镇因码头而兴,它因码头而生。") == []


def test_an_industrial_base_is_a_place_only_after_a_place_name():
    assert names("项目落户武汉国家泽林产业基地。") == ["武汉国家泽林产业基地"]
    assert names("该市被批准为国家泽林产业基地。") == []


def test_a_place_opening_a_body_or_an_event_is_no_place():
    """武汉 + 泽林招商推介大会 (an event), 武汉市 + 交通运输局 (a body): no place is named; with
    a verb between (武汉 | 举办 | 大会) or as a region's own congress the place stays."""
    assert names("2025武汉泽林招商推介大会在深圳开幕。") == ["深圳"]
    assert names("据武汉市交通运输局通报。") == []
    assert names("明年武汉举办泽林论坛。") == ["武汉"]
    assert names("洪山区第五届人民代表大会开幕。") == ["洪山区"]


@pytest.mark.parametrize("word", ["自贸", "自然", "自治", "自主", "自助", "自行", "自来水", "自动",
                                  "自身", "自己"])  # fmt: skip
def test_from_opening_a_word_cuts_nothing(word):
    assert names(f"他们参观了泽林{word}创新园区。") == [f"泽林{word}创新园区"]


def test_a_high_speed_line_named_after_a_place_is_not_placed_in_it():
    """汉口 + 高铁: a line running far beyond 汉口, found but not drawn within it."""
    assert located("线路下穿汉口高铁后进入黄陂。")[0] == ("汉口高铁", "unresolved", "")


def test_a_closing_tail_right_after_a_known_name_ends_a_road():
    """光谷 + 东路 is the road 光谷东路; 泽林路 after it is another road, not part of its name."""
    assert names("回程经光谷东路泽林路至梧桐路。") == ["光谷东路", "泽林路", "梧桐路"]


def test_a_road_named_after_an_estate_or_a_park_takes_its_tail():
    """泽林花园 + 路: the road, not the estate; 路口 (a crossing) and 路过 (passing by) are words."""
    assert names("回程经泽林花园路、梧桐路。") == ["泽林花园路", "梧桐路"]
    assert names("车辆在泽林公园路口右转。") == ["泽林公园"]
    assert names("泽林公园路过的人很多。") == ["泽林公园"]


def test_a_numbered_pier_on_a_road_is_one_name():
    """泽林路 + 3号 + 码头: the pier at No. 3, named with its road; 泽林路 + 梧桐码头 is two names."""
    assert names("航线(泽林路3号码头—梧桐码头)恢复。") == ["泽林路3号码头", "梧桐码头"]
    assert names("航线经泽林路梧桐码头。") == ["泽林路", "梧桐码头"]


def test_a_district_then_a_name_of_its_own_is_two_names():
    """武昌 + 泽林桥: the bridge within the district. One character before the tail (汉阳 + 梧公园)
    or a tail right after the district (洪山 + 江滩 + 梧桐公园) makes one name with it."""
    assert names("他们来到武昌泽林桥。") == ["武昌", "泽林桥"]
    assert names("他们来到汉阳梧公园。") == ["汉阳梧公园"]
    assert names("他们来到洪山江滩梧桐公园。") == ["洪山江滩梧桐公园"]


def test_a_station_takes_a_known_bare_name():
    """青山 + 站: a stop named after the district, not the district; 站点 is a word."""
    assert names("乘电车到青山站下车。") == ["青山站"]
    assert names("邮局在蔡甸站点旁。") == ["蔡甸"]


def test_a_new_village_estate_is_a_candidate():
    """泽林新村: an estate; 首 opens a name (首林新村) unless a measure word follows (首批, 首个)."""
    assert names("他住在泽林新村。") == ["泽林新村"]
    assert names("他家在首林新村。") == ["首林新村"]
    assert names("全市首批示范区和首个产业园。") == []


def test_a_numbered_road_named_after_a_place_is_a_road():
    """江岸 + 二路: the road 江岸二路, not the district."""
    assert names("小店在江岸二路近步行街口。") == ["江岸二路"]


def test_a_name_filling_title_marks_is_a_title():
    """《黄鹤楼》 is the poem; 黄鹤楼 itself, outside the marks, is the tower."""
    assert names("他在《黄鹤楼》里写过黄鹤楼。") == ["黄鹤楼"]


def test_a_park_named_only_by_what_it_shows_is_no_name():
    """科技农业示范园区: science, farming and a demonstration, and no proper name."""
    assert names("湖边建有科技农业示范园区。") == []
    assert names("湖边建有泽林科技农业示范园区。") == ["泽林科技农业示范园区"]


def test_a_run_holding_a_date_is_a_story_not_a_name():
    """上世纪80年代引起全国大学(生热议): a date inside the run; 泽林公园 after a year is a name."""
    assert names("得益于上世纪80年代引起全国大学生热议的电影。") == []
    assert names("2019年建成泽林公园。") == ["泽林公园"]
    assert names("他住在世纪泽林小区。") == ["世纪泽林小区"]


def test_a_region_right_before_an_institution_in_it_names_that_institution():
    """汉口 + 同济医院 (in 硚口区, within 汉口): one mention, the hospital, by its full name;
    武昌 + 华中科技大学 (in 洪山区, not in 武昌区) stays two names."""
    assert located("医院一度名为汉口同济医院。") == [("汉口同济医院", "resolved", "hosp_tongji")]
    assert names("他考入武昌华中科技大学。") == ["武昌", "华中科技大学"]


def test_a_region_and_its_hospital_are_one_name_among_other_names():
    """汉口 + 协和医院 after another name (武昌) or before one: the pair is still the hospital,
    and the names after it are still read."""
    assert names("从武昌出发,到汉口协和医院就诊。") == ["武昌", "汉口协和医院"]
    assert names("他在汉口协和医院就诊后回到武昌。") == ["汉口协和医院", "武昌"]


def test_a_complex_with_a_proper_name_is_a_place():
    """泽林田园综合体 is named; 地下综合体 and 田园综合体 say only what a complex is."""
    assert names("他们参观了泽林田园综合体。") == ["泽林田园综合体"]
    assert names("这里将建地下综合体,也建田园综合体。") == []


def test_a_first_item_longer_than_an_item_can_be_is_no_item():
    """(打造世界级泽林)梧桐一体化产业基地、世界存储之都、光电子名城: the first item has no edge in
    reach, so it says nothing of the list, which is then no list of places."""
    assert names("武汉要打造世界级泽林梧桐一体化产业基地、世界存储之都、光电子名城。") == ["武汉"]


def test_which_or_some_opens_no_name():
    """还有哪些绿道 asks which greenways; 我区部分街道 is some of our 街道: neither is a name, and
    what is left (绿道, 街道) is a bare kind, no place either."""
    assert names("武汉除了东湖绿道,还有哪些绿道适合骑行?") == ["武汉", "东湖绿道"]
    assert names("近年来,我区部分街道资源配比不足。") == []


def test_a_rank_opens_no_name():
    """居全国高新区第4 ranks a zone among China's high-tech zones: 高新区 there is no place."""
    assert names("专精特新企业达173家、居全国高新区第4。") == []


def test_a_country_after_a_word_of_coming_is_a_place_whatever_follows():
    """来自英国曼彻斯特: 英国 before a name it does not know is still the country, as after 赴;
    in 英国游泳选手 (a British swimmer) it is the swimmer's land, a place outside, as the gold lists
    of two sets read it (only 中国 before a noun qualifies it: 中国游泳选手 names no place)."""
    assert names("特邀运动员来自英国曼彻斯特的游泳高手。") == ["英国"]
    assert names("代表团赴美国考察。") == ["美国"]
    assert names("英国游泳选手阿什利也来了。") == ["英国"]
    assert names("中国游泳选手也来了。") == []


def test_a_gate_named_after_a_region_lies_outside_it():
    """汉阳门 is a gate of 武昌 that faces 汉阳 across the river: its pier is not placed in 汉阳区,
    while 汉阳门诊部 (a clinic, 门诊) is in 汉阳."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("选手从汉阳门码头下水。"))
    assert [(r.name, r.status, r.note) for r in rows] == [
        ("汉阳门码头", "unresolved", "named after 汉阳区; where it lies is not known")]
    assert names("汉阳门诊部开业。") == ["汉阳"]


@pytest.mark.parametrize(("text", "found"), [
    ("品尝蔡甸的莲藕汤和清蒸武昌鱼等地道菜肴。", ["蔡甸"]),  # the Wuchang bream, a fish
    ("体验花卉展览和田园活动。", []),  # and (和) the fields (田园), not 和田 in Xinjiang
])  # fmt: skip
def test_ordinary_words_that_hold_a_places_name_name_no_place(text, found):
    assert names(text) == found


def test_a_list_closed_by_a_count_of_units_names_that_many_places():
    """辖泽林、梧桐、建泽3个村委会: the count says the items are villages, however bare they are;
    without it, three bare words are no list of places."""
    assert names("辖泽林、梧桐、建泽3个村委会和振泽街1个居委会。") == ["泽林", "梧桐", "建泽", "振泽街"]
    assert names("包括泽林、梧桐等5个社区。") == ["泽林", "梧桐"]
    assert names("他喜欢泽林、梧桐、建泽。") == []


def test_a_street_unit_is_also_written_with_one_jie():
    """花楼街街道 (江汉区) is written 花楼街 and, in a notice, 花楼街道: one place, one whole name."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("拟对我区花楼街道、汉兴街道区划进行调整。"))
    assert [(r.name, r.place_id) for r in rows] == [("花楼街道", "unit_420103002"),
                                                    ("汉兴街道", "unit_420103013")]


def test_a_road_named_after_a_word_that_a_cut_word_opens_is_a_road():
    """自由路: 自 opens 自由 (freedom), and 由 inside it is no boundary: the road is found."""
    assert names("他住在自由路。") == ["自由路"]
    assert names("自由贸易港建设提速。") == []


def test_a_section_closes_a_short_name():
    """自由路中段, 泽林堤南段: the middle or south section of a road or a dyke."""
    assert names("由自由路中段和泽林堤南段组成。") == ["自由路", "泽林堤"]


def test_living_in_or_running_through_opens_a_name():
    """家住 | 泽林湾 (lives at), 贯穿 | 泽林山、梧桐山 (runs through)."""
    assert names("家住泽林湾的付女士说。") == ["泽林湾"]
    assert names("一条贯穿泽林山、梧桐山的绿道。") == ["泽林山", "梧桐山"]


def test_temples_and_shrines_end_a_name_but_a_view_does_not():
    """参观泽林观 (a Taoist temple), 泽林寺, 泽林祠; 园林景观 and 巍峨壮观 are a view and a sight."""
    assert names("参观泽林观,再去泽林寺、泽林祠。") == ["泽林观", "泽林寺", "泽林祠"]
    assert names("这里有园林景观,山势巍峨壮观。") == []


def test_a_kind_of_quarter_is_a_description():
    """汉味特色风情街区 (a quarter with Wuhan flavour) and 产业创新街区 (a policy term) describe a
    kind of place; 泽林风情街区 names one."""
    assert names("发展成为汉味特色风情街区。") == []
    assert names("高能级创新平台、产业创新街区成为关键词。") == []
    assert names("他们来到泽林风情街区。") == ["泽林风情街区"]


def test_a_short_name_read_across_a_roads_tail_is_no_mention():
    """湖大 (湖北大学) inside 神山湖大道 would be a university on a road's name; the road is the
    name. 湖大 alone is still the university."""
    assert names("西起神山湖大道,东至金龙大街。") == ["神山湖大道", "金龙大街"]
    assert names("湖大的樱花开了。") == ["湖大"]


def test_a_region_then_zhen_or_xiang_is_its_town():
    """青山 + 镇 is 青山镇 and 青山 + 古镇 is 青山古镇: one name each, within 青山区; 洪山 +
    乡村振兴 (rural revival) is no township."""
    assert names("青山镇和青山古镇都在这里。") == ["青山镇", "青山古镇"]
    assert names("洪山乡村振兴成效明显。") == ["洪山"]


def test_towns_and_townships_are_found_after_a_change_of_division():
    """撤销泽林乡,并入梧桐街道; 撤销梧泽镇: old units, found by their tails."""
    assert names("撤销泽林乡,并入梧桐街道;撤销梧泽镇,并入阳逻街道。") == [
        "泽林乡", "梧桐街道", "梧泽镇", "阳逻街道"]


@pytest.mark.parametrize("text", [
    "独步三镇的娱乐重镇。", "优化城乡布局。", "少数乡镇财政困难。", "回到家乡。",
])  # fmt: skip
def test_words_ending_like_a_town_name_no_town(text):
    assert names(text) == []


def test_a_region_in_its_governments_name_is_the_region():
    """武汉市江岸区政府将其辟作街头博物馆: the district's government acts, and the text names the
    district; a party secretary's title (湖北省委书记) names no place."""
    assert names("1997年武汉市江岸区政府将其辟作博物馆。") == ["武汉市", "江岸区"]
    assert names("湖北省委书记来汉调研。") == []


def test_a_street_word_after_a_road_keeps_the_name_whole():
    """黎黄陂路街头博物馆 is one name: 街头博物馆 (a street museum) is no name of its own."""
    assert names("黎黄陂路街头博物馆,以其特有的宁静闻名。") == ["黎黄陂路街头博物馆"]


def test_a_station_named_after_a_new_place_ends_after_its_tail():
    """长江新城 + 站, 泽林大学 + 站: the station's name; 站点 (sites) is a word."""
    assert names("正在筹建的长江新城站。") == ["长江新城站"]
    assert names("泽林大学站点很多。") == ["泽林大学"]


def test_bordering_words_open_names_and_caves_end_them():
    """东倚 | 泽林河, 西滨 | 梧桐湖 (leaning on, bordering); 泽林洞 is a cave, 山洞 and 漏洞 no name."""
    assert names("东倚泽林河,西滨梧桐湖。") == ["泽林河", "梧桐湖"]
    assert names("附近的泽林洞和子午石很有名。") == ["泽林洞"]
    assert names("修补漏洞,穿过山洞。") == []


def test_da_xin_or_a_particle_may_open_a_short_name():
    """大花山, 新集镇, 和平乡: 大, 新 and 和 open names of two characters before their tail, as they
    open roads' (大成路); 大小湖湾 (bays large and small) stays a description."""
    assert names("撤销和平乡,并入三店街道;撤销新集镇,并入旧街街道。") == [
        "和平乡", "三店街道", "新集镇", "旧街街道"]
    assert names("绿道串起大花山、青龙山、八分山。") == ["大花山", "青龙山", "八分山"]
    assert names("湖中有大小湖湾。") == []


@pytest.mark.parametrize("text", [
    "道路、绿化等多项城市建设。",  # 多项 + 城市: no 项城市 (Henan)
    "这是一个旧城。",  # 一个 + 旧城: no 个旧 (Yunnan)
    "每天有一辆铁路职工上下班的火车。",  # a count
    "沿场级公路两侧布局。",  # a farm-level road, a rank
    "住宅融入湿地,幸福宜居。",  # 融入 (blends into) + a bare kind
    "杨泽获评“美丽河湖”。",  # an award's name
    "支干道为碎石路。",  # a road surface
    "山上环境优美,途中景区众多。",  # 途中 (on the way)
    "这里曾经有个货运火车站。",  # a freight station, a kind
])  # fmt: skip
def test_counts_ranks_surfaces_and_kinds_name_no_place(text):
    assert names(text) == []


def test_a_description_before_a_name_does_not_swallow_it():
    """第一条长线铁路 (the first long line) is a description; 泽林铁路 right after it is a name."""
    assert names("它是中国第一条长线铁路泽林铁路的南端终点。") == ["中国", "泽林铁路"]


def test_a_block_named_after_a_city_far_away_is_not_in_it():
    """绍兴片 is a block of old 江汉区 named after 绍兴 (Zhejiang): never drawn in Zhejiang, and here
    placed where the text says it lies; 汉阳片区 is in 汉阳."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("绍兴片位于江汉区南部地区,紧邻江汉路。"))
    assert [(r.name, r.status, r.place_id) for r in rows][0] == (
        "绍兴片", "resolved", "within:adcode:420103:绍兴片")
    (row,) = locate_mentions(parse_article("苏州片区开工。"))
    assert (row.status, row.note) == ("unresolved", "named after 苏州市, not in it")
    (row,) = locate_mentions(parse_article("汉阳片区开工。"))
    assert (row.status, row.place_id) == ("resolved", "within:adcode:420105:汉阳片区")


def test_a_city_named_like_a_hill_among_hills_of_wuhan_is_the_hill():
    """横山、马鞍山、笔架山 round a lake of Wuhan: 马鞍山 is a hill there, not the city in Anhui (left
    unplaced, with why); among cities (马鞍山、黄山和合肥) it is the city."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("周围玉笋山、横山、马鞍山、笔架山等10多座山。"))
    assert [(r.name, r.status) for r in rows] == [
        ("玉笋山", "unresolved"), ("横山", "unresolved"), ("马鞍山", "unresolved"), ("笔架山", "unresolved")]
    assert rows[2].note == "a place of Wuhan named like 马鞍山市; its site is not known"
    rows = locate_mentions(parse_article("他去过马鞍山、黄山和合肥。"))
    assert [(r.name, r.status) for r in rows] == [("马鞍山", "outside"), ("黄山", "outside"), ("合肥", "outside")]


def test_motorways_their_gates_and_junctions_and_road_extensions():
    """黄陂东收费站 is one toll gate (not 黄陂 + 东收费站); 岱黄高速 + 刘店立交 are a motorway and a
    junction on it; 解放大道下延线 is the avenue's extension, one name; 孙中山 is a person, but
    his statue (孙中山先生石像) is a landmark, as three independent gold lists read it."""
    assert names("对318国道黄陂东收费站至骆驼铺路段施工。") == ["318国道", "黄陂东收费站"]
    assert names("对岱黄高速刘店立交主线桥进行维修。") == ["岱黄高速", "刘店立交"]
    assert names("可经三环线、解放大道下延线至汉施公路。") == ["三环线", "解放大道下延线", "汉施公路"]
    assert names("前往岳飞广场,再看孙中山先生石像。") == ["岳飞广场", "孙中山先生石像"]
    assert names("孙中山曾在此演讲。") == []


def test_plants_ring_roads_and_bare_kinds_in_lists():
    """宗关水厂 and 既济电厂 are plants; 二环 is the ring road (a line, never a point); 路过 (passes by)
    ends no road; 小区房 is a flat; a bare kind in a list (医院) is no name."""
    assert names("诞生了以宗关水厂、既济电厂为代表的工业。") == ["宗关水厂", "既济电厂"]
    assert names("城中村改造在二环内全面启动。") == ["二环"]
    assert names("几年后,伯牙路过龟山。") == ["龟山"]
    assert names("他租不起小区房。") == []
    assert names("周边有光谷生物城等文化体育中心、商业体、医院、科技园区。") == ["光谷生物城"]


def test_a_bridge_is_known_by_its_short_name():
    """白沙洲大桥 and 杨泗港大桥 are 白沙洲长江大桥 and 杨泗港长江大桥."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("位于白沙洲大桥和杨泗港大桥之间。"))
    assert [(r.name, r.place_id) for r in rows] == [("白沙洲大桥", "bridge_baishazhou"),
                                                    ("杨泗港大桥", "bridge_yangsigang")]


def test_a_zone_and_a_direction_name_its_sector():
    """光谷东 (east of 光谷) and 光谷南板块 are sectors, placed within 光谷's zone; 光谷东湖 is 光谷 and
    东湖, and a district with a direction (武昌南) stays the district."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("成就了光谷东及泽林新城。"))
    assert [(r.name, r.place_id) for r in rows][0] == ("光谷东", "within:east_lake_hitech:光谷东")
    assert names("光谷南板块发展快。") == ["光谷南"]
    assert names("光谷东湖很美。") == ["光谷", "东湖"]
    assert names("武昌南,汉阳北。") == ["武昌", "汉阳"]


def test_lanes_and_moving_in_open_no_name():
    """双向六车道城市快速路 describes a road (six lanes); 搬入 (moves into) opens the name after it."""
    assert names("上层桥面为双向六车道城市快速路。") == []
    assert names("马上要搬进泽林花园。") == ["泽林花园"]
    assert names("马上要搬入小区房。") == []


def test_a_counted_bridge_is_one_of_a_kind():
    """第十座长江大桥 (the tenth bridge over the Yangtze) and 一座长江大桥 name no bridge."""
    assert names("是武汉市第十座长江大桥。") == ["武汉市"]
    assert names("这是一座长江大桥。") == []


def test_events_offices_and_people_named_after_places():
    """武昌起义 (an uprising) and 武昌分局 (a branch office) name no place, but 武昌起义纪念馆 is the
    museum, one name; 张之洞 is a person, no cave."""
    assert names("1911年武昌起义打响第一枪。") == []
    assert names("参观武昌起义纪念馆。") == ["武昌起义纪念馆"]
    assert names("向规划局武昌分局反映。") == []
    assert names("张之洞在汉阳建厂。") == ["汉阳"]


def test_halls_gates_and_campuses_of_a_place():
    """南天门 and 二天门 are gates of a mountain, not 天门市; 三清殿 and 玉皇阁 are halls; a hospital's
    campus (光谷院区) is part of its name; 紫阳村 + 地块 is the village's plot."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("自前向后有南天门、二天门、三清殿、玉皇阁等景点。"))
    assert [(r.name, r.status) for r in rows] == [
        ("南天门", "unresolved"), ("二天门", "unresolved"), ("三清殿", "unresolved"), ("玉皇阁", "unresolved")]
    assert names("他去湖北天门。") == ["湖北", "天门"]
    assert names("同济医院光谷院区开诊。") == ["同济医院光谷院区"]
    assert names("将紫阳村地块原规划调整。") == ["紫阳村"]


@pytest.mark.parametrize("text", [
    "AAAA级旅游景区。", "整个风景区都很美。", "进驻园区的企业。", "布局公立医院、高水平专科医院。",
])  # fmt: skip
def test_ranks_wholes_and_kinds_of_hospital_name_no_place(text):
    assert names(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("是国家5A级旅游景区、国家地质公园。", []),  # a rank, and a kind of park, in a list
    ("坚持生态立园、科技兴园、产业强园、品牌树园。", []),  # slogans, no parks
    ("航天三江集团、武昌船舶重工等央企。", []),  # a firm named after 武昌
    ("将改善片区环境。", []),  # improving the area
    ("天兴洲是江心岛,有环岛公路。", ["天兴洲"]),  # a river island, a ring road: kinds
    ("有泽林墓、朝天门等。", ["泽林墓", "朝天门"]),  # a tomb; a gate, not 天门市
    ("长江存储基地北侧。", ["长江存储基地"]),  # the firm's plant, one name
])  # fmt: skip
def test_slogans_firms_kinds_tombs_and_plants(text, found):
    assert names(text) == found


def test_a_known_tail_name_opening_a_heading_is_a_name():
    """体育中心 (named after its metro station) at the very start of a text has no name character
    before it, so it is no tail of a longer name, even in a heading that ends without a mark."""
    assert names("体育中心今晚举办演唱会") == ["体育中心"]


# Sampled survivors of the finder after this session's rules (bench/mutate_sample.py, seed 1).


def test_a_known_tail_right_after_name_characters_is_the_tail_of_a_longer_name():
    """洪山 + 体育中心: 体育中心 (a station's name) after name characters ends a longer name."""
    assert names("比赛在泽林体育中心举行。") == ["泽林体育中心"]


def test_a_city_among_other_cities_named_like_hills_stays_a_city():
    """马鞍山、黄山、佛山 are three cities: none of them is read as a hill of Wuhan."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("他去过马鞍山、黄山、佛山。"))
    assert [(r.name, r.status) for r in rows] == [("马鞍山", "outside"), ("黄山", "outside"), ("佛山", "outside")]


def test_a_committee_names_its_village_or_community():
    """泽林村委会 is 泽林村 and 梧桐居委会 is 梧桐, in a list of units."""
    assert names("辖泽林村委会、梧桐居委会、建泽村委会。") == ["泽林村", "梧桐", "建泽村"]


def test_a_country_after_a_word_of_coming_at_the_start_of_a_text_is_a_place():
    assert names("来自英国曼彻斯特的选手。") == ["英国"]


def test_a_region_and_a_hospital_are_measured_in_metres_on_the_sphere():
    """One degree of longitude on the equator is 2πR/360 = 111,195 m for the mean radius R =
    6,371,008.8 m (IUGG); one degree of latitude is the same on a sphere."""
    from types import SimpleNamespace

    from geo.finder import _metres

    assert abs(_metres(SimpleNamespace(lon=0.0, lat=0.0), SimpleNamespace(lon=1.0, lat=0.0)) - 111195.1) < 1
    assert abs(_metres(SimpleNamespace(lon=114.0, lat=30.0), SimpleNamespace(lon=114.0, lat=31.0)) - 111195.1) < 1


def test_a_district_then_a_unit_opening_generically_reads_on():
    """从汉口来到洪山新建街道: 新建 (new-built) opens no unit's name; the names after it are read."""
    assert names("从汉口来到洪山新建街道,再去武昌。") == ["汉口", "洪山", "武昌"]


def test_big_or_small_before_a_known_hill_names_another_hill():
    """大花山 is a hill of 江夏, not the 花山 街道; 小龟山 is not 龟山. After a word of size (扩大)
    the 大 is that word's, and the known name stands."""
    assert names("绿道串起大花山、青龙山。") == ["大花山", "青龙山"]
    assert names("小龟山金融文化公园开园。")[0] != "龟山"
    assert "小龟山" in names("在小龟山散步。")
    assert names("他们扩大花山的规模。") == ["花山"]


def test_a_unit_and_a_village_tail_name_a_village_within_the_unit():
    """卓刀泉 + 村 is the village, placed within the 街道 it is named after; 村镇 is a word."""
    mentions = find_mentions(parse_article("卓刀泉村收留了他。"))
    assert [m.name for m in mentions] == ["卓刀泉村"]
    assert mentions[0].target is None and [p.place.name_zh for p in mentions[0].parts] == ["卓刀泉街道"]


def test_a_list_closed_by_a_kind_of_place_names_places_of_that_kind():
    """泽林、梧桐和松岭等组团: 等 and a kind of place (组团, 古迹, 近代建筑) close a list of names of
    that kind, though none of them ends like a place; the item after 和 is the list's last."""
    assert names("四组团包括花山、泽林、梧桐和松岭等组团级服务中心。") == ["花山", "泽林", "梧桐", "松岭"]
    assert names("沿湖分布有泽林泉、梧桐桥等古迹。") == ["泽林泉", "梧桐桥"]


def test_a_list_of_kinds_before_a_kind_of_place_names_no_place():
    """哥特式、洛可可式等欧式建筑 and 孵化中心、测试中心等园区 list kinds: no item is a name."""
    assert names("这里哥特式、洛可可式、巴罗可式等欧式建筑一应俱全。") == []
    assert names("建设孵化中心、中试实验中心、材料测试中心等园区配套。") == []
    assert names("他买了苹果、香蕉和梨等水果。") == []


def test_the_last_item_of_a_list_ends_at_its_tail_when_the_clause_runs_on():
    """汉江、泽林河及梧桐河汇合之处: the last item is 梧桐河, not 梧桐河汇合."""
    assert names("这里是汉江、泽林河及梧桐河汇合之处。") == ["汉江", "泽林河", "梧桐河"]


def test_the_city_centre_is_no_place_name():
    assert names("30分钟到达天河机场、高铁武汉站和市中心。") == ["天河机场", "武汉站"]


def test_a_side_or_old_opening_a_known_lake_names_a_part_of_it_placed_within():
    """古月湖由东月湖、西月湖和汤月湖构成: each is a part of 月湖 (placed within it), not 月湖 itself;
    城东 + 月湖 is the lake east of a town, and 在东湖 stays 东湖."""
    mentions = find_mentions(parse_article("古月湖由东月湖、西月湖和汤月湖三部分构成。"))
    assert [m.name for m in mentions] == ["古月湖", "东月湖", "西月湖", "汤月湖"]
    assert all(m.target is None and [p.place.name_zh for p in m.parts] == ["月湖"] for m in mentions)
    assert names("城东月湖很美。") == ["月湖"]
    assert names("我们在东湖散步。") == ["东湖"]


def test_words_of_naming_and_today_open_a_name():
    """界限路(今合作路): 今 opens today's name; 改名五族街, 旧名平和街, 亦称淮山: the name after the
    word of naming; 隔府河: across the river."""
    assert "合作路" in names("界限路(今合作路)属于英租界。")
    assert names("收回后改名泽林街。") == ["泽林街"]
    assert names("此路旧名泽林街,后改今名。") == ["泽林街"]
    assert names("名叫泽林山,亦称梧桐山,素以险要闻名。") == ["泽林山", "梧桐山"]
    assert names("隔泽林河与汉口相望。") == ["泽林河", "汉口"]


def test_a_known_name_right_after_a_short_road_closes_the_road():
    """樱花路 + 月湖码头: the known pier's name opens right after the road, which ends there."""
    assert names("游客来到泽林路月湖码头。") == ["泽林路", "月湖码头"]


def test_a_bus_routes_terminal_is_a_kind_not_a_name():
    found = names("首末站武东东路船舶园路不变。")
    assert "首末站" not in found and "武东东路" in found


@pytest.mark.parametrize(("text", "name"), [
    ("金口以泽林河入长江。", "泽林河"),
    ("泽林河注入长江。", "泽林河"),
    ("友谊学校位于团结街与泽林路交会处。", "泽林路"),
    ("大正街至泽林街一段为日租界。", "泽林街"),
    ("首末站由泽林路公交站至梧桐湾公交站。", "梧桐湾"),
    ("毗邻的泽林巷虽商业化较重。", "泽林巷"),
])  # fmt: skip
def test_a_short_name_is_closed_by_a_river_flowing_a_crossing_a_stretch_or_a_bus_stop(text, name):
    """A river flowing into another (入, 注入), a crossing (交会), a stretch (一段), a bus stop or
    depot named after the place (公交) and 虽 close a short name as punctuation does."""
    assert name in names(text)


def test_peaks_springs_valleys_brooks_and_old_counties_are_short_names():
    """泽林峰, 泽林泉, 泽林谷, 泽林溪 and 泽林县 end a name as 泽林山 does; 高峰 (a peak time or
    the highest peak) and 峡谷 (a gorge) are words."""
    assert names("在泽林峰与梧桐峰之间。") == ["泽林峰", "梧桐峰"]
    assert names("沿湖分布有泽林泉。") == ["泽林泉"]
    assert names("区境大部分属泽林县。") == ["泽林县"]
    assert names("请避开人流高峰。") == []
    assert names("这是当地的最高峰。") == []


def test_a_lines_phase_is_not_part_of_its_name():
    """6号线 + 二期 is the second phase of line 6: the line is named 6号线."""
    assert "6号线" in names("随着5号线、6号线二期开通。")


def test_where_a_road_starts_and_ends_opens_its_name():
    assert names("起于泽林路,止于梧桐大道。") == ["泽林路", "梧桐大道"]
    assert "梧桐桥" in names("将泽林路延伸跨梧桐桥。")


@pytest.mark.parametrize("text", [
    "引导自然村湾向镇区集中。",  # natural villages, a kind
    "家门口到单位就是五站路。",  # five stops away
    "湖区遂呈一派鱼米之乡景象。",  # a land of fish and rice
    "有居民聚集点和县级以下行政管理机构。",  # 县级, not 和县 in Anhui
    "江、河、湖混沌一片,天水一色。",  # an idiom, not 天水 in Gansu
    "学校并非集中于单一校区。",  # a single campus
])  # fmt: skip
def test_descriptions_and_words_holding_a_name_are_no_places(text):
    assert names(text) == []


def test_a_districts_central_park_is_one_name():
    """江夏 + 中央公园: a central park is a description, so the district's name is part of it."""
    assert "江夏中央公园" in names("紧邻文化大道的江夏中央公园。")


def test_items_one_a_line_after_bullets_are_a_list():
    """A line's stations after bullets: the unknown ones are stations too, though their names
    are common words (地铁小镇站); a bare kind (停车场) is none."""
    text = "车站:\n- 华中科技大学站\n- 地铁小镇站\n- 佳园路站\n- 光谷广场站\n- 泽林总部站\n- 停车场"
    assert names(text) == ["华中科技大学站", "地铁小镇站", "佳园路站", "光谷广场站", "泽林总部站"]


def test_numbered_headings_counting_up_are_a_list_though_text_stands_between():
    """1、泽林湖 … 3、梧桐兜: headings of a guide's sights, each followed by its text."""
    text = ("景观\n\n1、泽林湖\n\n湖畔有树木。\n\n2、泽林泉\n\n泉水清亮。\n\n3、梧桐兜\n\n距泽林泉300米。"
            "\n\n4、罗汉肚\n\n位于北面。")
    assert {"泽林湖", "泽林泉", "梧桐兜", "罗汉肚"} <= set(names(text))


def test_a_bare_kind_of_station_in_a_list_of_stations_is_none():
    text = "车站:\n- 华中科技大学站\n- 佳园路站\n- 光谷广场站\n- 换乘站"
    assert names(text) == ["华中科技大学站", "佳园路站", "光谷广场站"]


def test_bulleted_items_that_are_not_mostly_places_name_none():
    assert names("工作包括:\n- 研发\n- 生产\n- 测试\n- 销售") == []


def test_the_sections_of_an_outline_are_no_list_of_places():
    assert names("1、气候\n\n冬冷夏热。\n\n2、历史沿革\n\n古称。\n\n3、交通\n\n有地铁。") == []


def test_a_place_a_road_tail_and_a_second_road_are_two_roads():
    """余家头 + 路 | 德平路: the road named after the place, then the next road, not 路德平路."""
    assert names("首末站由武汉火车站至余家头路梧桐路不变。")[-2:] == ["余家头路", "梧桐路"]


def test_a_road_extending_is_closed_there():
    assert "泽林路" in names("将泽林路延伸至梧桐大道。")


def test_a_river_and_a_bridge_or_sluice_tail_name_a_bridge_or_sluice():
    """滠水 + 桥 is a bridge over 滠水, not the river; 桥梁 (bridges) is a word."""
    assert names("将泽林路延伸跨滠水桥。") == ["泽林路", "滠水桥"]
    assert names("汉江桥梁众多。") == ["汉江"]


@pytest.mark.parametrize("text", [
    "形成集研发、生产为一体的创新产业园区。",
    "柴油机厂变身金融小镇。",
    "堤街已发展成为热闹的手工业街道。",
    "训练中心、升旗广场赛后将改造为初中。",
])  # fmt: skip
def test_kinds_described_by_what_they_are_for_are_no_names(text):
    assert names(text) == []


def test_a_basin_a_plain_a_belt_or_a_region_named_after_a_place_is_a_region_of_its_own():
    """长江流域, 长江经济带 and 江汉平原 are regions larger than Wuhan: neither the river nor the
    district 江汉区. 武汉地区 stays the city, and a reach (汉江下游) stays the river."""
    assert names("是长江流域发现的遗址。") == ["长江流域"]
    assert names("融入长江经济带建设。") == ["长江经济带"]
    assert names("是江汉平原最大的湖泊。") == ["江汉平原"]
    assert names("武汉地区高校众多。") == ["武汉"]
    assert names("汉江下游改道。") == ["汉江"]


def test_a_verb_right_before_a_bare_tail_opens_no_name():
    """出码头往大桥方向走: 往 + 大桥 is going to the bridge, not a bridge named 往大桥; 太古 + 下码头
    is the lower pier of 太古, a name."""
    assert names("出码头往大桥方向走。") == []
    assert "泽林下码头" in names("麻阳街泽林下码头以南。")


def test_a_time_of_the_year_opens_a_name_and_flowing_into_a_lake_is_none():
    assert names("汛期泽林闸、梧桐闸开闸泄洪。") == ["泽林闸", "梧桐闸"]
    assert names("雨季漫溢入湖,污染湖水。") == []
    assert names("武汉市无疫情社区名单。") == ["武汉市"]


@pytest.mark.parametrize("text", [
    "方向走,快到大桥的时候。",  # about to reach the bridge: 快到 is no name's opening
    "虽然没走多少路。",  # not much walking
    "由废弃工厂改造而来的企业园区。",  # a park of firms, a kind
    "参加花海千人广场舞。",  # a square dance
    "中间有条断头路。",  # a dead-end road
    "很多巷子晚上九点就收摊。",  # lanes, a kind
])  # fmt: skip
def test_words_of_casual_notes_name_no_place(text):
    assert names(text) == []


def test_a_particle_stands_second_in_a_name_only_where_names_have_it():
    """仁和路 and 自在桥 hold 和 and 在 after one character; 快到 is a word, not a name's start."""
    assert "仁和路公园" in names("来到仁和路公园。")
    assert "泽林大桥" in names("快到泽林大桥了。")


def test_a_places_people_name_the_place():
    """武汉人, 日本人, 蔡甸人: the people of a place name it (the gold lists count them), and
    nothing after them widens it (蔡甸人杨松山 is a man, not a hill); bodies (武汉人大) and words
    opening with 人 (人工智能) name no place, as before."""
    assert names("每天早上一睁眼,武汉人最先想到的是什么?") == ["武汉"]
    assert names("后来日本人建鸦片馆。") == ["日本"]
    assert names("上世纪20年代蔡甸人杨松山在此开旅社。") == ["蔡甸"]
    assert names("武汉人口超过一千万。") == ["武汉"]
    assert names("武汉人大常委会审议。") == []
    assert names("武汉人工智能计算中心落成。") == []
    assert names("江岸区人民政府发布通知。") == ["江岸区人民政府"]


def test_a_lake_a_hill_or_a_river_opened_by_a_word_is_a_name_where_the_clause_runs_on():
    """在泽林湖读书, 跨梧桐河后: two characters and 湖, 山 or 河 after a word that opens a name;
    not a count (一段湖), a doubled word (莽莽山林), a description (城郊湖) or a tail going on
    (泽林湖路 is a road, 梧桐河湾 a bend, 中国湖畔 the shore)."""
    assert names("我在泽林湖读书时认识了他。") == ["泽林湖"]
    assert names("线路跨梧桐河后进入新区。") == ["梧桐河"]
    assert names("传说老君自泽林山而来。") == ["泽林山"]
    assert names("通过一段湖中长堤。") == []
    assert names("曾经的莽莽山林间拔地而起。") == []
    assert names("墨湖逐渐由城郊湖变为景区。") == []
    assert names("建设泽林湖畔型原乡。") == []


def test_a_run_closed_by_its_tail_before_a_known_name_ends_there():
    """泽林经济示范区 | 江夏片区: the zone's name ends at its tail, before the known name that opens
    the next one; a hospital before its campus named after a place (泽林医院光谷院区) is not cut off."""
    assert names("加快推进泽林经济示范区江夏片区交通路网优化。")[0] == "泽林经济示范区"
    assert "泽林医院" not in names("武汉儿童医院、泽林医院光谷院区、梧桐医院。")


@pytest.mark.parametrize("estate", ["泽林嘉园", "梧桐华府", "泽林府邸", "梧桐名邸", "梧桐星城",
                                    "泽林林语", "梧桐锦园", "泽林雅园", "梧桐华庭", "泽林公馆", "梧桐雅苑"])
def test_estates_named_in_notices_are_names(estate):
    """Notices of water cuts, vaccinations and school catchments list estates by the tails
    developers give them (万科嘉园, 恒大华府, 上海府邸): each is a name, never cut short
    (上海 + 府 is no old prefecture)."""
    assert names(f"停水范围:{estate}、光谷广场。") == [estate, "光谷广场"]


def test_a_bus_stop_one_gets_off_at_is_named_by_its_road_and_its_landmark():
    """至八一路泽林站下车: the stop's name holds its road; a station one meets at stays a place on
    the road (约在珞狮南路梧桐站见面, above)."""
    assert names("乘坐591路至八一路泽林站下步行5分钟。") == ["八一路泽林站"]
    assert names("乘坐402路至东湖南路梧桐所站下车。") == ["东湖南路梧桐所站"]
    assert names("我们约在珞狮南路梧桐站见面。") == ["珞狮南路", "梧桐站"]


@pytest.mark.parametrize("text", [
    "也是登名楼、逛名街、品名吃、观名景的好去处。",  # famous towers and streets: no names
    "周边有多所知名中小学。",
    "成为一个个湖嘴、孤岛、泥滩、沼泽。",  # kinds of wetland
    "加强水库、涵闸的调度,开启泄洪闸。",  # water works by kind
    "开工建设2个110KV变电站。",
    "建议建设湖底隧道缓解交通压力。",
    "两旁有餐馆、酒店30多家。",
    "系五层楼建筑,门面虽不大。",  # a count of storeys
])  # fmt: skip
def test_famous_ones_kinds_of_wetland_and_works_and_counts_of_storeys_are_no_names(text):
    assert names(text) == []


def test_numbered_roads_are_names_each_opened_by_what_comes_before():
    """泽林港四路, 梧桐一路 | 泽林一路, 四马路: a stem of two to four characters, a number and 路,
    opened by a mark, a word or the road before it; 一路 as "all the way" (一路颠簸) is no road,
    and neither is a stem holding a road or a verb (平路 + 一路东行, 随着 + 梧桐一路)."""
    assert names("冷门坐标:泽林港四路和五路中间。") == ["泽林港四路"]
    assert names("记者在梧桐一路泽林一路至泽林二路段看到。")[:2] == ["梧桐一路", "泽林一路"]
    assert names("和平大道(四马路至中山路)只允许中型车通行。") == ["和平大道", "四马路", "中山路"]
    assert names("坐公交一路颠簸。") == []
    assert names("沿着山顶的平路一路东行。") == []
    assert names("如今随着梧桐二路通车。") == ["梧桐二路"]
    assert names("银潭路梧桐二路、宏图路。")[:2] == ["银潭路", "梧桐二路"]


def test_a_roads_crossing_closes_its_name():
    """今泽林路口: the crossing of 泽林路 names the road; 十字路口 is a crossroads."""
    assert names("界限路(今泽林路口)属于英租界。")[:2] == ["界限路", "泽林路"]
    assert names("在十字路口等车。") == []


def test_big_small_or_new_opening_a_name_after_a_region_is_a_name_within_it():
    """汉阳 + 大泽山, 武汉 + 大泽路: 大 opens a name of two characters before its tail (as in
    大成路), not a description; after the city only a street is so split (武汉绕城高速 is one)."""
    assert names("1892年在汉阳大泽山麓动工。") == ["汉阳", "大泽山"]
    assert names("学校位于武汉大泽路与博研路交汇处。") == ["武汉", "大泽路", "博研路"]
    assert names("经武汉绕城高速到达。") == ["武汉绕城高速"]


def test_a_universitys_people_are_its_alumni_no_place():
    """华科大人 are the university's alumni, a body like 华科大校友: no place is named; a street's
    people (汉正街人) are its traders, and the street is named."""
    assert names("深圳也是华科大人最多的城市。") == ["深圳"]
    assert "汉正街" in names("一方面避免汉正街人、货通行量过大。")


def test_two_one_character_tails_opening_a_name_are_its_stem():
    """塔园水库, 湖港路: 塔 + 园 and 湖 + 港 open the name as its own two characters would, not
    a description made of tails (湿地公园 stays one)."""
    assert names("湖面缩小,今在此建有塔园水库。") == ["塔园水库"]
    assert names("基地北侧,湖港路以北。") == ["湖港路"]
    assert names("这是一座湿地公园。") == []


def test_academies_pavilions_and_roads_ending_a_stretch_are_names():
    """泽林书院 and 梧桐亭 end names; 至泽林路止 closes the road (up to it); 曾在 + 书院 is
    a word and the bare tail, no name; 例如 opens the names it gives."""
    assert names("泽林书院又名孔庙。") == ["泽林书院"]
    assert names("还有个亭子叫梧桐亭,人们各自休息。") == ["梧桐亭"]
    assert names("东起于湖边,向西至泽林路止。") == ["泽林路"]
    assert names("于成龙等大儒,曾在书院讲学。") == []
    assert names("老建筑例如泽林教区旧址、梧桐医院旧楼等。") == ["泽林教区旧址", "梧桐医院旧楼"]


def test_markets_interchanges_and_coded_roads_are_names():
    """泽林菜市场, 梧桐批发交易市场 and 泽林堡互通 are places; S103公路 is one road; kinds of
    market (传统批发市场) and 互联互通 are none; a verb of rebuilding closes what comes before."""
    assert names("三个地标:泽林菜市场、光谷广场。") == ["泽林菜市场", "光谷广场"]
    assert names("四环线泽林堡互通将进行匝道维修。") == ["四环线", "泽林堡互通"]
    assert names("该段通过S103公路改造承担梧桐大道功能。") == ["S103公路", "梧桐大道"]
    assert names("推进传统批发市场搬迁。") == []
    assert names("关于前进路泵站改造工程施工的通告。") == ["前进路"]  # the road the station is named for


@pytest.mark.parametrize("text", [
    "实现80平方公里工业园连片开发。",  # an extent, not a name
    "宽约8米。因该路位于城南,故名。",  # because this road ...
    "预计进出城通道、长途客运站周边拥堵。",  # kinds of road and station
    "这片历史文化街区形成于明清时期。",
    "是地球科学领域的顶尖大学。",
])  # fmt: skip
def test_extents_this_road_and_kinds_of_station_or_district_are_no_names(text):
    assert names(text) == []


def test_a_built_or_scenic_name_alone_in_quotation_marks_is_a_name():
    """“泽石”, “梧桐亭”: quotation marks close the name on both sides; slogans ending like places
    (“环通三镇”, “天下第一街”) stay none."""
    assert names("有形象逼真的“供果石”、“梧桐亭”。") == ["供果石", "梧桐亭"]
    assert names("让地铁“环通三镇”,自古就有“天下第一街”之美誉。") == []


def test_a_towns_old_district_and_commune_are_names_within_it():
    """金口区, 纸坊区: a 街道's bare name and 区 are the old district of the 1950s named after it,
    placed within the 街道; 乌龙泉公社 the commune; 纸坊区域 is the area's extent, a word."""
    assert names("属武昌县、金口区的太平乡。") == ["武昌县", "金口区", "太平乡"]
    assert names("1963年设立为乌龙泉公社。") == ["乌龙泉公社"]
    assert names("纸坊区域内人口众多。") == ["纸坊"]


def test_wuhans_nickname_names_the_city_but_not_inside_words_or_other_names():
    """江城 (the River City) is Wuhan, at city level; 跨江城市 is a city across a river, and 江城壹号
    or 江城之门 are names of their own."""
    assert names("已成为百万江城居民的一项传统活动。") == ["江城"]
    assert names("鄂东没有一个跨江城市。") == []
    assert "江城" not in names("附近有中山公园、江城壹号。")


def test_the_bare_names_of_east_lakes_scenic_parts_are_known():
    """听涛, 吹笛 and 珞洪 are parts of the 东湖 scenic area, listed bare; 落雁 stays unknown bare
    (沉鱼落雁 is an idiom)."""
    assert names("避开热门的听涛和磨山。") == ["听涛", "磨山"]
    assert "珞洪" in names("分为吹笛、珞洪两个游览区。")
    assert names("有沉鱼落雁之容。") == []


def test_the_zones_nicknames_name_the_zones():
    """中国车都 is the 武汉经开区 as 中国光谷 is the 东湖高新区: the headline's nickname."""
    assert names("10个项目签约落户“中国车都”。") == ["中国车都"]
    assert names("武汉·中国光谷") == ["武汉", "中国光谷"]


def test_regions_larger_than_wuhan_that_hold_it_are_found_and_not_placed():
    """华中地区, 中部地区, 长江中游: places that hold the whole city, found, never a dot."""
    from geo.places import locate_mentions

    mentions = locate_mentions(parse_article("汉南正逐渐成为武汉乃至华中地区的休闲旅游新地标。"))
    region = next(m for m in mentions if m.name == "华中地区")
    assert region.status == "unresolved"
    assert names("纸坊街境位于长江中游,冬夏季风交替。") == ["纸坊街", "长江中游"]


def test_lanes_in_li_are_names_in_a_text_on_lanes():
    """A text on 里份 names lanes in 里 (泽兴里、梧德里); 这里, 公里 and 建房成里 stay words, and
    里 ends no name in a text that does not speak of lanes."""
    assert names("汉口的里份很多,如泽兴里、梧德里。")[-2:] == ["泽兴里", "梧德里"]
    assert names("这里是里份,由四家建房成里,走了十公里。") == []
    assert names("他说,梧德里。") == []


def test_a_gate_of_a_place_closes_the_places_name():
    """泽林谷 + 后门: the back gate of 泽林谷; the place is named."""
    assert names("骑行线路:梨园-泽林谷后门-白马驿站。")[1] == "泽林谷"


def test_party_committees_and_turning_into_name_no_place():
    """东湖高新区党工委 and 沌阳街道党委 are bodies (and 沌阳街 does not come back as a street);
    厂房转型 + 金融小镇 is a change of use, and 环湖绿道 a greenway by its course."""
    assert names("东湖高新区党工委(扩大)会议召开。") == []
    assert names("沌阳街道党委书记讲话。") == []
    assert names("小龟山废弃厂房转型金融小镇。") == ["小龟山"]
    assert names("是110公里长的环湖绿道。") == []


def test_a_processing_park_ends_a_name():
    """泽林现代农产品加工园: a park of the processing industry, one name."""
    assert names("泽林现代农产品加工园加速成型。") == ["泽林现代农产品加工园"]


def test_ferries_end_names_and_residents_close_a_villages():
    """泽林渡 is a ferry; 横渡 and 轮渡 are crossing and a ferry boat; 梧桐村 + 居民区 is the
    village's residential area, the village named."""
    assert names("位于泽林园以北,泽鼓渡以南。") == ["泽鼓渡"]
    assert names("成功横渡长江,乘轮渡过江。") == ["长江"]
    assert names("道路横跨泽林村和梧桐村居民区。") == ["泽林村", "梧桐村"]


@pytest.mark.parametrize("text", [
    "风景区内有一湖、二洞、三寺、三潭、四泉等名胜。",  # counts of a kind
    "1856年(咸丰六年)又毁于战火。",  # an emperor's era, named like the county
    "到清咸丰年间重建。",
    "清政府与英国签订《天津条约》。",  # a treaty
    "支付不到100两白银。",  # silver, not 白银市
    "以小区西边路为界。",  # the road on the west side
    "盘山公路直达山顶。",
])  # fmt: skip
def test_counts_eras_treaties_silver_and_sides_name_no_place(text):
    assert [n for n in names(text) if n != "英国"] == []


def test_a_place_with_a_numeral_in_its_name_stays_a_name():
    """五通 and 三眼桥 hold a numeral and are names; only numerals and a bare tail are a count."""
    assert "三眼桥" in names("沿湖分布有珍珠泉、三眼桥等古迹。")


def test_old_prefectures_county_towns_towns_and_hill_villages_are_names():
    """孝感专区 is the old prefecture, 黄陂县城 the old county town, 湖泗镇 the town the 街道 was,
    姚家山村 a village after a hill; 偏远山村 stays a word."""
    assert names("1952年改由孝感专区管辖。") == ["孝感专区"]
    assert names("黄陂县城,过去是没有名字的。") == ["黄陂县城"]
    assert names("存有宋代瓷窑的江夏区湖泗镇泽林村。") == ["江夏区", "湖泗镇", "泽林村"]
    assert names("保存革命气息的黄陂蔡店镇梧家山村。")[-1] == "梧家山村"
    assert names("一个偏远山村。") == []


def test_countries_by_to_with_and_becoming_are_places_and_terminals_by_their_code():
    """由英国于1861年开辟, 中华人民共和国成立: the country is named; T3航站楼 is a terminal."""
    assert names("由英国于1861年开辟。") == ["英国"]
    assert names("1949年中华人民共和国成立后。") == ["中华人民共和国"]
    assert names("今日6时T3航站楼启用。") == ["T3航站楼"]


def test_former_names_and_dynasties_open_names_and_martyrs_shrines_end_them():
    """(原 | 紫阳路), 明代 | 楚王宫: what a place was, and when, opens its name; 泽林烈士祠 is a
    shrine; 原来 is no opening of a name."""
    assert names("张之洞路(原泽林路)99号。")[-1] == "泽林路"
    assert names("此祠原为明代梧桐宫的遗址。") == ["梧桐宫"]
    assert names("……   泽林首义烈士祠(1912年建)") == ["泽林首义烈士祠"]


def test_a_hospitals_people_are_its_staff_no_place():
    """武汉协和人 are the hospital's staff, a body of people like 华科大人: no place is named."""
    assert names("他是武汉协和人,在那里工作了三十年。") == []


def test_a_road_named_after_the_people_after_a_region_is_a_road_within_it():
    """汉阳 + 人民路: 人 opens a road named after the people, not the region's people."""
    assert names("沿着汉阳人民路往前走。") == ["汉阳", "人民路"]


def test_a_doubled_word_before_a_natural_tail_is_no_name():
    """莽莽山间: 莽莽 is a doubled word describing the hills, no name's two characters."""
    assert names("车在莽莽山间穿行。") == []


def test_a_rivers_bend_runs_on_after_its_tail():
    """梧桐河湾: 湾 goes on with 河 (a bend), so 梧桐河 is not closed there."""
    assert names("渔船停在梧桐河湾里。") == []


def test_an_artificial_lake_is_a_kind_of_lake_no_name():
    """人工湖 describes a lake (man-made), as 城郊湖 does: no name even after 在."""
    assert names("他在人工湖读书。") == []


def test_a_count_before_a_natural_tail_is_no_name():
    """一片湖: a count of a lake, no name, though a word (在) opens it and the clause runs on."""
    assert names("他在一片湖里游泳。") == []


def test_a_natural_name_opened_by_a_word_has_two_characters_only():
    """游 + 泽林湖: a word opens a lake, hill or river of two characters only; the verb before
    it is no part of a three-character name."""
    assert "游泽林湖" not in names("大家都在游泽林湖时拍照。")


def test_a_run_opening_with_a_known_name_ends_at_its_tail_before_the_next_known_name():
    """江夏 + 泽林经济示范区 | 光谷片区: the known name opening the run does not stop the cut
    before the known name inside it."""
    assert "泽林经济示范区" in names("江夏泽林经济示范区光谷片区交通路网优化。")


def test_a_road_numbered_with_two_characters_takes_a_stem_of_four():
    """泽林梧桐十二路: the number may have two characters (十二) after a stem of four."""
    assert names("冷门坐标:泽林梧桐十二路和五路中间。") == ["泽林梧桐十二路"]


def test_a_numbered_roads_stem_holds_no_particle():
    """泽林的二路: 的 in the stem makes a phrase (a bus route of 泽林), no road."""
    assert names("这是泽林的二路公交。") == []


def test_a_verb_that_is_the_whole_stem_of_a_numbered_road_is_its_name():
    """建设八路: a verb opening the stem cuts it, unless the verb is the whole stem."""
    assert names("车辆沿建设八路行驶。") == ["建设八路"]


def test_a_numbered_roads_stem_may_have_four_characters():
    """泽林梧桐四路: the longest stem so opened, four characters, is the road's."""
    assert names("冷门坐标:泽林梧桐四路和五路中间。") == ["泽林梧桐四路"]


def test_a_road_numbered_one_closed_by_its_crossing_is_a_name():
    """泽林港一路 + 路口: a closer after 一路 makes it a road, not "all the way"."""
    assert names("记者在泽林港一路路口看到。") == ["泽林港一路"]


def test_a_traffic_crossing_is_no_road():
    """交通路口 is a crossing of traffic, as 十字路口 is a crossroads: no 交通路."""
    assert names("车辆在交通路口排队。") == []


def test_one_character_and_a_tail_in_quotation_marks_is_a_name():
    """“泽石”: the marks close it on both sides, so one character before the tail is enough."""
    assert names("有形象逼真的“泽石”。") == ["泽石"]


def test_a_quoted_phrase_holding_a_boundary_word_is_no_name():
    """“去泽亭”: a verb of travel inside the marks makes a phrase, no name."""
    assert names("他说要“去泽亭”。") == []


def test_a_towns_old_district_is_a_name_within_it():
    """消泗 + 区: a town's bare name and 区 name its old district, as a 街道's do (金口区)."""
    assert names("属蔡甸县、消泗区的太平乡。") == ["蔡甸县", "消泗区", "太平乡"]


def test_a_towns_name_before_quwei_is_the_town():
    """纸坊 + 区位: 区位 (location) is a word, no old district."""
    assert names("纸坊区位优势明显。") == ["纸坊"]


def test_wuhans_nickname_opening_a_labs_name_is_no_part_of_it():
    """江城实验室 is a name of its own, as 江城壹号 is: 江城 in it is not read as the city."""
    (lab,) = find_mentions(parse_article("江城实验室揭牌成立。"))
    assert lab.name == "江城实验室" and lab.parts == ()


def test_lanes_in_li_are_names_in_a_text_on_lifen():
    """里分 is written for 里份 too: a text speaking of it names lanes in 里."""
    assert names("汉口的里分很多,如泽兴里、梧德里。")[-2:] == ["泽兴里", "梧德里"]


def test_in_town_is_no_lane_in_a_text_on_lanes():
    """梧桐城里 is "in the town of 梧桐", no lane, even in a text on 里份."""
    assert "梧桐城里" not in names("汉口的里份很多,他们住在梧桐城里、泽林村。")


def test_zhengzai_is_a_word_before_a_bare_tail():
    """正在 + 书院: an adverb and 在 are a word, as 曾在 is; the bare tail is no name."""
    assert names("于成龙等大儒,正在书院讲学。") == []


def test_an_extent_in_mu_is_no_name():
    """800亩工业园 is an extent of park, as 80平方公里工业园 is."""
    assert names("实现800亩工业园连片开发。") == []


@pytest.mark.parametrize("estate", ["梧桐豪庭", "泽林名苑", "梧桐雅居", "泽林名居"])
def test_estates_with_the_other_notice_tails_are_names(estate):
    """豪庭, 名苑, 雅居 and 名居 are estate tails too, as 华庭 and 雅苑 are."""
    assert names(f"停水范围:{estate}、光谷广场。") == [estate, "光谷广场"]


def test_an_exchange_market_is_a_name():
    """泽林交易市场: 交易市场 closes a market's name, as 批发市场 and 菜市场 do."""
    assert names("在泽林交易市场采购。") == ["泽林交易市场"]


@pytest.mark.parametrize("text", [
    "在主要路口设置岗亭。",  # a sentry box
    "汉口有名小吃街。",  # famous snacks: 汉口 is named, no street
    "穿过一片湖到达。",  # a stretch of lake
])  # fmt: skip
def test_kiosks_famous_snacks_and_a_stretch_of_lake_are_no_names(text):
    assert names(text) in ([], ["汉口"])


def test_a_numbered_roads_stem_holds_no_word_of_a_clause():
    """如今 | 随着 | 二路: the words of the clause are no stem of a road."""
    assert "如今随着二路" not in names("如今随着二路通车。")


def test_the_zones_short_name_city_regions_and_old_city_walls():
    """东湖高新 is the 东湖高新区 (a road after it is within it); 泽林城市圈 a city region;
    泽林城垣 an old city wall; 带动 + 城市圈 is a verb and a kind."""
    assert names("请问位于东湖高新泽林路,小区旁。")[:2] == ["东湖高新", "泽林路"]
    assert names("推进“泽林城市圈”建设。") == ["泽林城市圈"]
    assert names("这就是古泽州城垣。") == ["古泽州城垣"]
    assert names("带动城市圈升级发展。") == []


def test_a_namesake_opened_by_a_size_at_the_texts_very_end_is_read():
    """小 + 龟山 as the text's last characters: no character follows, and nothing breaks."""
    assert names("他在小龟山") == ["小龟山"]


def test_a_news_agencys_bureau_for_a_province_is_no_station():
    """央视湖北站站长 is the head of CCTV's Hubei bureau, 新华社湖北分社 Xinhua's branch: no place;
    汉口站站长 is the master of a railway station, which is named."""
    assert names("央视湖北站站长王涵等一行。") == []
    assert names("新华社湖北分社记者报道。") == []
    assert names("汉口站站长介绍。") == ["汉口站"]


def test_a_body_whose_name_joins_remits_with_he_is_no_place():
    """武汉市文化和旅游局 and 湖北省文化和旅游厅 are bodies (their remits joined by 和), and so is
    武汉市住房和城乡建设局 (建设 a remit, not a verb of building); 武汉 + 和 + 鄂州 are two places."""
    assert names("武汉市文化和旅游局发布通知。") == []
    assert names("湖北省文化和旅游厅发布通知。") == []
    assert names("武汉市住房和城乡建设局回复。") == []
    assert names("湖北省科技厅近日公布名单。") == []
    assert names("武汉和鄂州共同举办推介会。") == ["武汉", "鄂州"]
    assert names("武汉和鄂州推介会在此召开。")[:1] == ["武汉"]  # 和 after a place joins places
    assert names("九峰山论坛暨化合物半导体产业大会开幕。") == ["九峰山"]


def test_a_run_holding_a_word_no_name_holds_is_a_clause():
    """已, 然后, 下称, 境内: adverbs, "hereinafter", "within the area" make a clause of the run."""
    assert names("门诊及住院病房已整体迁入新大楼。") == []
    assert names("爬山到山顶,然后翻山到了另一边。") == []
    assert names("储备大楼(下称新大楼)实现衔接。") == ["储备大楼"]
    assert "境內街" not in names("湖北省武漢市江夏區境內街道")


def test_brigades_farms_fisheries_and_hamlets_of_the_hills_are_names():
    """The commune era's brigades (湘口大队), state farms (汉南农场), fisheries (沉湖鱼场) and
    hamlets in 寨, 冲, 岗 are places; a police unit (交警大队) and 首当其冲 are not."""
    assert names("辖路北、泽林大队、梧桐大队、鱼场。") == ["路北", "泽林大队", "梧桐大队"]
    assert names("干校的土地划出建立泽林农场。有梧桐鱼场。") == ["泽林农场", "梧桐鱼场"]
    assert names("辖村委会:泽林寨、梧桐冲、桂花岗,其中镇政府驻泽林寨。")[:3] == ["泽林寨", "梧桐冲", "桂花岗"]
    assert names("武汉市公安局交警大队发布通知。") == []
    assert names("下岗职工重新上岗,首当其冲。") == []


def test_a_firms_base_is_its_site_and_a_base_for_a_product_a_description():
    """欧派集团华中制造基地 is the firm's site; 光纤光缆生产基地 says what is made; the site after a
    firm's full name (股份有限公司) is the site alone; a lab's title 国家重点实验室 is no rank."""
    assert names("泽林集团华中制造基地将建成投产。") == ["泽林集团华中制造基地"]
    assert names("这里是最大的光纤光缆生产基地。") == []
    assert names("深圳市泽林股份有限公司华中区域新材料产业园开工。")[-1] == "华中区域新材料产业园"
    assert names("包括泽林精细爆破国家重点实验室。") == ["泽林精细爆破国家重点实验室"]


def test_labs_named_for_two_subjects_and_their_level_are_one_name():
    """材料与器件 joins a lab's two subjects; 湖北省 + 重点实验室 is the lab's level, no province;
    a run longer than a name can be, cut short by the window, is read as no name at all."""
    assert names("包括泽林材料与器件教育部重点实验室。") == ["泽林材料与器件教育部重点实验室"]
    assert names("、工业烟尘污染控制湖北省重点实验室、") == ["工业烟尘污染控制湖北省重点实验室"]
    assert names("湖北省重点实验室名单公布。") == []
    assert "括工业烟尘污染控制湖北省重点实验室" not in names("包括工业烟尘污染控制湖北省重点实验室。")


def test_terraces_historic_quarters_yards_and_dedicated_railways_are_names():
    """楚天台 (a terrace of a hill, as a whole item), 汉口历史风貌区, 武南编组站, 武九客专,
    “巴公房子” in quotation marks; 舞台, 平台 and 观景台 are words, and 台北路 is still a road."""
    assert names("爬山到泽林台,再往前走。") == ["泽林台"]
    assert names("成为泽林历史风貌区首批开放项目。") == ["泽林历史风貌区"]
    assert names("下穿泽林编组站股道。") == ["泽林编组站"]
    assert names("趁着泽林客专通车。") == ["泽林客专"]
    assert names("神似的“泽林房子”建在街边。") == ["泽林房子"]
    assert names("登上观景台,走上舞台,搭建平台。") == []
    assert names("改名台北路。") == ["台北路"]


def test_kinds_of_building_stop_and_street_are_no_names():
    """居民楼, 公交站, 景观路, 仿古街, 装甲门 and a planned 规划体育中心 are kinds, not places."""
    assert names("旁边就是公交站,还有居民楼、医院、学校等民生场所。") == []
    assert names("走上两公里的景观路,这里是明代仿古街。") == []
    assert names("位于书香大街交汇处,规划体育中心北侧。") == ["书香大街"]


def test_adverbs_pronouns_and_verbs_of_handling_make_a_clause_of_a_kind():
    """彻底解决园区, 按照历史文化街区, 目前体育馆, 空中俯瞰园区: a clause ending in a kind; 悬索桥
    is a kind of bridge."""
    assert names("要彻底解决园区停车难题。") == []
    assert names("按照历史文化街区标准保护。") == []
    assert names("目前体育馆的主体已完工。") == []
    assert names("空中俯瞰园区,16栋厂房焕然一新。") == []
    assert names("世界首座三塔四跨悬索桥;") == []


def test_a_route_written_with_dashes_or_arrows_is_a_list_of_places():
    """泽林站 - 梧桐站 - 桂花站, and 磨山北门—泽林阁—梧桐墩: a route lists its stops; an
    apposition's pair of dashes (汉口海关——江汉关) is no separator, and 下桥即可 no stop."""
    assert names("泽林站 - 梧桐站 - 桂花站") == ["泽林站", "梧桐站", "桂花站"]
    assert names("路线:磨山北门—泽林阁—梧桐墩—东湖") == ["磨山北门", "泽林阁", "梧桐墩", "东湖"]
    assert "下桥即可" not in names("路线:泽林大桥→梧桐大桥→下桥即可。")


def test_a_count_and_its_measure_word_open_no_name():
    """昙华林片5片历史文化风貌街区: 5 + 片 counts the quarters; a list number before a name
    (111楚材社区) is still stripped."""
    assert names("一元路片、昙华林片5片历史文化风貌街区。") == ["一元路片", "昙华林片"]
    assert names("辖111泽林社区。") == ["泽林社区"]


def test_designations_and_a_bureau_after_a_name_are_no_places():
    """风貌街区, 双创集聚示范区, 多彩步行街 are kinds; 中铁大桥 + 局 is a firm (a bureau); 今年 + 该区
    opens no 年…; 文化大道 is still a road."""
    assert names("历史文化风貌街区,往往是一座城市的记忆。") == []
    assert names("打造“红色引擎”、多彩步行街、全龄活动广场。") == []
    assert names("设计建造企业——中铁大桥局等大批企业。") == []
    assert names("今年该区老旧小区改造。") == []
    assert names("紧邻文化大道的公园。") == ["文化大道"]


def test_a_grand_corridor_a_stadium_and_a_trade_market_are_names():
    """光谷科创大走廊 is one name (走 of 走廊 is no verb); 武泰闸体育场 after 完成, 泽林建材市场,
    对面那条 + 梧桐路; 空军预警学院体育场馆 keeps its 馆."""
    assert names("打造光谷科创大走廊。") == ["光谷科创大走廊"]
    assert names("完成泽林闸体育场更新。") == ["泽林闸体育场"]
    assert names("头道街、泽林建材市场;") == ["头道街", "泽林建材市场"]
    assert names("技术中心对面那条梧桐路,去年还全是厂房。") == ["梧桐路"]
    assert names("泽林学院体育场馆 地址:") == ["泽林学院体育场馆"]


def test_a_road_of_two_characters_opened_by_a_word_runs_on_into_the_clause():
    """沿 + 泽林路 + 前行, 包括 + 泽林路 + 梧桐路: a road needs no closing mark; 中心街道 and
    丁字路口 are words, 施工修路 a clause."""
    assert names("沿泽林路前行。") == ["泽林路"]
    assert names("包括泽林路梧桐路。") == ["泽林路", "梧桐路"]
    assert names("是早期的中心街道。") == []
    assert names("在丁字路口过马路。") == []
    assert names("到处都在施工修路。") == []


def test_names_of_one_kind_run_together_are_several_names():
    """A copied page loses its links: 泽林巷码头梧桐关码头桂花码头 is three piers, 泽林会旧址梧桐
    洋行旧址 two sites; 遗址 + 公园遗址区 is one park's parts, not two names."""
    assert names("王家巷码头梧桐关码头桂花码头,通过轮渡。") == ["王家巷码头", "梧桐关码头", "桂花码头"]
    assert names("、泽林会旧址梧桐洋行旧址、") == ["泽林会旧址", "梧桐洋行旧址"]


def test_verbs_of_charge_a_count_of_units_and_hot_spots_name_nothing():
    """负责路特斯… is in charge of Lotus, not a road; 洲头两街道 counts two subdistricts; 传统热点片区
    is a kind of area."""
    assert names("设立总部,负责路特斯车型的研发。") == []
    assert names("武汉市调整街道区划,泽林、梧桐两街道合并。")[1:] == []
    assert names("花山等传统热点片区的6宗地块。") == ["花山"]


def test_a_list_opened_by_a_kind_of_place_names_places():
    """与孔子有关的地名有 + 泽林埠、梧桐港、桂花畈: place names, whatever their tails; a list
    opened by nothing of the kind is judged by its items."""
    assert names("与孔子有关的地名有泽林埠、梧桐港、桂花畈、坐石等。") == ["泽林埠", "梧桐港", "桂花畈", "坐石"]
    assert names("他喜欢坐石、墨池、砚石等。") == []


def test_bidders_people_and_clauses_of_a_campus_are_no_places():
    """四川 + 邦泰 + 以…竞得 is a firm (a bidder of a land sale), 厦门建发 too; 泽林南、梧桐北、
    桂花东三位 are three people; 强调该校区, 纷纷扩大学校 are clauses; 水文站 and 古老小镇 kinds."""
    assert names("最终由四川邦泰以84200万元总价竞得。") == []
    assert names("厦门建发以122020万元将其收入囊中。") == []
    assert names("武汉东湖以3000亩水面闻名。") == ["武汉东湖"]
    assert names("先后出了泽林南、梧桐北、桂花东三位主席。") == []
    assert "肖耀南" not in names("先后出了肖耀南、徐源泉、万耀煌三位湖北省主席。")  # 泉 ends springs too
    assert names("湖北武汉以2000亿元的规模领跑。") == ["湖北", "武汉"]  # no bidder: 武汉 is a place
    assert names("会议强调该校区是重点。") == []
    assert names("985高校纷纷扩大学校规模。") == []
    assert names("那里有个名震九州的水文站。金口是长江边上的古老小镇。") == ["金口", "长江"]


def test_cultural_tourism_towns_chan_temples_and_rocky_points_are_names():
    """泽林文旅城, 泽林禅寺 (before 方丈), 泽林矶 (a rocky point of the bank, closed by 、)."""
    assert names("直到10月27日,泽林山文旅城项目开工。") == ["泽林山文旅城"]
    assert names("为泽林禅寺方丈印彻法师所建。") == ["泽林禅寺"]
    assert names("与岳州城陵矶、嘉鱼类似。")[:2] == ["岳州", "城陵矶"]


def test_a_hospitals_campus_named_by_a_place_keeps_the_hospitals_short_name():
    """省中医院 + 光谷院区 is one campus; a longer run before (家门口人民医院) is no short name."""
    assert names("光谷同济儿童医院、省中医院光谷院区、市三医院光谷院区。")[1:] == ["省中医院光谷院区", "市三医院光谷院区"]
    assert "家门口人民医院洪山院区" not in names("期待的是家门口人民医院洪山院区建成。")


def test_the_three_towns_such_as_and_words_of_analysis():
    """武汉三镇 is Wuhan (a nickname); (如 + 泽林职业学院、…) lists examples; 尽管校区数量有限 is a
    clause; 如意路 keeps its 如; 抗日根据地旧址 is still a site."""
    assert names("高效连接武汉三镇及各区。") == ["武汉三镇"]
    assert names("集中在本地(如泽林职业学院、梧桐职业学院)。") == ["泽林职业学院", "梧桐职业学院"]
    assert names("尽管校区数量有限。") == []
    assert names("如意路和如意湖。") == ["如意路", "如意湖"]
    assert names("还是泽林抗日根据地旧址。") == ["泽林抗日根据地旧址"]


def test_a_clause_before_a_name_is_cut_off_and_the_name_kept():
    """我调回母校 | 泽林师大一附中, 境内 | 泽林铁路: the clause's words end where the name starts;
    梧桐湖大学城 lies in 鄂州, outside (no 湖大 + 学城 within 湖北大学)."""
    assert names("我调回母校泽林师大一附中任教。") == ["泽林师大一附中"]
    assert names("境内泽林铁路、梧桐公路贯穿。") == ["泽林铁路", "梧桐公路"]
    assert names("搬迁地点:武汉新城梧桐湖大学城。") == ["武汉新城梧桐湖大学城"]


def test_plurals_counts_of_about_and_words_of_feeling_make_clauses():
    """舍友们聊大学, 庆幸这个菜市场, 藏在公园, 除收费景区外, 千余座公园, 10万名居民: no names;
    宝藏公园, 高奢街区 and 青石板路 are descriptions."""
    assert names("和舍友们聊大学还有什么遗憾。") == []
    assert names("很感谢也很庆幸这个菜市场。") == []
    assert names("快乐有一部分是藏在公园里的。") == []
    assert names("除收费景区外,共有106座。") == []
    assert names("星罗棋布的千余座公园与两千余公里绿道。") == []
    assert names("十余个小区近10万名居民受益。") == []
    assert names("新增了一批宝藏公园,打造高奢街区,走过青石板路。") == []


def test_a_short_name_closed_by_a_side_of_it():
    """泽林镇 + 西南方15公里, 梧桐镇 + 东,: the side closes the town's name; 泽林镇东路 goes on."""
    assert names("我们来到新洲区泽林镇西南方15公里处。") == ["新洲区", "泽林镇"]
    assert names("将军山,位于新洲区梧桐镇东,属大别山余脉。")[2] == "梧桐镇"
    assert "泽林镇" not in names("沿泽林镇东路前行。")


def test_a_gate_named_for_a_town_is_a_gate_not_the_town():
    """汉阳门 is 武昌's gate facing 汉阳: a name of its own, not 汉阳区; 汉阳门码头 and 汉阳门站
    stay whole; 武汉门户网站 is a website, 汉阳门诊部 a clinic."""
    assert located("和平大道口至临江大道汉阳门不变。")[-1] == ("汉阳门", "unresolved", "")
    assert names("抢渡赛在汉阳门码头起水。") == ["汉阳门码头"]
    assert names("乘43路到临江大道汉阳门站下车。")[-1] == "汉阳门站"
    assert "武汉门户网站" not in names("据武汉门户网站消息。")
    assert names("汉阳门诊部今天开诊。") == ["汉阳"]


def test_a_village_named_after_a_one_character_hill():
    """泽山村 (before 委会, after a town) is a village; 小山村 and 深山村 are descriptions."""
    assert names("上蔡湾村委会、 泽山村委会、 凤凰寨村委会。")[1] == "泽山村"
    assert names("位于蔡店镇泽山村。")[-1] == "泽山村"
    assert names("这是一个小山村。") == []
    assert names("走进深山村,") == []


def test_the_citys_bus_company_race_and_traffic_police_are_no_places():
    """泽林马拉松 (a race), 泽林公交 (the bus company), 江岸交警 (the district's traffic police):
    no place; 光谷广场公交站 and 汉口公交场站 are stops and depots at a place."""
    assert names("2026武汉马拉松将于本周日举行。") == []
    assert names("武汉公交将分别开通H9501。") == []
    assert names("江岸交警提醒考生早点出门。") == []
    assert names("在光谷广场公交站下车。") == ["光谷广场公交站"]


def test_a_regions_own_facility_after_its_full_name_is_one_name():
    """青山区 + 图书馆 and 黄陂区 + 体育馆 name the district's library and gym, within it;
    洪山区 + 公园绿地 is a description; 方舱医院 is a kind, 武昌方舱医院 a hospital."""
    assert located("青山区图书馆开馆。")[0][:2] == ("青山区图书馆", "resolved")
    assert names("位于黄陂区体育馆的方舱医院。") == ["黄陂区体育馆"]
    assert names("江夏区人民医院。") == ["江夏区人民医院"]
    assert names("洪山区公园绿地面积增加。") == ["洪山区"]
    assert names("1,武昌方舱医院--洪山体育馆。决定建设方舱医院。") == ["武昌方舱医院", "洪山体育馆"]


def test_nature_reserves_port_areas_and_farm_parks_are_names():
    """泽林湖 + 湿地自然保护区 is one reserve (湿地 and 自然 are kinds); 湖北省自然保护区 is a
    designation; 金口港区 a port area; 泽林村生态农业园 a farm park; 武汉 + 新港 | 阳逻港区: the
    extension stops where a known name begins."""
    assert names("游览泽林湖湿地自然保护区。") == ["泽林湖湿地自然保护区"]
    assert names("被列为湖北省自然保护区。") == ["湖北省"]
    assert names("青山码头、金口港区等。") == ["青山码头", "金口港区"]
    assert names("武汉城区—泽林村生态农业园—柏泉山庄") == ["武汉", "泽林村生态农业园", "柏泉山庄"]
    assert names("武汉新港阳逻港区二期集装箱码头。")[:2] == ["武汉新港", "阳逻港区"]


def test_a_firms_plant_in_the_city_is_named_firm_first():
    """泽林汽车 + 武汉 + 项目, 梧桐锂电 + 武汉 + 生产基地: the firm's plant, one name within Wuhan;
    东风 (a known firm) + 日产 + 武汉 + 工厂 too; 来到 + 武汉 + 项目现场 names no firm."""
    assert located("泽林汽车武汉项目将建设冲压。")[0][:2] == ("泽林汽车武汉项目", "resolved")
    assert names("梧桐锂电武汉生产基地是其第五个生产基地。") == ["梧桐锂电武汉生产基地"]
    assert names("猛士科技、东风日产武汉工厂等整车厂。") == ["东风日产武汉工厂"]
    assert names("他们来到武汉项目现场。") == ["武汉"]
    assert names("湖北武汉生产基地。")[0] == "湖北"


def test_a_buildings_name_going_on_to_the_same_tail_is_another_building():
    """武汉美术馆 + 琴台馆 is a branch somewhere else: not placed at the museum; 黄鹤楼 + 主楼 is
    the tower itself, placed within the site."""
    museum = [m for m in located("武汉美术馆琴台馆正常对外开放。") if m[0] == "武汉美术馆琴台馆"]
    assert museum and museum[0][1] == "unresolved"
    tower = [m for m in located("出了黄鹤楼主楼,前往古铜顶。") if m[0] == "黄鹤楼主楼"]
    assert tower and tower[0][1] == "resolved"


def test_a_sized_namesake_beside_the_whole_is_its_part():
    """小南湖 in a text naming 南湖 is the smaller part of that lake, placed within it; alone, 小南湖
    is the small lake of 汉口 the gazetteer holds."""
    part = [m for m in located("洪山区南湖10元/天。小南湖全天免费。") if m[0] == "小南湖"]
    assert part == [("小南湖", "resolved", "within:nanhu_lake:小南湖")]
    assert located("汉口的小南湖很小。")[1] == ("小南湖", "resolved", "lake_xiaonanhu")


def test_kinds_of_parks_streets_and_museums_are_no_names():
    """创意产业园, 文艺街区, 住宅小区, 跨江大桥, 地方性博物馆, 连贯绿道: what a thing is, not which."""
    assert names("改造为创意产业园或商业综合体。") == []
    assert names("昙华林是武汉的文艺街区。") == ["昙华林", "武汉"]
    assert names("武汉所有住宅小区实行封闭管理。") == ["武汉"]
    assert names("长江二桥等跨江大桥的建成。") == ["长江二桥"]
    assert names("湖北省博物馆是实力最强的地方性博物馆。") == ["湖北省博物馆"]


def test_slogans_hearsay_and_kinds_of_parks_and_routes_are_no_names():
    """望得见山、看得见水 (a slogan), 听说公园, 不能填湖, 共设站, 三线一路 (a lake's protection lines),
    口袋公园, 骑行绿道, 绿色驿站, 炮百余门 (a count of guns), 驻军护路权 (guarding a railway)."""
    assert names("变成望得见山、看得见水、记得住乡愁的生态廊道。") == []
    assert names("听说公园改造完成,王先生特地来公园采风。") == []
    assert names("不能填江,不能填湖,不能环湖。") == []
    assert names("贯穿五区。共设站29站。") == []
    assert names("中心城区40个湖泊的“三线一路”规划。") == []
    assert names("建设口袋公园80座,再建绿色驿站约100座,修建骑行绿道。") == []
    assert names("库存步枪数万支、炮百余门。") == []
    assert names("争得了我国驻军护路权。") == []
    assert names("市级以上湿地自然保护区5处。") == []


def test_ships_ferry_companies_foods_and_firms_named_after_places_are_no_places():
    """中山舰 is a warship, 武汉轮渡 the ferry company, 孝感麻糖 and 湖北菜 foods, 德旺誉财投资(湖北)
    有限公司 a firm, 中亚峰会 a summit, 距中山舰 a distance: none names a place; 中山舰博物馆, 中华路
    轮渡码头, 泽林菜市场 and 武汉小吃街 are places."""
    assert names("以“中山舰”蒙难地而闻名。") == []
    assert names("中山舰博物馆位于金口。") == ["中山舰博物馆", "金口"]
    assert names("武汉轮渡“武中线”再度成为网红。") == []
    assert names("中华路轮渡码头。")[0] == "中华路"
    assert names("品尝湖北菜,购买孝感麻糖和老通城豆皮。") == []
    assert names("白沙洲菜市场和武汉小吃街。") == ["白沙洲菜市场", "武汉小吃街"]
    assert located("去汉阳菜市场买菜。")[0][:2] == ("汉阳菜市场", "resolved")  # 汉阳 + 菜市场: its market
    assert names("德旺誉财投资(湖北)有限公司董事长。") == []
    assert names("中国—中亚峰会热度犹存。") == ["中国"]
    assert names("三面环山、距中山舰沉江处1.5公里的金鸡湖。") == ["金鸡湖"]


def test_a_far_region_is_not_read_across_a_word_its_first_character_ends():
    """卓越 + 城区 holds no 越城区 of 绍兴, 靓丽 + 江滩 no 丽江; 绍兴越城区 and 丽江 alone are read."""
    assert names("社会主义现代化卓越城区建设。") == []
    assert names("拥有全市最长的靓丽江滩。") == []
    assert names("绍兴越城区。") == ["绍兴", "越城区"]
    assert names("去丽江旅游。") == ["丽江"]


def test_a_name_in_the_title_of_a_gazetteer_or_a_painting_names_the_work():
    """《续辑汉阳县志》, 《江汉揽胜图》, 《湖北地名趣谈》: the works; 《武汉长江新区总体规划》 is about
    the new area, which stays a place."""
    assert names("在清《续辑汉阳县志》记载为“堵埠头”。") == []
    assert names("国家一级文物《江汉揽胜图》。") == []
    assert names("据《湖北地名趣谈》载。") == []
    assert names("《武汉长江新区总体规划》获批。") == ["武汉长江新区"]


def test_a_bare_concession_is_hankous_unless_an_outer_city_is_named_before_it():
    """英租界 in a Wuhan text is 汉口's (汉口英租界); 上海 + 英租界 is Shanghai's, outside."""
    assert located("口开辟英租界后,英国商人便集资。")[0] == ("英租界", "resolved", "area_hankou_british_concession")
    assert located("上海英租界的外滩。")[1][:2] == ("英租界", "outside")


def test_the_red_house_its_square_and_a_museum_of_several_sites():
    """红楼 is the Red House of 1911 (the uprising's memorial museum), at 阅马场; 《红楼梦》 is a
    novel; 辛亥革命博物院 (a museum of two sites) is a name."""
    assert located("红楼,坐落于武昌区阅马场。")[0] == ("红楼", "resolved", "landmark_red_house")
    assert located("红楼,坐落于武昌区阅马场。")[2][:2] == ("阅马场", "resolved")
    assert names("看《红楼梦》、《水浒》等名著。") == []
    assert names("位于武珞路的辛亥革命博物院(南区)。")[-1] == "辛亥革命博物院"


def test_longwangmiao_is_hankous_unless_the_text_counts_a_local_one():
    """龙王庙 is the old temple and wharf at the mouth of the Han; 建有龙王庙一座 names a local
    dragon-king temple, and every 龙王庙 of that text is it: not placed at 汉口's."""
    assert located("从龙王庙至江汉关。")[0] == ("龙王庙", "resolved", "area_longwangmiao")
    assert [m[1] for m in located("在此建有龙王庙一座;庙前有泉。龙王庙已无残迹。")] == ["unresolved", "unresolved"]


def test_schools_numbered_by_their_city_and_their_sections_are_names():
    """武汉市 + 第三中学 is one school within the city; 第二中学初中部 and 泽林外国语学校初中部 are
    sections of a school; 泽林高级中学 a senior high school."""
    assert located("学校定名为武汉市第三中学。")[0][:2] == ("武汉市第三中学", "resolved")
    assert names("3、武汉市第二中学初中部:历史悠久。") == ["武汉市第二中学初中部"]
    assert names("2、泽林外国语学校初中部:以外语教学为特色。") == ["泽林外国语学校初中部"]
    assert names("更名为湖北省立武昌高级中学。")[-1] == "武昌高级中学"


def test_newspapers_named_after_a_place_are_no_places():
    """长江商报, 长江晨报: papers (as 长江日报 is), not the river."""
    assert names("长江商报消息 面积约28平方公里。") == []
    assert names("据长江晨报报道,沿江大道拓宽。") == ["沿江大道"]


def test_starting_work_and_now_open_the_name_after_them():
    """拟启动 | 康庄路工程, 目前 | 天阳路至…: the road's name starts after the verb or the adverb."""
    assert names("我区拟启动康庄路(康宁路-青化路)工程。")[0] == "康庄路"
    assert names("规划道路,目前天阳路至横天公路段已建成。")[0] == "天阳路"


def test_incubators_and_a_firms_park_in_the_city_are_names():
    """泽林生物创新孵化器 is a name (高新技术孵化器 a kind); 海康威视 + 武汉 + 智慧产业园 is the firm's park;
    而 and 而且 open no name (而 | 高科孵化器, 而且 | 每家博物馆)."""
    assert names("现将泽林生物创新孵化器等24家载体认定为孵化器。") == ["泽林生物创新孵化器"]
    assert names("打造高新技术孵化器。") == []
    assert names("在江夏区海康威视武汉智慧产业园举行。") == ["江夏区", "海康威视武汉智慧产业园"]
    assert names("而梧桐孵化器开园。") == ["梧桐孵化器"]
    assert names("而且每家博物馆都有宝贝。") == []


def test_looking_over_to_a_lake_opens_its_name():
    """左观 | 泽林湖, 右眺 | 梧桐湖: the verbs of looking end before the lakes' names."""
    assert names("小憩之余,还可左观泽林湖,右眺梧桐湖,湖面平静。") == ["泽林湖", "梧桐湖"]


def test_a_hill_name_many_hills_bear_is_not_placed_at_one_of_them():
    """凤凰山 names hills of 武昌, 汉阳 and 蔡甸: alone it is not placed at 武昌's; 武昌凤凰山 is."""
    assert all(m[1] != "resolved" for m in located("龟山南麓的凤凰山。") if m[0] == "凤凰山")
    assert ("武昌凤凰山", "resolved", "hill_fenghuangshan_wuchang") in located("登上武昌凤凰山。")


def test_malls_computing_centres_and_a_firms_head_office_are_names_clauses_are_not():
    """泽林购物中心, 武汉超算中心, 金山 + 武汉 + 总部 are names; 认真听取实验室, 入选全国夜消费商圈,
    跨境电商产业园 (a kind) and 约37万方城市商业综合体 (a size) are not; 在汉阳翠微峰 keeps 汉阳."""
    assert names("汉商银座购物中心开业。") == ["汉商银座购物中心"]
    assert names("金山集团武汉总部落户光谷。")[0] == "金山集团武汉总部"
    assert names("认真听取实验室汇报。") == []
    assert names("光谷步行街入选全国夜消费商圈。") == ["光谷步行街"]
    assert names("建设跨境电商产业园。") == []
    assert names("打造约37万方城市商业综合体。") == []
    assert "翠微峰" in names("在汉阳翠微峰旁的凤栖寺出家。")


def test_an_estate_after_a_units_full_name_is_an_address_within_it():
    """滠口街 | 泽林佳园: estates are never named after their 街道, so the unit's full name stands and
    the estate is a second name; one character before a one-character tail is a word, no name
    (永安街道 | 相关, 五里界镇 | 隔湖), but a pier or a school takes the unit's name (青山镇梧桐码头)."""
    assert names("滠口街泽林佳园二期建成。") == ["滠口街", "泽林佳园"]
    assert names("武湖街滨湖苑二期建成。") == ["武湖街"]
    assert names("永安街道相关负责人表示。") == ["永安街道"]
    assert names("北抵梁子湖与五里界镇隔湖相望。") == ["梁子湖", "五里界镇"]
    assert names("把车开到青山镇梧桐码头。") == ["青山镇梧桐码头"]


def test_every_verb_of_a_boundary_opens_the_name_after_it():
    """南界 | 泽林东路, 北濒 | 梧桐湖, 南达 | 泽林街道, 西近 | 梧桐街道: a boundary's verbs are no part
    of the names they point to, whichever verb the text uses."""
    assert names("公园南界泽林东路,北濒梧桐湖。") == ["泽林东路", "梧桐湖"]
    assert names("东接泽林乡,南达梧桐街道,西近泽林街道。") == ["泽林乡", "梧桐街道", "泽林街道"]


def test_a_run_holding_a_verb_or_an_adverb_no_name_holds_is_a_clause():
    """都让小镇, 详情请致电景区, 之前只知道小区, 对着老火车站: 让, 请, 只, 着 ... are in none of the
    gazetteer's and the gold lists' names; a run holding one is a clause, no name."""
    assert names("不同颜色的花果与作物,都让小镇显现出色彩。") == []
    assert names("详情请致电景区咨询。") == []
    assert names("她告诉记者,之前只知道小区会配套学校。") == []
    assert names("两人拿着手机对着老火车站一阵猛拍。") == []
    assert names("新增两所公立学校,可容纳中小学生3000多名。") == []


def test_gates_night_markets_consulates_branches_and_crossings_are_names():
    """泽林公园南门, 泽林路夜市, 德国领事馆, 泽林小学梧桐分校, 泽林过江通道 are names; a night market
    with no road or place before it (人气夜市) and the consulates of all countries (外国领事馆) are not;
    an old gate's own name after a road or a district is a second name (中山路 | 大东门)."""
    assert names("起点:泽林公园南门,终点:泽林公园西门。") == ["泽林公园南门", "泽林公园西门"]
    assert names("好玩:泽林路夜市开街了。") == ["泽林路夜市"]
    assert names("最人气夜市开街了。") == []
    assert names("德国领事馆地址:沿江大道130号。") == ["德国领事馆", "沿江大道"]
    assert names("这里曾是外国领事馆聚集地。") == []
    assert names("泽林小学梧桐分校开学。") == ["泽林小学梧桐分校"]
    assert names("开工建设泽林过江通道。") == ["泽林过江通道"]
    assert names("中山路大东门至雄楚大街停水。")[:2] == ["中山路", "大东门"]


def test_a_roads_crossing_is_no_part_of_its_name():
    """泽林路 + 路口 (written 泽林路路口) is the road's crossing: the name is 泽林路, after a known
    name or alone."""
    assert names("我住在汉口洞庭街泽林路路口的一家酒店里。")[-1] == "泽林路"
    assert names("车辆至泽林路路口左转。") == ["泽林路"]


def test_words_of_where_a_place_lies_end_the_name_before_them():
    """光谷 + 核心地带, 泽林桥 + 附近 + 连锁酒店: 地带, 附近, 周边 … say where something lies against
    the place; they are no part of its name, and a chain's hotel (连锁酒店) is no name either."""
    assert names("科技园位于光谷核心地带。") == ["光谷"]
    assert names("选择武昌区积玉桥附近连锁酒店。") == ["武昌区", "积玉桥"]
    assert names("包括光谷科学岛及周边若干产业园区。") == ["光谷科学岛"]


def test_a_foreign_country_before_a_noun_is_a_place_outside_its_consulate_one_name():
    """德国技术, 英国商人, 法国总统: a foreign country before a noun is its land, a place outside
    (only 中国 before a noun qualifies it: 中国特色); 美国领事馆 and 瑞典教区旧址 are one name each;
    中德国际产业园 holds no 德国 (国际: international), and 法国梧桐 is a tree."""
    assert names("工厂初期引进德国技术。") == ["德国"]
    assert names("同法国总统会谈时表示。") == ["法国"]
    assert names("坚持中国特色社会主义。") == []
    assert names("美国领事馆位于车站路。") == ["美国领事馆", "车站路"]
    assert names("如瑞典教区旧址、仁济医院旧楼。")[0] == "瑞典教区旧址"
    assert "德国" not in names("推动泽林中德国际产业园落户。")
    assert names("一条法国梧桐相拥的大道。") == []


def test_centres_that_are_venues_are_names_an_exchange_office_is_not():
    """泽林国际博览中心, 泽林艺术中心, 泽林冷链交易中心 are venues; 土地交易中心 is an office."""
    assert names("音乐节就在泽林国际博览中心举行。") == ["泽林国际博览中心"]
    assert names("共同推进泽林水产冷链交易中心项目建设。") == ["泽林水产冷链交易中心"]
    assert names("武汉市土地交易中心介绍。") == ["武汉市"]


def test_a_news_app_and_a_message_board_named_after_the_city_name_no_place():
    """长江日报大武汉客户端 is an app, 武汉城市留言板 a message board: 武汉 in them names no place, and
    a question asked there (询问今年绿道建设) is no name."""
    assert names("长江日报大武汉客户端5月18日讯,泽林路通车。") == ["泽林路"]
    assert names("市民通过武汉城市留言板询问今年绿道建设情况。") == []


def test_new_china_is_an_era_not_a_place():
    """新中国成立后: the People's Republic as an era; 中国 in it names no place."""
    assert names("新中国成立后,这里又生产了泽林牌卡车。") == []


def test_places_of_worship_statues_and_locks_are_names():
    """泽林清真寺, 泽林天主堂, 泽林东正教堂 and 泽林纪念礼拜堂 are places of worship, 泽林铜像 a statue,
    泽林船闸 a lock; a verb before them (调度开启, 沿途可见, 再看) is no part of the name, and a
    kind of people before a statue (学者雕像) names none."""
    assert names("泽林清真寺以江西籍回民为主。") == ["泽林清真寺", "江西"]  # 江西籍: from 江西
    assert names("从泽林天主堂步行到泽林东正教堂。") == ["泽林天主堂", "泽林东正教堂"]
    assert names("泽林纪念礼拜堂建于1910年。") == ["泽林纪念礼拜堂"]
    assert names("调度开启泽林船闸引水。") == ["泽林船闸"]
    assert names("沿途可见泽林铜像。") == ["泽林铜像"]
    assert names("北面尚可见当年城墙遗址。") == []
    assert names("广场上立着学者雕像。") == []


def test_a_list_holding_a_bare_kind_and_no_known_place_is_a_list_of_kinds():
    """教会学校、教堂与民居建筑: a bare kind (教堂) among the items and no known place, a list of
    kinds, no names; with a known place (汉正街、江滩、泽林壹号) the list still names places."""
    assert names("现存多处近代教会学校、教堂与民居建筑。") == []
    assert names("现存多处近代教会学校、医院与民居建筑。") == []
    assert names("著名景点:汉正街、江滩、泽林壹号。") == ["汉正街", "江滩", "泽林壹号"]


def test_a_crossing_named_after_a_place_is_one_name_within_it():
    """泽林 + 长江公路大桥 is the bridge at 泽林's end, one name placed within the place it is named
    after; a crossing after a place outside lies outside with it (南京长江大桥)."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("沌口长江公路大桥和青山长江公路大桥相继建成。"))
    assert [(r.name, r.status) for r in rows] == [
        ("沌口长江公路大桥", "resolved"), ("青山长江公路大桥", "resolved")]
    assert rows[0].provider == "within" and rows[0].precision not in ("point", "site")
    assert [(r.name, r.status) for r in locate_mentions(parse_article("南京长江大桥建成后。"))] == [
        ("南京长江大桥", "outside")]


def test_floodgates_of_a_riverside_park_and_two_names_joined_by_zhi():
    """A riverside park closes from one floodgate to another (泽林闸口至原梧桐闸口段): both gates are
    names, and 至 between two names ends the first (泽林公园至梧桐公园); upstream of a bridge
    (上游) ends its name; 建设八路闸口 is the gate of the numbered road; 瞻仰 and 暨 open the name
    after them."""
    assert names("武昌江滩 泽林闸口至原梧桐闸口段暂时闭园。") == ["武昌江滩", "泽林闸口", "梧桐闸口"]
    assert names("从泽林公园至梧桐公园。") == ["泽林公园", "梧桐公园"]
    assert names("月湖桥上游泽林闸口。")[-1] == "泽林闸口"
    assert names("青山江滩建设八路闸口。") == ["青山江滩", "建设八路闸口"]
    assert names("累计封堵闸口12处。") == []
    assert names("我打着伞瞻仰泽林铜像。") == ["泽林铜像"]
    assert names("泽林物流基地暨梧桐交易中心。")[-1] == "梧桐交易中心"


def test_descriptions_of_power_grain_and_research_sites_and_clauses_name_no_place():
    """火力发电厂, 粮食物流码头, 信息安全产业园, 科教基地 and 革命遗址 say what a site is for, not whose
    it is; 虽然, 呈现 and 谋划 make a clause of a run."""
    assert names("建成最大的火力发电厂。") == []
    assert names("新建粮食物流码头和信息安全产业园。") == []
    assert names("全国重要的科教基地。") == []
    assert names("参观革命遗址后。") == []
    assert names("虽然铁路仍通车。") == []
    assert names("积极谋划智能制造产业园。") == []


def test_the_province_and_a_ring_roads_inside_are_not_read_across():
    """其中 + 湖北 and 王朝 + 湖北 name the province, no local 中湖北 or 朝湖北; 二环线内 + 江汉区
    holds no 内江 (a city in Sichuan): the district after it is found."""
    assert names("其中湖北24座，武汉16座。") == ["湖北", "武汉"]
    assert names("清王朝湖北各地兴办新学。") == ["湖北"]
    assert names("二环线内江汉区的道路。") == ["二环线", "江汉区"]
    assert names("实现三环线内江滩贯通。") == ["三环线"]


def test_roads_named_for_a_purpose_in_a_list_of_roads_and_elevated_sections():
    """创业路 and 体育路 between two roads of a list are roads, though 创业 and 体育 say what a
    quarter was built for; 雄楚大街高架 is the avenue's elevated section, one name."""
    assert names("途经兴华路、创业路、泽林大道、体育路、梧桐大道。") == [
        "兴华路", "创业路", "泽林大道", "体育路", "梧桐大道"]
    assert names("白沙洲大道高架进行施工。") == ["白沙洲大道高架"]


def test_popular_sights_bylines_and_slogans_name_no_place():
    """中秋热门景区, 众多景区, 人气酒店, 创客街区 are kinds; 记者陈泉 is a reporter, 无陂不成镇 a
    saying, 移师室外广场 a move outdoors, 整条街 a whole street."""
    assert names("中秋假期当地热门景区和众多景区迎来客流。") == []
    assert names("人气酒店入住率上升。") == []
    assert names("打造创客街区。") == []
    assert names("记者陈泉摄。") == []
    assert names("俗话说无陂不成镇。") == []
    assert names("活动移师室外广场。") == []


def test_the_city_inside_a_quoted_slogan_is_the_slogans():
    """“大武汉 过大年”, “武汉有戏”, “人文武汉”: a campaign's, a show's or a team's name holding the
    city names no place of the text; a quote that is the city's name alone, or another place in a
    quote (“武汉光谷” names 光谷), stays."""
    assert names("以“大武汉 过大年”为主题。") == []
    assert names("“武汉有戏”文艺演出进景区。") == []
    assert names("在“人文武汉”团队的合作下。") == []
    assert names("被称为“武汉”。") == ["武汉"]
    assert names("这里是“武汉光谷”。") == ["光谷"]


def test_a_clause_after_a_known_name_leaves_the_name_and_yuan_inside_a_name():
    """中北路 + 最高楼: a clause (最, most) follows the road, which stays found; 原 in 屈原纪念馆 is
    the name's character (屈原), not "former"; 屈原塑像 is a statue, 泽林不夜城 a night district;
    委托 (entrusting) opens the university after it."""
    assert names("中北路最高楼襄阳大厦建成。")[0] == "中北路"
    assert names("参观屈原纪念馆和屈原塑像。") == ["屈原纪念馆", "屈原塑像"]
    assert names("到原泽林寺江边。") == []
    assert names("木兰花乡景区(泽林不夜城)。")[-1] == "泽林不夜城"
    assert names("委托中原大学开办。") == ["中原大学"]


def test_a_building_named_after_a_city_far_away_is_not_placed_there():
    """襄阳大厦 in a text on 武昌 is a building named after 襄阳, not a place in 襄阳: found and
    left unplaced, as roads named after cities are (洞庭湖路)."""
    from geo.places import locate_mentions

    rows = [r for r in locate_mentions(parse_article("中北路最高楼襄阳大厦建成。")) if r.name == "襄阳大厦"]
    assert [(r.status, r.note) for r in rows] == [("unresolved", "named after 襄阳市, not in it")]


def test_the_citys_slogan_and_descriptions_of_relics_and_malls_name_no_place():
    """大江大湖大武汉 holds no 湖大 (湖北大学); 新石器时代遗址, 网红综合体, 市内高速 and 果品交易中心
    are kinds; 唯一 (the only) and 数据显示 (data show) make a clause."""
    assert "湖大" not in names("尽显大江大湖大武汉的独特魅力。")
    assert names("境内有新石器时代遗址。") == []
    assert names("打卡网红综合体，走市内高速。") == []
    assert names("建成唯一全互动式空中海洋公园。") == []
    assert names("携程数据显示酒店预订上涨。") == []


def test_famous_places_and_a_neighbouring_town_outside_wuhan_are_found_outside():
    """葛店 (the town of 鄂州 across the line from 光谷), 婺源, 少林寺, 中南海, 黄浦江 and 维多利亚港
    are named to compare or to go to: found, and outside Wuhan."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("从葛店出发去婺源，再到少林寺；中南海、黄浦江和维多利亚港。"))
    assert [(r.name, r.status) for r in rows] == [
        ("葛店", "outside"), ("婺源", "outside"), ("少林寺", "outside"), ("中南海", "outside"),
        ("黄浦江", "outside"), ("维多利亚港", "outside")]


def test_people_from_a_place_name_it_by_ji_as_by_ren():
    """江西籍回民, 湖北籍运动员: people from a place name it, as 武汉人 names 武汉; 户籍 (household
    registration) names none."""
    assert names("以河南籍回民为主。") == ["河南"]
    assert names("湖北籍运动员夺冠。") == ["湖北"]
    assert names("户籍人口有5万人。") == []


def test_kinds_of_bridges_stations_and_designations_name_no_place():
    """双层桥, 公铁桥, 国铁火车站, 旅客服务综合体, 大交路 (a metro line's service pattern), 爱国主义教育
    基地 and 红色旅游经典景区 are kinds and titles; 都不敢相信码头, 构想出台 and 离汉高速 are clauses;
    中华路客运码头 is one name, the pier of 中华路 (客运码头 alone is a kind)."""
    assert names("建成双层桥和公铁桥。") == []
    assert names("设国铁火车站和旅客服务综合体。") == []
    assert names("采用大交路和小交路套跑。") == []
    assert names("是爱国主义教育基地和红色旅游经典景区。") == []
    assert names("市民都不敢相信码头变了。") == []
    assert names("离汉高速通道解除管控。") == []
    assert names("黄鹤楼下,泽林路客运码头即将焕新。")[-1] == "泽林路客运码头"


def test_a_name_opening_with_a_road_named_after_a_far_city_lies_on_that_road():
    """青岛路双创街区 is the innovation block on 汉口's 青岛路, named after 青岛: left unplaced, not
    placed in Shandong."""
    from geo.places import locate_mentions

    rows = [r for r in locate_mentions(parse_article("建设青岛路双创街区。")) if r.name == "青岛路双创街区"]
    assert [(r.status, r.note) for r in rows] == [("unresolved", "named after 青岛市, not in it")]


def test_a_school_named_after_a_district_and_a_group_of_new_towns_are_one_name():
    """武昌美术学校 and 武昌艺术专科学校 are schools named after 武昌 (美术, 艺术 say what they teach):
    one name each, within 武昌区; 北部新城 + 组群 is the group of new towns; 可方便 opens nothing."""
    assert names("创办于1920年的武昌美术学校。") == ["武昌美术学校"]
    assert names("更名为武昌艺术专科学校。") == ["武昌艺术专科学校"]
    assert names("连接北部新城组群、汉口中心城区。")[0] == "北部新城组群"
    assert names("可方便泽林大学城内的学生。") == ["泽林大学城"]


def test_the_greater_area_of_a_district_or_a_zone_is_a_name_within_it():
    """大光谷, 大汉阳片区, 大武昌片区: the greater area of a zone or a district, one name within it;
    扩大光谷影响 (enlarging) holds only 光谷, and 大武汉 is the city."""
    assert names("打造大光谷产业协作区。")[0] == "大光谷"
    assert names("武汉西站是武汉市大汉阳片区的汉阳区。") == ["武汉西站", "武汉市", "大汉阳片区", "汉阳区"]
    assert names("扩大光谷影响。") == ["光谷"]
    assert names("大武汉") == ["武汉"]


def test_the_ends_of_a_roads_section_are_roads_whatever_words_they_hold():
    """公正路(体育馆路至沙湖大道): a section from 体育馆路 to 沙湖大道, both roads though 体育馆 names a
    kind; 至骆驼铺路段 is the section up to 骆驼铺 (a place), no road called 骆驼铺路."""
    assert names("公正路(体育馆路至泽林大道)封闭。") == ["公正路", "体育馆路", "泽林大道"]
    assert names("球场路(光华路至湖边坊路)每日限行。")[-1] == "湖边坊路"
    assert "骆驼铺路" not in names("黄陂东收费站至骆驼铺路段施工。")


def test_car_parks_and_underpasses_are_names_grades_and_kinds_are_not():
    """红巷停车场 and 梨园下穿通道 are a car park and an underpass; 高档三甲医院, 家庭农场, 重大园区,
    十佳街 and 规划站台 (a planned platform) are grades and kinds; 撤乡 makes a clause."""
    assert names("01 红巷停车场(中山路进) 03 北城角停车场。") == ["红巷停车场", "中山路", "北城角停车场"]
    # a bus depot is a place too (three gold lists of five read X公交停车场 whole)
    assert names("首末站由泽林路公交停车场至梧桐湾公交停车场。") == ["泽林路公交停车场", "梧桐湾公交停车场"]
    assert names("泽林下穿通道地面层封闭。") == ["泽林下穿通道"]
    assert names("将建成高档三甲医院和家庭农场。") == []
    assert names("评为市十佳街，设5个规划站台。") == []
    assert names("撤乡建街后成立街道办。") == []


def test_the_works_of_the_citys_industrial_heritage_are_names():
    """汉阳铁厂, 平和打包厂, 燮昌火柴厂 and 武汉卷烟厂 are works (铁厂, 打包厂, 火柴厂, 卷烟厂 end names, as
    水厂 and 纱厂 do); 巴公房子 and its two wings are known."""
    assert names("改造后的平和打包厂已吸引超百家企业入驻。") == ["平和打包厂"]
    assert names("汉口燮昌火柴厂在日租界。")[0] == "汉口燮昌火柴厂"
    assert names("张之洞创办汉阳铁厂。") == ["汉阳铁厂"]
    assert names("巴公房子包含大巴公房子和小巴公房子。") == ["巴公房子", "大巴公房子", "小巴公房子"]


def test_a_ring_roads_side_and_kinds_of_village_road_and_park():
    """南三环 and 南四环 are the ring roads' southern arcs (lines, never a point); 空心村, 农村公路,
    柏油公路, 纪念性公园 are kinds; 置身 makes a clause."""
    assert names("地铁小镇位于南三环、南四环之间。") == ["南三环", "南四环"]
    assert names("整治空心村，建设农村公路和柏油公路。") == []
    assert names("这是一座纪念性公园，让人置身公园之中。") == []


def test_headquarters_parks_campus_buildings_and_dynasties_name_no_place():
    """总部园区, 互动共享社区 and 文科楼 are kinds; 调研, 适合 and 翻新 make a clause; 清朝 + 湖北 is
    the province under the Qing, no lake called 清朝湖."""
    assert names("建设总部园区和互动共享社区。") == []
    assert names("特别适合逛公园，翻新老公园。") == []
    assert names("清朝湖北巡抚驻武昌。") == ["湖北", "武昌"]


def test_shows_games_funds_and_the_police_named_after_the_city_or_the_river_name_no_place():
    """长江灯光秀 is a light show, 武汉军运会 the Military World Games, 长江创投 a fund, 武汉警方 the
    police, 武汉出版社 a publisher: none names the river or the city as a place."""
    assert names("长江灯光秀将以两江四岸为画卷。") == []
    assert names("关注武汉军运会男篮赛事。") == []
    assert names("长江创投、长江产投等基金。") == []
    assert names("武汉警方公布禁行禁停路段。") == []
    assert names("武汉出版社2009年版。") == []
    assert names("武汉地铁运营发布公告。") == []
    assert names("与湖北中烟签订协议，湖北联投参与，湖北大鼓演出。") == []


def test_science_parks_fresh_food_markets_and_ramps():
    """启迪网安科技园 and 泽林科技孵化园 are parks, 观音阁生鲜市场 a market, 华中数字产业创新基地 a base;
    上桥 and 下桥 (an on- and off-ramp) end the road's name; 其中 + 江陵 is 江陵 (among them)."""
    assert names("调研启迪网安科技园和泽林科技孵化园。") == ["启迪网安科技园", "泽林科技孵化园"]
    assert names("硚口区观音阁生鲜市场内。")[-1] == "观音阁生鲜市场"
    assert names("丁字桥南路上桥处封闭。") == ["丁字桥南路"]
    assert names("其中江陵出土的越王勾践剑。") == ["江陵"]


def test_the_national_cyber_security_base_is_known_within_dongxihu():
    """国家网安基地 (网安基地, 国家网络安全人才与创新基地) lies in 东西湖区; with no point of its own it is
    placed at the district's level, as a coarse approximation, never a dot."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("云从科技华中总部落户国家网安基地。"))
    assert [(r.name, r.status, r.precision, r.district) for r in rows if r.name == "国家网安基地"] == [
        ("国家网安基地", "resolved", "district", "东西湖区")]


def test_strolling_holding_and_keeping_on_make_a_clause():
    """逛景区 (strolling round a scenic area), 坐拥国际重要湿地 (holding a wetland), 坚持校区 and
    规模可观 are clauses, no names."""
    assert names("假期去逛景区。") == []
    assert names("坐拥国际重要湿地。") == []
    assert names("规模可观的居住小区。") == []


def test_a_list_closed_by_people_names_people_whatever_its_items_end_with():
    """黄少山、王春华、王奇峰、张韵轩等商人: four merchants, though 黄少山 ends like a hill and 王奇峰
    like a peak; a name followed by 一位 in no list (泽林大学一位老师) keeps its place."""
    assert names("由黄少山、王春华、王奇峰、张韵轩等商人投资。") == []
    assert names("泽林山、梧桐山等景点。") == ["泽林山", "梧桐山"]
    assert names("在泽林大学一位老师说，等待开学。") == ["泽林大学"]


def test_a_date_ends_in_ri_and_no_country_opens_with_it():
    """7月1日 + 本轮降雨, 3月15日 + 本市: the 日 closes the date; 日本 is not read across it.
    Japan named after a date stays a place (5月到日本考察)."""
    assert names("从7月1日本轮强降雨开始，江夏大堤告急。") == ["江夏大堤"]
    assert names("3月15日本市将开通新线。") == []
    assert names("今年5月到日本考察。") == ["日本"]


def test_sunshine_in_a_climate_paragraph_is_no_city_of_rizhao():
    """日照充足 and 年平均日照1792.6小时 speak of sunshine, not of 日照 in Shandong."""
    assert names("四季分明，日照充足，雨量充沛。") == []
    assert names("年平均日照1792.6小时，无霜期245天。") == []


def test_peoples_in_a_list_of_ethnic_groups_are_no_countries():
    """回、满、蒙古、壮、苗、朝鲜 are peoples of a 街道's population, not Mongolia or Korea; a
    list of countries stays one (美国、蒙古、朝鲜等国)."""
    assert names("有回、满、土、蒙古、壮、苗、朝鲜、白等23个民族。") == []
    assert names("出口到美国、蒙古、朝鲜等国。") == ["美国", "蒙古", "朝鲜"]


def test_a_photo_agency_and_a_news_app_name_no_place():
    """视觉中国 credits a photo; 大武汉客户端 is 长江日报's app in a dateline."""
    assert names("江宁/视觉中国") == []
    assert names("长江日报大武汉客户端12月1日讯 昨日，江汉路人流如织。") == ["江汉路"]


def test_a_fair_wind_and_a_three_storey_building_name_no_place():
    """借东风 and 乘…东风 are a fair wind (a figure of speech), not the carmaker 东风; a building of
    三层楼 (three storeys) is not the 三层楼 of 武昌. The carmaker as such stays a place, and so does
    the neighbourhood with its tail."""
    assert names("正处于“借东风，再出发”的关键期。") == []
    assert names("乘大健康产业东风走出新路。") == []
    assert names("乘南方谈话东风，东西湖敢为人先。") == ["东西湖"]
    assert names("全力支持东风打造世界一流企业。") == ["东风"]
    assert names("系三层楼建筑，上下三层楼，图片中三层楼的房子。") == []
    assert names("紧挨着银座的三层楼老商场。") == []
    assert names("乘地铁到三层楼站。") == ["三层楼站"]


def test_restoring_troubling_easing_and_winning_a_title_make_a_clause():
    """修复湿地, 困扰小区居民, 缓解过街交通, 守护家园, 获评…示范区, 临时天桥, 全覆盖园区 and 高品质园区
    are clauses and kinds; no name is left in them."""
    assert names("完成营造林10万亩，修复湿地1.3万亩。") == []
    assert names("成为困扰小区居民的头号难题，缓解过街交通压力。") == []
    assert names("居民也自觉守护家园风景。") == []
    assert names("获评全省义务教育优质均衡发展示范区。") == []
    assert names("这是修地铁时建的临时天桥。") == []
    assert names("签约项目全覆盖园区，打造高品质园区。") == []


def test_an_idiom_holding_a_hill_names_none_and_no_candidate_cuts_into_it():
    """人山人海 (a sea of people) and 金山银山 (hills of gold and silver) are idioms: no 前人山 is cut
    out of 以前人山人海. A name holding a whole such word stays (孙中山 + 先生石像)."""
    assert names("很怀念以前人山人海的热闹地铁。") == []
    assert names("坚持绿水青山就是金山银山的理念。") == []
    assert names("沿途可见孙中山先生石像。") == ["孙中山先生石像"]


def test_a_city_before_a_districts_party_body_is_part_of_the_bodys_name():
    """武汉市青山区委 and 武汉开发区工委 are party bodies: neither the city nor the district is a place
    there. A township's government is a building (蔡甸区消泗乡政府对面), and 香港联交所 an exchange."""
    assert names("记者从武汉市青山区委获悉。") == []
    assert names("武汉开发区工委书记胡亚波、沌阳街道工委书记出席。") == []
    assert names("蔡甸区消泗乡政府对面") == ["蔡甸区"]
    assert names("是香港联交所主板上市企业。") == []


def test_numbered_roads_after_a_particle_business_districts_and_walkers_crossings():
    """以 + 建设十一路 is the numbered road of 青山 (建设 opens its name); 金银湖CBD, 长江智谷,
    御景星城写字楼, 卓刀泉地下通道, 宝通寺人行天桥 and 武钢主厂区 are places; 五通组团 closes
    before 项家湖西片区; 北与 opens a boundary's description."""
    assert names("西以建设十一路、和平大道相连。") == ["建设十一路", "和平大道"]
    assert names("新开工的金银湖CBD项目。") == ["金银湖CBD"]
    assert names("御景星城写字楼等40个项目启动。") == ["御景星城写字楼"]
    assert names("卓刀泉地下通道、宝通寺人行天桥投用。") == ["卓刀泉地下通道", "宝通寺人行天桥"]
    assert names("五通组团项家湖西片区。") == ["五通组团", "项家湖西片区"]
    assert names("该街道北与泽林公园相连。") == ["泽林公园"]
    assert names("北与武钢主厂区毗邻。") == ["武钢主厂区"]


def test_a_known_name_goes_on_up_to_a_clause_inside_its_extension():
    """左岭 + 新城 + 大型社区: 大型 opens a description, and the name is 左岭新城; 昙华林 + 街区 + 内:
    the name is 昙华林街区. 中北路 + 最高楼 stays the road."""
    assert names("以及左岭新城大型社区。") == ["左岭新城"]
    assert names("昙华林街区内各条街巷。") == ["昙华林街区"]
    assert names("中北路最高楼。") == ["中北路"]


def test_a_corps_a_backbone_road_and_a_hundred_communities_name_no_place():
    """武警湖北省总队 is a corps (and 武警湖 no lake cut out of it); 骨干快速通道 and 双层超大直径隧道
    are kinds; 服务百个社区 a count; 温馨巷弄 lanes; 区界, 林荫路 and 新天桥 kinds."""
    assert names("是原武警湖北省总队机关干部家属区。") == []
    assert names("又一条南北向骨干快速通道，规模最大的双层超大直径隧道。") == []
    assert names("启动百名园艺师挂牌服务百个社区绿色驿站。") == []
    assert names("成了居民宜居的温馨巷弄。") == []
    assert names("东以三弓路、区界与泽林街道相连，林荫路80公里，在新天桥投用后。") == ["三弓路", "泽林街道"]


def test_the_tunnel_under_two_lakes_is_named_not_counted():
    """两湖隧道 is the tunnel under 东湖 and 南湖, a name; 三湖连通 (three lakes joined) is a count."""
    assert names("两湖隧道是世界上规模最大的城市湖底隧道。") == ["两湖隧道"]
    assert names("实现三湖连通。") == []


def test_a_citys_epithets_in_a_slogan_name_no_place():
    """大学之城 (a city of universities), 创新名城, 现代智城, 国际友城: epithets of the city, no places;
    武汉大学之城 is 武汉 and its epithet, not 武汉大学. An estate named so stays (万科魅力之城社区)."""
    assert names("启动大学之城、青年之城、梦想之城建设。") == []
    assert names("将打造创新名城、现代智城、国际友城。") == []
    assert names("这里将是武汉大学之城建设的核心区。") == ["武汉"]
    assert names("洪山大学之城") == ["洪山"]


def test_a_road_then_a_house_number_is_an_address_and_the_road_the_name():
    """惠济路 + 42号老旧小区: the road, then a description; 珞狮路 + 200号 + 南远大楼: the road and a
    building at that number; a numbered pier or building keeps its road (中华路1号码头)."""
    assert names("汉口惠济路42号老旧小区的居民。") == ["汉口", "惠济路"]
    assert names("位于珞狮路200号南远大楼。") == ["珞狮路", "南远大楼"]
    assert names("在中华路1号码头上船。") == ["中华路1号码头"]


def test_guild_halls_former_residences_cemeteries_and_malls_are_places():
    """长郡会馆, 毛泽东旧居, 中央农民运动讲习所, 扁担山公墓, 流芳陵园 and 华贸商城 are places; 建起
    and 实行 are verbs, 先上 goes up to one; 东面山岗 is a ridge, no hill 东面山."""
    assert names("可见长郡会馆及太平会馆。") == ["长郡会馆", "太平会馆"]
    assert names("武昌中央农民运动讲习所、武昌毛泽东旧居。") == ["武昌", "中央农民运动讲习所", "武昌", "毛泽东旧居"]
    assert names("汉阳区扁担山公墓周边，流芳陵园实行高新二路进。")[1:3] == ["扁担山公墓", "流芳陵园"]
    assert names("五彩正巷北端建起华贸商城，先上王府井商城逛了哈子。")[-2:] == ["华贸商城", "王府井商城"]
    assert names("位于起义门东面山岗上。") == ["起义门"]


def test_the_no_1_middle_school_of_ccnu_is_in_guanshan_not_on_the_university_campus():
    """华师一附中 (华中师范大学第一附属中学) is a school of its own in 关山, with a Wikidata point
    (Q10905363), not a part of 华中师范大学 on 桂子山, 3 km away."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("华师一附中今年迁入新校区。"))
    assert [(r.name, r.kind, r.precision, r.district) for r in rows] == [("华师一附中", "landmark", "site", "洪山区")]
    assert abs(rows[0].lon - 114.3824) < 0.001 and abs(rows[0].lat - 30.5055) < 0.001


def test_web_sites_official_accounts_offices_and_guilds_named_after_a_place_are_bodies():
    """政务网, 官网 and 微信号 are a body's site and account, 卫健部门 and 管理办 offices, 湖南帮 a
    guild; 开放型社区 and 6间P2实验室 are kinds and counts; 口出站 is leaving a station."""
    assert names("武汉东湖新技术开发区政务网发布通知，图源：中国光谷微信号。") == []
    assert names("江岸区卫健部门回复，经军山新城管理办核实。") == []
    assert names("湖南帮的长郡会馆。") == ["长郡会馆"]
    assert names("是商贸混合的开放型社区，包括6间P2实验室。") == []
    assert names("由黄浦路A、K口出站。") == ["黄浦路"]


def test_a_numbered_hospital_of_a_city_or_district_is_one_name():
    """武汉市第八医院 and 江岸区第一人民医院 are hospitals named by their city or district and a
    number: one name each, placed within the region when the gazetteer does not know them."""
    assert names("武汉市第八医院新院在哪里？") == ["武汉市第八医院"]
    assert names("江岸区第一人民医院。") == ["江岸区第一人民医院"]


def test_a_school_named_with_its_district_is_one_name_placed_by_the_best_part():
    """江岸区长春街第三小学 and 江岸区丹亭懿府配建幼儿园 are official school names holding their
    district: one name each. 马场路初级中学 is named after its road. A kind (公办小学), a
    description (重点中学) or pupils (小学生) after a district is no school."""
    assert names("江岸区长春街第三小学和江岸区丹亭懿府配建幼儿园。") == [
        "江岸区长春街第三小学", "江岸区丹亭懿府配建幼儿园"]
    assert names("邬家墩小学、马场路初级中学。") == ["邬家墩小学", "马场路初级中学"]
    assert names("武汉市公办小学。洪山区重点中学。武汉市小学生。") == ["武汉市", "洪山区", "武汉市"]


def test_a_school_named_with_its_district_places_its_short_name_too():
    """硚口区崇仁兴华小学, then 崇仁兴华小学: both within 硚口区; 武汉市光谷第二小学 lies within 光谷
    (东湖高新区), the part that says best where it is, not anywhere in the city."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("硚口区崇仁兴华小学开学。崇仁兴华小学的学生。武汉市光谷第二小学。"))
    assert [(r.name, r.status, r.district) for r in rows[:2]] == [
        ("硚口区崇仁兴华小学", "resolved", "硚口区"), ("崇仁兴华小学", "resolved", "硚口区")]
    assert (rows[2].name, rows[2].precision) == ("武汉市光谷第二小学", "area")
    assert "东湖高新区" in rows[2].note


def test_wansongyuan_is_the_quarter_of_hankou_its_road_is_named_after():
    """万松园, the 江汉 food quarter named after an old garden, is placed (as an estimate at
    万松园路, which carries its name), and 万松园路 stays the road."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("去万松园看繁华市井，走万松园路。"))
    assert [(r.name, r.kind, r.precision, r.district) for r in rows] == [
        ("万松园", "site", "area", "江汉区"), ("万松园路", "road", "area", "江汉区")]


def test_short_forms_of_whut_and_walks_to_the_end_of_a_street():
    """武汉理工 and 武汉理工大 are short forms of 武汉理工大学 (the 马房山 campus), not the city; 走完主街
    (walking to the end of the main street), 不知街区 and 是条美食街 hold no name; 城里医院 is a kind."""
    assert names("已招引华科大，武汉理工等著名高校。") == ["华科大", "武汉理工"]
    assert names("兜兜转转走完主街，不知街区是如何找到的。户部巷是条美食街。") == ["户部巷"]
    assert names("以往看病要往城里医院跑。") == []


def test_deputy_governors_half_marathons_and_a_districts_produce_name_no_place():
    """安徽省副省长 and 广西壮族自治区政府副主席 are titles (the government before a title names an
    official, not its seat); 后官湖半程马拉松 a race; 湖北官府 the old government; 长江头条 a news app;
    黄陂荸荠、黄陂豆腐 and 黄陂花鼓戏 a district's produce and folk art; H108路 a bus route; 隔壁小区 no
    name. A government alone still names its region (湖北省人民政府)."""
    assert names("安徽省副省长杨光荣、广西壮族自治区政府副主席李彬、海南省副省长王路出席。") == []
    assert names("武汉花博汇2018后官湖半程马拉松将正式开跑。") == ["武汉"]
    assert names("逮捕多人并引渡给湖北官府。图源长江头条。") == []
    assert names("有黄陂荸荠、黄陂黄牛、黄陂豆腐等特产，有黄陂花鼓戏等民俗文化。") == []
    assert names("近期武汉市H108路、621路调整，只能跑到隔壁小区转转。") == ["武汉市"]
    assert names("湖北省人民政府发布通告。") == ["湖北省"]


def test_a_road_before_its_closed_section_is_a_road_whatever_its_words():
    """体育东路(太子湖路至神龙大道): a notice's road before the section it closes is a road, though
    体育 and a tail read as a kind elsewhere; 视情管控 (controlling as needed) opens it."""
    assert names("(1)体育东路(太子湖路至神龙大道)路段。") == ["体育东路", "太子湖路", "神龙大道"]
    assert names("视情管控体育北路(太子湖路至万达广场)。")[0] == "体育北路"


def test_viewing_platforms_halls_and_the_steelworks_are_places():
    """中华路码头观景台, 洪山礼堂 and 中南小剧场 are places; 武钢 (the steelworks of 青山) is placed
    at 武钢站, the station named after it, as an area, not a dot."""
    from geo.places import locate_mentions

    assert names("中华路码头观景台、洪山礼堂、中南小剧场。") == ["中华路码头观景台", "洪山礼堂", "中南小剧场"]
    rows = locate_mentions(parse_article("它是武钢最早的家属区。"))
    assert [(r.name, r.kind, r.precision, r.district) for r in rows] == [("武钢", "firm", "area", "青山区")]


def test_nananzui_and_canglongdao_are_placed_as_areas_in_their_districts():
    """南岸嘴 (the spit at the mouth of the Han, on the 汉阳 bank) and 藏龙岛 (the 江夏 quarter of
    colleges) are named in many texts: each is placed as an area in its district, not a dot."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("汉阳南岸嘴是两江交汇处，藏龙岛有许多大学。"))
    assert [(r.name, r.precision, r.district) for r in rows] == [("汉阳南岸嘴", "area", "汉阳区"), ("藏龙岛", "area", "江夏区")]


def test_wangjiawan_liuduqiao_and_the_1911_memorial_are_placed():
    """王家湾 and 六渡桥 are the neighbourhoods named like their metro stations (areas, not dots);
    辛亥革命纪念馆 is the memorial in the Red House of 武昌."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("从王家湾到六渡桥，再去辛亥革命纪念馆。"))
    assert [(r.name, r.status, r.precision, r.district) for r in rows] == [
        ("王家湾", "resolved", "area", "汉阳区"), ("六渡桥", "resolved", "area", "江汉区"),
        ("辛亥革命纪念馆", "resolved", "site", "武昌区")]


def test_the_east_lake_hi_tech_zone_under_its_full_names_is_the_zone_not_the_lake():
    """武汉东湖新技术开发区 and 武汉东湖高新区 (official names of 光谷) are the zone, not a place within
    East Lake (武汉东湖 + 新技术开发区); 东湖科学城 lies between 九峰 and 光谷科学岛."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("武汉东湖新技术开发区与武汉东湖高新区，东湖科学城。"))
    assert [(r.name, r.kind) for r in rows] == [
        ("武汉东湖新技术开发区", "functional_area"), ("武汉东湖高新区", "functional_area"), ("东湖科学城", "planning_zone")]
    assert rows[0].lon == 114.39861 and rows[2].lon > 114.5


def test_a_university_before_its_teaching_hospital_is_the_hospitals_full_name():
    """华中科技大学 + 同济医院 is one hospital; 华中科技大学协和医院东西湖分院 is its branch, placed
    within 东西湖区, the place its name gives, not on the main hospital."""
    from geo.places import locate_mentions

    assert names("华中科技大学同济医院。") == ["华中科技大学同济医院"]
    (row,) = locate_mentions(parse_article("华中科技大学协和医院东西湖分院最新消息。"))
    assert (row.name, row.district, row.precision) == ("华中科技大学协和医院东西湖分院", "东西湖区", "district")


def test_grade_a_offices_deck_tunnels_station_sections_and_titles_are_no_names():
    """两栋甲级写字楼, 上层隧道, 6车道城市快速路, 川-沌区间, 互通式立交, 定点医院, 什么医院, 启用新院区 and
    副主任兼研究院 are counts, parts, kinds and clauses."""
    assert names("园区配置两栋甲级写字楼，上层隧道由泽林往梧桐。") == []
    assert names("上层为6车道城市快速路，川-沌区间施工。") == []
    assert names("起于互通式立交，设定点医院，规划的是什么医院，可以启用新院区。") == []
    assert names("三亚科教园副主任兼研究院执行院长。") == ["三亚科教园"]


def test_a_list_closed_by_a_count_in_chinese_numerals_names_places():
    """刘店、下集、叶店、许庙、刘古塘五个村: the count in characters (五个村) closes the list as a count
    in digits does (5个村), though its numeral runs on from the last item."""
    assert names("含刘店、下集、叶店、许庙、刘古塘五个村。") == ["刘店", "下集", "叶店", "许庙", "刘古塘"]
    assert names("辖泽林、梧桐、建泽三个村委会。") == ["泽林", "梧桐", "建泽"]


def test_the_level_of_an_award_and_kinds_of_venue_name_no_place():
    """2022年度湖北省…示范村 and 武汉市首批…示范村: the province and the city are the level of a title;
    景点景区, 康养小镇, 优质美术馆, 盲文图书馆, 客货运火车站 are kinds; 李集香葱 and 赤壁东坡饼 produce."""
    assert names("项山村被纳入2022年度湖北省乡村振兴示范村创建名单。") == ["项山村"]
    assert names("项山村被授予武汉市首批乡村休闲游示范村。") == ["项山村"]
    assert names("有6处成熟的景点景区，打造康养小镇，开放的优质美术馆。") == []
    assert names("设有盲文图书馆，是大型客货运火车站。") == []
    assert names("有李集香葱、赤壁东坡饼等特产。") == []


def test_old_stage_theatres_are_places_and_the_childrens_hospital_has_its_formal_name():
    """天一戏院, 楚乐戏苑 and 武汉杂技厅 are venues; 武汉市妇女儿童医疗保健中心 is the formal name of
    武汉儿童医院."""
    from geo.places import locate_mentions

    assert names("将在天一戏院上演，在楚乐戏苑上演，武汉杂技厅供图。") == ["天一戏院", "楚乐戏苑", "武汉杂技厅"]
    (row,) = locate_mentions(parse_article("武汉市妇女儿童医疗保健中心，医院等级：三甲。"))
    assert (row.name, row.kind, row.district) == ("武汉市妇女儿童医疗保健中心", "hospital", "江岸区")


def test_a_list_of_a_universitys_schools_and_labs_names_no_place():
    """材料与化学学院、环境学院、地理与信息工程学院、计算机学院、…重点实验室: the units moving to a new
    campus, organisations; a list with a known college in it (武汉音乐学院) stays a list of places."""
    assert names("新校区迎来材料与化学学院、环境学院、地理与信息工程学院、计算机学院、生物地质国家重点实验室等单位。") == []
    assert names("武汉音乐学院、湖北美术学院、泽林学院和梧桐学院。")[0] == "武汉音乐学院"
    assert "泽林学院" in names("武汉音乐学院、湖北美术学院、泽林学院和梧桐学院。")


def test_mario_all_places_helping_and_community_verbs_name_no_place():
    """马里奥 is Mario, not Mali; 各地大力支援 holds no 地大 (中国地质大学); 得知社区, 发动街坊, 邻里服务站,
    “江豚湾”, 世界花园大会 and 汉襄宜1小时高铁环线 are clauses, kinds and nicknames."""
    assert names("和马里奥合照。") == []
    assert names("全国各地大力支援武汉防汛。") == ["武汉"]
    assert names("老人得知社区今天可以接种，挂牌邻里服务站，发动街坊邻里力量。") == []
    assert names("称为“江豚湾”，举办世界花园大会，汉襄宜1小时高铁环线贯通。") == []


def test_a_quoted_fair_wind_wards_and_a_way_back_name_no_place():
    """“科技跃迁”行动的“东风”: a quoted fair wind; 感染病房楼, 后勤保障楼 are a hospital's buildings; 6大产业园区
    a count; 晋升, 若非, 同时 make clauses; 不走回头路 is a way back."""
    assert names("借“科技跃迁”行动的“东风”，全力集聚车企。") == []
    assert names("包括感染病房楼、平疫结合病房楼、后勤保障楼等。") == []
    assert names("晋升三级综合医院后，若非街坊近邻，百万人同时游江滩，不走回头路。") == []


def test_stretches_of_road_standards_and_schools_of_all_grades_name_no_place():
    """走一段路, 太多路, 高标准做强新区, 开放中小学操场, 便民停车场 and a bare 过江隧道 or 主干路 are no names;
    武昌火车站这一段路 is the station."""
    assert names("下车再走一段路，不必走太多路，高标准做强新区平台。") == []
    assert names("有序开放中小学操场，三店西路便民停车场，穿过过江隧道。")[:1] == ["三店西路"]
    assert names("武昌火车站这一段路。") == ["武昌火车站"]


def test_a_verb_of_the_language_before_a_place_word_makes_a_clause_not_a_name():
    """虽未占用小区, 多校组成 + 泽林大学, 翻阅 + 泽林大学: a verb, adverb, preposition, conjunction or
    pronoun of the language's dictionary (seeds/clause_words.txt) opens no name, though no hand
    rule lists it; the name after the clause, if any, stays."""
    assert names("虽未占用小区绿地，但影响通行。") == []
    assert names("1953年由多校组成泽林大学。") == ["泽林大学"]
    assert names("翻阅泽林大学校史。") == ["泽林大学"]


def test_a_noun_holding_a_clause_word_and_roads_named_for_verbs_keep_their_names():
    """根据地 holds 根据 and 展览馆 holds 展览, but each is read whole (keep.txt spares 展览); roads and villages are named
    for verbs and wishes (大成路, 合成乡), so no dictionary word cuts them."""
    assert names("参观鄂东抗日根据地旧址。") == ["鄂东抗日根据地旧址"]
    assert names("参观武汉展览馆。") == ["武汉展览馆"]
    assert names("家住大成路，老家在合成乡。") == ["大成路", "合成乡"]
    assert names("家住奋斗路，来到奋斗村。") == ["奋斗路", "奋斗村"]


def test_no_clause_word_of_the_dictionary_is_inside_a_known_name():
    """seeds/clause_words.txt is built to spare every word a gazetteer name holds (解放 of
    解放公园): a name added to the gazetteer since must have the list rebuilt
    (seeds/build/clause_words/build.py), or its words would cut unknown names like it."""
    from geo.finder import clause_words
    from geo.gazetteer import load_gazetteer

    blob = "\n".join(load_gazetteer().names)
    assert sorted(w for w in clause_words() if w in blob) == []
    assert "说起" in clause_words() and "根据" in clause_words()


def test_an_institute_no_gazetteer_knows_is_a_body_not_a_site():
    """泽林人工智能研究院 co-founded, 中国指数研究院 reporting, a 工程研究中心 counted: bodies;
    a known research centre (武汉光电国家研究中心) stays a place."""
    assert names("开园活动上，泽林人工智能研究院揭牌。") == []
    assert names("据中国指数研究院数据显示，房价回落。") == []
    assert "武汉光电国家研究中心" in names("武汉光电国家研究中心迎来新成员。")


def test_a_countrys_title_a_tea_a_rescue_team_and_a_local_gazetteer_name_no_place():
    """中国 + (武汉) + 国际园林博览会 is a fair's title (武汉 is the place); 普洱茶 a tea; 黄鹤楼救援队
    and 武昌消防中队 are teams; 《江夏县志·疆土篇》 is a book. A tea garden (茶园) and a hill
    (茶山) after a place stay names."""
    assert names("第十届中国(武汉)国际园林博览会开幕。") == ["武汉"]
    assert names("各类普洱茶几乎占据现场半壁江山。") == []
    assert names("黄鹤楼救援队和武昌消防中队赶到。") == []
    assert names("清康熙《江夏县志·疆土篇》记载。") == []
    assert names("他去过中国，也去过普洱。") == ["中国", "普洱"]


def test_a_college_named_after_a_lake_is_not_placed_on_it():
    """东湖学院 is 武汉东湖学院 in 江夏, 18 km from East Lake; an unknown college named after a lake
    (汤逊湖学院) is not placed within the lake either."""
    from geo.places import locate_mentions

    (row,) = locate_mentions(parse_article("位于东湖学院对门。"))
    assert (row.name, row.kind, row.district) == ("东湖学院", "university", "江夏区")
    (row,) = locate_mentions(parse_article("新建汤逊湖学院。"))
    assert (row.name, row.status) == ("汤逊湖学院", "unresolved")


def test_kinds_of_park_stop_estate_and_path_and_students_name_no_place():
    """规划建设的生态公园, 补给站, 公交站台, 居住型片区, 楼盘小区 and 湖畔绿道 are kinds; 百万大学生 are
    students, where 生态城大道 stays a road."""
    assert names("规划建设的生态公园位于湖边，每5公里处设有补给站。") == []
    assert names("针对公交站台、居住型片区、楼盘小区和湖畔绿道。") == []
    assert names("“百万大学生留汉”政策。") == []
    assert names("沿生态城大道前行。") == ["生态城大道"]


def test_a_school_whose_name_ends_in_da_is_no_university():
    """北师 + 大学校: the tail is 学校 (a school), not 大学; 泽林大学 + 校长 is the university's head."""
    assert names("东西湖区泽林北师大学校，市民咨询。")[-1] == "泽林北师大学校"
    assert names("泽林大学校长说。") == ["泽林大学"]


def test_a_place_before_a_street_lamp_or_a_roadside_is_no_road():
    """街道口 + 路灯被刮倒: the lamps of the place, not a road 街道口路 (as 钟家村 + 路口 is a crossing)."""
    assert names("街道口路灯被刮倒。") == ["街道口"]


def test_the_old_spelling_of_a_bridge_and_the_short_name_of_a_water_park_are_known():
    """保寿硚 is 保寿桥 spelt with the old 硚 (as in 硚口); 武汉玛雅海滩 is the water park."""
    from geo.places import locate_mentions

    (row,) = locate_mentions(parse_article("保寿硚建成距今已有350年。"))
    assert (row.kind, row.district) == ("bridge", "硚口区")
    (row,) = locate_mentions(parse_article("武汉玛雅海滩人工造浪池里人头攒动。"))
    assert (row.name, row.kind) == ("武汉玛雅海滩", "park")


def test_a_building_by_its_number_names_no_place():
    """七号楼、八号楼: buildings of a campus by their numbers, no names of their own."""
    assert names("取景地在七号楼、八号楼。") == []


def test_missionaries_a_basilica_and_a_temples_buildings_by_kind_name_no_place():
    """意大利传教士, 瑞典行道会 are people and a mission; 巴西利卡式 a basilica; 法堂、藏经楼、方丈室 a
    temple's buildings by kind. A mosque with a name (民权路清真寺) stays."""
    assert names("1936年瑞典行道会派传教士来汉，意大利传教士设计，罗马风巴西利卡式建筑。") == []
    assert names("寺内有法堂、藏经楼、方丈室、钟鼓楼和放生池。") == []
    assert names("民权路清真寺始建于清代。") == ["民权路清真寺"]


def test_a_clause_before_a_hotel_is_no_hotels_name():
    """因此酒店, 推开酒店, 不少酒店: clauses ending in 酒店 (a hotel is no locality like 王家店, so the
    dictionary's words cut it); 推荐 + 泽林商务酒店 keeps the hotel's name."""
    assert names("因此酒店自愿不再参加复核，推开酒店的门，不少酒店被摘星。") == []
    assert names("推荐泽林云鼎商务酒店。") == ["泽林云鼎商务酒店"]


def test_an_unknown_name_going_on_into_a_firms_name_is_the_firm():
    """湖北公路 + 客运集团, 泽林机场 + 集团: a firm's name (its trade, then 集团 or 公司), no place."""
    assert names("这是湖北公路客运集团武汉旅游分公司。") == []
    assert names("由泽林机场集团运营。") == []


def test_an_old_restaurant_a_god_a_host_an_idiom_a_soup_and_a_cooperative_name_no_place():
    """老通城 is a restaurant (not 通城县), 真武大帝 a god (no 武大), 撒贝宁 a host (no Benin), 山南水北
    and 青山碧水 idioms, 汪集鸡汤 a soup, a cooperative named after the city a body."""
    assert names("老通城的豆皮，内祀真武大帝，让撒贝宁听哭。") == []
    assert names("山南水北谓之阳，因青山碧水而闻名。") == []
    assert names("品尝汪集鸡汤，参观武汉市泽林种养殖专业合作社。") == []
    assert names("去通城县。") == ["通城县"]


def test_street_lamps_alleys_standing_steps_and_inside_a_district_name_no_place():
    """复古街灯 (a lamp), 悠长巷道 (an alley), 乘客都站在 (to stand), 多走几步路 (a few steps), 原租界区里
    (inside the concession) and 太阳落山 (sunset) hold no 街, 巷, 站, 路, 里 or 山 of a name."""
    assert names("复古街灯与欧式立面，悠长巷道与静谧时光。") == []
    assert names("乘客都站在绿化带上，多走几步路到起点站。") == []
    assert names("近代建筑密集的原租界区里，太阳落山了。") == []
    assert names("住在同兴里。") == ["同兴里"]


def test_a_school_by_its_number_after_a_places_short_name_is_one_name():
    """武汉二中, 洪山二小, 汉阳三十二中: a numbered school named with a place's short name, placed
    within the place; 武汉一中心 holds no school."""
    assert names("影片中的武汉二中，新建洪山二小后，汉阳三十二中。") == ["武汉二中", "洪山二小", "汉阳三十二中"]
    assert names("武汉一中心建成。") == ["武汉"]


def test_the_yangtze_bridge_alone_is_wuhans_first_and_after_another_name_that_towns():
    """经长江大桥到汉阳, 俯瞰长江大桥: 武汉长江大桥; 鄂黄长江大桥 and 南京长江大桥 are other towns'
    bridges, never drawn on Wuhan's; 长江大桥 + 武昌桥头 is the bridge and its 武昌 bridgehead."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("乘车经长江大桥到汉阳，登楼可俯瞰长江大桥。"))
    assert [(r.name, r.place_id) for r in rows if r.name == "长江大桥"] == [("长江大桥", "yangtze_bridge")] * 2
    assert names("经过鄂黄长江大桥。") == ["鄂黄长江大桥"]
    (row,) = locate_mentions(parse_article("南京长江大桥建成。"))
    assert row.status != "resolved"
    assert names("从长江大桥武昌桥头出发。") == ["长江大桥", "武昌"]


def test_a_name_somewhere_in_the_province_is_not_resolved_without_a_point():
    """湖北 + 财经专科学校: somewhere in Hubei, in Wuhan or not; it is found but not resolved, as a
    name in a province elsewhere (广东 + 泽林学院) lies outside."""
    from geo.places import locate_mentions

    (row,) = locate_mentions(parse_article("更名为湖北财经专科学校。"))
    assert (row.status, row.lon, row.note) == ("unresolved", None, "somewhere in 湖北省")
    (row,) = locate_mentions(parse_article("更名为广东泽林学院。"))
    assert row.status == "outside"


def test_valleys_of_a_slogan_pupils_kinds_of_railway_and_a_school_of_marxism_name_no_place():
    """希望之谷、活力之谷 are epithets; 小学生 are pupils; 城际铁路, 市域铁路, 人工湿地 and 马克思主义学院
    are kinds; 中国铁路 is the railway's operator."""
    assert names("希望之谷、活力之谷、未来之谷。") == []
    assert names("台下小学生李明看得目不转睛。") == []
    assert names("建设城际铁路，超出城市轨道及市域铁路功能，建设人工湿地，加入马克思主义学院联盟。") == []


def test_a_hospital_named_after_a_city_elsewhere_is_that_citys_kinds_and_arts_name_no_place():
    """北京协和医院 is Beijing's Union Hospital, outside, never drawn on 武汉协和医院 (汉口协和医院 is
    ours); 爱心驿站, 标准化菜市场, 工业遗址 are kinds; 黄梅戏 an opera (武汉 + 戏曲, its operas, keeps the city)."""
    from geo.places import locate_mentions

    (row,) = locate_mentions(parse_article("北京协和医院援鄂医疗队抵汉。"))
    assert (row.name, row.status) == ("北京协和医院", "outside")
    (row,) = locate_mentions(parse_article("汉口协和医院。"))
    assert row.status == "resolved"
    assert names("走进了爱心驿站，建设标准化菜市场，这些工业遗址面临拆迁。") == []
    assert names("湖北大鼓、楚剧、黄梅戏。") == []
    assert names("武汉戏曲文化兴盛。") == ["武汉"]


def test_a_mall_is_a_name_and_some_or_half_of_the_malls_no_name():
    """汉阳商场, 武汉商场: malls named after their place; 一半商场, 有些传统商场, 多些社区 are counts and
    kinds."""
    assert names("最近的购物点是汉阳商场。") == ["汉阳商场"]
    assert names("前六名中有一半商场位于三环，有些传统商场历久弥新。") == ["三环"]


def test_mainland_china_the_youth_leagues_committee_and_a_subdistrict_level_read_as_they_are():
    """中国大陆 is China; 江夏团区委 the Youth League's district committee (a body); 街道级社区 a level."""
    assert names("开设了中国大陆第一个P4生物实验室。") == ["中国大陆"]
    assert names("武汉江夏团区委联合区经济局。") == []
    assert names("其中街道级社区慈善基金12个。") == []


def test_a_name_two_places_of_wuhan_share_is_not_drawn_on_the_wrong_one():
    """莲花湖 is a lake in 汉阳 and the lakes round 蔡甸; 狮子山 is 华中农业大学's hill and 武大's
    (seeds/shared_names.csv). Where the text speaks of the other one's surroundings, the name is
    left unplaced; elsewhere it is the gazetteer's."""
    from geo.places import locate_mentions

    row = locate_mentions(parse_article("莲花湖环抱蔡甸城关。"))[0]
    assert (row.name, row.status, row.lon) == ("莲花湖", "unresolved", None)
    (row,) = locate_mentions(parse_article("游览莲花湖。"))
    assert (row.status, row.district) == ("resolved", "汉阳区")
    rows = locate_mentions(parse_article("武大的狮子山上有老斋舍。"))
    assert [r.status for r in rows if r.name == "狮子山"] == ["unresolved"]


def test_the_yangtzes_protection_a_provinces_tv_channel_and_a_forest_park_by_kind_name_no_place():
    """长江大保护 is a policy, 湖北卫视 and 湖北频道 channels, a bare 森林公园 or 古城遗址 a kind;
    马鞍山森林公园 and 长江两岸 stay places."""
    assert names("调研长江大保护工作，新华网湖北频道，湖北卫视报道，投资建设森林公园。") == []
    assert names("游览马鞍山森林公园，长江两岸风光。") == ["马鞍山森林公园", "长江"]


def test_a_citys_hospital_by_its_number_or_its_field_is_one_name():
    """武汉市一医院 (its 第一医院) and 武汉市肺科医院 are the city's hospitals, one name each, placed
    within the city; 武汉市2021年 holds none."""
    assert names("记者在武汉市一医院急诊室见到她，他是武汉市肺科医院的医生。") == ["武汉市一医院", "武汉市肺科医院"]
    assert names("武汉市2021年第一季度。") == ["武汉市"]


def test_the_heart_of_a_known_place_is_a_planned_core_within_it():
    """阳逻之心, 汉南之心, 汉口之心: a planned core named "the heart of" a known place, within it; an
    unknown head (拳拳之心, 匠人之心) is a figure of speech."""
    assert names("最好的买房区域在阳逻之心。") == ["阳逻之心"]
    assert names("以拳拳之心、匠人之心做事。") == []


def test_the_railway_lines_through_the_city_are_lines():
    """京广线、武九线和汉丹线: railway lines named by the towns they join, found as lines (no point)."""
    from geo.places import locate_mentions

    rows = locate_mentions(parse_article("武昌站位于京广线、武九线和汉丹线的交汇处。"))
    assert [(r.name, r.lon) for r in rows if r.name.endswith("线")] == [("京广线", None), ("武九线", None), ("汉丹线", None)]


def test_outside_the_town_opens_the_name_after_it():
    """城外 + 李家咀: "outside the town" is a word before the name, not the name's first characters."""
    assert names("墓地分布在城外李家咀一带。") == ["李家咀"]


def test_a_firm_going_on_into_a_brand_names_the_brand_not_its_site():
    """东风本田, 东风乘用车: the firm's joint ventures and brands, bodies; 东风 + 打造 (a verb) and 东风
    in a list stay the firm, a place of the seed's firms layer."""
    assert names("已集聚东风本田、东风乘用车、神龙。") == []
    assert names("全力支持东风打造世界一流汽车企业。") == ["东风"]
    assert names("京东、东风、高德红外。") == ["东风"]


def test_a_fair_a_kind_passer_by_and_a_flagstone_path_name_no_place():
    """赶大集 and 年货大集 are fairs (大集街 of 蔡甸 stays a place); 好心路人 a passer-by; 青石板路 a kind."""
    assert names("乡村赶大集，年货大集活动，好心路人发现后报警，青石板路藏着老字号。") == []
    assert names("去蔡甸大集街。") == ["蔡甸", "大集街"]
