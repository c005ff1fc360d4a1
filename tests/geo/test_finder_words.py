"""What each word list of the finder (seeds/finder_words.toml) does, word by word.

The lists are data, so a word dropped from one by accident would pass every test written on
real texts that happen not to use it. Each test below writes out the words it expects (the oracle
is this file, not the data file) and shows one made-up sentence per word. 泽林 and 梧桐 are names
no gazetteer knows.
"""

from __future__ import annotations

import pytest

from geo.article import parse_article
from geo.finder import find_mentions
from geo.places import locate_mentions


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(parse_article(text))]


def words(spaced: str) -> list[str]:
    return spaced.split()


def placed(text: str) -> list[tuple[str, str, str]]:
    return [(r.name, r.status, r.place_id) for r in locate_mentions(parse_article(text))]


CANDIDATE_SUFFIXES = words(
    "实验室 大学 学院 小学 路中学 路学校 街中学 街学校 产业园 园区 街区 硅巷 走廊 发展带 社区 公园 研究所 研究院 MALL 大道 校区 医院 广场 "
    "街道 新城 新区 科技城 生物城 科学城 科学岛 商务区 示范区 片区 组团 湿地 大桥 隧道 风景区 景区 产业园区 "
    "工业园 开发区 高新区 自贸区 保税区 小镇 小区 大楼 大厦 酒店 旧址 故居 农庄 绿道 高速 铁路 经济区 都市圈 "
    "城市群 街坊 总场 设计城 创意城 试验区 体育中心 会展中心 博物馆 纪念馆 美术馆 图书馆 体育馆 大剧院 火车站 "
    "机场 码头 中路 东路 西路 南路 北路 正街 大街 横街 江滩 立交 立交桥 高速公路 城墙 公路 快速路 水库 "
    "旅游区 名胜区 度假区 租界 艺术馆 艺术区 文化馆 会议中心 处理厂 商圈 文体中心 林场 投资区 集散中心 遗址 剧院 高铁 新村 综合体"
)
ESTATE_SUFFIXES = words("花园 家园 别墅 山庄 花苑")


@pytest.mark.parametrize("tail", ESTATE_SUFFIXES)
def test_an_estate_is_a_candidate_and_its_tail_may_open_a_name(tail):
    """南湖花园 is an estate; 花园山 a hill: an estate's tail then a place's tail is no
    description made of tails."""
    assert names(f"他们来到泽林{tail}参观。") == [f"泽林{tail}"]
    assert names(f"地处城内的{tail}山北麓。") == [f"{tail}山"]


@pytest.mark.parametrize("tail", CANDIDATE_SUFFIXES)
def test_an_unknown_name_with_a_place_tail_is_a_candidate(tail):
    """Every tail but an institute's (泽林研究院 is a body, see test_finder_recall)."""
    expected = [] if tail.endswith(("研究院", "研究中心")) else [f"泽林{tail}"]
    assert names(f"他们来到泽林{tail}参观。") == expected


EXTENSION_ONLY = words("城 岛 路 街 站 园 湖 山 桥 港 关 洲 村 镇 乡 寺 楼 塔 馆 中心城 巷 学校 中学 大堤 产业基地")


@pytest.mark.parametrize("tail", EXTENSION_ONLY + ["生物城", "科学岛", "医院"])
def test_a_known_name_with_more_name_and_a_tail_is_a_longer_name(tail):
    """光谷 opens 光谷泽X: the mention is the whole name, never 光谷 itself."""
    assert names(f"他们来到光谷泽{tail}参观。") == [f"光谷泽{tail}"]


ORGANISATION_SUFFIXES = words(
    "委 书记 省长 市长 区长 人大 政协 集团 公司 银行 日报 晚报 电视台 广播电视台 商会 协会 基金 代表团 "
    "队 式 云 网 号 公安 局 厅 法院 检察院 委员会 办公室 管委会 电信 移动 联通"
)


@pytest.mark.parametrize("suffix", ORGANISATION_SUFFIXES)
def test_a_known_name_opening_an_organisation_or_a_title_is_no_place(suffix):
    assert names(f"他们见到洪山区{suffix}。") == []


def test_a_government_names_its_region_but_no_other_place():
    """洪山区政府 governs 洪山区, which the text names; 光谷 is no region, and 光谷政府 no place."""
    assert names("他们见到洪山区政府。") == ["洪山区"]
    assert names("他们见到光谷政府。") == []


BOUNDARIES = words(
    "的 在 和 与 及 等 是 为 将 把 向 从 到 由 了 以 对 于 推动 建设 打造 加快 建成 依托 引进 布局 设立 搭建 "
    "建强 建好 用好 投用 焕新 率先 聚焦 支持 深化 组建 成立 提速 强化 发挥 构建 新建 通过 加强 围绕 力争 举办 "
    "打破 吸引 留住 更多 推进 共建 四大 空间 一批 或 并 穿过 经过 沿着 位于 途经 连接 来到 走进 前往 包括 毗邻 "
    "紧邻 靠近 至 迄 有 拓展 走 落地 添 新增 增加 申报 开设 设有 拥有 无 没有 下辖 所属 其中 包含 含 绕行 连通 "
    "贯通 横跨 地处 坐落 座落 改称 改为 称为 名为 更名 变身 变成 成为 重塑 接壤 直抵 东起 西起 南起 北起 东至 "
    "西至 南至 北至 东抵 西抵 南抵 北抵 东接 西接 南接 北接 东连 西连 南连 北连 东临 西临 南临 北临 北含 南含 周围 四周 召开 举行 有个"
)


@pytest.mark.parametrize("word", BOUNDARIES)
def test_a_clause_word_opens_the_name_after_it(word):
    assert names(f"去年{word}泽林大学。") == ["泽林大学"]


@pytest.mark.parametrize("word", words("沿 辖 驻 往 经 筑 抵 接 临 距 离 靠 邻 即 下 仅 自"))
def test_a_one_character_verb_opens_a_name_when_two_characters_are_left(word):
    assert names(f"去年{word}泽林路。") == ["泽林路"]


@pytest.mark.parametrize(("text", "expected"), [("但泽林大学尚未建成。", "泽林大学"),
                                              ("加强沿线泽林小区的改造。", "泽林小区")])
def test_a_conjunction_or_along_the_line_opens_the_name_after_it(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize("word", ["建", "设", "期间"])
def test_a_verb_that_never_opens_a_name_leaves_nothing(word):
    assert names(f"去年{word}林大学。") == []


@pytest.mark.parametrize("unit", ["街道", "街", "镇", "乡", "村", "社区"])
def test_a_region_then_a_unit_of_its_own_is_two_names(unit):
    assert names(f"鄂州泽林{unit}。") == ["鄂州", f"泽林{unit}"]


@pytest.mark.parametrize("tail", ["路", "街", "大道", "巷", "新村"])
def test_a_road_or_estate_named_after_a_city_is_not_in_that_city(tail):
    """中山路, 徐州新村: named after 中山市 and 徐州, lying in Wuhan: a name of its own, not
    placed in the city it is named after (and not an 'outside' mention of it)."""
    assert placed(f"他们住在徐州{tail}。") == [(f"徐州{tail}", "unresolved", "")]


@pytest.mark.parametrize("tail", ["大道", "中路", "东路", "西路", "南路", "北路", "正街", "大街", "横街",
                                  "高速公路", "立交", "立交桥"])  # fmt: skip
def test_a_closing_tail_ends_the_name_before_the_next(tail):
    assert names(f"他们在泽林{tail}梧桐湖。") == [f"泽林{tail}", "梧桐湖"]


@pytest.mark.parametrize("word", ["城市", "站点", "村民", "镇民"])
def test_a_tail_running_on_into_a_word_is_no_tail(word):
    assert names(f"建设光谷科技{word}。") == ["光谷"]


def test_a_known_name_that_is_a_tail_is_the_end_of_a_longer_name():
    """体育中心 is the neighbourhood of the 体育中心 metro station in 沌口; 洪山体育中心 is
    another place, in 洪山区, and 泽林体育中心 an unknown one: neither is put at the station."""
    assert placed("比赛在洪山体育中心举行。") == [
        ("洪山体育中心", "resolved", "within:adcode:420111:洪山体育中心")]
    assert placed("比赛在泽林体育中心举行。") == [("泽林体育中心", "unresolved", "")]
    assert placed("在体育中心附近。") == [("体育中心", "resolved", "area_tiyuzhongxin")]


def test_a_candidate_holds_at_most_14_characters_before_its_tail():
    """A longer run is no name: cut at 14 it would be a wrong one (括工业烟尘…实验室), unless a
    word inside it opens the name."""
    fourteen = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    assert names(f"。{fourteen}大学。") == [f"{fourteen}大学"]
    assert names(f"。{fourteen}辰大学。") == []
    assert names(f"。{fourteen}位于辰星大学。") == ["辰星大学"]


@pytest.mark.parametrize("description", ["区属医院", "重点实验室", "千年公园", "身边公园"])
def test_a_run_opening_with_a_rank_or_a_kind_is_a_description(description):
    assert names(f"这是{description}。") == []


def test_a_short_name_before_an_office_of_its_own_is_a_name():
    assert names("泽林村居委会") == ["泽林村"]


def test_a_one_character_tail_right_after_a_known_name_needs_material_before_it():
    """武汉 + 城 is not a name; 光谷 + 泽城 is."""
    assert names("来到武汉城。") == ["武汉"]


def test_the_longest_tail_decides_how_much_is_left_before_it():
    """沿 opens a name only when two characters are left before the tail: 产业园区 (not 园区)
    is the tail here, so one character is left and 沿泽产业园区 stays whole (like 沿河大道)."""
    assert names("，沿泽产业园区。") == ["沿泽产业园区"]


@pytest.mark.parametrize("line", ["阳逻线", "前川线", "纸坊线", "蔡甸线", "机场线"])
def test_a_metro_line_known_by_a_name_is_a_line_not_its_namesake(line):
    """A line is found whole and never drawn as a point: not put at 前川街道 or 阳逻."""
    assert placed(f"地铁{line}昨日开工。") == [(f"地铁{line}", "unresolved", "")]


def test_a_cut_word_opening_a_word_of_its_own_cuts_nothing():
    """经 in 经济 is no verb (经 = via): nothing of 经济技术开发区 is a name; the rank words
    before it make the run a description."""
    assert names("争创一流国家级经济技术开发区。") == []


@pytest.mark.parametrize("verb", ["修筑", "重修", "修建", "兴建", "扩建", "改建", "拆除"])
def test_a_verb_of_building_opens_the_name_after_it(verb):
    assert names(f"知县{verb}城墙。") == []
    assert names(f"知县{verb}泽林城墙。") == ["泽林城墙"]


@pytest.mark.parametrize("school", ["文化路小学", "泽林小学", "梧桐路学校", "梧桐街中学"])
def test_schools_are_names(school):
    assert names(f"学生就读于{school}。") == [school]


@pytest.mark.parametrize("text", ["在实践中学、在调研中学。", "把课程导入学校。"])
def test_learning_in_practice_is_no_school(text):
    """中学 and 学校 close a name only after a road's tail: 实践中学 is 'learn in practice'."""
    assert names(text) == []


@pytest.mark.parametrize("kind", ["高架站", "预留站", "换乘站", "终点站"])
def test_a_kind_of_station_is_no_station(kind):
    assert names(f"横店站等{kind}。") == ["横店站"]


def test_a_street_after_a_subdistrict_is_a_street_not_a_unit_of_it():
    """纸坊 + 大街 is one name (the street), where 纸坊 + 街道 would be two."""
    assert names("沿纸坊大街向南。") == ["纸坊大街"]


@pytest.mark.parametrize("text", ["沿国际公路前行。", "西三面城墙。"])
def test_an_opening_or_a_count_that_makes_a_description(text):
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("日租界时期叫泽林街。", ["泽林街"]),
    ("大道串联泽林山。", ["泽林山"]),
])  # fmt: skip
def test_naming_time_and_joining_words_open_the_name_after_them(text, expected):
    assert names(text) == expected


def test_a_road_after_a_road_is_a_second_road_not_a_part_of_the_first():
    assert placed("迁往解放大道泽林路新址。") == [
        ("解放大道", "resolved", "road_jiefang_avenue"), ("泽林路", "unresolved", "")]


def test_a_road_after_a_place_in_an_address_is_a_road_within_it():
    assert placed("热干面(汉口泽林一路)") == [
        ("汉口", "resolved", "area_hankou"), ("泽林一路", "resolved", "within:area_hankou:泽林一路")]


@pytest.mark.parametrize("text", ["大道两边有光谷步行街。", "江岸百年老街巷焕发新生。"])
def test_a_kind_of_street_after_a_place_stays_one_name_or_a_description(text):
    assert placed(text)[0][0] in ("光谷步行街", "江岸")


def test_a_region_and_a_bare_county_tail_is_the_old_county_not_the_district():
    """江夏县 was the county seated at today's 武昌: not placed in 江夏区 (the historic group's row
    says so: found, not placed)."""
    assert placed("改江夏县为武昌县。")[0] == ("江夏县", "unresolved", "hist_jiangxia_county")


@pytest.mark.parametrize("text", ["这里将建设图书馆、博物馆、咖啡馆。", "300米见绿地、500米见公园。",
                                  "规划建设2万亩现代农业产业园。"])  # fmt: skip
def test_a_bare_facility_tail_or_a_phrase_after_a_count_is_no_name(text):
    assert names(text) == []


def test_a_code_or_a_list_number_before_a_name_leaves_the_name_whole():
    """111 (a community's class code in a table) and 1, 2 (list numbers) glued to a name are no
    count: no unit follows them, so the name after them is read whole."""
    assert names("社区名单:~004 111泽林楼社区 ~005 111梧桐村社区\n") == ["泽林楼社区", "梧桐村社区"]
    assert names("1泽林社区、2梧桐社区") == ["泽林社区", "梧桐社区"]


def test_a_code_before_a_name_is_no_count():
    assert names("经G4京港澳高速前往。") == ["G4", "京港澳高速"]


def test_comments_in_the_word_files_are_not_words():
    """The word files keep a comment after # on a line of its own or after a word."""
    from geo.finder import candidate_stoplist, generic_facility_words, place_words, word_tails

    for words in (candidate_stoplist(), generic_facility_words(), place_words(), word_tails()):
        assert words and not any("#" in w or " " in w or not w for w in words)
    assert "国家实验室" in candidate_stoplist() and "主题" in generic_facility_words()
    assert "…" not in "".join(candidate_stoplist())  # …思路 lines are word tails, not stop words
    assert "思路" in word_tails()


@pytest.mark.parametrize("text", ["这里将建设污水处理厂、地铁站。", "经济开发区和技术开发区都在规划中。",
                                  "这是核心商圈。", "这里将建设文体中心。"])
def test_what_a_facility_is_for_is_no_name(text):
    """污水, 地铁, 经济, 技术 say what a facility or zone is for: 污水处理厂 alone names none."""
    assert names(text) == []


def test_a_district_then_a_zone_of_no_name_of_its_own_is_one_zone():
    assert names("蔡甸经济开发区签约项目12个。") == ["蔡甸经济开发区"]
    assert names("东西湖经济技术开发区") == ["东西湖经济技术开发区"]


def test_a_short_name_may_end_in_yuan():
    assert names("小区包括松涛苑;宁静苑等。") == ["松涛苑", "宁静苑"]


COUNTRY_AS_A_PLACE_BEFORE = list(
    "的之最首第唯为是在和与及等也都已有后前时内外境各全东西南北中以近乃自将还又再就对向从把被使让不没更却即便仍正才"
)


@pytest.mark.parametrize("char", COUNTRY_AS_A_PLACE_BEFORE)
def test_a_country_before_a_particle_a_rank_a_side_or_a_verb_is_a_place(char):
    assert "日本" in names(f"他们说日本{char}。")


@pytest.mark.parametrize("text", ["借助第八届中国艺术节举办。", "体会中国古代文人雅集。", "它是中国制造业500强。"])
def test_a_country_right_before_a_noun_qualifies_it_and_is_no_place(text):
    assert names(text) == []


def test_a_country_before_a_place_of_its_own_or_punctuation_is_a_place():
    assert names("东湖位于中国湖北省。") == ["东湖", "中国", "湖北省"]
    assert names("在中国,这是第一个。") == ["中国"]


def test_an_academy_named_after_the_country_is_an_organisation_not_the_country():
    """seeds/place_words.txt: 中国科学院 is read as one word, so neither 中国 nor a candidate
    ending in 学院 is reported; a garden of its own keeps its name."""
    assert names("在中国科学院发布的报告中。") == []
    assert names("他去了中国工程院和中国社会科学院。") == []


def test_students_of_a_city_are_no_mention_of_its_university():
    """武汉大学生 are Wuhan's students: 武汉大学 is not named, and no candidate is made of it."""
    assert names("许多武汉大学生毕业后留汉。") == []


@pytest.mark.parametrize("word", words("生命 生物 生态 生活 生产 生化 生理 生殖 生涯"))
def test_a_university_before_a_word_opening_with_sheng_is_the_university(word):
    assert any(name.startswith("武汉大学") for name in names(f"他们说武汉大学{word}。"))


@pytest.mark.parametrize("road", ["小泽林巷", "大泽林街", "新泽林路", "大泽林大道", "大泽林高速", "大泽林快速路",
                                  "小泽林公路", "大泽林高速公路"])  # fmt: skip
def test_da_xiao_or_xin_opens_a_roads_name_with_two_characters_before_its_tail(road):
    """大, 小 and 新 open descriptions (大型公园) but also roads (大成路): with every road tail."""
    assert names(f"他住在{road}附近。") == [road]


@pytest.mark.parametrize("word", ["大马路", "新路", "小巷"])
def test_da_xiao_or_xin_with_one_character_before_a_road_tail_is_a_word(word):
    assert names(f"他住在{word}附近。") == []
