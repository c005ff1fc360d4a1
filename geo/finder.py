"""Finding place names in Chinese text: gazetteer and administrative names, longest first.

A curated name list matched leftmost-longest is precise and deterministic (jieba
splits 武汉经开区 into 开区 and tags 串联 as a place). The names are compiled into
one Aho-Corasick automaton (ahocorasick-rs, whose leftmost-longest match kind is exactly this
rule), so one pass over the text finds every name in time linear in its length, and building
it for a thousand places takes milliseconds. Names that merely look like places (…实验室, …硅巷)
come back as unresolved candidates for review instead of being dropped.
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files

import ahocorasick_rs

from geo import admin
from geo.admin import AdminArea
from geo.article import Article
from geo.facts import clause_span
from geo.gazetteer import Gazetteer, Place, load_gazetteer
from geo.ids import area_id


def _alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, the longest first where several match, as a plain
    longest-first alternation does; written as a trie (大(?:学城?|道|桥)), so that a failing
    position costs a step per character, not one per word of a list hundreds long."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:%s)" % _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    """A node's branches, longer words before the word ending here (a greedy ``?``)."""
    leaves = sorted(c for c, child in node.items() if c and child == {"": {}})
    branches = [re.escape(c) + _trie_pattern(child) for c, child in sorted(node.items())
                if c and child != {"": {}}]  # fmt: skip
    if len(leaves) > 1:
        branches.append("[%s]" % "".join(map(re.escape, leaves)))
    else:
        branches += map(re.escape, leaves)
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:%s)" % "|".join(branches)
    return pattern + "?" if "" in node else pattern


# The finder's word lists are data (seeds/finder_words.toml says what each one does).
_WORDS = tomllib.loads(files("seeds").joinpath("finder_words.toml").read_text("utf-8"))
ESTATE_SUFFIXES = tuple(_WORDS["estate_suffixes"])
CANDIDATE_SUFFIXES = (*_WORDS["candidate_suffixes"], *ESTATE_SUFFIXES)
EXTENSION_SUFFIXES = (*CANDIDATE_SUFFIXES, *_WORDS["extension_suffixes"])
ORGANISATION_SUFFIXES = tuple(_WORDS["organisation_suffixes"])
ROAD_TAILS = tuple(_WORDS["road_tails"])
BRANCH_SUFFIXES = tuple(_WORDS["branch_suffixes"])
LINE_TAILS = tuple(_WORDS["line_tails"])
# Lines, found but never drawn as a point: metro lines (2号线, 武汉轨道交通1号线), ring roads
# (二环线, 武汉内环线), numbered national and provincial roads (107国道, 101省道) and their
# codes (G106, S108, G318国道).
_NAMED_LINES = _WORDS["named_lines"]
_LINE = re.compile(
    r"(?=[武地轨0-9一二三四五六七八九十内中外%s])(?:武汉市?)?(?:(?:地铁|轨道交通)?"
    r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})号线|%s)"
    r"(?:[东西南北]延线)?|(?:[内中外]|[一二三四五六])环线)"  # 6号线 + 二期: a phase of the line
    r"|(?<![0-9])[0-9]{3}[国省]道|(?<![A-Za-z0-9])[GS][0-9]{1,4}(?![A-Za-z0-9])(?:[国省]道|公路)?"
    % ("".join(sorted({line[0] for line in _NAMED_LINES})), _alternation(_NAMED_LINES))
)
# Every line holds one of these; 武汉市轨道交通十二号线 opens 10 characters before its 号线.
_LINE_KEY = re.compile(r"(?=[号环国省GS%s])(?:号线|环线|[国省]道|[GS][0-9]|%s)" % (
    "".join(sorted({line[0] for line in _NAMED_LINES})), _alternation(_NAMED_LINES)))
_LINE_REACH = 12
_BOUNDARIES = tuple(_WORDS["boundaries"])
# Particles: a boundary even right before the tail (the run is then too short to be a name).
_PARTICLES = frozenset("的在和与及等是为将把向从到由了以对于或并至有无含")
_CUT_WORDS = tuple(_WORDS["cut_words"])
_VERB_CUTS = tuple(_WORDS["verb_cuts"])
_CUT_WORD_EXCEPTIONS = tuple(_WORDS["cut_word_exceptions"])
_MAX_CANDIDATE = 14
# The alternation is tried only where a suffix can start: the lookahead keeps the finder fast.
_SUFFIX = "(?=[%s])%s" % ("".join(sorted({s[0] for s in CANDIDATE_SUFFIXES})),
                          _alternation(CANDIDATE_SUFFIXES))  # fmt: skip
_SUFFIX_SET = frozenset(CANDIDATE_SUFFIXES)
_SUFFIX_LENGTHS = sorted({len(s) for s in CANDIDATE_SUFFIXES}, reverse=True)
# Shortest run up to a suffix, then further suffixes close behind (环大学 + 创新发展带).
_CANDIDATE = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9·]{1,%d}?%s(?:(?:(?![和与及等的或并至])[\u4e00-\u9fffA-Za-z0-9·]){0,6}?%s)*"
    % (_MAX_CANDIDATE, _SUFFIX, _SUFFIX)
)
# Where a suffix stands: a candidate opens at most _MAX_CANDIDATE characters before the first
# one, so the search for it may start there instead of trying every character on the way.
_SUFFIX_AT = re.compile(_SUFFIX)
_BOUNDARY = re.compile(_alternation(_BOUNDARIES))
_CUT = re.compile(_alternation((*_BOUNDARIES, *_CUT_WORDS, *_VERB_CUTS)))
# A cut word ending right at a position (searched in the few characters before it).
_CUT_BEFORE = re.compile(r"(?:%s)\Z" % "|".join(map(re.escape, (*_BOUNDARIES, *_CUT_WORDS, *_VERB_CUTS))))
_CUT_LONGEST = max(map(len, (*_BOUNDARIES, *_CUT_WORDS, *_VERB_CUTS)))
_NAME_CHAR = r"(?:(?![和与及等的或并在是为将把向从到由了以对于])[\u4e00-\u9fffA-Za-z0-9·])"


# A road's tail closes a name even right after a known one (江夏 + 街, 中山 + 巷).
_LONG_SUFFIXES = [s for s in EXTENSION_SUFFIXES if len(s) > 1] + list(ROAD_TAILS)
_SHORT_SUFFIXES = [s for s in EXTENSION_SUFFIXES if len(s) == 1]
# A town or a township takes a place's bare name too (青山 + 镇, 金台 + 镇, 刘集 + 乡), unless the
# character opens a word of its own (镇街, 镇政府, 乡村, 乡亲).
_TOWN = r"镇(?![民村长政级区域街内])|乡(?![村镇亲愁土下民长贤里情音间政])"
# Material then a suffix, repeated while suffixes follow (盘龙城 + 校区); one-character suffixes
# need material before them, or 武汉 + 城 would be a name.
_EXTENSION_STEP = r"(?:%s{0,6}?%s|%s{1,4}?%s|站(?![点台长务])|片(?![区段面刻])|%s)" % (
    _NAME_CHAR, _alternation(_LONG_SUFFIXES), _NAME_CHAR, _alternation(_SHORT_SUFFIXES), _TOWN,
)  # a station takes a place's bare name (硚口 + 站), where 武汉 + 城 is no name
# Further tails are of two characters or 路, 街 (老街 + 巷 is a description going on, not a lane).
_FURTHER_STEP = r"(?:%s{0,3}?%s)" % (
    _NAME_CHAR, _alternation([s for s in _LONG_SUFFIXES if len(s) > 1 or s in "路街"]))
_EXTENSION = re.compile(r"%s(?:%s)*(?:站(?![点台长务内前]))?" % (_EXTENSION_STEP, _FURTHER_STEP))
_ORGANISATION = re.compile(
    r"%s|话(?![题语])|公交(?![站场枢]|车站|首末站|停车场)|轮渡(?![码站])|舰(?![队载])"
    r"|%s{1,10}?(?:股份有限公司|有限公司|有限责任公司|公司|集团|重工|客户端|留言板|公众号|合作社|指挥部)" % (
        _alternation(ORGANISATION_SUFFIXES), _NAME_CHAR)
)  # 话 after a place is its dialect (武汉话), not the place; 武汉公交 is the bus company, where
# 光谷广场公交站 is a stop at the place; 武汉轮渡 the ferry company (中华路轮渡码头 a pier); 中山舰
# a warship
ADMIN_UNIT_SUFFIXES = tuple(_WORDS["admin_unit_suffixes"])
# Candidates opening with a count, a rank or a pronoun are descriptions, not names:
# 一个国家级高新区, 首批国家级示范区, 三大组团, 全国第二个示范区, 它因码头而生.
_GENERIC_OPENING = re.compile(
    r"大小|[0-9０-９一二三四五六七八九十两几多][个大批项座条所家类级镇区站片]|[0-9０-９]|首[个批条座家次届位所款台轮项单]|[各每该本此这那其某全新大小老式个它他她]"
    r"|国家|国际|全国|外国|各国|国内|国外|若干|连锁|中国式|最大|第|公共|有|內|内|正式|城中|上述|以上|大型|中型|小型|三甲|二甲|市属|省属|区属"
    r"|综合|专科|城市|湖泊|下辖|应急|备用|周边|附近|沿线|相关|部分|主要|重要|重点|同一|单一|自然|人均|多少"
    r"|[江湖河路岸身]边|街头|路口|百年|千年|美丽|级|整个|公立|高水平"
)
# A count or a rank inside a run makes it a description: 落地2家学院, 一主三轴多组团, 一带一路,
# 全区第二大湖, 全市首条绿道, 六大园区, 5A级景区, 港区二期码头 (a phase of a project); a date
# (上世纪80年代引起全国大学) makes a run a story, not a name. A kind
# of water body (美丽大气湖泊公园) inside a
# run makes it a description too, as does 特色 (汉味特色风情街区: a kind of quarter).
_DESCRIPTION = re.compile(
    # (not 两湖 of 两湖隧道 or 两湖地区, named after two lakes or two provinces)
    r"(?!两湖(?:隧道|地区|书院))[0-9０-９一二三四五六七八九十两几多][个家项座条所批类轴组带心核主山湖江块处面期辆层线间栋幢步]"
    # a time (汉襄宜1小时高铁环线: a one-hour ring of lines)
    r"|[0-9０-９]+小时"
    # a bus route by its code (H108路, 621路)
    r"|(?<![A-Za-z])[A-Z]?[0-9]{1,4}路"
    # a kind of community or park by its character (开放型社区, 商贸型园区)
    r"|型(?:社区|小区|园区|街区|公园|城市|新城)"
    r"|重点(?!实验室)|湖泊|国家级|一流"
    # a hundred or a thousand of them (服务百个社区)
    r"|[百千]个"
    r"|[场省市区县乡镇村]级|街道级|[0-9两三四五六八十]车道"
    r"|第[0-9一二三四五六七八九十]+大|首[条个座家批]|[A-Z]级|[0-9０-９]国|[0-9０-９]年|上世纪|特色|[又另]一"
    # a count of units (鹦鹉、洲头两街道合并: two subdistricts)
    r"|[两三四五六七八九十几多](?:街道|社区)"
    # about so many (千余座公园, 两千余公里绿道)
    r"|[0-9０-９十百千万]余(?:座|个|条|家|处|所|门|公里|平方)"
    r"|[0-9０-９两三四五六七八九十几多]大(?:园|片|板块|组团|功能|产业|景|核)"
    # famous ones, not a name: 知名中小学, 著名景区, 登名楼、逛名街、品名吃
    r"|知名|著名|有名|闻名|名[楼街景吃店校]|名小吃"
    # a measure inside: 实现80平方公里工业园 is an extent, not a name
    r"|[0-9０-９十百千万]+(?:平方公里|公里|平方米|万亩|亩|万方)"
    # a province's or a city's nature reserve is a designation (列为湖北省自然保护区)
    r"|[省市县]自然保护区"
)
SHORT_SUFFIXES = tuple(_WORDS["short_suffixes"])
# What may follow a short name that ends a clause: punctuation, a particle, a direction or a
# crossing (至钟家村路口, 与民族路相交, 花园山北麓, 至胭脂路南行, 曙光街办事处), or the passive
# 被 (泽林门被拆).
_SHORT_CLOSERS = (
    r"[^\u4e00-\u9fff]|$|以[东西南北]|[东西南北][侧麓行岸坡畔端]|[东西南北中]段|沿线|一带|附近|周边|[和与及等的旁至]"
    r"|路口|方向|相交|相接|交汇|平行|脚下|办事处|居委会|委会|委员会|被|地块"
    # a river flowing into another (金水河入长江, 注入长江); a crossing (与十全路交会处); a
    # stretch (至麻阳街一段); a bus stop or depot named after it (王家湾公交停车场); though (虽)
    r"|[注汇流]?入|交会|一段|公交|虽|之间|延伸|延长|止"
    # a gate of the place (欢乐谷 + 后门, 泽林山 + 南门); its residents (关帝村 + 居民区)
    r"|[正后前侧东西南北大]门|居民"
    # a side of it, then the clause goes on or ends (城关镇 + 西南方15公里, 徐石镇 + 东,)
    r"|[东西南北]{1,2}(?:[方部面郊]|(?=[^\u4e00-\u9fff]|$))"
)
_SHORT_END = re.compile(r"%s(?=%s)" % (_alternation(SHORT_SUFFIXES), _SHORT_CLOSERS))
# 路 before 段, 线, 网 ... is a word (武汉部分路段), not a road's tail.
_SHORT_ANY_END = re.compile(r"(?!路[段线网面况径程过])%s" % _alternation(SHORT_SUFFIXES))
_NOT_A_ROAD_TAIL = re.compile("[段线网面况径程]")


@dataclass(frozen=True)
class Target:
    """What a surface form refers to: a curated place or an administrative region."""

    place: Place | None = None
    area: AdminArea | None = None

    @property
    def id(self) -> str:
        return self.place.id if self.place else area_id(self.area.code)


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name: ``text[start:end] == name``, in paragraph ``paragraph``."""

    name: str
    start: int
    end: int
    paragraph: int
    target: Target | None
    parts: tuple[Target, ...] = ()
    # 马鞍山 among hills of Wuhan, a 龙王庙 counted as one such: named like this region or place, not it
    namesake: AdminArea | Place | None = None

    @property
    def resolved(self) -> bool:
        return self.target is not None

    @property
    def branch(self) -> bool:
        """True for a name like 理工大新校区: a branch somewhere else than its known part."""
        return self.name.endswith(BRANCH_SUFFIXES)


def name_index(gazetteer: Gazetteer) -> dict[str, Target]:
    """Every surface form the finder knows; curated names win over administrative ones."""
    countries = admin.country_names()
    index = {name: Target(area=area) for name, area in countries.items()}
    index.update({name: Target(area=countries[short])
                  for name, short in _WORDS["country_official_names"].items()})  # fmt: skip
    index.update({name: Target(area=area) for name, area in admin.admin_names().items()})
    index.update({name: Target(place=place) for name, place in gazetteer.names.items()})
    return index


@cache
def _automaton(gazetteer: Gazetteer) -> tuple[ahocorasick_rs.AhoCorasick, list[Target | None]]:
    """Every known name in one Aho-Corasick automaton: one linear pass finds them all. Each
    name's target is at its index; a place word's is None (read as one word, then dropped)."""
    index, words = name_index(gazetteer), place_words()
    names = [*(name for name in index if name not in words), *words]
    automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return automaton, [None if name in words else index[name] for name in names]


@cache
def place_words() -> frozenset[str]:
    """Words holding a place's name that name no place (真金白银, 蒙古包): seeds/place_words.txt."""
    return frozenset(_word_lines("place_words.txt"))


def _word_lines(filename: str) -> list[str]:
    """The words of a word file of seeds/, one a line, less its comments."""
    text = files("seeds").joinpath(filename).read_text("utf-8")
    return [word for line in text.splitlines() if (word := line.split("#")[0].strip())]


@cache
def _stoplist_lines() -> tuple[str, ...]:
    return tuple(_word_lines("candidate_stoplist.txt"))


@cache
def candidate_stoplist() -> frozenset[str]:
    """Generic terms (国家实验室, 概念验证中心 ...) that look like names but name no place."""
    return frozenset(line for line in _stoplist_lines() if not line.startswith("…"))


@cache
def generic_facility_words() -> frozenset[str]:
    """Words that say what a facility is for or how it is built (门诊, 度假, 现代化), never
    whose it is: seeds/generic_facility_words.txt."""
    return frozenset(_word_lines("generic_facility_words.txt"))


# Tails that open names as often as they close them (台北路, 岗北路, 寨山) are no bare kind.
_TAIL_WORDS = frozenset((*CANDIDATE_SUFFIXES, *EXTENSION_SUFFIXES, *SHORT_SUFFIXES)) - set(ESTATE_SUFFIXES) - {
    "台", "冲", "岗", "寨"}


def is_generic_facility(name: str) -> bool:
    """True for a description with no proper part: 主题乐园, 门诊大楼, 现代化综合性医院, and
    two place tails or more run together (湿地公园).

    The name splits wholly into generic words and place tails, with a generic word or two
    pieces at least; 解放公园 and 协和医院 keep a part (解放, 协和) that is neither, so they stay
    names, and one tail alone (横街, 江滩) may be a place's short name. Two one-character tails
    opening it (塔 + 园 + 水库) are its stem, as two characters of a name would be.
    """
    words = generic_facility_words()
    if len(name) >= 3 and name[0] in _TAIL_WORDS and name[1] in _TAIL_WORDS and name[:2] not in words:
        return False  # 塔园水库, 湖山道: two one-character tails open it, a name's own stem
    # pieces[i]: the fewest pieces name[:i] splits into, a generic word counting as two.
    pieces: list[float] = [0] + [math.inf] * len(name)
    for i in range(len(name)):
        for j in range(i + 1, min(len(name), i + 5) + 1):
            piece = name[i:j]
            if piece in words or piece in _TAIL_WORDS:
                pieces[j] = min(pieces[j], pieces[i] + (2 if piece in words else 1))
    return 2 <= pieces[len(name)] < math.inf


@cache
def word_tails() -> frozenset[str]:
    """Ordinary words (思路, 部门, 经营) that end a short run without making it a name."""
    return frozenset(line[1:] for line in _stoplist_lines() if line.startswith("…"))


def find_known(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, Target]]:
    """Spans of known names (see ``known_names_and_words``)."""
    return known_names_and_words(text, gazetteer)[0]


def known_names_and_words(text: str, gazetteer: Gazetteer
                          ) -> tuple[list[tuple[int, int, Target]], list[tuple[int, int]]]:  # fmt: skip
    """Spans of known names, leftmost-longest and non-overlapping (环华科大创新发展带, not 华科大).

    Words that only hold a name (真金白银), a water's or hill's side read as a region
    (月湖南岸 is no 湖南) and a place tail ending a longer name (洪山体育中心) are left out. A far
    region read across a word (三环线内 + 江) is read again from its second character, so that the
    name it hid is found (二环线内 + 江汉区).
    """
    automaton, targets = _automaton(gazetteer)
    spans = [(start, end, targets[i]) for i, start, end in automaton.find_matches_as_indexes(text)]
    words = [(start, end) for start, end, target in spans if target is None]
    for k in reversed([k for k, (s, e, t) in enumerate(spans) if t is not None and _before_an_epithet(text, e)]):
        s, e, _ = spans[k]  # 武汉大学 + 之城: 武汉 + 大学之城, the city of universities
        spans[k:k + 1] = [(s + a, s + b, targets[i]) for i, a, b in automaton.find_matches_as_indexes(text[s:e - 2])]
    read_across = [k for k, (s, _, t) in enumerate(spans) if t is not None and _runs_in_far_away(text, s, t)]
    for k in reversed(read_across):  # 二环线内 + 江汉区: read again after the word's first character
        stop = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        start = spans[k][0] + 1
        spans[k:k + 1] = [(start + s, start + e, targets[i])
                          for i, s, e in automaton.find_matches_as_indexes(text[start:stop])]
    names = [(s, e, t) for s, e, t in spans if t is not None and not _a_side(text, s, e, t)
             and not _tail_of_a_longer_name(text, s, e)
             and not _a_namesakes_tail(text, s, e)
             and not (e - s == 2 and _cuts_into_a_tail(text, s, e))
             and not (text[s] in _MEASURE_WORDS and _opens_with_a_measure_word(text, s))
             and not _runs_on_far_away(text, e, t) and not _runs_in_far_away(text, s, t)
             and text[e - 1:e + 1] not in _WORDS_A_NAME_RUNS_INTO
             and not (text[s] == "日" and _A_DATE_BEFORE.search(text, max(0, s - 4), s))
             and not _a_people_in_a_list(text, s, e, t)
             and not _a_figure_of_speech(text, s, e)
             and not _an_awards_level(text, s, e, t)]
    return names, words


def _before_an_epithet(text: str, end: int) -> bool:
    """武汉大学 + 之城: the city's epithet 大学之城 (a city of universities), read across."""
    return text.startswith("之城", end) and text.endswith("大学", 0, end)


_EPITHETS = frozenset({"之城", "名城", "智城", "友城"})
_EPITHET_OPENINGS = tuple(sorted(_EPITHETS))


def _runs_on_far_away(text: str, end: int, target: Target) -> bool:
    """A region far away whose last character opens a word with the next one (和县 + 级 in
    聚集点和县级以下) is read across that word: 县级 is the word, 和县 in Anhui no place here."""
    return (target.area is not None and not target.area.in_wuhan
            and text[end - 1:end + 1] in _RUN_ON_WORDS)  # fmt: skip


def _runs_in_far_away(text: str, start: int, target: Target) -> bool:
    """A region far away whose first character ends a word with the one before (卓越 + 城区 in
    卓越城区, 靓丽 + 江滩 in 靓丽江滩) is read across that word: no 越城区, no 丽江 here."""
    return (start > 0 and target.area is not None and not target.area.in_wuhan
            and text[start - 1:start + 1] in _WORDS_INTO_A_NAME)  # fmt: skip


_WORDS_INTO_A_NAME = frozenset(_WORDS["words_into_a_far_name"])

# A month and a day before 日 (7月1 + 日本轮降雨, 3月15 + 日本市): the 日 closes the date, so a
# name opening with it (日本, 日照) is read across the date and names nothing.
_A_DATE_BEFORE = re.compile(r"月[0-9０-９一二三四五六七八九十]{1,3}\Z")

# Peoples of one character (回、满、壮、苗) in a list of a population's ethnic groups: the names
# of two characters beside them (蒙古、朝鲜) are peoples too, no countries.
_ONE_CHARACTER_PEOPLES = frozenset(_WORDS["one_character_peoples"])


# 借东风, 乘…东风 (a fair wind: riding a trend) and a building's 三层楼 (three storeys): words that
# are also names (the carmaker 东风, the neighbourhood 三层楼 of 武昌).
_A_FAIR_WIND = re.compile(r"(?:[借乘][^，。；！？、,.;!?\s]{0,12}|的“?)东风(?![\u4e00-\u9fff])|[借乘][^，。；！？、,.;!?\s]{0,12}东风(?=[走吹])")
_STOREYS = re.compile("[一二三四五六七八九十两]层楼")
_STOREYS_AFTER = ("的", "建筑", "房", "高", "老", "楼房", "小楼")
_STOREYS_BEFORE = frozenset("系下有座栋是为成中")  # 系, 上下, 拥有, 一座, 图片中 + 三层楼


def _a_figure_of_speech(text: str, start: int, end: int) -> bool:
    """借东风, 乘产业东风走出: a fair wind; 系三层楼建筑, 上下三层楼: a building's storeys."""
    if text.startswith("东风", start) and end - start == 2:
        opening = max(0, start - 14)
        return any(m.end() == end for m in _A_FAIR_WIND.finditer(text, opening, min(len(text), end + 1)))
    if _STOREYS.fullmatch(text, start, end):
        return text.startswith(_STOREYS_AFTER, end) or text[start - 1:start] in _STOREYS_BEFORE
    return False


# 2022年度 + 湖北省 + 乡村振兴示范村, 武汉市 + 首批 + 乡村休闲游示范村: the region is the level of a
# title or an award the text reports, not a place it speaks of.
_AFTER_A_YEARS_LIST = re.compile("年度\\Z")
_A_BATCH = re.compile("(?:首批|第[一二三四五六七八九十]+批)")


def _an_awards_level(text: str, start: int, end: int, target: Target) -> bool:
    """2022年度湖北省…示范村, 武汉市首批…示范村: a province or a city as the level of a title."""
    if target.area is None or target.area.level not in ("province", "city"):
        return False
    return bool(_AFTER_A_YEARS_LIST.search(text, max(0, start - 2), start) or _A_BATCH.match(text, end))


def _a_people_in_a_list(text: str, start: int, end: int, target: Target) -> bool:
    """土、蒙古、壮 and 苗、朝鲜、白: a country's name between peoples of one character."""
    if target.area is None or target.area.level != "country":
        return False
    before = text[max(0, start - 3):start]
    after = text[end:end + 3]
    return ((len(before) == 3 and before[2] == "、" and before[0] in "、，,：:（(" and before[1] in _ONE_CHARACTER_PEOPLES)
            or (len(after) == 3 and after[0] == "、" and after[1] in _ONE_CHARACTER_PEOPLES
                and after[2] in "、等和及，,）)"))  # fmt: skip
_WORDS_A_NAME_RUNS_INTO = frozenset(_WORDS["words_a_name_runs_into"])


# After a number, these characters are measure words: 多项城市建设 holds no 项城市, 一个旧城 no 个旧.
_MEASURE_WORDS = frozenset("项个座条家所批类位名件")
_NUMERALS = frozenset("一二三四五六七八九十两几多数每各0123456789０１２３４５６７８９")


def _opens_with_a_measure_word(text: str, start: int) -> bool:
    return start > 0 and text[start] in _MEASURE_WORDS and text[start - 1] in _NUMERALS


def _cuts_into_a_tail(text: str, start: int, end: int) -> bool:
    """A two-character name whose last character opens a road's or a bridge's tail (湖大 + 道 in
    神山湖大道, 中南 + 路 in 中南路) is read across a word: the run is a longer name, not 湖大
    (湖北大学)."""
    tails = _TAILS_BY_FIRST.get(text[end - 1])
    return tails is not None and end - start == 2 and any(text.startswith(t, end - 1) for t in tails)


# Tails of roads and bridges of two characters or more, by their first character (大: 大道, 大街,
# 大桥; 南: 南路). Not 博物馆: 省博 + 物馆 is read in 省博物馆 as the museum it abbreviates.
_TAILS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _tail in sorted({*CANDIDATE_SUFFIXES, *EXTENSION_SUFFIXES, *_WORDS["road_tails"]}):
    if (len(_tail) >= 2 and _tail[-1] in "路街道巷桥") or _tail == "大学城":  # 梧桐湖 + 大学城, no 湖大
        _TAILS_BY_FIRST[_tail[0]] = (*_TAILS_BY_FIRST.get(_tail[0], ()), _tail)

# The side of a lake, a hill or a river: 月湖南岸, 青龙山南麓, 汉江北岸.
_SIDE_WORDS = frozenset("岸麓侧坡畔端部面边脚角")


def _a_side(text: str, start: int, end: int, target: Target) -> bool:
    """湖南 in 月湖南岸, 山南 in 青龙山南麓: the 湖 or 山 ends the name before it and the
    direction names its side; the region (湖南省, 山南市) is not meant."""
    return (target.area is not None and end - start == 2 and text[start] in "湖山江河"
            and text[start + 1] in "东西南北" and start > 0 and _is_cjk(text[start - 1])
            and text[end:end + 1] in _SIDE_WORDS)  # fmt: skip


def _tail_of_a_longer_name(text: str, start: int, end: int) -> bool:
    """A known name that is itself a place tail (体育中心, named after its metro station) right
    after name characters is the tail of a longer name: 洪山体育中心 and 泽林体育中心 are not the
    体育中心 by the metro station, so the whole run is taken as one name instead."""
    return text[start:end] in _SUFFIX_SET and start > 0 and _is_name_char(text[start - 1])


def _a_namesakes_tail(text: str, start: int, end: int) -> bool:
    """长江大桥 alone is Wuhan's first bridge (经长江大桥到汉阳, 俯瞰长江大桥); after another name it is
    that town's bridge (鄂黄长江大桥, 南京长江大桥): a name right before it, not a word of the
    language (a verb, a particle) nor a cut word, makes it the tail of that longer name."""
    if text[start:end] not in _NAMES_ALONE_ONLY or start == 0 or not _is_name_char(text[start - 1]):
        return False
    if text[start - 1] in _CUT_CHARS:
        return False  # 过 + 长江大桥, 走 + 长江大桥
    words = clause_words()
    return not (text[start - 2:start] in words or text[start - 3:start] in words)  # 俯瞰 + 长江大桥


_NAMES_ALONE_ONLY = frozenset(_WORDS["names_alone_only"])
_CUT_CHARS = frozenset(w for w in _CUT_WORDS if len(w) == 1) | frozenset("过走去建经上跨望看修")


def _is_name_char(char: str) -> bool:
    return char not in _PARTICLES and bool(re.match(r"[\u4e00-\u9fffA-Za-z0-9·]", char))


_INSTITUTION_KINDS = frozenset({"hospital", "university", "campus"})
_REGION_KINDS = frozenset({"site", "subdistrict", "town", "district_seat", "functional_area"})


def _an_institution_in(region: Target, place: Target) -> bool:
    """汉口 + 协和医院, 武汉 + 同济医院: a region's name right before a hospital or a university
    that lies in it names that institution, in full (汉口协和医院): one mention of it."""
    inner = place.place
    if inner is None or inner.kind not in _INSTITUTION_KINDS or not inner.placed:
        return False
    if region.area is not None:
        code = region.area.code
        return region.area.in_wuhan and inner.district_code.startswith(code[:4] if code.endswith("00") else code)
    outer = region.place
    return (outer.kind in _REGION_KINDS and outer.placed and outer.precision in ("area", "district")
            and _metres(outer, inner) <= (outer.uncertainty_m or 0))  # fmt: skip


_A_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:分院|院区)")


def _its_hospital(university: Target, hospital: Target) -> bool:
    """华中科技大学 + 协和医院, 华中科技大学 + 同济医院: a university's name before a hospital is the
    hospital's full name (its teaching hospital), one mention of the hospital."""
    return (university.place is not None and university.place.kind == "university"
            and hospital.place is not None and hospital.place.kind == "hospital")


def _metres(a: Place, b: Place) -> float:
    """Great-circle distance between two places' points (a sphere is close enough within a city)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2)  # fmt: skip
    return 2 * 6371008.8 * math.asin(math.sqrt(h))


def _is_locality(target: Target) -> bool:
    return target.area is not None or target.place.kind in ("subdistrict", "town", "district_seat")


def _is_qualifier(name: str, target: Target) -> bool:
    """A full region name (洪山区, 武汉市, 武汉经开区) is followed by a new name, never extended by it."""
    if target.area is not None:
        return name == target.area.name
    return name.endswith("区") and target.place.kind in _ZONE_KINDS


# Foods and dishes named after a place (湖北菜, 孝感麻糖, 襄阳牛杂, 老通城豆皮): the place is an
# attribute of the food; 菜 opens 菜市场 and 菜园, 小吃 opens 小吃街: places of their own.
_FOOD_AFTER = re.compile(r"菜(?![市场园地农田])|小吃(?![街城广])|特产(?![店馆街城])|茶(?![馆楼社园店场厂山港庵亭区村])"
                         r"|戏(?![院台楼苑场曲])|%s"
                         % _alternation(_WORDS["foods_named_after_places"]))


def _in_a_firms_name(text: str, start: int, end: int) -> bool:
    """德旺誉财投资 + (湖北) + 有限公司: a region in brackets inside a firm's name is no place."""
    return (start > 0 and text[start - 1] in "(（" and text[end:end + 1] in ")）"
            and _ORGANISATION.match(text, end + 1) is not None)  # fmt: skip


# A firm's plant, base or project in a city or a district, named firm first (东风日产 + 武汉 + 工厂).
_FIRM_FACILITY = re.compile("(?:智能|新能源|超级)?(?:工厂|生产基地|制造基地|研发基地|项目|总部基地|研发中心)"
                            "|(?:智慧|科技)?产业园|总部(?:新)?(?:园区)?")
_BRAND_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _brand_before(text: str, start: int, spans: list) -> int | None:
    """Where a firm's name before a place starts (中航锂电 + 武汉 + 生产基地), or None when none
    stands there: two to six name characters after a mark or a verb, or a known firm's name
    (东风 + 日产), right before the place."""
    after_a_firm = bool(spans) and _is_firm(spans[-1][2])
    floor = max(start - 6, spans[-1][1] if spans else 0)
    brand = start
    while brand > floor and _BRAND_CHAR.match(text, brand - 1) and text[brand - 1] not in _PARTICLES:
        brand -= 1
    brand = _left_cut(text, brand, start)
    if after_a_firm and brand == floor == spans[-1][1]:
        return brand  # 东风 + (日产) + 武汉: the caller takes the firm's name in
    opened = (brand == 0 or not _BRAND_CHAR.match(text, brand - 1) or (spans and brand == spans[-1][1])
              or _CUT_BEFORE.search(text, max(0, brand - _CUT_LONGEST), brand) is not None)  # 江夏区 | 海康威视
    return brand if start - brand >= 2 and opened else None


def _is_firm(target: Target | None) -> bool:
    return target is not None and target.place is not None and target.place.kind == "firm"


# A region's own facility after its full name (青山区 + 图书馆: finder_words.toml's civic_facilities)
# or its numbered schools (武汉市 + 第三中学, 江岸区 + 第二小学).
_CIVIC_FACILITY = re.compile(r"第[一二三四五六七八九十0-9]{1,3}(?:初级中学|高级中学|中学|小学)(?:初中部|高中部|小学部)?"
                             r"|第?[一二三四五六七八九十0-9]{1,3}(?:人民医院|医院)|%s"
                             % _alternation(_WORDS["civic_facilities"]))
_ZONE_KINDS = frozenset({"functional_area", "planning_zone", "district", "subdistrict", "town"})
# A school by its number after a place's short name (武汉二中, 洪山二小, 光谷十七小, 汉阳三十二中); not
# 中心, 中国, 小学 (a 小学 is read by the school rules), 中部, 小区, 小组.
_A_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十]{1,3}[中小](?![心国学央华部间时型区组队镇城])")

# A school named with its city or district (江岸区长春街第三小学, 武汉市光谷第二小学, 江岸区丹亭懿府
# 配建幼儿园): the name runs from the region to the school's tail, in one clause.
_A_SCHOOL = re.compile(r"((?:(?![号])%s){2,12}?)(?:小学|中学|幼儿园)(?![生部])" % _NAME_CHAR)


def _a_school_named_with(text: str, end: int) -> int | None:
    """Where a school named after the region ending at ``end`` ends, or None: two characters
    or more of its own, none of them a description (重点中学), a kind (公办小学) or a clause."""
    school = _A_SCHOOL.match(text, end)
    if school is None:
        return None
    stem = school.group(1)
    if (_GENERIC_OPENING.match(stem) or _DESCRIPTION.search(text, end, school.end())
            or is_generic_facility(text[end:school.end()]) or _BOUNDARY.search(text, end, school.end())
            or _NEVER_IN_A_NAME.search(text, end, school.end()) or _verb_in(text, end, school.end())):
        return None
    return school.end()
# A known name followed by a named lake, hill, village or islet (沌口 + 万家湖) is two names: the
# second lies within the first. Zones keep their longer names (光谷 + 科学岛, 光谷 + 生物城).
# After a region's name, one character is enough (杭州 + 西湖).
_NATURAL_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}[湖山村洲]")
_NATURAL_TAILS = ("湖", "山", "洲", "岛")


def _walled_town(text: str, name: str, end: int, target: Target) -> bool:
    """武昌城, 汉阳城: a Wuhan district's short name and 城 name the old walled town, within
    the district; 城市 and 城区 are words (武昌城区 is the district's urban part)."""
    area = target.area
    return (area is not None and area.level == "district" and area.in_wuhan
            and name != area.name and text.startswith("城", end)
            and text[end:end + 2] not in ("城市", "城区", "城乡", "城管", "城建"))  # fmt: skip
# A bare 山 or 湖 right after a known name, then a side, a mark or a particle: 青龙 + 山南麓 is
# the hill 青龙山, named like the village but not placed in it (the name recurs across the city).
_BARE_NATURAL = re.compile(r"[山湖](?=[东西南北]?[%s]|[^\u4e00-\u9fff]|[的和与及等旁]|$)"
                           % "".join(sorted(_SIDE_WORDS)))
# A river's basin, a plain, an economic belt or a region named after a place (长江流域,
# 长江经济带, 江汉平原, 华中地区): a region of its own, larger than the place and than Wuhan,
# neither the river nor the district it is named like. A reach (长江中游) stays the river.
_A_LARGER_REGION = re.compile(_alternation(_WORDS["larger_region_tails"]))


# 门 then one of these is a word (武汉门户, 门票, 门诊): no gate.
_NOT_A_GATE = frozenset("户票诊店类槛面派徒生市禁卫窗铃框")


def _a_gate_named_for(text: str, end: int, target: Target) -> bool:
    """汉阳门, 平湖门, 文昌门: an old city gate named for the town or the place it faced. It lies
    where the wall stood, not in that place, so it keeps nothing of it."""
    return (text.startswith("门", end) and target.area is not None
            and text[end + 1:end + 2] not in _NOT_A_GATE
            and _EXTENSION.match(text, end) is None)  # 汉阳门 + 码头, 汉阳门 + 站: a longer name


def _in_wuhan(target: Target, text: str, end: int) -> bool:
    """A district, a street or a place of Wuhan (武汉地区 is the city's own area), except
    that a plain is never a district's (江汉平原)."""
    if target.area is not None:
        return target.area.in_wuhan and target.area.level != "province" and not text.startswith("平原", end)
    return target.place is not None and target.place.kind not in ("river", "region")


# 大 or 小 glued before a hill's or a lake's name names another one (大花山 beside 花山, 小龟山
# beside 龟山), unless it closes a word of size before it (扩大, 最大, 较小); so does a side or
# 古 opening an item (东月湖, 古月湖).
_SIZES = frozenset("大小")
_SIZE_WORD_OPENINGS = frozenset(_WORDS["size_word_openings"])
_NATURAL_KINDS = frozenset({"hill", "lake", "island"})


def _sized_namesake(text: str, start: int, end: int, target: Target) -> bool:
    """Whether the character before a known hill's or lake's name makes another name of it:
    大/小 unless it ends a word of size (大花山, not 扩大 + 花山), or a side or 古 opening a clause
    or an item (由东月湖、西月湖组成, 古月湖; 城东 + 月湖 is the lake east of the town)."""
    opening = text[start - 1] if start > 0 else ""
    if not opening or opening not in _OPENINGS_OF_NAMESAKES or target.place is None:
        return False
    natural = target.place.kind in _NATURAL_KINDS or (
        target.place.kind in ("subdistrict", "town") and text[end - 1] in "山湖洲")
    before = text[start - 2] if start > 1 else ""
    if opening in _SIZES:
        return natural and before not in _SIZE_WORD_OPENINGS
    return natural and (not before or not _is_cjk(before) or before in _ITEM_OPENERS)


_OPENINGS_OF_NAMESAKES = frozenset("大小东西南北古")
_ITEM_OPENERS = frozenset("由和与及的在是为有")


# A 街道's or a town's name and 村 name a village of it (卓刀泉村, 关山村): not the unit itself,
# and within it; 村镇, 村庄 and 村落 are words (the unit's villages).
_VILLAGE_WORDS = ("村镇", "村庄", "村落", "村级")


def _village_of_a_unit(text: str, end: int, target: Target) -> bool:
    return (text.startswith("村", end) and not text.startswith(_VILLAGE_WORDS, end)
            and target.place is not None and target.place.kind in ("subdistrict", "town"))  # fmt: skip


# A count and its measure word right before a name make it one of a kind (第十座长江大桥).
_COUNTED_BEFORE = re.compile(r"[0-9一二三四五六七八九十两几多][座条个家所]\Z")

# A zone's name and a direction, then the clause goes on, name the sector on that side of it
# (光谷东及花山软件新城, 汉口北): 光谷东湖 or 光谷东路 is no such sector.
_SECTOR = re.compile(r"[东西南北](?=[^\u4e00-\u9fff]|[及和与的、]|板块|片区|地区|$)")
_SECTOR_KINDS = frozenset({"functional_area", "planning_zone", "site"})


def _is_a_sector_of(target: Target) -> bool:
    return target.place is not None and target.place.kind in _SECTOR_KINDS and target.place.precision != "point"


_NATURAL_NAME_IN_REGION = re.compile(r"[\u4e00-\u9fff]{1,3}[湖山村洲]")


# A road's own name after a place or a road: two characters or more, then the road's tail.
_ROAD_AFTER_A_PLACE = re.compile(r"[\u4e00-\u9fff]{2,5}(?:大道|路|街|巷)")
# A region's name and a bare unit tail name an old county or commandery of that name (江夏县,
# 江夏郡): not the district of today, and not a unit inside it.
_OWN_UNIT_TAILS = frozenset(_WORDS["own_unit_tails"])


def _an_old_district_of(text: str, end: int, target: Target) -> bool:
    """金口区, 纸坊区, 三店区: a town's or a 街道's bare name and 区 name the old district of the
    1950s named after it (区域, 区位 and 区间 are words)."""
    return (target.area is None and target.place.kind in ("subdistrict", "town")
            and text.startswith("区", end) and not _REGION_WORD.match(text, end))


_REGION_WORD = re.compile("区[域位间别分划块内外长委]")


def _is_road(target: Target) -> bool:
    return target.place is not None and target.place.kind == "road"


def _natural_name_after(text: str, end: int, stop: int, target: Target) -> bool:
    pattern = _NATURAL_NAME if target.area is None else _NATURAL_NAME_IN_REGION
    match = pattern.fullmatch(text, end, stop)
    return (match is not None and text[stop - 2:stop] not in word_tails()
            and not _GENERIC_OPENING.match(text, end))  # fmt: skip


# What follows a country named as a place, and what comes before one (seeds/finder_words.toml).
_COUNTRY_AS_A_PLACE_BEFORE = frozenset("".join(_WORDS["country_as_a_place_before"]))
_COUNTRY_AS_A_PLACE_AFTER = re.compile("(?:%s)$" % "|".join(_WORDS["country_as_a_place_after"]))


# A region's government names the region it governs: 江岸区 in 江岸区政府将其辟作街头博物馆 is the
# district (a party committee, 湖北省委书记, is a title and stays no place).
_GOVERNMENT = re.compile("(?:人民)?政府")


_PEOPLE_WORDS = tuple(_WORDS["people_words"])
_PEOPLE_FIRST = frozenset(word[0] for word in _PEOPLE_WORDS)
_PEOPLE_PLACES = tuple(_WORDS["people_places"])
_NOT_PEOPLE = tuple(_WORDS["not_people"])


_PARTY = ("党委", "党工委", "工委")
# A 街道's bare name and 镇 before another name: the town it was (湖泗镇夏祠村, 蔡店镇姚家山村).
_A_TOWNS_TAIL = re.compile("镇(?=[\u4e00-\u9fff]{2,4}[村湾寨])")
# A year of an era (咸丰六年, 光绪元年) or its span (咸丰年间): eras share names with counties.
_AN_ERA = re.compile("[元一二三四五六七八九十]{1,3}年(?![级代])|年间")
_ERA_STARTS = frozenset("元一二三四五六七八九十年")
_NICKNAMES = frozenset(admin.nicknames())
# After a nickname, what makes it part of another name (江城壹号, 江城之门, 江城实验室).
_NICKNAME_NAMES = re.compile("之|壹|[0-9一二三四五六七八九十]+号|实验室|[A-Za-z0-9]")

# Places whose people are a body (华科大人: its alumni), not the place's inhabitants.
_BODIES_OF_PEOPLE = frozenset({"university", "campus", "lab", "firm", "hospital"})


def _its_people(text: str, end: int) -> bool:
    """武汉人, 日本人: a place's people name the place (the gold lists count 武汉 in 武汉人), and
    nothing after them widens it (蔡甸人杨松山 is no hill); a body (武汉人大) is an organisation."""
    return (text.startswith(_PEOPLE_WORDS, end) and not text.startswith(_PEOPLE_PLACES, end)
            and not text.startswith(_NOT_PEOPLE, end) and _ORGANISATION.match(text, end) is None)


def _its_government(text: str, end: int, target: Target) -> bool:
    """湖北省 + 人民政府: the government names its region; not before a title (广西壮族自治区 + 政府 +
    副主席, 江夏区 + 人民政府 + 副区长), which names an official."""
    government = _GOVERNMENT.match(text, end) if target.area is not None else None
    return government is not None and not text.startswith(_TITLES_IN_A_GOVERNMENT, government.end())


_TITLES_IN_A_GOVERNMENT = ("副主席", "主席", "副省长", "副市长", "副区长", "省长", "市长", "区长", "秘书长", "党组")


# A bidder in a land sale is a firm named for its home (四川 + 邦泰 + 以8.42亿元竞得, 厦门 + 建发 +
# 将其收入囊中, 湖北 + 天创 + 摘得): a place, two or three characters, then the verb of winning.
_A_BIDDERS_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}(?:以[0-9０-９一二三四五六七八九十]|竞得|摘得|拿下|夺得|将其收入)")


def _a_bidder(text: str, end: int, following: list) -> bool:
    """四川 + 邦泰 + 以84200万元竞得: the firm's name holds no other place (武汉 + 东湖 + 以… is two)."""
    bid = _A_BIDDERS_NAME.match(text, end)
    return bid is not None and not (following and following[0][0] < bid.end())


def _a_country_as_an_attribute(text: str, start: int, end: int, target: Target,
                               following: list) -> bool:  # fmt: skip
    """中国艺术节, 中国古代文人, 中国制造业500强: the home country right before a noun qualifies it;
    it is named as a place before a particle, a rank or a side (中国最大的城中湖, 中国中部), a place
    of its own (中国湖北省) or punctuation, and after a word of going or coming. A foreign country
    before a noun is its people's or its firms' land (德国技术, 英国商人, 法国总统): a place outside."""
    if target.area is None or target.area.level != "country" or end >= len(text):
        return False
    if target.area.code != "CN":
        return _ITS_OWN_SITE.match(text, end) is not None  # 美国领事馆, 俄国驻汉口领事馆, 瑞典教区旧址
    if _COUNTRY_AS_A_PLACE_AFTER.search(text, max(0, start - 2), start):
        return False
    after = text[end]
    next_name = bool(following) and following[0][0] == end
    return (_is_cjk(after) or after.isdigit()) and after not in _COUNTRY_AS_A_PLACE_BEFORE and not next_name


def _a_titles_country(text: str, end: int, target: Target) -> bool:
    """中国 + (武汉) + 国际园林博览会: a country, then a region in brackets, then more of a name, is
    the title of a fair, a zone or a union; the region is the place, the country names the title."""
    return (target.area is not None and target.area.level == "country"
            and _A_TITLES_REGION.match(text, end) is not None)  # fmt: skip


_A_TITLES_REGION = re.compile(r"[(（][\u4e00-\u9fff]{2,6}[)）][\u4e00-\u9fff]")
# A foreign country's consulate, offices and old sites in the city are named after it, in one name.
_ITS_OWN_SITE = re.compile(r"领事馆|驻|%s{1,8}?旧址" % _NAME_CHAR)
_SHENG_WORDS = tuple(_WORDS["words_opening_with_sheng"])


def _students_of(text: str, name: str, end: int) -> bool:
    """武汉大学 + 生 is 武汉 + 大学生 (students), 台下小学 + 生 pupils, unless 生 opens a word (生命科学学院)."""
    return (text.startswith("生", end) and name.endswith(("大学", "小学", "中学"))
            and not text.startswith(_SHENG_WORDS, end))  # fmt: skip


# Punctuation and spaces: after one of them no rule of whole_names can widen or drop a name.
_MARKS = frozenset("，,。.；;：:！!？?、（）()《》“”\"'‘’[]【】 \t\n\u3000—…/")


def whole_names(text: str, known: list[tuple[int, int, Target]]
                ) -> list[tuple[int, int, Target | None, tuple[Target, ...]]]:  # fmt: skip
    """Known names widened to the whole proper name they open; organisations and titles dropped.

    光谷 in 光谷生物城 is a part of a longer, unknown name: the mention is 光谷生物城, with
    光谷 kept as its part (where it lies), never resolved as 光谷 itself. 长江 in 长江日报 and
    湖北省 in 湖北省委书记 open an organisation or a title: they are not places at all.
    """
    spans, i = [], 0
    while i < len(known):
        start, end, target = known[i]
        name = text[start:end]
        if (end == len(text) or text[end] in _MARKS) and not (
                start > 0 and text[start - 1] in _OPENINGS_OF_NAMESAKES):  # fmt: skip
            if not _in_a_firms_name(text, start, end) and not _a_titles_country(text, end, target):
                spans.append((start, end, target, ()))  # 光谷, | 光谷。: nothing follows to widen it
            i += 1
            continue
        after = text[end:end + 1]  # one character tells most rules below they do not apply
        if name in _NICKNAMES and (continues_as_a_word(text, end) or _NICKNAME_NAMES.match(text, end)):
            i += 1  # 跨 + 江城 + 市: 江 and 城市 are words; 江城 + 壹号: an estate's name
            continue
        if after in _ERA_STARTS and _AN_ERA.match(text, end):
            i += 1  # 咸丰 + 六年, 咸丰 + 年间: an emperor's era, named like the county
            continue
        if after == "站" and target.area is not None and target.area.level in ("province", "country"):
            i += 1  # 央视 + 湖北站 + 站长: a news agency's bureau for the province, no station
            continue
        if after in _PEOPLE_FIRST and _its_people(text, end):
            if target.area is not None or target.place.kind not in _BODIES_OF_PEOPLE:
                spans.append((start, end, target, ()))  # 武汉 + 人, 汉正街 + 人: its people
            i += 1  # 华科大 + 人: its alumni, a body of people, no place
            continue
        if ((_ORGANISATION.match(text, end) and not _its_government(text, end, target))
                or (_is_locality(target) and _FOOD_AFTER.match(text, end))  # 孝感 + 麻糖, 李集 + 香葱: a food
                or (after == "人" and text.startswith(_NOT_PEOPLE, end) and target.area is not None)  # 武汉 + 人工智能计算中心: no place
                or _heads_a_body_or_an_event(text, end) or _EVENT_AFTER.match(text, end)
                or _a_country_as_an_attribute(text, start, end, target, known[i + 1:i + 2])
                or _a_bidder(text, end, known[i + 1:i + 2])
                or _students_of(text, name, end)):
            i += 1
            continue
        if i + 1 < len(known) and known[i + 1][0] == end and (
                _an_institution_in(target, known[i + 1][2]) or _its_hospital(target, known[i + 1][2])) and (
                _EXTENSION.match(text, known[i + 1][1]) is None):  # fmt: skip
            spans.append((start, known[i + 1][1], known[i + 1][2], ()))  # 汉口 + 协和医院: the hospital
            i += 2
            continue
        if (i + 1 < len(known) and known[i + 1][0] == end and target.area is not None
                and not target.area.in_wuhan and target.area.code not in (admin.HUBEI_CODE, "CN")
                and known[i + 1][2].place is not None and known[i + 1][2].place.kind in _INSTITUTION_KINDS):
            spans.append((start, known[i + 1][1], None, (target,)))  # 北京 + 协和医院: Beijing's, not ours
            i += 2
            continue
        if (i + 1 < len(known) and known[i + 1][0] == end and _its_hospital(target, known[i + 1][2])
                and (branch := _A_BRANCH.match(text, known[i + 1][1])) is not None):  # fmt: skip
            # 华中科技大学 + 协和医院 + 东西湖分院: a branch of the hospital, within the place it names
            hospital, i = known[i + 1][2], i + 2
            inner = []
            while i < len(known) and known[i][0] < branch.end():
                inner.append(known[i][2])
                i += 1
            spans.append((start, branch.end(), None, (hospital, *inner)))
            continue
        if (basin := _A_LARGER_REGION.match(text, end)) and not _in_wuhan(target, text, end) and (
                i + 1 == len(known) or known[i + 1][0] >= basin.end()):  # fmt: skip
            spans.append((start, basin.end(), None, ()))  # 长江 + 流域, 华中 + 地区: a larger region
            i += 1
            continue
        if _BARE_NATURAL.match(text, end) and (i + 1 == len(known) or known[i + 1][0] > end):
            spans.append((start, end + 1, None, ()))  # 青龙 + 山: a hill named like 青龙
            i += 1
            continue
        if _sized_namesake(text, start, end, target) and (not spans or spans[-1][1] < start):
            part = () if text[start - 1] in _SIZES else (target,)  # 东 + 月湖: a part of the lake
            spans.append((start - 1, end, None, part))  # 大 + 花山, 小 + 龟山: another hill
            i += 1
            continue
        if (_is_river(target) and text[end:end + 1] in "桥闸" and text[end:end + 2] not in ("桥梁", "闸门")
                and (i + 1 == len(known) or known[i + 1][0] > end)):  # fmt: skip
            spans.append((start, end + 1, None, (target,)))  # 滠水 + 桥: a bridge over the river
            i += 1
            continue
        if (bridge := _named_river_crossing(text, end, known[i + 1:i + 3])) is not None:
            spans.append((start, bridge, None, (target,)))  # 沌口 + 长江公路大桥: the crossing at 沌口
            i += 2
            continue
        if _village_of_a_unit(text, end, target) and (i + 1 == len(known) or known[i + 1][0] > end):
            spans.append((start, end + 1, None, (target,)))  # 卓刀泉 + 村: a village of that 街道
            i += 1
            continue
        if (_SECTOR.match(text, end) and _is_a_sector_of(target)
                and (i + 1 == len(known) or known[i + 1][0] > end)):  # fmt: skip
            spans.append((start, end + 1, None, (target,)))  # 光谷 + 东: the sector east of 光谷
            i += 1
            continue
        if (_walled_town(text, name, end, target) and (i + 1 == len(known) or known[i + 1][0] > end)
                and _EXTENSION.match(text, end + 1) is None):  # 武昌城 + 隧道: the tunnel's name
            spans.append((start, end + 1, None, (target,)))  # 武昌 + 城: the old walled town
            i += 1
            continue
        if _a_gate_named_for(text, end, target) and (i + 1 == len(known) or known[i + 1][0] > end):
            spans.append((start, end + 1, None, ()))  # 汉阳 + 门: 武昌's gate facing 汉阳, in 武昌
            i += 1
            continue
        if (target.place is not None and target.place.kind == "historic" and name.endswith("县")
                and text.startswith("城", end) and text[end:end + 2] not in ("城市", "城区", "城乡")
                and (i + 1 == len(known) or known[i + 1][0] > end)):  # fmt: skip
            spans.append((start, end + 1, None, (target,)))  # 黄陂县 + 城: the old county's town, within it
            i += 1
            continue
        if (target.area is not None and (plant := _FIRM_FACILITY.match(text, end))
                and (brand := _brand_before(text, start, spans)) is not None
                and (i + 1 == len(known) or known[i + 1][0] >= plant.end())):  # fmt: skip
            if spans and spans[-1][1] == brand and _is_firm(spans[-1][2]):
                brand = spans.pop()[0]  # 东风 + 日产 + 武汉 + 工厂: a known firm opens the name
            spans.append((brand, plant.end(), None, (target,)))  # 路特斯 + 武汉 + 智能工厂: its plant
            i += 1
            continue
        if _is_qualifier(name, target) and (facility := _CIVIC_FACILITY.match(text, end)) and (
                i + 1 == len(known) or known[i + 1][0] >= facility.end()):  # fmt: skip
            spans.append((start, facility.end(), None, (target,)))  # 青山区 + 图书馆: its library
            i += 1
            continue
        if ((_is_locality(target) or target.place.kind in _ZONE_KINDS)
                and (school := _A_NUMBERED_SCHOOL.match(text, end)) is not None
                and (i + 1 == len(known) or known[i + 1][0] >= school.end())):  # fmt: skip
            spans.append((start, school.end(), None, (target,)))  # 武汉 + 二中, 洪山 + 二小: its school
            i += 1
            continue
        if (_is_qualifier(name, target) and target.area is not None and target.area.level != "province"
                and (school := _a_school_named_with(text, end)) is not None):  # fmt: skip
            i += 1  # 江岸区 + 长春街第三小学: the school's official name holds its district, and
            inner = []  # a place of Wuhan named in it says better where it is (光谷第二小学)
            while i < len(known) and known[i][0] < school:
                place = known[i][2].place
                inner += [known[i][2]] if place is not None and not place.outside else []
                i += 1
            spans.append((start, school, None, tuple(inner) or (target,)))
            continue
        if _is_qualifier(name, target) and _qualifies_a_body(text, end, known[i + 1:i + 2]):
            i += 1  # 武汉市 + 青山区委: the city is part of the body's name, as the district is
            continue
        if _is_qualifier(name, target):
            spans.append((start, end, target, ()))
            road = _road_after(text, end, known[i + 1:i + 2])
            spans += [(end, road, None, ())] if road else []
            i += 1
            continue
        if (numbered := _NUMBERED_ROAD.match(text, end)) and (i + 1 == len(known) or known[i + 1][0] >= numbered.end()):
            spans.append((start, numbered.end(), None, ()))  # 江汉 + 三路: a road named after it
            i += 1
            continue
        if after == "专" and target.area is not None and text.startswith("专区", end):
            spans.append((start, end + 2, None, ()))  # 孝感 + 专区: the old prefecture of 1949-1970
            i += 1
            continue
        if target.area is not None and text[end:end + 1] in _OWN_UNIT_TAILS:
            town = text.startswith("县城", end) and not continues_as_a_word(text, end + 2)
            spans.append((start, end + (2 if town else 1), None, ()))  # 江夏 + 县: the old county, not
            i += 1  # 江夏区; 黄陂 + 县城: its county town
            continue
        if after == "镇" and _is_locality(target) and target.area is None and _A_TOWNS_TAIL.match(text, end) and (
                i + 1 == len(known) or known[i + 1][0] > end):  # fmt: skip
            spans.append((start, end + 1, target, ()))  # 湖泗 + 镇 + 夏祠村: the town, the 街道 of today
            i += 1
            continue
        if _an_old_district_of(text, end, target) and (i + 1 == len(known) or known[i + 1][0] > end):
            spans.append((start, end + 1, None, (target,)))  # 金口 + 区: the old 区 of 金口, within it
            i += 1
            continue
        if target.place is not None and target.place.kind == "region" and text[end:end + 1] in _OWN_UNIT_TAILS:
            spans.append((start, end + 1, target, ()))  # 沔阳 + 县: the historic county itself
            i += 1
            continue
        extension = _EXTENSION.match(text, end)
        if extension is not None and (verb := _verb_in(text, end, extension.end())):
            extension = _EXTENSION.match(text, end, verb.start())  # 黄陂街 + 至汉阳街: up to 至
        if extension is not None and (never := _NEVER_IN_A_NAME.search(text, end, extension.end())):
            # 中北路 + 最高楼: a clause follows the name, no longer name; 左岭 + 新城 + 大型社区: the
            # name goes on up to the clause (昙华林 + 街区 + 内: up to the word's 内)
            stop = never.end() - 1 if never.group()[-1] in "内內" else never.start()
            extension = (_EXTENSION.match(text, end, stop)
                         if stop > end and never.group() not in _EPITHETS else None)  # 武汉 + 大学之城
        if extension is not None and text.startswith(_EPITHET_OPENINGS, extension.end()):
            extension = None  # 武汉 + 大学 + 之城: the city's epithet, no 武汉大学
        if extension is not None and text.startswith(("路路口", "街街口"), extension.end() - 2):
            extension = _EXTENSION.match(text, end, extension.end() - 1)  # 兰陵路 + 路口: its crossing
        if extension is not None and (_not_a_tail(text, extension.end())
                                      or continues_as_a_word(text, extension.end())
                                      or text.startswith(("路口", "路灯", "路边", "路旁", "路牌"), end)
                                      or text.startswith("乡村", end)
                                      or text.endswith("网站", 0, extension.end())):  # fmt: skip
            extension = None  # 武汉 + 部分路段; 钟家村 + 路口 (a crossing), 街道口 + 路灯; 洪山 + 乡村振兴; 武汉 + 门户网站
        stop = None if extension is None else _before_next_name(
            text, end, extension.end(), known[i + 1:i + 2], target.area is not None)
        if stop is not None and text[end - 1] in "路街道巷" and (number := _A_HOUSE_NUMBER.match(text, end)):
            # 惠济路 + 42号老旧小区: an address, the road is the name; 珞狮路 + 200号 + 南远大楼: a
            # building at that number is a name of its own
            spans.append((start, end, target, ()))
            if _a_building_at(text, number.end(), stop) and (i + 1 == len(known) or known[i + 1][0] >= stop):
                spans.append((number.end(), stop, None, ()))
            i += 1
            continue
        elif stop is not None and (address := _A_HOUSE_NUMBER_AFTER.search(text, end + 1, stop)):
            stop = address.end()  # 汉口 + 东湖路 + 42号: the road named after the address's place
        if stop is None:
            spans.append((start, end, target, ()))
            i += 1
            continue
        if _ORGANISATION_AFTER.match(text, stop):
            i += 1  # 沌阳 + 社区 + 卫生服务中心: the office of a community, no place
            continue
        if (after_unit := _after_a_units_full_name(text, name, end, stop, target)) is not None:
            spans.append((start, end, target, ()))
            if after_unit == "estate":
                spans.append((end, stop, None, (target,)))  # 滠口街 | 湖景佳园: an estate within it
            i += 1
            continue
        road = _road_closing(text, end, stop)
        if road == end + 1 and text[stop - 1] in "路街巷" and (i + 1 == len(known) or known[i + 1][0] >= stop):
            # 余家头 + 路 | 德平路: the road named after the place, then a second road
            spans += [(start, road, None, (target,) if target.area is not None else ()), (road, stop, None, ())]
            i += 1
            continue
        if road is not None and (_road_named_after(target, text[end:road])
                                 or _ROAD_AFTER_A_PLACE.fullmatch(text, end, road)):
            stop = road  # 黄陂 + 街 in 黄陂街永安码头; 汉口 + 马场角横路 in 汉口马场角横路富豪花园
        stop = _closed_by_its_tail(text, end, stop)
        stop = _first_of_two_alike(text, start, stop)  # 武汉 + 关码头 | 粤汉码头: two piers
        if _road_named_after(target, text[end:stop]):
            # 江夏街 is a street, wherever it runs; 青龙巷 keeps nothing of 青龙 (no region)
            spans.append((start, stop, None, (target,) if target.area is not None else ()))
            i += 1
            continue
        clear = i + 1 == len(known) or known[i + 1][0] >= stop
        road_after = _ROAD_AFTER_A_PLACE.fullmatch(text, end, stop)
        if clear and road_after and not _BOUNDARY.search(text, end, stop) and not (
                _GENERIC_OPENING.match(text, end) or is_generic_facility(text[end:stop])) and (
                _is_road(target) or _is_locality(target) or target.place.precision == "area"):
            # 解放大道 | 黄浦路 (two roads: the second is not inside the first);
            # 汉口 | 台北一路 (an address: the road within the place)
            spans += [(start, end, target, ()), (end, stop, None, () if _is_road(target) else (target,))]
            i += 1
            continue
        if clear and _natural_name_after(text, end, stop, target) and not _BOUNDARY.search(
                text, end, stop):  # fmt: skip
            sibling = name.endswith(_NATURAL_TAILS)  # 天兴洲 + 白沙洲: two islands, side by side
            spans += [(start, end, target, ()), (end, stop, None, () if sibling else (target,))]
            i += 1
            continue
        parts = [target]
        if _is_road(target) and _a_name_of_its_own(text, end, stop):
            spans.append((start, end, target, ()))  # 珞狮南路 | 泽林站: a place on the road
            start, parts = end, []
        elif (_is_locality(target) and (_ends_with_a_unit(text[end:stop]) or _district_then_a_name(text, end, stop, target))
                and not text[end:stop].endswith(_STREET_TAILS)  # 纸坊 + 大街 is a street
                and not is_generic_facility(text[end:stop])):  # 蔡甸 + 经济开发区 is one zone
            spans.append((start, end, target, ()))
            if _opens_generically(text, end, stop):
                i += 1
                continue
            start = end
        i += 1
        while i < len(known) and known[i][0] < stop:
            parts.append(known[i][2])
            stop = max(stop, known[i][1])
            i += 1
        if text[start:stop] in candidate_stoplist() or _COUNTED_BEFORE.search(text, max(0, start - 4), start):
            continue  # 湖北 in 湖北实验室, a generic term; 第十座 + 长江大桥, one of a kind: no place at all
        if _DESCRIPTION.search(text, start, stop):
            if start < end:  # after a region, its name is in already (蔡榨街道 | 辖1个社区)
                spans.append((start, end, target, ()))
        else:
            spans.append((start, stop, None, tuple(parts)))
    return [_a_greater_one(text, span) for span in spans]


def _a_building_at(text: str, start: int, stop: int) -> bool:
    """南远大楼 after a house number: a name with two characters before its tail, no kind."""
    tail = next((n for n in _SUFFIX_LENGTHS if text[stop - n:stop] in _SUFFIX_SET), 0)
    return (tail > 0 and stop - start - tail >= 2 and not is_generic_facility(text[start:stop])
            and not _DESCRIPTION.search(text, start, stop) and _looks_like_a_name(text, start, stop))


def _qualifies_a_body(text: str, end: int, following: list) -> bool:
    """武汉市 + 青山区 + 委, 武汉市 + 东西湖区 + 委书记: a region right before a unit's party or
    congress body; the unit is no place there (see _ORGANISATION) and the region qualifies the body.
    A unit's government (蔡甸区 + 消泗乡政府对面) is a building, and a place."""
    if not following or following[0][0] != end:
        return False
    return text.startswith(_BODIES_OF_A_UNIT, following[0][1])


_BODIES_OF_A_UNIT = ("委", "工委", "党委", "党工委", "人大", "政协", "纪委", "管委会")


def _a_greater_one(text: str, span: tuple) -> tuple:
    """大 + 光谷, 大 + 武昌片区: the greater area of a district or a zone is a name of its own, within
    it (大光谷, 大武昌); 扩大, 最大 and the like end a word of size (扩大光谷影响), and 大武汉 is the city."""
    start, end, target, parts = span
    if start < 1 or text[start - 1] != "大" or (start > 1 and text[start - 2] in _SIZE_WORD_OPENINGS):
        return span
    inner = target or (parts[0] if len(parts) == 1 else None)
    if inner is None or (start > 1 and _is_cjk(text[start - 2]) and text[start - 2] not in _ITEM_OPENERS
                         and text[start - 2] not in _BEFORE_A_GREATER_ONE):
        return span
    area = inner.area is not None and inner.area.level == "district" and inner.area.in_wuhan
    zone = inner.place is not None and inner.place.kind in ("functional_area", "planning_zone")
    return (start - 1, end, None, (inner,)) if area or zone else span


# Verbs and marks a greater area may follow (打造大光谷, 实现大光谷南北联动, 市大汉阳片区).
_BEFORE_A_GREATER_ONE = frozenset("造现市及与和、")


_UNIT_KINDS = frozenset({"subdistrict", "town"})
_UNIT_NAME_TAILS = ("街道", "街", "镇", "乡")
_ESTATE_TAILS = (*ESTATE_SUFFIXES, "苑", "小区")


def _after_a_units_full_name(text: str, name: str, end: int, stop: int, target: Target) -> str | None:
    """What follows a 街道's or a town's full name (滠口街, 五里界镇), when it is no name with it.

    An estate is an address within the unit (滠口街 | 湖景佳园; estates are never named after their
    街道), and one character before a one-character tail is a word, no name (永安街道 | 相关,
    武东街道 | 城镇, 五里界镇 | 隔湖). A pier, a school or a bridge is named after the unit, one name
    (青山镇渡轮码头, 横店街临空学校, 郑店街高架桥)."""
    if target.place is None or target.place.kind not in _UNIT_KINDS or not name.endswith(_UNIT_NAME_TAILS):
        return None
    rest = text[end:stop]
    estate = next((t for t in _ESTATE_TAILS if rest.endswith(t)), "")
    if estate and len(rest) - len(estate) >= 2:
        return "estate"
    tail = next((t for t in _UNIT_TAILS if rest.endswith(t)), "")
    return "alone" if len(tail) == 1 and len(rest) - len(tail) < 2 else None


_UNIT_TAILS = tuple(sorted({*EXTENSION_SUFFIXES, *ROAD_TAILS, *ADMIN_UNIT_SUFFIXES}, key=len, reverse=True))


def _closed_by_its_tail(text: str, end: int, stop: int) -> int:
    """武东 + 东路 + 船舶园路: a closing tail right after a known name ends the road named after it
    (武东东路); what follows is another name."""
    tail = next((t for t in _CLOSING_TAILS if text.startswith(t, end)), "")
    return end + len(tail) if tail and end + len(tail) < stop else stop


_BUSINESS_TAILS = frozenset(_WORDS["business_tails"])


def _a_name_of_its_own(text: str, end: int, stop: int) -> bool:
    """After a road, a name with two characters or more before its tail (南湖路 + 泽林新村,
    珞狮南路 + 华农站) is a place on the road, not part of the road's name; a bare tail after it
    (东湖路 + 小学) names a place after the road, and a 宾馆 or a 酒楼 on it is a business."""
    rest = text[end:stop]
    if _a_bus_stop(text, stop):
        return False  # 八一路 + 珞珈山站 + 下车: the stop is named by both, one name
    if _A_GATES_NAME.fullmatch(rest):
        return True  # 中山路 | 大东门, 武昌 | 大东门: an old gate's own name, on the road or in the district
    tail = next((t for t in _UNIT_TAILS if rest.endswith(t)), "")
    return (len(rest) - len(tail) >= 2 and tail not in _BUSINESS_TAILS and not _BOUNDARY.search(text, end, stop)
            and not _opens_generically(text, end, stop) and not is_generic_facility(rest))  # fmt: skip


_A_GATES_NAME = re.compile("[大小老新][东西南北]门")


def _a_bus_stop(text: str, stop: int) -> bool:
    """至八一路珞珈山站下车: a stop one gets off at is named by its road and its landmark together
    (bus stops are named so); a station one meets at (约在珞狮南路华农站见面) is a place on the road."""
    return text[stop - 1:stop] == "站" and text.startswith("下", stop)


def _district_then_a_name(text: str, end: int, stop: int, target: Target) -> bool:
    """武昌 + 得胜桥, 武昌 + 首义广场: a district's name, then a name of two characters or more
    before its tail, is two names, the second within the district (汉阳 + 树公园 is one, and so
    is 洪山 + 江滩 + 滑板公园: a tail right after the district makes a name with it). After the
    city, only a road is so (武汉 + 大沌路; 武汉 + 植物园 is one name)."""
    opens_with_a_tail = any(text.startswith(t, end) for t in _TWO_CHARACTER_TAILS)
    level = target.area.level if target.area is not None else None
    road = _A_CITY_ROAD.fullmatch(text, end, stop) is not None  # 武汉 + 大沌路: a road of the city
    return ((level == "district" or (level == "city" and road)) and not opens_with_a_tail
            and not _EVENT.match(text, end)  # 武昌 + 起义纪念馆: the museum of 武昌起义, one name
            and _a_name_of_its_own(text, end, stop))  # fmt: skip


_TWO_CHARACTER_TAILS = tuple(t for t in _TAIL_WORDS if len(t) >= 2)
# A street's name after the city's (武汉 + 大沌路); not a motorway named after it (武汉绕城高速)
# or a bus route (武汉公交382路).
_A_CITY_ROAD = re.compile("[\u4e00-\u9fff]{2,5}(?:大道|路|街|巷)")


def _ends_with_a_unit(rest: str) -> bool:
    """A name within the region before it: a unit (纸坊街道, 吴家山镇), or a name of two characters
    or more before a longer tail ending like one (都府堤 + 红色街区). 汉阳 + 造艺术区 is one name,
    汉阳造艺术区: one character (造) before the tail 艺术区 is no name of its own."""
    if not rest.endswith(ADMIN_UNIT_SUFFIXES):
        return False
    tail = next((t for t in _UNIT_TAILS if rest.endswith(t)), "")
    if rest == tail:
        return False  # 青山 + 镇: a bare unit tail makes the region's own town, 青山镇, one name
    return tail in ADMIN_UNIT_SUFFIXES or len(rest) - len(tail) >= 2


# A body's name joins its remits with 和 (武汉市 + 文化和旅游局, 自然资源和规划局).
_BODY_CHAR = r"(?:(?![与及等的或并在是为将把向从到由了以对于])[\u4e00-\u9fffA-Za-z0-9·])"
_BODY_OR_EVENT = re.compile(r"%s{1,10}?%s" % (_BODY_CHAR, _alternation(_WORDS["organisation_heads"])))


def _verb_in(text: str, start: int, stop: int) -> re.Match | None:
    """The first boundary word in ``text[start:stop]`` that opens no word of its own (走 opens
    走廊, a corridor: 光谷 + 科创大走廊 is one name)."""
    for verb in _BOUNDARY.finditer(text, start, stop):
        if not text.startswith(_CUT_WORD_EXCEPTIONS, verb.start()):
            return verb
    return None


_REMIT_WORDS = re.compile(_alternation(_WORDS["remit_words"]))


def _heads_a_body_or_an_event(text: str, end: int) -> bool:
    """武汉市 + 交通运输局, 武汉 + 新洲招商引资推介大会: the name opens a body's or an event's
    name, no place; a verb between them (武汉 + 举办 + 大会) keeps the place, and so does the
    region's own congress (汉南区 + 第九届人民代表大会), which the gold lists count as naming it."""
    match = _BODY_OR_EVENT.match(text, end)
    if match is None or match.group().endswith("代表大会") or text.startswith("和", end):
        return False  # 武汉 + 和 + 鄂州: two places, not a remit
    body = _REMIT_WORDS.sub("", match.group())  # 城乡建设 is a remit, no verb of building
    return not any(_BOUNDARY.search(remit) for remit in body.split("和"))


# An event named after a place (武昌起义打响第一枪, 武汉会战): no place, unless a place is named
# after the event in turn (武昌起义纪念馆, 起义门).
_EVENT = re.compile("起义|会战|战役|事件|暴动|保卫战|条约|协定")
_EVENT_AFTER = re.compile("(?:%s)(?!纪念|旧址|博物|广场|门|街|路)" % _EVENT.pattern)


# A numbered road named after a place (江汉三路, 建设十路); 路段, 路口 are words.
_NUMBERED_ROAD = re.compile("[一二三四五六七八九十]{1,3}(?:大道|路|街)(?![口段线网面况径程道区坊])")


# 向 opens road names (向阳路) as often as it means "towards".
_ROAD_AFTER = re.compile(r"(?:向|%s)%s{1,3}?(?:大道|路|街|巷)" % (_NAME_CHAR, _NAME_CHAR))


def _road_after(text: str, end: int, following: list) -> int | None:
    """The end of a road named right after a region's full name, or None: 东湖风景区桂园路8号
    is the scenic area, then 桂园路, whatever follows the road's tail (an address goes on)."""
    road = _ROAD_AFTER.match(text, end)
    inner = end + (text.startswith("向", end))  # 向阳路: 向 opens the name
    if road is None or (following and following[0][0] < road.end()) or _BOUNDARY.search(
            text, inner, road.end()) or (inner == end and _CUT.match(text, end)):  # fmt: skip
        return None
    word = text[road.end() - 2:road.end()] in word_tails() and not (
        text.endswith("公路", end, road.end()) and road.end() - end >= 4)  # 新道公路 is a road
    ok = _looks_like_a_name(text, end, road.end()) and not word
    return road.end() if ok else None


def _before_next_name(text: str, end: int, stop: int, following: list, region: bool = False
                      ) -> int | None:  # fmt: skip
    """Where the extension of a name ending at ``end`` stops, or None for no extension.

    A known name that the extension would swallow is a name of its own: 东湖 + 鹰岛 ends
    before 东湖风景区 in 东湖鹰岛东湖风景区桂园路, and 磨山景区 takes nothing of the
    东湖生态旅游风景区 that follows it. A bare tail after that name (华师 + 盘龙城 + 校区)
    still makes one name with it, unless both are regions: 武汉 + 汉阳 + 城 is the city, then
    汉阳城 within it.
    """
    if not following or not end <= following[0][0] < stop:
        return stop
    next_start, next_end = following[0][0], following[0][1]
    if stop <= next_end:  # a known name closes the extension: 广埠屯 + 中船722研究所旧址, unless
        head = _EXTENSION.match(text, end, next_start) if next_start > end else None
        return next_start if head and head.end() == next_start else None  # 武汉 + 新港 | 阳逻港区
    before, after = text[end:next_start], text[next_end:stop]
    if not before and (after in _EXTENSION_TAILS):
        return None if region and _is_locality(following[0][2]) else stop  # 武汉 | 汉阳城
    head = _EXTENSION.match(text, end, next_start) if before else None
    return head.end() if head else None  # 黄陂 + 街 in 黄陂街往汉阳街


_EXTENSION_TAILS = frozenset(EXTENSION_SUFFIXES) | frozenset(ROAD_TAILS)
_ROAD_NAMED_TAILS = frozenset(ROAD_TAILS)
# Streets whose tail ends like a subdistrict's short form (街): 纸坊大街 is no 街道 of 纸坊.
_STREET_TAILS = tuple(_WORDS["street_tails"])


def _road_named_after(target: Target, rest: str) -> bool:
    """江夏 + 街, 文昌 + 大道: a region's name and a road's bare tail name a road after the
    region; 新洲区's 江夏街 is not in 江夏区. Wuhan itself (武汉大道) is not such a region."""
    area = target.area
    return (rest in _ROAD_NAMED_TAILS and area is not None
            and area.code not in (admin.WUHAN_CODE, admin.HUBEI_CODE)
            or rest in _NAMED_AFTER_ANY)  # fmt: skip


# A lane or an estate takes any place's name (青龙巷 is not at 青龙 in 黄陂区).
_NAMED_AFTER_ANY = frozenset(_WORDS["named_after_any"])


def named_after(mention: Mention) -> AdminArea | None:
    """The region a road is only named after (江夏区 for 江夏街, 中山市 for 中山路), or None.

    Such a road says nothing of where it runs: it is placed only by a district named right
    before it (新洲区江夏街), never within the region of its name.
    """
    if mention.target is not None or len(mention.parts) != 1:
        return None
    part = mention.parts[0]
    if part.area is None:
        return None
    names = {part.area.name, admin.short_name(part.area.name)}
    if any(_GATE.match(mention.name, len(n)) for n in names if mention.name.startswith(n)):
        return part.area  # 汉阳门码头: the gate faces 汉阳 from 武昌, across the river
    if not part.area.in_wuhan and mention.name.removesuffix("区").removesuffix("片") in names:
        return part.area  # 绍兴片 (a block of 江汉区), 苏州片区: named after a city far away
    tails = [t for t in _ROAD_NAMED_TAILS if mention.name.endswith(t)]
    return part.area if any(_road_named_after(part, t) and mention.name[:-len(t)] in names
                            for t in tails) else None  # fmt: skip


# A region's name then 门 names a city gate, which faces that region from outside it (汉阳门 is a
# gate of 武昌); 门诊 (a clinic), 门店 (a shop) and 门户 (a portal) are words of their own.
_GATE = re.compile("门(?![诊店户])")


class Spans:
    """Non-overlapping spans, sorted, asked "what overlaps [start, end)?" in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    @cached_property
    def start_of(self) -> dict[int, int]:
        """The start of the (first) span ending at each end."""
        return {e: s for s, e in reversed(self.spans)}

    @cached_property
    def end_of(self) -> dict[int, int]:
        """The end of the (shortest) span starting at each start."""
        return {s: e for s, e in reversed(self.spans)}

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        i = max(bisect_left(self.starts, start) - 1, 0)
        found = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                found.append(self.spans[i])
            i += 1
        return found

    def ends(self) -> set[int]:
        return {e for _, e in self.spans}


_CLOSING_TAILS = tuple(_WORDS["closing_tails"])
_CANDIDATE_HEAD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{1,%d}?%s" % (_MAX_CANDIDATE, _SUFFIX))
# A run naming an organisation (长江日报社区行) or followed by one of its offices
# (沌阳社区卫生服务中心) is no place.
_ORGANISATION_INSIDE = re.compile("日报|晚报|报社|银行|公司|集团|电视台|协会|商会"
                                  "|公安|交警|消防|执法|城管|刑侦|特警|巡警|稽查")  # 交警大队: a police unit
# A firm's site keeps the firm's name (欧派集团华中制造基地, 泽林公司产业园): a place, not the firm.
_SITE_TAILS = ("制造基地", "总部基地", "生产基地", "研发基地", "产业园", "工业园", "科技园", "厂区", "工厂")


# A base named for what it makes (光纤光缆生产基地, 光通信研发基地) is a description; a firm's is its site.
_BASE_TAILS = ("制造基地", "生产基地", "研发基地")


def _names_an_organisation(text: str, start: int, end: int) -> bool:
    """长江日报社区行 names a newspaper, 交警大队 a police unit; a firm's site is a place, and a
    base is a place only as a firm's (欧派集团华中制造基地, not 芦苇生产基地)."""
    inside = _ORGANISATION_INSIDE.search(text, start, end) is not None
    if text.endswith(_BASE_TAILS, start, end):
        return not inside
    return inside and not text.endswith(_SITE_TAILS, start, end)
_ORGANISATION_AFTER = re.compile("卫生服务中心|卫生服务站|服务中心|服务站|卫生院|党工委|工委|党委|管委会|管理局|局(?![部限面势])"
                                 "|委员会|管理委员会|管理办|政务网|官网|微信号")  # fmt: skip


_MEASURE_WORDS_AFTER_DIGITS = _MEASURE_WORDS | frozenset("片处栋幢")  # 5片, 3处 besides 个, 座 …
_NAME_RUN_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]")


def find_candidates(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that look like unknown place names and overlap no known name."""
    spans, pos = [], 0
    known = Spans(taken)
    suffixes = _suffix_starts(text)
    while (match := _next_candidate(text, pos, suffixes)) is not None:
        start, first = match.start(), _first_name_end(text, match)
        # The run goes on before the window's first character: a name cut short (括工业烟尘…).
        truncated = start > pos and start > 0 and _NAME_RUN_CHAR.match(text, start - 1) is not None
        overlaps = known.overlapping(start, first)
        if (head := _before_a_known_name(text, start, first, overlaps)) != first:
            first, overlaps = head, known.overlapping(start, head)
        end = _with_a_road_tail(text, first)
        if end != first:
            overlaps = known.overlapping(start, end)
        pos = end
        tail = _tail_length(text, first) + end - first
        opened = start
        start = max([_left_cut(text, start, end - tail), *(e for _, e in overlaps)])
        if truncated and start == opened:
            continue  # nothing opens the name inside the window: no name can be read
        if _DESCRIPTION.search(text, start, end):
            pos = _after_the_first_tail(text, match, end)  # 第一条长线铁路 | 京汉铁路: go on after it
            continue  # 落地2家学院: a count, before the digits are stripped
        stripped = start
        while start < end and text[start].isascii() and not text[start].isalpha():
            start += 1  # a list number or a code before the name: 111楚材社区
        if start > stripped and text[start] in _MEASURE_WORDS_AFTER_DIGITS:
            continue  # 5 + 片历史文化风貌街区: a count and its measure word, then a kind
        if end - start - tail >= 2 and not split_by_a_stray_space(text, start, end):
            spans += [(s, e) for s, e in _split_after_a_road(text, start, end, tail)
                      if _looks_like_a_name(text, s, e)]  # fmt: skip
    spans += _short_names(text, [*taken, *spans], candidate_stoplist())
    spans += _numbered_roads(text, [*taken, *spans])
    spans += _roads_of_a_range(text, [*taken, *spans]) if "至" in text else []
    spans += _quoted_names(text, [*taken, *spans])
    terminals = [m.span() for m in _TERMINAL.finditer(text)] if "航站楼" in text else []
    busy = Spans([*taken, *spans]) if terminals else None  # most texts name no terminal
    return spans + [t for t in terminals if not busy.overlapping(*t)]


# The ends of a road's section ((体育馆路至沙湖大道), 光华路至湖边坊路,): a road's name after 至
# before a closing mark, or after an opening bracket before 至, is a road whatever words it is
# made of (体育馆路). Not before 段: 至骆驼铺路段 is the section up to 骆驼铺, no 骆驼铺路.
_RANGE_STEM = r"(?:(?![的之条个座所线道])[\u4e00-\u9fff]){2,5}?"
_RANGE_END = re.compile(r"(?<=[至到])(%s(?:大道|路|街))(?=[)）,，、。；;])" % _RANGE_STEM)
_RANGE_START = re.compile(r"(?<=[(（])(%s(?:大道|路|街))(?=至)" % _RANGE_STEM)


def _roads_of_a_range(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The roads at either end of a section (_RANGE_START, _RANGE_END) that no other span holds,
    and that hold no second road's tail inside them."""
    busy = Spans(taken)
    return [m.span(1) for pattern in (_RANGE_END, _RANGE_START) for m in pattern.finditer(text)
            if not busy.overlapping(*m.span(1)) and not _ROAD_INSIDE.search(text, m.start(1), m.end(1) - 1)]


# An airport's terminal by its code (T3航站楼): the code opens the name, whatever comes before.
_TERMINAL = re.compile("(?<![A-Za-z0-9])[A-Z][0-9]航站楼")


# A name alone in quotation marks, ending in the tail of a built or scenic thing (“将军坊”,
# “孝子石”, “留云亭”): the marks close it on both sides, so one character before the tail is enough.
# Slogans are quoted too (“环通三镇”, “天下第一街”, “鱼米之乡”), so only the tails of built and
# scenic things slogans seldom end with count here.
_QUOTED = re.compile("[“\"‘']([\u4e00-\u9fff]{1,5}(?:[石亭坊殿阁庵祠寺墓台塔碑井]|房子|公馆))[”\"’']")


def _quoted_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """“将军坊”、“供果石”: a short name standing alone between quotation marks."""
    quoted = list(_QUOTED.finditer(text))
    if not quoted:
        return []
    taken = Spans(taken)
    return [m.span(1) for m in quoted
            if not taken.overlapping(*m.span(1)) and _looks_like_a_name(text, *m.span(1))
            and not _BOUNDARY.search(text, *m.span(1))]


# A numbered road: a stem of two to four characters, a number and 路 (金融港四路, 径西一路, 四马路);
# 路段 after it is a stretch of that road (至金北二路段), 路口 its crossing.
_NUMBERED_ROAD_TAIL = re.compile("[一二三四五六七八九十]{1,2}马?路(?![线网面况径程过])")
_NOT_IN_A_STEM = re.compile("[的在和与及等是为将把向从到由了以对于或并至这那该此每各其某]")


def _numbered_road_tails(text: str) -> list[re.Match]:
    """``_NUMBERED_ROAD_TAIL.finditer(text)``, tried only before each 路 (found by a literal scan,
    far faster than the regex's scan of every character for a numeral)."""
    tails, last = [], 0
    for road in _ROAD_CHARACTER.finditer(text):
        at = road.start() - (text[road.start() - 1:road.start()] == "马")
        k = at
        while k > last and at - k < 2 and text[k - 1] in _ROAD_NUMERALS:
            k -= 1
        if k < at and (tail := _NUMBERED_ROAD_TAIL.match(text, k)) is not None and tail.end() == road.end():
            tails.append(tail)
            last = tail.end()
    return tails


_ROAD_CHARACTER = re.compile("路")
_ROAD_NUMERALS = frozenset("一二三四五六七八九十")


def _a_road_stem(text: str, start: int, stop: int) -> bool:
    """No particle and no road inside (平路 + 一路东行), and no verb opening it unless it is the
    whole stem (随着 + 径西一路; 建设 + 八路 is a road of 青山)."""
    cut = _CUT.match(text, start)
    if cut is not None:
        return cut.end() >= stop and not _NOT_IN_A_STEM.search(text, start, stop)
    return (not _NOT_IN_A_STEM.search(text, start, stop) and not _ROAD_INSIDE.search(text, start, stop)
            and not any(w.end() <= stop for w in _cut_words_everywhere(text, start + 1, stop)))  # 如今随着 + 二路


def _a_road_number(text: str, tail: re.Match) -> bool:
    """一路 is also "all the way" (一路颠簸, 一路相随): a road numbered one is closed after it."""
    return (tail.group() != "一路" or _SHORT_END_AFTER.match(text, tail.end()) is not None
            or _NEXT_NUMBERED_ROAD.match(text, tail.end()) is not None)  # 径西一路 | 金北一路


_SHORT_END_AFTER = re.compile(_SHORT_CLOSERS)
_NEXT_NUMBERED_ROAD = re.compile("[\u4e00-\u9fff]{2,4}?[一二三四五六七八九十]{1,2}路")


def _numbered_roads(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """径西一路金北一路至金北二路段看到: numbered roads, each opened by a mark, a word, a known name
    or the road before it; the longest stem so opened is the road's (金融港四路, not 港四路)."""
    tails = _numbered_road_tails(text)
    if not tails:
        return []  # most texts name no numbered road: no index of the spans is built
    taken, spans, clauses = Spans(taken), [], {}
    name_ends = taken.ends()
    for tail in tails:
        end = tail.end()
        if taken.overlapping(tail.start(), end) or (spans and spans[-1][1] > tail.start()):
            continue
        for length in (4, 3, 2, 0) if "马" in tail.group() else (4, 3, 2):  # 四马路 is named so
            start = tail.start() - length
            if start < 0 or not all(map(_is_cjk, text[start:tail.start()])):
                continue
            before = text[start - 1] if start > 0 else ""
            opened = (not before or not (_is_cjk(before) or before.isdigit()) or start in name_ends
                      or before in _PARTICLES  # 以 + 建设十一路: a particle ends the clause before it
                      or (spans and spans[-1][1] == start)
                      or start in _cut_ends_in_clause(text, start, clauses))  # fmt: skip
            if (opened and _a_road_stem(text, start, tail.start()) and _a_road_number(text, tail)
                    and not taken.overlapping(start, end) and _looks_like_a_name(text, start, end)):
                spans.append((start, end))
                break
    return spans


def _before_a_known_name(text: str, start: int, end: int, overlaps: list[tuple[int, int]]) -> int:
    """临空经济示范区 | 祁家湾片区: a run whose tail closes a name before a known name inside
    it ends there; the known name and what follows it are read on their own. A branch after
    the known name (市三医院 + 光谷院区) keeps the run whole."""
    if end - start < 4:
        return end  # too short to hold a name with its tail (three characters) and a known name
    inside = [s for s, _ in overlaps if s > start]  # the known names the run overlaps
    if not inside or text.endswith(BRANCH_SUFFIXES, start, end):
        return end  # 市三医院 + 光谷院区: the hospital's campus named after the place, one name
    tails = [m.end() for m in _SUFFIX_AT.finditer(text, start + 1, min(inside))]
    return tails[-1] if tails and tails[-1] - start >= 3 else end


def _after_the_first_tail(text: str, match: re.Match, end: int) -> int:
    """Where the run's first tail ends, when more of the run follows it."""
    first = _SUFFIX_AT.search(text, match.start() + 1, end)
    return first.end() if first is not None and first.end() < end else end


# A road's tail right after a candidate, then the clause goes on: 百步亭花园 + 路 |, 泽林公园 + 路、.
_ROAD_TAIL_CLOSED = re.compile(r"(?:大道|[路街])(?=%s)" % _SHORT_CLOSERS)


def _with_a_road_tail(text: str, end: int) -> int:
    """百步亭花园路: a road named after an estate or a park ends after its own tail, not before it
    (路口, 路段 and 路过 are words, and no road). So does a station named after the place:
    长江新城 + 站 (站点, 站长 and 站内 are words)."""
    tail = _ROAD_TAIL_CLOSED.match(text, end) or _OWN_STATION.match(text, end)
    if tail is None and text.endswith("大学", 0, end) and _A_SCHOOL_NOT_A_UNIVERSITY.match(text, end):
        return end + 1  # 北师 + 大学校, 金银湖恒大 + 学校: a school whose name ends in 大, not a 大学
    return tail.end() if tail and not _not_a_tail(text, tail.end()) else end


# 大学 + 校 then a break or a word of place (北师大学校(暂定名), 恒大学校位于): the tail is 学校; 大学
# + 校园, 校长, 校友, 校区 are the university's campus, head, alumni and site.
_A_SCHOOL_NOT_A_UNIVERSITY = re.compile(r"校(?=$|[^\u4e00-\u9fff]|[和与及位在于将])")


_OWN_STATION = re.compile("站(?![点台长务内前])")


@cache
def _suffix_automaton() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(sorted(_SUFFIX_SET), matchkind=ahocorasick_rs.MatchKind.Standard)


def _suffix_starts(text: str) -> list[int]:
    """Every position where a candidate suffix opens, overlapping ones too (园区 inside 产业园区):
    where ``_SUFFIX_AT`` matches, in one pass of an automaton instead of a search per candidate."""
    found = _suffix_automaton().find_matches_as_indexes(text, overlapping=True)
    return sorted({start for _, start, _ in found})


def _next_candidate(text: str, pos: int, suffixes: list[int]) -> re.Match | None:
    """``_CANDIDATE.search(text, pos)``, started where a candidate can first open: its first
    suffix follows at least one character of the run and at most _MAX_CANDIDATE."""
    i = bisect_left(suffixes, pos + 1)
    if i == len(suffixes):
        return None
    return _CANDIDATE.search(text, max(pos, suffixes[i] - _MAX_CANDIDATE))


# A bare road tail inside a run (a motorway's too: 岱黄高速 + 刘店立交); not 路口, 路段, 街道 ...
_INNER_ROAD = re.compile(r"(?:大道|高速(?![公铁路])|[路街巷])(?![口段线网面况径程道区坊])")


def _road_closing(text: str, start: int, end: int) -> int | None:
    """Where a road's name ends inside ``text[start:end]`` when a second name follows it:
    樱花路 + 月湖码头. A tail with under two characters after it (仁和路 + 公园) does not split,
    nor does a house number (中华路1号码头 is the pier at No. 1)."""
    for road in _INNER_ROAD.finditer(text, start, end):
        if ((end - road.end() >= 4 or (end - road.end() == 3 and text[end - 1] in "路街巷"))
                and not _not_a_tail(text, road.end())
                and not text.startswith(_ALIKE_TAILS, road.end())  # 王家巷 + 码头: the lane's pier
                and not _HOUSE_NUMBER.match(text, road.end())
                and not is_generic_facility(text[road.end():end])):  # 中华路 + 客运码头: the road's pier
            return road.end()
    return None


# A number on a road (中华路 + 1号 + 码头): the pier's, gate's or building's own name holds the road.
_HOUSE_NUMBER = re.compile("[0-9０-９一二三四五六七八九十]{1,4}号")


def _split_after_a_road(text: str, start: int, end: int, tail: int) -> list[tuple[int, int]]:
    """A run of a road then another name is two names: 青阳街 | 永安下码头; so is a run of two
    names of one kind (王家巷码头 | 武汉关码头). A road then a house number is an address: the road
    is the name (惠济路 + 42号老旧小区)."""
    if (address := _A_HOUSE_NUMBER_AFTER.search(text, start + 2, end)) is not None:
        return [(start, address.end())]
    road = _road_closing(text, start + 2, end)
    if road is None or end - tail - road < 2 or not _looks_like_a_name(text, start, road):
        names, at = [], start
        while (alike := _first_of_two_alike(text, at, end)) != end:
            names.append((at, alike))  # 美国海军青年会旧址 | 源泰洋行旧址 | 高氏医院旧址
            at = alike
        return [*names, (at, end)]
    return [(start, road), (road, end)]


# A road's tail before a house number (惠济路 + 42号): the address's road ends there.
# Not a numbered pier, building, gate or line (中华路 + 1号码头, 2号楼, 3号门, 4号线): names.
_AN_ADDRESS_NUMBER = r"[0-9０-９]{1,5}号(?!码头|院|楼|门|线|桥|地块|站|公馆|大院|仓库|高炉)"
_A_HOUSE_NUMBER_AFTER = re.compile(r"(?:路|街|大道|巷)(?=%s)" % _AN_ADDRESS_NUMBER)
_A_HOUSE_NUMBER = re.compile(_AN_ADDRESS_NUMBER)

# Tails of two characters or more that end places of one kind (码头, 医院, 大学), longest first.
_ALIKE_TAILS = tuple(sorted((t for t in CANDIDATE_SUFFIXES if len(t) >= 2), key=len, reverse=True))
_ALIKE_TAILS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _tail in _ALIKE_TAILS:  # longest first within each last character, as in _ALIKE_TAILS
    _ALIKE_TAILS_BY_LAST[_tail[-1]] = (*_ALIKE_TAILS_BY_LAST.get(_tail[-1], ()), _tail)


def _first_of_two_alike(text: str, start: int, end: int) -> int:
    """Where the first of two names with the same tail ends in ``text[start:end]`` (武汉关码头 +
    粤汉码头: two piers, each with two characters or more before its tail), or ``end``."""
    tail = next((t for t in _ALIKE_TAILS_BY_LAST.get(text[end - 1:end], ()) if text.endswith(t, start, end)), "")
    if not tail:
        return end
    first = text.find(tail, start, end - len(tail))
    if (first < 0 or first - start < 2 or end - len(tail) - (first + len(tail)) < 2
            or is_generic_facility(text[first + len(tail):end])):  # 遗址 + 公园遗址: one name's parts
        return end
    return first + len(tail)


def _first_name_end(text: str, match: re.Match) -> int:
    """Where the run's first name ends when its tail closes a name (鹦鹉大道 + 匝道)."""
    head = _CANDIDATE_HEAD.match(text, match.start())
    return head.end() if head and text.endswith(_CLOSING_TAILS, 0, head.end()) else match.end()


def _tail_length(text: str, end: int) -> int:
    return next(n for n in _SUFFIX_LENGTHS if text[end - n:end] in _SUFFIX_SET)


# Labs are named for fields that join two subjects (材料与器件, 环境与健康).
_LAB_TAILS = ("实验室", "研究中心", "研究院", "研究所")


def _left_cut(text: str, start: int, tail_start: int) -> int:
    """After the last verb or particle, unless it opens a road's name (沿河大道, 建设大道) or
    is a character of the name (仁和路公园, 和平大道)."""
    cut = start
    lab = text.startswith(_LAB_TAILS, tail_start)
    for m in _cut_words(text, start, tail_start):
        if text.startswith(_CUT_WORD_EXCEPTIONS, m.start()):
            continue
        left = tail_start - m.end()
        if lab and m.group() in "与和" and m.start() - cut >= 2 and left >= 2:
            continue  # 光电化学材料与器件教育部重点实验室: a lab's field joins two subjects
        if (left < 2 and _opens_a_road(text, m, tail_start)) or _inside_a_name(m, cut, left):
            continue
        if m.group() == "原" and left == 0 and m.start() > cut and _is_cjk(text[m.start() - 1]):
            continue  # 屈原 + 纪念馆, 中原 + 大厦: the name's second character, not "former"
        if _NUMBERED_ROAD_AFTER_A_VERB.match(text, m.end(), tail_start + 1):
            continue  # 建设 + 八路 + 闸口, 建设 + 十一 + 路: a numbered road (建设八路), the verb its name's
        cut = m.end()
    return cut


_NUMBERED_ROAD_AFTER_A_VERB = re.compile("[一二三四五六七八九十]{1,3}路")


def _overlapped(words: Iterable[str]) -> frozenset[str]:
    """The words inside which another word may open: a suffix of the word is a prefix of
    another, or holds one whole (途经 holds 经, the start of 经过)."""
    words = frozenset(words)
    prefixes = {w[:k] for w in words for k in range(1, len(w) + 1)}
    return frozenset(w for w in words if any(w[i:] in prefixes or any(w[i:].startswith(c) for c in words)
                                             for i in range(1, len(w))))


_CUT_WORDS_OVERLAPPED = _overlapped((*_BOUNDARIES, *_CUT_WORDS, *_VERB_CUTS))


def _cut_words(text: str, start: int, stop: int) -> Iterator[re.Match]:
    """``_CUT.finditer(text, start, stop)``, except that a cut word opening inside the one before
    and ending after it takes its place: 沿途经过泽林公园 holds 途经 and 经过, and the name opens
    after 过, not at it. A word inside the one before (于 in 位于) changes nothing."""
    held = None
    for word in _cut_words_everywhere(text, start, stop):
        if held is None or word.end() > held.end():
            if held is not None and word.start() >= held.end():
                yield held
            held = word
    if held is not None:
        yield held


def _cut_words_everywhere(text: str, start: int, stop: int) -> Iterator[re.Match]:
    """The cut word at every position where one opens, in order: a pass of ``finditer`` (fast),
    and inside each word of two characters or more, the words that open within it (经过 in 途经)."""
    for word in _CUT.finditer(text, start, stop):
        yield word
        if word.group() not in _CUT_WORDS_OVERLAPPED:
            continue  # no cut word opens inside this one: nothing to try there
        for inner in range(word.start() + 1, word.end()):
            if (overlap := _CUT.match(text, inner, stop)) is not None:
                yield overlap


def _inside_a_name(word: re.Match, cut: int, left: int) -> bool:
    """和 in 仁和 (one character after the last cut) or opening 和平: part of the name."""
    if word.group() not in _NAME_PARTICLES:
        return False
    return (word.start() - cut == 1 and word.group() in _SECOND_CHARACTERS_OF_NAMES
            and word.string[word.start() - 1] not in _ADVERBS
            and word.string[word.start() - 1:word.start() + 1] not in _SIDES_WITH) or (
        word.start() == cut and left < 2 and word.group() in _NAME_OPENING_PARTICLES)


# A side and 与 open a boundary's description (北与武钢厂区相连, 东与泽林村接壤): no name holds
# them, so the 与 cuts there, as no name's second character.
_SIDES_WITH = frozenset(("东与", "西与", "南与", "北与"))

# Adverbs that make a word with the particle after them (曾在, 正在, 都和): it cuts there.
_ADVERBS = frozenset("曾正现还都也就仍已均多常只又再皆便却")


# Particles that end a word with the character before them far more often than they stand
# second in a name (快到, 位于, 可以, 作为): after one character they still cut. 和 and 在 stand
# second in names (仁和路, 自在桥).
_SECOND_CHARACTERS_OF_NAMES = frozenset("和在与及")


# Particles that also occur in names: 仁和路, 和平大道, 于家湾, 向阳路.
_NAME_PARTICLES = frozenset("和与及于向将对以为由从到至并或在")
_NAME_OPENING_PARTICLES = frozenset("和于向")


def _opens_a_road(text: str, word: re.Match, tail_start: int) -> bool:
    """沿 in 沿河大道, 临 in 临空经济区, 建设 in 建设大道: too close to the tail to be a verb."""
    if word.group() in _CUT_WORDS:  # 往 + 大桥: a verb, then the bare tail, opens nothing;
        return word.end() < tail_start or word.group() == "下"  # 太古下码头: the lower pier
    return word.end() == tail_start and text.startswith(_CLOSING_TAILS, tail_start) and (
        word.group() not in _PARTICLES and word.group() not in _VERB_CUTS)


_COUNT_UNITS = tuple(_WORDS["count_units"])


def _after_a_count(text: str, start: int) -> bool:
    """Right after a number and its unit (500米见公园), not after a code (G4京港澳高速) or a list
    number (111 + 雄楚楼社区, where the digits are stripped and the name is read)."""
    digits = start
    while digits > 0 and text[digits - 1].isdigit():
        digits -= 1
    return digits < start and text.startswith(_COUNT_UNITS, start) and not (
        digits > 0 and text[digits - 1].isascii() and text[digits - 1].isalpha())  # fmt: skip


# Words no name holds: adverbs, "hereinafter", moving in, "within the area" (住院病房已整体迁入新大楼,
# 下称新大楼, 然后翻山, 江夏区境内街道): the run is a clause, not a name.
_NEVER_IN_A_NAME = re.compile(_alternation(_WORDS["never_in_a_name"]))


def _looks_like_a_name(text: str, start: int, end: int, openings: bool = True) -> bool:
    """Not a generic term, a description, an organisation or a word such as 路段, nor a count of
    a kind (二洞、三寺、七十二峰: numerals then one tail)."""
    return not (
        _COUNTED_KIND.fullmatch(text, start, end) is not None or
        text[start:end] in candidate_stoplist() or text[start:end] in place_words()
        or (text[start:end] in _TAIL_WORDS and end - start >= 3)  # 图书馆 alone (江滩 is one)
        or _after_a_count(text, start)  # 500米见公园: a count, then a phrase
        or (openings and _opens_generically(text, start, end))
        or _DESCRIPTION.search(text, start, end) or _names_an_organisation(text, start, end)
        or _ORGANISATION_AFTER.match(text, end) or _A_FIRM_AFTER.match(text, end)
        or _not_a_tail(text, end) or continues_as_a_word(text, end)
        or is_generic_facility(text[start:end])
        or text.endswith(_INSTITUTE_TAILS, start, end)
        or _students_of(text, text[start:end], end)  # 百万 + 大学生 + 留汉, 台下 + 小学生: students
        or _A_NUMBERED_BUILDING.fullmatch(text, start, end) is not None  # 七号楼、八号楼 of a campus
        or text.endswith(_INSIDE_A_PLACE, start, end)  # 原租界区里: in the concession, no lane 里
    )  # fmt: skip


# 湖北公路 + 客运集团: a firm's name goes on after the candidate (its trade, then 集团 or 公司).
_A_FIRM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:集团|有限公司|股份公司)")
# 区 or 城 + 里 is "in the district, in the town", no lane named …里 (同兴里, 泰兴里).
_INSIDE_A_PLACE = ("区里", "城里", "村里", "园里", "院里", "校里", "店里", "家里")
_A_NUMBERED_BUILDING = re.compile(r"[0-9０-９一二三四五六七八九十]+号楼")
# An institute no gazetteer knows (武汉人工智能研究院, 中国指数研究院, 教育部工程研究中心) is named as a
# body that partners, founds or reports, not as a site; a known one (武汉光电国家研究中心) is a place.
_INSTITUTE_TAILS = tuple(_WORDS["institute_tails"])


_COUNTED_KIND = re.compile("[一二两三四五六七八九十百千]+%s" % _alternation([*SHORT_SUFFIXES, "岩", "潭"]))


# Roads open with 大, 小 or 新 as often as descriptions do: 大成路, 新道公路, 大广高速.
_ROAD_NAME_TAILS = ("高速公路", "快速路", "公路", "高速", "大道", "路", "街", "巷")
# The tails after which 大/小/新 may open a name: a road's, or any short name's (大花山, 新集镇).
_NAME_TAILS_AFTER_AN_OPENING = (*_ROAD_NAME_TAILS, *SHORT_SUFFIXES)


def _opens_generically(text: str, start: int, end: int) -> bool:
    """A count, a rank or a word such as 新, 大, 全 opens the run: a description (新建大楼,
    大型公园), unless 大/小/新 opens a road's or a short name with two characters or more before
    its tail (大成路, 新道公路, 大花山, 新集镇; 大马路 and 新路 are words; 老 opens 老街旧巷, a
    description)."""
    opening = _GENERIC_OPENING.match(text, start)
    if opening is None:
        return False
    tail = next((t for t in _NAME_TAILS_AFTER_AN_OPENING if text.endswith(t, start, end)), "")
    return not (opening.end() - start == 1 and text[start] in "大小新" and tail
                and end - start - len(tail) >= 2)  # fmt: skip


_RUN_ON_WORDS = frozenset(_WORDS["run_on_words"])


def continues_as_a_word(text: str, end: int) -> bool:
    """打造武汉科技城市名片: the 城 that would close 武汉科技城 opens the word 城市 instead."""
    return end > 0 and text[end - 1:end + 1] in _RUN_ON_WORDS


def _cut_ends_in_clause(text: str, at: int, clauses: dict[int, set[int]]) -> set[int]:
    """Where the cut words of the run of Chinese characters holding ``at`` end, as a scan of
    the whole text would find them: cut words are Chinese only, so no match crosses the run's
    edges. Kept in ``clauses`` by the run's start: only runs holding a short name are read."""
    start = at
    while start > 0 and _is_cjk(text[start - 1]):
        start -= 1
    if start not in clauses:
        end = at
        while end < len(text) and _is_cjk(text[end]):
            end += 1
        clauses[start] = {m.end() for m in _cut_words(text, start, end)
                          if not text.startswith(_CUT_WORD_EXCEPTIONS, m.start())}  # 自 of 自然
    return clauses[start]


def _not_a_tail(text: str, end: int) -> bool:
    """路 in 路段, 路线, 路网, 道路, 线路: a word, not a road's tail (武汉部分道路 is no road); so are
    街灯 and 路灯 (复古街灯), 巷道 (悠长巷道), 桥头 (a bridgehead), and 站 as a verb (乘客都站在)."""
    last = text[end - 1]
    return ((last == "路" and (_NOT_A_ROAD_TAIL.match(text, end) is not None
                               or text[end - 2:end] in ("道路", "线路")))
            or (last in "路街" and text.startswith("灯", end))
            or (last == "巷" and text.startswith("道", end))
            or (last == "桥" and text.startswith("头", end))  # 长江大桥 + 武昌桥头: the bridgehead
            or (last == "站" and text[end:end + 1] in _STANDING))  # fmt: skip


_STANDING = frozenset("在着起立满")  # 站在, 站着, 站起, 站立, 站满: to stand


# After a road's tail, these make a word of it (街道, 街区, 路口, 路段, 路线, 路面).
_ROAD_WORD_ENDINGS = frozenset("道区口段线面况径程")


# Verbs that are also the stem of a numbered road (建设一路 … 建设十二路 of 青山).
_VERBS_OPENING_NUMBERED_ROADS = ("建设",)


def _short_names(text: str, taken: list[tuple[int, int]], stoplist) -> list[tuple[int, int]]:
    """郭郑湖, 鲁磨路: two or three characters and a one-character suffix, as a whole item.

    The name must open the clause: after punctuation, a boundary word or a known name.
    """
    taken = Spans(taken)
    name_ends, short_ends, clauses = taken.ends(), {m.end() for m in _SHORT_END.finditer(text)}, {}
    ends = list(_SHORT_ANY_END.finditer(text))
    if _LANES_NAMED.search(text):  # a text on 里份 names lanes in 里: 大华里、四兴里
        lanes = [m for m in _LANE_END.finditer(text) if text[m.start() - 1] not in _NOT_BEFORE_A_LANES_TAIL]
        short_ends |= {m.end() for m in lanes}
        ends = sorted(ends + lanes, key=lambda m: m.start())
    def openings(at):  # 蔡甸 | 人杨松山: a place's people (蔡甸人) open no name after it
        return (at in name_ends and not _its_people(text, at)) or _opened_by_a_word(text, at, clauses)
    name_starts = set(taken.starts)  # a known name right after closes one (樱花路 | 月湖码头)
    def closed(at):  # 合作路 + 口: the road's crossing closes its name (十字路口 is a word)
        return (at in short_ends or at in name_starts or _BOUNDARY.match(text, at)
                or (text[at - 1:at + 1] == "路口" and text[at - 3:at - 1] not in _CROSSING_WORDS))
    spans = []
    for match in ends:
        end = match.end()
        road, is_closed = text[match.start()] in "路街巷", closed(end)
        natural = not (road or is_closed) and text[match.start()] in _OPEN_NATURAL_TAILS
        if not (road or is_closed or natural) or continues_as_a_word(text, end) or _not_a_tail(text, end):
            continue  # neither closed nor a road's tail, or 巷 of 巷子, 街 of 街灯: no name ends here
        for length in (3, 2):
            start = match.start() - length
            if start < 0:
                continue  # 乡 alone, 山路 at the text's start: too few characters before the tail
            before = text[start - 1] if start > 0 else ""
            after_mark = not before or not (_is_cjk(before) or before.isdigit())
            if length == 3 and after_mark and text[start] in _EXAMPLE_OPENERS:
                continue  # ,如 + 泰兴里: "such as" opens the list, the name is two characters
            if before in _EXAMPLE_OPENERS and (start < 2 or not _is_cjk(text[start - 2])):
                after_mark = True
            # Closed on both sides, or at least opened by punctuation (、肖家湾路禁止通行).
            opens = (after_mark and (road or is_closed)) or (is_closed and openings(start))
            if road and length == 2 and not opens and text[end:end + 1] not in _ROAD_WORD_ENDINGS:
                # 沿 + 民生路 + 前行; 民权路 + 民生路: roads run on (not 中心街 + 道, 丁字路 + 口)
                opens = _opened_by_a_word(text, start, clauses) or bool(spans and spans[-1][1] == start)
            if natural:  # 在向阳湖读书, 自大别山南来: a lake, hill or river opened by a word
                opens = length == 2 and _natural_stem(text, start, end) and _opened_by_a_word(text, start, clauses)
            if road and text.startswith(_VERBS_OPENING_NUMBERED_ROADS, start - 2) and all(
                    c in _ROAD_NUMERALS for c in text[start:match.start()]):  # fmt: skip
                continue  # 建设 + 十一路: the numbered road 建设十一路 (see _numbered_roads), not 十一路
            if (start < 0 or not opens or not all(map(_is_cjk, text[start:match.start()]))
                    or (text[start] in "路街" and _is_cjk(before))  # 前进 + 路 | 泵站: a road's tail
                    or _cut_before(text, start, match.start(), road)
                    or (road and _ROAD_INSIDE.search(text, start, match.start()))):
                continue  # 平路一路东行: a road's tail inside the run, no road's name
            if ((text[end - 2:end] in word_tails() or text[end - 3:end] in word_tails())
                    and not _a_hills_village(text, start, end, after_mark or start in name_ends)):
                break
            if (taken.overlapping(start, end) or text[start:end] in stoplist
                    or text[start:end] in place_words()
                    or (spans and spans[-1][1] > start)):  # no overlap with the one before
                break
            if not (_opens_generically(text, start, end) or _DESCRIPTION.search(text, start, end)
                    or (is_generic_facility(text[start:end]) and not _a_listed_road(text, start, end, road))
                    or split_by_a_stray_space(text, start, end)
                    or (_BOUNDARY.search(text, _past_an_opening_word(text, start), match.start())
                        and not _numbered_road(text, start, match.start()))):  # fmt: skip
                spans.append((start, end))
            break
    return spans


def _a_listed_road(text: str, start: int, end: int, road: bool) -> bool:
    """创业路, 体育路 between two 、 of a list of roads (兴华路、车城大道、创业四路、体育路、神龙大道),
    or before the section of it a notice closes (体育东路(太子湖路至神龙大道)): a road named for what
    its quarter was built for, not a description (体育路 alone may be one)."""
    if road and _A_SECTION_AFTER.match(text, end):
        return True
    return (road and text[start - 1:start] == "、" and text[end:end + 1] == "、"
            and _ROAD_ITEM.search(text, max(0, start - 8), start - 1) is not None
            and _ROAD_ITEM.match(text, end + 1) is not None)  # fmt: skip


_A_SECTION_AFTER = re.compile(r"[(（][^()（）。，,]{2,16}至[^()（）。，,]{2,16}[)）]")


_ROAD_ITEM = re.compile("[\u4e00-\u9fff]{1,6}?(?:大道|路|街)(?=[、，,。；;)）]|$)")


# A lake, a hill or a river of two characters and its tail is a name even where the clause runs
# on after it (在向阳湖读书, 跨汉北河后), if a word opens it; other short tails need closing.
_OPEN_NATURAL_TAILS = "湖山河"


def _opened_by_a_word(text: str, start: int, clauses: dict) -> bool:
    """A cut word of the clause ends right before ``start`` (在 + 向阳湖). The clause's scan says
    so (设 ends no word inside 设立); it runs only where some cut word ends there at all."""
    return (_CUT_BEFORE.search(text, max(0, start - _CUT_LONGEST), start) is not None
            and start in _cut_ends_in_clause(text, start, clauses))


def _natural_stem(text: str, start: int, end: int) -> bool:
    """The two characters are a name's, and the name ends with its tail: not a count (一段湖), a
    doubled word (莽莽山林), a description (城郊湖) or a tail going on (原什湖路, 陶家河湾, 湖畔)."""
    stem = text[start:end - 1] if start >= 0 else ""
    return (len(stem) == 2 and stem[0] != stem[1] and stem[0] not in _COUNT_OPENINGS and stem not in _NATURAL_STEM_WORDS
            and text[end:end + 1] not in _NATURAL_RUN_ON)


_COUNT_OPENINGS = frozenset("一二两三四五六七八九十几数每各某这那哪该本此其整半")
_NATURAL_STEM_WORDS = frozenset(_WORDS["natural_stem_words"])
# After the tail: another tail or a word that holds the tail (湖畔, 山林, 河湾, 湖区, 山水).
_NATURAL_RUN_ON = frozenset(_WORDS["natural_run_on"])


_CROSSING_WORDS = frozenset(_WORDS["crossing_words"])
_EXAMPLE_OPENERS = frozenset("如")
# Lanes of old Hankou are named X里 (泰兴里, 四兴里); 里 ends a name only in a text that speaks of
# 里份 (or 里分), and only closed (、 or 。 after it), never in 这里, 公里, 城里.
_LANES_NAMED = re.compile("里[份分弄]")
_LANE_END = re.compile("里(?=%s)" % _SHORT_CLOSERS)
_NOT_BEFORE_A_LANES_TAIL = frozenset("成个条座那这哪城心夜家村公千万")  # 建房成里, 这里, 城里


def _a_hills_village(text: str, start: int, end: int, delimited: bool) -> bool:
    """姚家山村, 雨台山村, 团山村: a village named after a hill, its name closed off by a mark or a
    known name before it (蔡店镇 | 姚家山村); 山村 after a description stays a word (偏远山村)."""
    return (delimited and text.endswith("山村", start, end)
            and (end - start == 4 or (end - start == 3 and text[start] not in _MOUNTAIN_VILLAGE_WORDS)))


# 小山村, 深山村, 偏远山村: a village in the hills, described; 团山村 is the village of 团山.
_MOUNTAIN_VILLAGE_WORDS = frozenset("小大深荒穷偏远古老新高群这那该此每各某")


def _past_an_opening_word(text: str, start: int) -> int:
    """Past a word that a cut word opens (自由 in 自由路): its 由 is no boundary."""
    word = next((w for w in _CUT_WORD_EXCEPTIONS if text.startswith(w, start)), "")
    return start + len(word)


def _cut_before(text: str, start: int, tail: int, road: bool) -> bool:
    """沿江堤: a verb opens the run (along the embankment); but 向 and 和 open roads' names
    (向阳路, 和平路), and a verb before a number opens a numbered road (建设十路, 建设七路)."""
    cut = _CUT.match(text, start)
    if cut is not None and text.startswith(_CUT_WORD_EXCEPTIONS, start):
        return False  # 自由路: 自 opens the word 自由, and the road is named after it
    return cut is not None and not (road and (cut.group() in _NAME_OPENING_PARTICLES
                                              or _numbered_road(text, start, tail)))


def _numbered_road(text: str, start: int, tail: int) -> bool:
    """建设十路: a verb, then only a number before the road's tail, names a numbered road."""
    cut = _CUT.match(text, start)
    return cut is not None and _NUMBERS.fullmatch(text, cut.end(), tail) is not None


_NUMBERS = re.compile("[一二三四五六七八九十]{1,3}")
_ROAD_INSIDE = re.compile("[路街]")


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def find_mentions(article: Article, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every place mention in ``article``, in text order: known names, lines, candidates, and
    the unknown items of lists of places (which win over a known name they open: 武汉关)."""
    gazetteer = gazetteer or load_gazetteer()
    text = article.reading  # 漢口 read as 汉口; offsets are the text's own
    names, words = known_names_and_words(text, gazetteer)
    known = read_gauges(text, whole_names(text, names), gazetteer)
    # Names read inside a word of their own are no candidates' material (武汉大学 in 武汉大学生).
    inside_words = [(s, e) for s, e, _ in names if _students_of(text, text[s:e], e)]
    # A known name dropped as the head of its party committee (沌阳街道 + 党委) is no candidate's
    # material either: its shorter alias (沌阳街) would come back as a street.
    kept = Spans([(s, e) for s, e, _, _ in known])
    inside_words += [(s, e) for s, e, _ in names if text.startswith(_PARTY, e) and not kept.overlapping(s, e)]
    lines = find_lines(text, [(s, e) for s, e, _, _ in known])
    line_spans = Spans(lines)
    known = [k for k in known if not _inside_any(line_spans, k[0], k[1])]
    stations = stations_after_lines(text, lines + _metro_words(text, line_spans),
                                    [(s, e) for s, e, _, _ in known])  # fmt: skip
    known, namesakes = _local_namesakes(text, known)
    known, local_kinds = _a_local_one_of_a_kind(text, known)
    namesakes.update(local_kinds)
    known = _parts_of_a_larger_namesake(text, known)
    taken = [(s, e) for s, e, _, _ in known] + lines + stations
    # A name dropped as the head of a body (湖北省 + 总队) is no candidate's material to cut into
    # (武警 + 湖 is no lake), as an ordinary word holding a name is not (人山人海).
    dropped = [(s, e) for s, e, _ in names if not kept.overlapping(s, e)]
    candidates = stations + [c for c in find_candidates(text, taken + inside_words)
                             if not _cuts_a_word(c, words) and not _cuts_a_word(c, dropped)]
    places = [(s, e) for s, e, target, _ in known if not _is_organisation(target)]
    listed = find_list_items(text, taken + candidates, places + candidates)
    listed = Spans([*listed.spans, *find_line_items(text, taken + candidates, places + candidates, listed)])
    spans = [k for k in known if not _inside_any(listed, k[0], k[1])]
    spans += [(s, e, None, ()) for s, e in [*candidates, *lines] if not _inside_any(listed, s, e)]
    spans += _list_items_with_parts(text, listed, known)
    spans = [span for span in spans if not _a_firms_longer_name(text, *span[:3])]
    if "学院、" in text:  # 化学学院、环境学院、计算机学院: a university's schools, no places
        spans = _without_a_universitys_schools(text, spans)
    spans = [span if span[2] is not None else _after_the_clause(text, span)
             for span in spans if not _a_title(text, span[0], span[1])]
    spans = [span for span in spans if span is not None]
    if "等" in text:  # 黄少山、王奇峰等商人: a list of people, whatever their names end with
        spans = [span for span in spans if span[2] is not None or not _in_a_list_of_people(text, *span[:2])]
    if "“" in text:
        spans = [span for span in spans if not _the_city_in_a_slogan(text, *span)]
    if "《" in text:
        spans = [span for span in spans if not _inside_a_title(text, *span)]
    if "院区" in text:
        spans = _with_their_hospitals(text, spans)
    return sorted((Mention(text[s:e], s, e, article.paragraph_at(s).index, target, parts,
                           namesakes.get((s, e)))
                   for s, e, target, parts in spans), key=lambda m: m.start)  # fmt: skip


_A_SCHOOL_TAIL = "学院"
_UNITS_OF_A_UNIVERSITY = ("学院", "实验室", "研究中心", "研究院")
_BREAKS_OF_A_LIST_OF_UNITS = "，,；;：:。！？!?（）()"


def _without_a_universitys_schools(text: str, spans: list) -> list:
    """Unknown names in a 、-list holding three or more unknown names ending in 学院, none known
    (材料与化学学院、环境学院、计算机学院、…重点实验室; 国际交流学院、医疗卫生学院、新材料学院), are the
    schools and labs of a university, organisations in a list of its units: no places. A list
    holding a known college (武汉音乐学院、湖北美术学院) is a list of places."""
    unknown = [span for span in spans if span[2] is None and text.endswith(_UNITS_OF_A_UNIVERSITY, span[0], span[1])]
    if sum(1 for span in unknown if text.endswith(_A_SCHOOL_TAIL, span[0], span[1])) < 3:
        return spans
    known_ends = {span[1] for span in spans if span[2] is not None and text.endswith(_A_SCHOOL_TAIL, span[0], span[1])}
    dropped = set()
    for span in unknown:
        start, end = clause_span(text, span[0], span[1], _BREAKS_OF_A_LIST_OF_UNITS)
        schools = [o for o in unknown if start <= o[0] and o[1] <= end and text.endswith(_A_SCHOOL_TAIL, o[0], o[1])]
        if len(schools) >= 3 and not any(start < e <= end for e in known_ends) and text.count("、", start, end) >= 2:
            dropped.add(span[:2])
    starts = {start for start, _ in dropped}  # 地理 + 与 + 信息工程学院: the first field of a school's name
    dropped |= {span[:2] for span in spans if span[2] is None and text[span[1]:span[1] + 1] == "与" and span[1] + 1 in starts}
    return [span for span in spans if span[:2] not in dropped]


def _a_firms_longer_name(text: str, start: int, end: int, target) -> bool:
    """东风 + 本田, 东风 + 乘用车, 武钢 + 有限: a firm's two-character short name going straight on into
    a brand or a product names that joint venture or brand, a body, not the firm's site; 东风 + 打造
    (a verb of the language) or 东风 + 、 leaves it the firm."""
    if (not _is_firm(target) or end - start > 2 or end >= len(text) or not _is_cjk(text[end])
            or text[end] in _PARTICLES):  # fmt: skip
        return False  # a firm's full name (阿里巴巴华中总部 + 龙头作用) is whole already
    words = clause_words()
    return not (text[end:end + 2] in words or text[end:end + 3] in words or text[end] in _CUT_CHARS)


def _cuts_a_word(span: tuple[int, int], words: list[tuple[int, int]]) -> bool:
    """A candidate ending or opening inside an ordinary word (以前 + 人山 in 人山人海) is no name; one
    holding a whole word (孙中山 + 雕像) may be."""
    start, end = span
    return any(s < end and start < e and not (start <= s and e <= end) for s, e in words)


def _the_city_in_a_slogan(text: str, start: int, end: int, target, *_) -> bool:
    """“大武汉 过大年”, “骐骥驰骋游武汉”, “武汉有戏”, “人文武汉”: the city (or the province) inside a
    quoted slogan, a campaign's or a team's name, names the slogan, not a place of the text. A
    quote that is the name alone (“武汉”) or a longer place's name stays. (Not a district: “新洲产”,
    “建设新汉南” and quoted addresses name the district as a place.)"""
    if target is None or target.area is None or target.area.code not in (admin.WUHAN_CODE, admin.HUBEI_CODE):
        return False
    opened = text.rfind("“", max(0, start - _SLOGAN_REACH), start + 1)
    if opened < 0 or "”" in text[opened:start]:
        return False
    closed = text.find("”", end, end + _SLOGAN_REACH)
    return closed >= 0 and "“" not in text[end:closed] and closed - opened - 1 > end - start


_SLOGAN_REACH = 10


def _inside_a_title(text: str, start: int, end: int, *_) -> bool:
    """A name in the title of a local gazetteer (《续辑汉阳县志》), a painting (《江汉揽胜图》) or a
    book of stories (《湖北地名趣谈》) names the work, not a place the text speaks of. The place a
    plan or a notice is about (《武汉长江新区总体规划》) is one, and stays."""
    opened = text.rfind("《", max(0, start - _TITLE_REACH), start + 1)
    if opened < 0 or "》" in text[opened:start]:
        return False
    closed = text.find("》", end, end + _TITLE_REACH)
    if closed < 0 or "《" in text[end:closed] or (opened, closed) == (start - 1, end):
        return False
    return text[closed - 1] in _WORKS_NOT_ABOUT_PLACES or text.startswith("志", end)  # 《江夏县志·疆土篇》


_TITLE_REACH = 40
_WORKS_NOT_ABOUT_PLACES = "志图谈"  # 县志, 揽胜图, 地名趣谈


def _after_the_clause(text: str, span: tuple) -> tuple | None:
    """An unknown name holding a word no name holds is a clause: the name, if any, follows the
    clause's last such word and cut words (我调回母校 | 华中师大一附中); else no name at all."""
    start, end, target, parts = span
    if target is not None:
        return span
    ends = [m.end() for m in _NEVER_IN_A_NAME.finditer(text, start, end)] + _clause_word_ends(text, start, end)
    if not ends:
        return span
    rest = _left_cut(text, max(ends), end - 1)
    if end - rest >= 4 and not _NEVER_IN_A_NAME.search(text, rest, end) and _looks_like_a_name(text, rest, end):
        return (rest, end, None, ())
    return None


@cache
def clause_words() -> frozenset[str]:
    """Common words (verbs, adverbs, prepositions, conjunctions, pronouns) that no unknown name
    holds before its tail: seeds/clause_words.txt, built from a dictionary of the language by
    seeds/build/clause_words/build.py. The hand list ``never_in_a_name`` holds the ones seen in
    texts; this one catches those not seen yet (说起小区, 得知社区)."""
    return frozenset(_word_lines("clause_words.txt"))


@cache
def clause_word_nouns() -> frozenset[str]:
    """Nouns holding a clause word (根据地 holds 根据): seeds/clause_word_nouns.txt. Matched with
    the clause words, longest first, they keep their word from cutting a name (抗日根据地旧址)."""
    return frozenset(_word_lines("clause_word_nouns.txt"))


@cache
def _clause_word_automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[bool, ...]]:
    """The clause words and their nouns in one automaton, longest first; and for each of its
    patterns whether it is a clause word (True) or a noun holding one (False)."""
    nouns = clause_word_nouns()
    words = sorted(clause_words() | nouns)
    automaton = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return automaton, tuple(word not in nouns for word in words)


# Roads and localities are named for verbs and wishes often enough (大成路, 安定路, 合成乡, 打鼓渡)
# that a dictionary's word before their tail says nothing: only the hand list cuts them.
_CLAUSE_FREE_TAILS = tuple(_WORDS["clause_free_tails"])
_CLAUSE_TAILS_OF_BUSINESSES = tuple(_WORDS["clause_tails_of_businesses"])


def _clause_word_ends(text: str, start: int, end: int) -> list[int]:
    """Where the dictionary's clause words end in an unknown name, before its tail (说起 + 小区)."""
    if text.endswith(_CLAUSE_FREE_TAILS, start, end) and not text.endswith(_CLAUSE_TAILS_OF_BUSINESSES, start, end):
        return []
    tail = next((n for n in _SUFFIX_LENGTHS if text[end - n:end] in _SUFFIX_SET), 1)
    automaton, is_clause_word = _clause_word_automaton()
    return [start + e for i, _, e in automaton.find_matches_as_indexes(text[start:end - tail]) if is_clause_word[i]]


_HOSPITAL_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,5}院\Z")  # 市三医院, 省妇幼保健院: short names


def _with_their_hospitals(text: str, spans: list) -> list:
    """省中医院 + 光谷院区: a hospital's campus named by a place keeps the hospital's name before
    it (省中医院光谷院区), whether or not that name was found on its own."""
    starts = {s for s, _, _, _ in spans}
    ends = {e for _, e, _, _ in spans}
    result = []
    for s, e, target, parts in spans:
        if target is None and text.endswith("院区", s, e) and s not in ends:
            run = s
            while run > 0 and run > s - 10 and _is_cjk(text[run - 1]) and (run - 1) not in ends:
                run -= 1
            head = _HOSPITAL_BEFORE.search(text, run, s)
            if (head is not None and head.start() not in starts
                    and (head.start() == run or _left_cut(text, run, s) == head.start())
                    and (run == 0 or not _is_cjk(text[run - 1]) or run in ends)):  # fmt: skip
                s = head.start()  # 市三医院 + 光谷院区: the whole run is the hospital's name
        result.append((s, e, target, parts))
    return result


_GAUGE_WORDS = tuple(_WORDS["gauge_words"])


def read_gauges(text: str, known: list, gazetteer: Gazetteer) -> list:
    """Stations named as river gauges: 长江 + 汉口站 and 汉口站 + 水位 are the 汉口 gauge of the
    Yangtze, at the customs house on the bund, not the railway station 汉口站 6 km inland.

    A river's name and a station's run together are one name, the gauge's (unknown to the
    gazetteer, or the automaton would have matched it whole); a station's bare name before its
    water level is the gauge the gazetteer holds under a river's name, or an unresolved name.
    """
    gauges = _gauges_by_station(gazetteer)
    spans: list = []
    for start, end, target, parts in known:
        if not _a_station(text[start:end], target) or target in gauges.values():
            spans.append((start, end, target, parts))
        elif spans and spans[-1][1] == start and _is_river(spans[-1][2]):
            spans[-1] = (spans[-1][0], end, None, ())  # 长江 + 武昌站: a gauge not in the gazetteer
        elif text.startswith(_GAUGE_WORDS, end):
            spans.append((start, end, gauges.get(text[start:end]), ()))
        else:
            spans.append((start, end, target, parts))
    return spans


def _a_station(name: str, target: Target | None) -> bool:
    return name.endswith("站") and target is not None and target.place is not None


# A crossing of a river named after the place at one end (沌口长江公路大桥, 青山长江公路大桥,
# 杨泗港长江大桥): the river's name, then a bridge's or a tunnel's tail.
_RIVER_CROSSING = re.compile("(?:公路|铁路|公铁两用|公铁)?(?:大桥|二桥|三桥|隧道)")


def _named_river_crossing(text: str, end: int, following: list) -> int | None:
    """Where a crossing named after a place ends, if a river and a crossing's tail follow the
    place's name right away (沌口 + 长江 + 公路大桥); else None."""
    if not following or following[0][0] != end or not _is_river(following[0][2]):
        return None
    tail = _RIVER_CROSSING.match(text, following[0][1])
    if tail is None or (len(following) > 1 and following[1][0] < tail.end()):
        return None
    return tail.end()


def _is_river(target: Target | None) -> bool:
    return target is not None and target.place is not None and target.place.kind == "river"


@cache
def _gauges_by_station(gazetteer: Gazetteer) -> dict[str, Target]:
    """The gazetteer's river gauges by their station's bare name: 汉口站 for 长江汉口站."""
    rivers = [name for place in gazetteer.places.values() if place.kind == "river"
              for name in place.names]  # fmt: skip
    return {name[len(river):]: Target(place=place) for place in gazetteer.places.values()
            for name in place.names for river in rivers
            if name.startswith(river) and name.endswith("站") and len(name) > len(river) + 1}  # fmt: skip


def _a_title(text: str, start: int, end: int) -> bool:
    """《黄鹤楼》: a name filling a pair of title marks is a poem's, a book's or a film's title."""
    return start > 0 and text[start - 1] == "《" and text.startswith("》", end)


def _inside_any(spans: Spans, start: int, end: int) -> bool:
    return bool(spans.spans) and any(s <= start and end <= e for s, e in spans.overlapping(start, end))


def _list_items_with_parts(text: str, listed: Spans, known: list) -> list:
    """An item holding a known name lies in it (武汉关 in 武汉), unless it is a road or an estate:
    青龙巷 need not lie in 青龙 (黄陂区)."""
    targets = {(s, e): target for s, e, target, _ in known if target is not None}
    index = Spans(targets)
    items = []
    for s, e in listed.spans:
        parts = () if text[s:e].endswith(ROAD_TAILS) else tuple(
            targets[k] for k in index.overlapping(s, e) if s <= k[0] and k[1] <= e)
        items.append((s, e, None, parts))
    return items


def _is_organisation(target: Target | None) -> bool:
    return target is not None and target.place is not None and target.place.kind in ("firm", "lab")


# Items of an enumeration: 镜湖、花岸、柳堤 or an itinerary 黄鹤楼-户部巷-武汉关.
# A route is a list too: 磨山北门—湖光阁—东湖沙滩, 黄龙山路站 - 光谷广场站, 昙华林→户部巷 (one dash,
# not the pair —— that sets off an apposition).
# The lookahead first: most characters fail it at once, before the costlier lookbehind is tried.
_LIST_SEPARATOR = re.compile(
    r"(?=[、\-—–→－ \t])(?<=[\u4e00-\u9fff])(?:、[ \t\u3000]*\n\s*|、|[ \t]?[\-—–→－][ \t]?)(?=[\u4e00-\u9fff])")
_LIST_ITEM_MAX = 8
_LAST_ITEM_STOP = re.compile(r"[^\u4e00-\u9fff]|[等和与及或的为是在共这各几]")
_PLACE_TAILS = (*SHORT_SUFFIXES, *EXTENSION_SUFFIXES)
_PLACE_TAIL_ENDS = frozenset(t[-1] for t in _PLACE_TAILS)  # a quick test before endswith


def find_list_items(text: str, taken: list[tuple[int, int]], places: list[tuple[int, int]]
                    ) -> Spans:  # fmt: skip
    """Unknown items of a list whose items are mostly places (西抵舵落口、额头湾 -> 额头湾).

    An item is place-like when it is a known place or a candidate, or ends like a place
    (…湖, …堤, …正街); one of them must be more than a bare tail (小区、公园 is a list of
    kinds). When half the items are place-like, and one is a place or two look like
    one, the others are places too: a list names things of one kind.
    """
    taken_spans, place_spans = Spans(taken), set(places)
    found = []
    places_by_edge = Spans(places)
    for run in _runs(text):
        rest = _items_after_the_first(text, run, places_by_edge)
        # 辖南庄、解放3个村委会 and 珍珠泉、三眼桥等古迹 name places, by count or by kind
        if _PEOPLE_AFTER_A_LIST.search(text, rest[-1][0], rest[-1][1] + 4):
            continue  # 肖耀南、徐源泉、万耀煌三位: people, whatever their names end with
        counted = _COUNTED_PLACES.match(text, rest[-1][1]) is not None
        if not counted and (count := _A_COUNT_INSIDE.search(text, rest[-1][0] + 2, rest[-1][1])) is not None and (
                _COUNTED_PLACES.match(text, count.start())):  # fmt: skip
            rest[-1] = (rest[-1][0], count.start())  # 刘古塘 + 五个村: the count was read into the item
            counted = True
        of_a_kind = not counted and _KIND_AFTER_A_LIST.match(text, rest[-1][1]) is not None
        if not (counted or of_a_kind) and _PLACES_BEFORE_A_LIST.search(
                text, max(0, run[0][0] - _LIST_ITEM_MAX - 8), run[0][0]):  # a quick look first
            first = _first_item(text, run[0][0], places_by_edge)  # 与孔子有关的地名有 + 回车埠、颜子港
            counted = first[0] < first[1] and _PLACES_BEFORE_A_LIST.search(
                text, max(0, first[0] - 8), first[0] + 1) is not None
        if not (counted or of_a_kind) and not _may_be_mostly_places(text, rest, place_spans):
            continue  # most lists name things, not places: their first item is never cut out
        items = [_without_its_committee(text, *_first_item(text, run[0][0], places_by_edge)), *rest]
        if of_a_kind and not any(_a_named_place(text, i, place_spans) for i in items):
            continue  # 哥特式、洛可可式等欧式建筑, 孵化中心、测试中心等园区配套: kinds, no names
        if not (counted or of_a_kind) and not _mostly_places(text, items, place_spans):
            continue
        found += [i for i in items if i not in place_spans and _list_item_ok(text, *i)
                  and _holds_what_it_overlaps(text, taken_spans, *i)]  # fmt: skip
    return Spans(found)


def _mostly_places(text: str, items: list[tuple[int, int]], place_spans: set) -> bool:
    """Half the items are place-like, and one is a known place or two look like places."""
    known = [i for i in items if i in place_spans]
    like = [i for i in items if _place_like(text, i, place_spans)]
    return not (2 * len(like) < len(items) or not (known or len(like) >= 2) or (
        len(items) == 2 and len(like) < 2) or all(  # 围绕桔产业、青龙山: a pair needs two
        text[s:e] in _TAIL_WORDS for s, e in like) or (  # 小区、公园与地铁站: kinds, no names
        not known and any(text[s:e] in _TAIL_WORDS for s, e in items)))  # fmt: skip
    # 教会学校、教堂与民居建筑: a bare kind and no known place among the items, a list of kinds


def _place_like(text: str, item: tuple[int, int], place_spans: set) -> bool:
    start, end = item
    return item in place_spans or (start < end and text[end - 1] in _PLACE_TAIL_ENDS
                                   and text.endswith(_PLACE_TAILS, 0, end)
                                   and not (text[end - 1] == "台" and text[end - 2:end] in word_tails())
                                   )  # 创新平台 ends in a word, not a terrace  # fmt: skip


# A line holding one item after a bullet or a number: "- 泽林站", "3、泽林兜", "(2)泽林湾".
_LINE_ITEM = re.compile(
    r"^[ \t\u3000]*(?:(?P<bullet>[-•·*●▶◆■▪])|(?P<number>[0-9]{1,2})[、.．)）]|[(（](?P<paren>[0-9]{1,2})[)）])"
    r"[ \t\u3000]*(?P<item>[\u4e00-\u9fffA-Za-z0-9·]{2,12})[ \t\u3000。;；]*$",
    re.MULTILINE,
)


def find_line_items(text: str, taken: list[tuple[int, int]], places: list[tuple[int, int]],
                    listed: Spans) -> list[tuple[int, int]]:  # fmt: skip
    """Items written one a line, after bullets (- 华中科技大学站 / - 泽林站) or after numbers
    counting up (1、珍珠湖 … 3、泽林兜, headings with text between them): a list like those with
    、, whose unknown items are places when the list is mostly places."""
    place_spans, taken_spans, found = set(places), Spans(taken), []
    for items in _line_lists(text):
        if len(items) < 3 or not _mostly_places(text, items, place_spans):
            continue
        found += [i for i in items if i not in place_spans and not listed.overlapping(*i)
                  and _holds_what_it_overlaps(text, taken_spans, *i) and _a_line_item_name(text, *i)]  # fmt: skip
    return found


def _line_lists(text: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of bulleted lines (blank lines between them allowed) and runs of numbered lines
    whose numbers count up by one (any text between them)."""
    bullets: list[tuple[int, int]] = []
    numbered: dict[int, list] = {}  # by the number the next item must have
    for match in _LINE_ITEM.finditer(text):
        item = match.span("item")
        if match.group("bullet"):
            if bullets and text[bullets[-1][1]:match.start()].strip(" \t\u3000。;；\n"):
                yield bullets
                bullets = []
            bullets.append(item)
            continue
        number = int(match.group("number") or match.group("paren"))
        run = numbered.pop(number, [])
        numbered[number + 1] = [*run, item]
    if bullets:
        yield bullets
    yield from numbered.values()


def _a_line_item_name(text: str, start: int, end: int) -> bool:
    """An item alone on its line is bounded by the line: made of common words or not, it is
    the name there (地铁小镇站 is a station); a description, a bare kind, an organisation or a
    section of an outline (气候, 历史沿革) is no name."""
    name = text[start:end]
    return not (name in candidate_stoplist() or name in place_words() or name in _TAIL_WORDS
                or _DESCRIPTION.search(text, start, end) or _names_an_organisation(text, start, end)
                or name.endswith(_WORDS_ENDING_AN_ITEM)
                or (len(name) <= 3 and is_generic_facility(name)))  # 停车场: one word, a kind  # fmt: skip


# Items of a numbered outline that are sections, not places (1、气候, 2、历史沿革).
_WORDS_ENDING_AN_ITEM = tuple(_WORDS["outline_sections"])


def _a_named_place(text: str, item: tuple[int, int], place_spans: set) -> bool:
    """A known place or a candidate, or an item ending like a place that may be a name."""
    return item in place_spans or (_place_like(text, item, place_spans) and _list_item_ok(text, *item))


def _may_be_mostly_places(text: str, rest: list[tuple[int, int]], place_spans: set) -> bool:
    """Whether the items after the first could make a list mostly of places, whatever the
    first is: one of them must be place-like (a first item alone is never enough: a pair needs
    two, a longer list half), and with the first counted place-like, half of all would be."""
    like = sum(_place_like(text, item, place_spans) for item in rest)
    return like >= 1 and 2 * (like + 1) >= len(rest) + 1


# A list closed by a count of units (…、塘江7个村委会, …等5个社区) names that many places.
_A_COUNT_INSIDE = re.compile("[一二三四五六七八九十两]{1,3}个")
_COUNTED_PLACES = re.compile("等?[0-9０-９一二三四五六七八九十两]{1,3}个%s" % _alternation(_WORDS["counted_units"]))
# A list closed by 等 and a kind of place (…、龙泉和滨湖等组团, …、三眼桥等古迹, …等近代建筑)
# names places of that kind; a word or two may qualify the kind (近代).
_KIND_AFTER_A_LIST = re.compile("等[\u4e00-\u9fff]{0,2}?%s" % _alternation(_WORDS["listed_kinds"]))


# A list closed by a count of people (三位, 5名, 等人) names people.
def _in_a_list_of_people(text: str, start: int, end: int) -> bool:
    """Whether the 、-list the item ``text[start:end]`` belongs to closes with people (等商人, 三位,
    等人): its items are people's names, though some end like hills (黄少山, 王奇峰). An item in no
    list (泽林大学一位老师) is in none."""
    if text[start - 1:start] != "、" and text[end:end + 1] != "、":
        return False
    pos = end
    for _ in range(_PEOPLE_LIST_ITEMS):
        if _PEOPLE_AFTER_A_LIST.match(text, pos):
            return True
        if text[pos:pos + 1] != "、":
            return False
        item = _PERSONS_NAME.match(text, pos + 1)
        if item is None:
            return False
        pos = next((k for k in range(item.start() + 2, item.end() + 1)
                    if _PEOPLE_AFTER_A_LIST.match(text, k) or text[k:k + 1] == "、"), item.end())
    return False


_PEOPLE_LIST_ITEMS = 12
_PERSONS_NAME = re.compile("[\u4e00-\u9fff]{2,4}")
_PEOPLE_AFTER_A_LIST = re.compile("等?[0-9０-９一二三四五六七八九十两]{1,3}(?:位|名(?![胜]))|等人"
                                  "|等(?:商人|富商|人士|名人|名流|将军|烈士|学者|专家|官员|买办|先生)")
# A list opened by a kind of place and "are" (地名有, 景点包括, 古迹如): its items name places.
_PLACES_BEFORE_A_LIST = re.compile("(?:地名|景点|古迹|名胜|胜迹|景观|村落|村庄|遗址)(?:有|包括|如|为)[:：]?")


# Tails of natural features that a city far away may share with a hill or a lake of Wuhan.
_FEATURE_TAILS = frozenset("山湖河岛洲")


def _local_namesakes(text: str, known: list) -> tuple[list, dict]:
    """A city far away named like a hill (马鞍山), listed among hills of Wuhan (横山、马鞍山、笔架山),
    is that hill: an unknown local name, not the city in Anhui; so is a short one glued to a
    direction or a number (南天门). Returns the known names without them, and each one's span
    with the region it is only named like."""
    by_span, result, namesakes = None, list(known), {}
    for i, (start, end, target, _) in enumerate(known):
        if text[end - 1] not in _FEATURE_TAILS or target is None or target.area is None or target.area.in_wuhan:
            continue
        tail = text[end - 1]
        by_span = by_span or {(s, e): k for k, (s, e, _, _) in enumerate(known)}
        alike = [(s, e) for s, e in _listed_beside(text, start, end)
                 if e - s >= 2 and text.endswith(tail, s, e) and not _outside_at(known, by_span, s, e)]
        if len(alike) >= 2:
            result[i] = (start, end, None, ())
            namesakes[(start, end)] = target.area
    for i, (start, end, target, _) in enumerate(result):
        if (end - start == 2 and text[start - 1:start] in _GLUED_OPENINGS and target is not None
                and target.area is not None and not target.area.in_wuhan
                and target.area.code != admin.HUBEI_CODE  # 其中 + 湖北, 王朝 + 湖北: the province
                and text[start - 2:start] != "其中"  # 其中 + 江陵: among them, 江陵
                and (i == 0 or result[i - 1][1] < start)):  # fmt: skip
            result[i] = (start - 1, end, None, ())  # 南 + 天门: 南天门, a mountain's gate
            namesakes[(start - 1, end)] = target.area
    return result, namesakes


def _a_local_one_of_a_kind(text: str, known: list) -> tuple[list, dict]:
    """在此建有龙王庙一座: a landmark's name counted as "one such" names a local one of that kind
    (a dragon-king temple), not the famous one the gazetteer holds; so does every mention of the
    name in that text (龙王庙已无残迹). They are left unplaced: returns the known names without
    them, and each one's span with the place it is only named like."""
    counted = {text[s:e] for s, e, t, _ in known
               if t is not None and t.place is not None and _ONE_SUCH.match(text, e)}
    if not counted:
        return known, {}
    result, local = [], {}
    for s, e, t, p in known:
        if t is not None and t.place is not None and text[s:e] in counted:
            result.append((s, e, None, ()))
            local[(s, e)] = t.place
        else:
            result.append((s, e, t, p))
    return result, local


_ONE_SUCH = re.compile("一[座所处间]")


def _parts_of_a_larger_namesake(text: str, known: list) -> list:
    """小南湖 in a text that names 南湖 is the smaller part of that lake (南湖大南湖…小南湖), not the
    小南湖 of 汉口 far from it: a lake, hill or park named with a size is placed within the one
    the text names beside it, when the known namesake lies far from that one."""
    by_name = {text[s:e]: t for s, e, t, _ in known if t is not None and t.place is not None}
    result = []
    for start, end, target, parts in known:
        whole = by_name.get(text[start + 1:end]) if text[start] in "大小" and end - start >= 3 else None
        if (whole is not None and target is not None and target.place is not None
                and (whole.place.kind in _SIZED_KINDS or whole.place.precision == "area")
                and target.place.kind in _SIZED_KINDS
                and _metres(target.place, whole.place) > _FAR_FROM_ITS_WHOLE_M):  # fmt: skip
            target, parts = None, (whole,)
        result.append((start, end, target, parts))
    return result


_SIZED_KINDS = frozenset({"lake", "hill", "park"})
_FAR_FROM_ITS_WHOLE_M = 3000.0


# A direction or a number glued before a short name of a city far away makes a local name of
# its own (南天门, 二天门 and 朝天门 on 木兰山 are no 天门市).
_GLUED_OPENINGS = frozenset("东西南北中一二三四五六七八九十头朝")


_CLAUSE_MARKS = "，,。；;：:！？\n"
_CLAUSE_REACH = 200  # characters read on each side for the clause of a list


def _listed_beside(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The other items of the 、-list holding text[start:end] (empty when it is in none): the
    last name characters before each 、, and the first ones after the last 、."""
    if text[start - 1:start] != "、" and text[end:end + 1] != "、":
        return []
    window_start, window_end = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    left = max(window_start - 1, *(text.rfind(c, window_start, start) for c in _CLAUSE_MARKS)) + 1
    right = min((i for i in (text.find(c, end, window_end) for c in _CLAUSE_MARKS) if i >= 0),
                default=window_end)
    parts, items, pos = text[left:right].split("、"), [], left
    for k, part in enumerate(parts):
        if k == len(parts) - 1:
            stop = _LAST_ITEM_STOP.search(part)
            item = (pos, pos + (stop.start() if stop else len(part)))
        else:
            run = _ITEM_BEFORE.search(part)
            item = (pos + run.start(), pos + len(part)) if run else (pos, pos)
        if item[0] < item[1] and not (item[0] < end and start < item[1]):
            items.append(item)
        pos += len(part) + 1
    return items


def _outside_at(known: list, by_span: dict, start: int, end: int) -> bool:
    i = by_span.get((start, end))
    target = known[i][2] if i is not None else None
    return bool(target and target.area is not None and not target.area.in_wuhan)


def _holds_what_it_overlaps(text: str, taken: Spans, start: int, end: int) -> bool:
    """An item may open with one known name and end like a place (武汉 + 关, not 民主路 + 一),
    or be one character and a known lake's or hill's name (汤 + 月湖), never cut across a name."""
    inside = taken.overlapping(start, end)
    if len(inside) == 1 and inside[0] == (start + 1, end) and end - start >= 3 and _is_cjk(text[start]):
        return text[end - 1] in _FEATURE_TAILS  # 东月湖、西月湖和汤 + 月湖: a part of the lake
    return not inside or (len(inside) == 1 and inside[0][0] == start and inside[0][1] <= end
                          and text.endswith(_PLACE_TAILS, 0, end))  # fmt: skip


def _runs(text: str) -> Iterable[list[tuple[int, int]]]:
    """The separators of each list: a separator is 、 or - between Chinese characters, or 、 at
    the end of a line (a list written one item a line)."""
    run: list[tuple[int, int]] = []
    for sep in (m.span() for m in _LIST_SEPARATOR.finditer(text)):
        gap = text[run[-1][1]:sep[0]] if run else ""
        if run and len(gap) <= _LIST_ITEM_MAX and not _LAST_ITEM_STOP.search(gap):
            run.append(sep)
            continue
        if run:
            yield run
        run = [sep]
    if run:
        yield run


def _items_after_the_first(text: str, run: list[tuple[int, int]], places: Spans
                           ) -> list[tuple[int, int]]:  # fmt: skip
    """The items between separators, and the last one bounded by a clause's edge."""
    inner = [(a[1], b[0]) for a, b in zip(run, run[1:], strict=False)]
    items = [*inner, _last_item(text, run[-1][1], places)]
    joined = items[-1][1]
    if text[joined:joined + 1] in _JOINING and (last := _last_item(text, joined + 1, places))[0] < last[1]:
        items[-1] = _up_to_its_tail(text, *items[-1])
        items.append(last)  # 花山、流芳、龙泉 + 和 + 滨湖: the list's last item, joined by 和
    items[-1] = _up_to_its_tail(text, *items[-1])
    return [_without_its_committee(text, *item) for item in items]


def _up_to_its_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """The last item of a list runs on into the clause (府澴河 + 汇合之处): where it does not end
    like a place, it ends after the first place tail with two characters or more before it."""
    if end <= start + 3 or (text[end - 1] in _PLACE_TAIL_ENDS and text.endswith(_PLACE_TAILS, start, end)):
        return start, end
    for stop in range(start + 3, end):
        if text[stop - 1] in _PLACE_TAIL_ENDS and text.endswith(SHORT_SUFFIXES, start + 2, stop):
            return start, stop
    return start, end


_JOINING = frozenset("和与及")


# A village's or a community's committee names the place: 蔡榨村委会 is 蔡榨村, 蔡家榨居委会 is
# 蔡家榨 (as 关东街道办事处 is 关东街道).
_COMMITTEES = (("村委会", 2), ("居委会", 3))


def _without_its_committee(text: str, start: int, end: int) -> tuple[int, int]:
    if text[end - 1:end] != "会":
        return start, end  # the usual case: no committee's office at the end
    for office, cut in _COMMITTEES:
        if text.endswith(office, start, end) and end - cut - start >= 2:
            return start, end - cut
    return start, end


# The Chinese characters right before a separator, at most as many as an item holds.
_ITEM_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,%d}\Z" % _LIST_ITEM_MAX)


def _first_item(text: str, sep: int, places: Spans) -> tuple[int, int]:
    """Back to a cut word or the clause's edge, or the whole known name there (武汉长江大桥、).
    A run longer than an item can be, with no cut word in reach, has no item edge to find:
    (打造世界级存)算一体化产业基地 is no item, and is returned empty."""
    if (known := places.start_of.get(sep)) is not None:
        return known, sep
    run = _ITEM_BEFORE.search(text, max(sep - _LIST_ITEM_MAX, 0), sep)
    start = run.start() if run else sep
    cuts = [m.end() for m in _cut_words(text, start, sep - 1)]
    if not cuts and start > 0 and sep - start == _LIST_ITEM_MAX and _is_cjk(text[start - 1]):
        return sep, sep
    return max([start, *cuts]), sep


def _last_item(text: str, start: int, places: Spans) -> tuple[int, int]:
    """Up to a particle or punctuation, or the whole known name there (青龙巷等, 武汉长江大桥。)."""
    stop = _LAST_ITEM_STOP.search(text, start)
    end = min(stop.start() if stop else len(text), start + _LIST_ITEM_MAX)
    known = places.end_of.get(start, -1)
    return start, known if known >= end else end


# Verbs of going into or out of a place: 排入湖, 进村, 出山, 下河 name an action, not a place.
_INTO = frozenset("入进出")


_SPACES = " \t\u3000"
# A road's bare tail names no road (横街 and 正街 may: they are streets' short names).
_BARE_ROAD_TAILS = frozenset({*(t for t in ROAD_TAILS if len(t) == 1), "大道"})
_ROAD_TAIL_AHEAD = re.compile("%s" % _alternation(ROAD_TAILS))


def split_by_a_stray_space(text: str, start: int, end: int) -> bool:
    """冶 金大道, 罗家港  路: a space inside a name (a typesetting slip) leaves fragments, and none
    of them is the name. The run after it is a fragment when a lone Chinese character stands
    before the space (冶); the run before it is one when a bare road tail follows the space (路)."""
    before = start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    lone = (before < start and before > 0 and _is_cjk(text[before - 1])
            and (before < 2 or not _is_cjk(text[before - 2])))  # fmt: skip
    after = end
    while after < len(text) and text[after] in _SPACES:
        after += 1
    tail = after > end and (m := _ROAD_TAIL_AHEAD.match(text, after)) is not None and (
        m.end() == len(text) or not _is_cjk(text[m.end()]))
    return lone or tail


# Tails that are no name alone (医院, 公园); streets' short names (横街, 正街) and 江滩 (the
# riverside park) are names.
_BARE_KINDS = _SUFFIX_SET - {*ROAD_TAILS, "江滩"}


def _list_item_ok(text: str, start: int, end: int) -> bool:
    """A short item (two to four characters), or a longer one that ends like a place; not a
    verb into a place's tail or a water (污水直排入湖, 流入江), and never one character: a bare
    tail (山、湖) is a kind of place, no name."""
    name = text[start:end]
    if len(name) < 2 or name[-2] in _INTO:
        return False
    if name in _BARE_ROAD_TAILS or split_by_a_stray_space(text, start, end):
        return False  # 罗家港  路: a bare tail, cut off its name by a stray space
    if name in _BARE_KINDS:
        return False  # 商业体、医院、科技园区: a bare kind among others, no name
    tail = name.endswith(_PLACE_TAILS)
    size_ok = len(name) <= 4 or (len(name) <= _LIST_ITEM_MAX and tail)
    opening = _GENERIC_OPENING.match(text, start)
    # 新华村 is a name, 新建 is not; a word of two characters or more (公立医院, 国家公园) is no name
    generic = opening is not None and (not tail or opening.end() - start >= 2 or text[start] not in "新大小")
    return (size_ok and all(map(_is_cjk, name)) and name[-2:] not in word_tails()
            and not generic and not _opened_by_a_cut(text, start)
            and _looks_like_a_name(text, start, end, openings=False))


def _opened_by_a_cut(text: str, start: int) -> bool:
    """距 + 中山 (1.5 km from 中山舰): "at a distance from" opens the item, a clause, no name.
    Other cut words open names of communities and hamlets (临江, 建设, 下马庄, 接驾嘴)."""
    return text.startswith("距", start)


# A station right after its line: 12号线 + 中央花园站 (not 站点, 站台, 站长).
_STATION_AFTER = re.compile(r"[\u4e00-\u9fff]{2,6}?站(?![点台长务])")


def stations_after_lines(text: str, lines: list[tuple[int, int]],
                         known: list[tuple[int, int]]) -> list[tuple[int, int]]:  # fmt: skip
    """轨道交通12号线中央花园站: a name ending in 站 right after a metro line is a station of it,
    known or not (a known one is left to the gazetteer)."""
    taken = Spans(known)
    found = []
    for _, end in lines:
        station = _STATION_AFTER.match(text, end)
        if (station is not None and not taken.overlapping(end, station.end())
                and not _BOUNDARY.search(text, end, station.end() - 1)
                and _looks_like_a_name(text, end, station.end())):  # fmt: skip
            found.append(station.span())
    return found


_METRO = re.compile("地铁|轨道交通")


def _metro_words(text: str, lines: Spans) -> list[tuple[int, int]]:
    """地铁 or 轨道交通 outside a line's name: a station named right after it (地铁泽林站) is a
    metro station, as after a line (2号线泽林站)."""
    return [m.span() for m in _METRO.finditer(text) if not lines.overlapping(*m.span())]


def find_lines(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Metro lines, ring roads and national roads; a line holds any known name inside it
    (武汉 in 武汉轨道交通1号线), but one that cuts across a known name is no line."""
    known = Spans(taken)
    return [m.span() for m in _line_matches(text)
            if all(m.start() <= s and e <= m.end() for s, e in known.overlapping(*m.span()))
            and (text[m.start()] not in "GS" or m.group().endswith(("道", "公路"))
                 or _a_road_code(text, m.start(), m.end()))]  # fmt: skip


def _line_matches(text: str) -> Iterator[re.Match]:
    """``_LINE.finditer(text)``, tried only just before each key (号线, 环线 ...): no match
    opens more than _LINE_REACH characters before its key, and none starts before ``after``
    unless it was found already."""
    pos = after = 0
    while (key := _LINE_KEY.search(text, after)) is not None:
        for start in range(max(pos, key.start() - _LINE_REACH), key.start() + 1):
            if (match := _LINE.match(text, start)) is not None:
                yield match
                pos = after = match.end()
                break
        else:
            after = key.start() + 1


# What stands before a road's code (至G106, 、S108, (G4) or after it (G4京港澳高速, G107国道).
_BEFORE_A_CODE = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|[至经沿往走入上下和与及或到从]")
_AFTER_A_CODE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:国道|省道|高速|公路|快速)|[^\u4e00-\u9fffA-Za-z0-9]|$")


def _a_road_code(text: str, start: int, end: int) -> bool:
    """G106, S108 as roads: opened by a mark or a preposition, or named a road after; a
    product's model (无人机S400在...) is none."""
    return (start == 0 or _BEFORE_A_CODE.match(text, start - 1) is not None
            or _AFTER_A_CODE.match(text, end) is not None)  # fmt: skip
