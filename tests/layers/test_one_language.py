"""One language at a time: in English mode the panel, the legend, the UI strings, the print map
and the standalone page of the seed article carry no Chinese outside names and quotations.

What may be Chinese in English mode, precisely:
- quotations of the article: a passage's runs, a figure's text, noun, clause and sentence, the
  article's headline and outlet as printed, and a headline in 《》 in a credit line;
- names: a place's Chinese name shown beside its English one (the panel's subtitle), the only name
  of a place that has no English name, and inside English notes a run of Chinese that is a name.
  A run (Chinese characters, with digits and · between them) is a name when it is a name or alias of
  the gazetteer or a region's name, or a part of one (环华科大 of 环华科大创新发展带), or when it
  cuts into such names and words that end like a place name by the finder's own rule (…路, …站,
  …大道: ``geo.finder.EXTENSION_SUFFIXES``) or a house number (…号).
Everything else (labels, kinds, layers, districts, precision words, the approximate note, the
legend, the title, the credit line) must be English.
"""

from __future__ import annotations

import re
from functools import cache

import matplotlib
import pytest

from geo import admin
from geo.finder import EXTENSION_SUFFIXES
from geo.gazetteer import load_gazetteer
from layers.build import build_layers
from layers.client import client_data
from layers.print_map import render_print
from layers.standalone import render_standalone

RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff](?:[\u3400-\u9fff\uf900-\ufaff0-9·]*[\u3400-\u9fff\uf900-\ufaff])?")
QUOTED_TITLE = re.compile(r"《[^》]*》")


@cache
def _names() -> frozenset[str]:
    gazetteer = load_gazetteer()
    names = set(gazetteer.names) | set(admin.admin_names())
    names |= {p.name_zh for p in gazetteer.places.values()}
    return frozenset(n for n in names if len(n) >= 2)


@cache
def _names_with_parts() -> frozenset[str]:
    """Names whose parts are names too (环华科大 of 环华科大创新发展带). Not the 2,400 villages and
    communities: a note never shortens them, and their parts are everyday words (文字 of 文字港社区)."""
    villages = {n for p in load_gazetteer().places.values() if p.id.startswith(("village_", "community_"))
                for n in p.names}  # fmt: skip
    return _names() - villages


def _piece(text: str) -> bool:
    return text in _names() or (len(text) >= 2 and text.endswith(EXTENSION_SUFFIXES)) or bool(
        re.fullmatch(r"\d+号", text))


def is_name(run: str) -> bool:
    """A name by the module's definition: whole, part of one, or cut into names and place words."""
    if run in _names() or any(run in name for name in _names_with_parts() if len(run) >= 2):
        return True
    reach = [True] + [False] * len(run)  # reach[i]: run[:i] cuts into pieces
    for end in range(1, len(run) + 1):
        reach[end] = any(reach[start] and _piece(run[start:end]) for start in range(end))
    return reach[-1]


def foreign_runs(text: str) -> list[str]:
    """The Chinese runs of ``text`` that are not names (a 《quoted title》 is a quotation)."""
    return [run for run in RUN.findall(QUOTED_TITLE.sub("", text)) if not is_name(run)]


def test_the_definition_of_a_name():
    assert is_name("洪山区") and is_name("环华科大") and is_name("未来三路88号")
    assert is_name("珞喻路广埠屯") and is_name("海洋·锦鲤")
    assert not is_name("近似") and not is_name("行政区划") and not is_name("文字")
    assert foreign_runs("Text: Changjiang Daily, 《武汉全力激发产业创新活力》") == []
    assert foreign_runs("Text: 本报讯") == ["本报讯"]  # (长江日报 would pass: part of 长江日报路, a road)
    assert foreign_runs("approximate — 推断的近似范围") == ["推断的近似范围"]


@pytest.fixture(scope="module")
def seed(article):
    return article, build_layers(article)


@pytest.fixture(scope="module")
def english(seed):
    article, layers = seed
    return client_data(layers, article, lang="en")


def _shown(panel: dict) -> dict[str, str]:
    """Every string of an English panel that is not a quotation of the article."""
    shown = {"kind": panel["kind"]["label"], "layer": panel["layer"], "district": panel["district"],
             "how_drawn": panel["how_drawn"], "precision": panel["precision_words"]}  # fmt: skip
    shown.update({f"citation {i}": c["text"] for i, c in enumerate(panel["citation"])})
    shown.update({f"member {m['id']}": m["name"] for m in panel["members"]})
    return shown


def test_english_panels_carry_no_chinese_outside_names_and_quotations(english, seed):
    _, layers = seed
    english_names = {row["id"]: row["name_en"] for frame in layers.values() for row in frame.to_dict("records")}
    found = {}
    for key, panel in english["panels"].items():
        if RUN.search(panel["title"]):
            assert not english_names.get(key), f"{key} has an English name but shows {panel['title']}"
        for field, value in _shown(panel).items():
            if foreign_runs(value):
                found[(key, field)] = foreign_runs(value)
    assert found == {}


def test_english_districts_members_and_legend(english):
    panels = english["panels"]
    assert panels["adcode:420111"]["title"] == "Hongshan District"
    assert panels["adcode:420111"]["subtitle"] == "洪山区"
    assert panels["hust_belt"]["district"] == "Hongshan District"
    assert panels["chegu_corridor"]["district"] == "Caidian District"
    assert [m["name"] for m in panels["hust_belt"]["members"]] == ["Huazhong University of Science and Technology"]
    assert [k["label"] for k in english["legend"]] == [
        "Innovation belt", "Innovation corridor", "Silicon alley", "Jinli innovation park", "District",
        "Functional zone", "Laboratory", "University", "Firm", "Site or project"]
    assert [v for v in english["ui"].values() if RUN.search(v)] == []


def test_the_approximate_note_and_how_drawn_are_chinese_in_chinese_mode(seed):
    article, layers = seed
    chinese = client_data(layers, article, lang="zh")
    assert chinese["ui"]["approximate"] == "近似"
    assert chinese["panels"]["hust_belt"]["how_drawn"] == "推断的近似范围"
    assert chinese["panels"]["dongfeng"]["how_drawn"] == "估计位置"
    assert chinese["panels"]["jfs_lab"]["how_drawn"] == "自身位置无来源，画在东湖高新区的位置"
    assert chinese["panels"]["hust_belt"]["precision_words"] == "近似（片区），误差约 2 km"
    assert chinese["panels"]["hust_belt"]["district"] == "洪山区"


def test_the_english_print_map_has_english_words_names_and_an_english_credit(seed, tmp_path):
    article, layers = seed
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        svg = render_print(layers, tmp_path / "map.svg", lang="en").read_text("utf-8")
    texts = [t for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)]
    assert "Caidian District" in svg and "Legend" in svg and "Wuhan innovation zones" in svg
    assert "Text: Changjiang Daily, 《武汉全力激发产业创新活力 全市共建“鱼跃成龙”创新生态》" in svg
    assert "长江日报" not in svg
    assert {run for t in texts for run in foreign_runs(t)} == set()


def test_the_english_standalone_page_header_is_english(seed):
    article, layers = seed
    page = render_standalone(layers, article, lang="en")
    head = page.split('id="wim-app"')[0]
    assert "<title>Wuhan Innovation Map</title>" in head
    assert '<p class="wim-article-line">Article: Changjiang Daily, 《武汉全力激发产业创新活力' in head
    assert '<meta name="dcterms.publisher" content="长江日报">' in head
    visible = re.sub(r"<style>.*?</style>|<meta[^>]*>|<[^>]+>", " ", head, flags=re.S)
    assert foreign_runs(visible) == []
