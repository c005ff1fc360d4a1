"""Finding place names in Chinese text: gazetteer and administrative names, longest first.

A curated name list matched leftmost-longest is precise and deterministic (jieba
splits 武汉经开区 into 开区 and tags 串联 as a place). The names are compiled into
one trie-shaped regular expression, so one pass over the text finds every name in
time linear in its length. Names that merely look like places (…实验室, …硅巷)
come back as unresolved candidates for review instead of being dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from geo import admin
from geo.admin import AdminArea
from geo.article import Article
from geo.gazetteer import Gazetteer, Place, load_gazetteer
from geo.ids import area_id

CANDIDATE_SUFFIXES = (
    "实验室", "大学", "产业园", "园区", "街区", "硅巷", "走廊", "发展带", "中心", "基地",
    "社区", "公园", "研究所", "MALL",
)  # fmt: skip
# A candidate name starts after the last of these: verbs and particles that open a clause.
_BOUNDARIES = (
    "的", "在", "和", "与", "及", "等", "是", "为", "将", "把", "向", "从", "到", "由", "了",
    "以", "对", "于", "推动", "建设", "打造", "加快", "建成", "依托", "引进", "布局", "设立",
    "搭建", "建强", "建好", "用好", "投用", "焕新", "率先", "聚焦", "支持", "深化", "组建",
    "成立", "提速", "强化", "发挥", "构建", "新建", "通过", "加强", "围绕", "力争", "举办",
    "打破", "吸引", "留住", "更多", "推进", "共建", "四大", "空间", "一批", "或", "并",
)  # fmt: skip
_MAX_CANDIDATE = 14
_SUFFIX = "(?:%s)" % "|".join(map(re.escape, CANDIDATE_SUFFIXES))
# Shortest run up to a suffix, then further suffixes close behind (环大学 + 创新发展带).
_CANDIDATE = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9·]{1,%d}?%s(?:(?:(?![和与及等的或并])[\u4e00-\u9fffA-Za-z0-9·]){0,6}?%s)*"
    % (_MAX_CANDIDATE, _SUFFIX, _SUFFIX)
)
_BOUNDARY = re.compile("|".join(map(re.escape, sorted(_BOUNDARIES, key=len, reverse=True))))


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

    @property
    def resolved(self) -> bool:
        return self.target is not None


def trie_pattern(names: Iterable[str]) -> str:
    """A regex matching any of ``names``, longest first, shaped as a trie.

    >>> re.findall(trie_pattern(["华科大", "环华科大创新发展带", "华中科技大学"]),
    ...            "环华科大创新发展带与华科大")
    ['环华科大创新发展带', '华科大']
    """
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = True
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    branches = [re.escape(c) + _node_pattern(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def name_index(gazetteer: Gazetteer) -> dict[str, Target]:
    """Every surface form the finder knows; curated names win over administrative ones."""
    index = {name: Target(area=area) for name, area in admin.admin_names().items()}
    index.update({name: Target(place=place) for name, place in gazetteer.names.items()})
    return index


@cache
def _compiled(gazetteer: Gazetteer) -> tuple[re.Pattern, Mapping[str, Target]]:
    index = name_index(gazetteer)
    return re.compile(trie_pattern(index)), index


@cache
def candidate_stoplist() -> frozenset[str]:
    """Generic terms (国家实验室, 概念验证中心 ...) that look like names but name no place."""
    text = files("seeds").joinpath("candidate_stoplist.txt").read_text("utf-8")
    return frozenset(
        line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip()
    )


def find_known(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, Target]]:
    """Spans of known names, leftmost-longest and non-overlapping."""
    pattern, index = _compiled(gazetteer)
    return [(m.start(), m.end(), index[m.group()]) for m in pattern.finditer(text)]


def find_candidates(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that look like unknown place names and overlap no known name."""
    spans = []
    stoplist = candidate_stoplist()
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        cuts = [b.end() for b in _BOUNDARY.finditer(text, start, end - 2)]
        start = max([start, *cuts, *(e for s, e in taken if s < end and e > start)])
        suffix_len = next(len(s) for s in CANDIDATE_SUFFIXES if text.endswith(s, 0, end))
        if end - start - suffix_len < 2 or text[start:end] in stoplist:
            continue
        spans.append((start, end))
    return spans


def find_mentions(article: Article, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every place mention in ``article``, known or candidate, in text order."""
    gazetteer = gazetteer or load_gazetteer()
    known = find_known(article.text, gazetteer)
    mentions = [
        Mention(article.text[s:e], s, e, article.paragraph_at(s).index, target)
        for s, e, target in known
    ]
    for s, e in find_candidates(article.text, [(s, e) for s, e, _ in known]):
        mentions.append(Mention(article.text[s:e], s, e, article.paragraph_at(s).index, None))
    return sorted(mentions, key=lambda m: m.start)
