"""The panel as data: whole values, with the article's text as runs (never HTML)."""

from __future__ import annotations

import pytest

from geo.article import parse_article
from geo.facts import Figure
from layers.build import build_layers
from layers.panel import (
    citation,
    feature_geometry,
    features_of,
    panel_data,
    passage_runs,
    search_entries,
)
from layers.record import Passage

HOSTILE = "南湖硅巷<b>x</b>有500家企业。\n\n[链接](http://x)南湖硅巷$x$。"


@pytest.fixture(scope="module")
def seed(article):
    layers = build_layers(article)
    return article, layers, features_of(layers)


def test_a_zone_panel_in_english_is_this_whole_value(seed):
    article, _, features = seed
    panel = panel_data(features["hust_belt"], article, "en")
    sentence = ("加快环华科大创新发展带建设,力争3年内孵化培育高成长科技企业500家,集聚高水平研发型企业1000家,"
                "汇聚科创人才超10万人,打造区校协同的世界级科创街区。")  # fmt: skip
    passages = panel.pop("passages")
    assert panel == {
        "id": "hust_belt",
        "title": "HUST Innovation and Development Belt",
        "subtitle": "环华科大创新发展带",
        "kind": {"label": "Innovation belt", "colour": "#1b9e77", "fill": "#1b9e77", "boundary": False},
        "layer": "Innovation zones",
        "district": "Hongshan District",
        "drawn": True,
        "approximate": True,
        "how_drawn": "Inferred: a 2 km ring around the HUST campus point (环华科大 means 'around HUST'); "
                     "the belt's boundary is not published.",
        "precision": "area",
        "uncertainty_m": 2000.0,
        "precision_words": "approximate, within ~2 km",
        "source": "Wikidata Q1711196 (en.wikipedia infobox 30°30′36″N 114°24′36″E) via obtito/GTA-WH "
                  "data/wikidata-coords.json",
        "citation": [
            {"text": "Wikidata Q1711196", "url": "https://www.wikidata.org/wiki/Q1711196"},
            {"text": "via GitHub obtito/GTA-WH", "url": "https://github.com/obtito/GTA-WH"},
        ],
        "figures": [{"text": t, "noun": noun, "clause": clause, "target": True, "sentence": sentence,
                     "paragraph": 18, "anchor": "p18"}
                    for t, noun, clause in (
                        ("3年内", "", "力争3年内孵化培育高成长科技企业500家"),
                        ("500家", "科技企业", "力争3年内孵化培育高成长科技企业500家"),
                        ("1000家", "研发型企业", "集聚高水平研发型企业1000家"),
                        ("超10万人", "科创人才", "汇聚科创人才超10万人"))],
        "members": [{"id": "hust", "name": "Huazhong University of Science and Technology"}],
        "article": {"headline": "武汉全力激发产业创新活力 全市共建“鱼跃成龙”创新生态", "outlet": "长江日报",
                    "date": "", "url": ""},
    }  # fmt: skip
    assert passages[0] == {"paragraph": 3, "anchor": "p3", "runs": [
        {"text": "从以“一城三廊多带”强化技术新供给、提速建设", "mark": None},
        {"text": "环华科大创新发展带", "mark": "mention"},
        {"text": "、打造车谷产业创新大走廊,到点亮“硅巷经济”、滨江数创走廊、“海洋·锦鲤”等特色品牌,武汉正以“一盘棋”的格局,"
                 "通过一系列硬核举措,全力营造最优创新创业环境,加快构建体现自身优势的现代化产业体系。", "mark": None},
    ]}  # fmt: skip
    figure_runs = [r["text"] for p in passages for r in p["runs"] if r["mark"] == "figure"]
    assert figure_runs == ["3年内", "500家", "1000家", "超10万人"]


def test_markup_in_the_article_stays_text_in_runs():
    article = parse_article(HOSTILE)
    panel = panel_data(features_of(build_layers(article))["nanhu_alley"], article)
    assert [p["runs"] for p in panel["passages"]] == [
        [{"text": "南湖硅巷", "mark": "mention"}, {"text": "<b>x</b>有", "mark": None},
         {"text": "500家", "mark": "figure"}, {"text": "企业。", "mark": None}],
        [{"text": "[链接](http://x)", "mark": None}, {"text": "南湖硅巷", "mark": "mention"},
         {"text": "$x$。", "mark": None}],
    ]  # fmt: skip
    assert panel["figures"] == [{"text": "500家", "noun": "企业", "clause": "南湖硅巷<b>x</b>有500家企业",
                                 "target": False, "sentence": "南湖硅巷<b>x</b>有500家企业。",
                                 "paragraph": 0, "anchor": "p0"}]  # fmt: skip


def test_precision_in_words(seed):
    article, _, features = seed
    assert panel_data(features["hust"], article, "en")["precision_words"] == "approximate, within ~1 km"
    assert panel_data(features["hust"], article, "zh")["precision_words"] == "近似（校区范围），误差约 1 km"
    assert panel_data(features["yangtze_bridge"], article, "en")["precision_words"] == "exact point"


def test_members_are_named_from_the_gazetteer_that_built_the_layers(seed):
    article, _, features = seed
    assert panel_data(features["nanhu_alley"], article, "zh")["members"] == [
        {"id": "whut", "name": "武汉理工大学"},
        {"id": "whut_block", "name": "环理工大创新街区"},
    ]  # fmt: skip
    assert panel_data(features["nanhu_alley"], article, "en")["members"] == [
        {"id": "whut", "name": "Wuhan University of Technology"},
        {"id": "whut_block", "name": "Innovation block around Wuhan University of Technology"},
    ]  # fmt: skip


def test_search_lists_zones_first_labelled_in_the_language_and_matching_both_names(seed):
    _, _, features = seed
    entries = search_entries(features, "en")
    assert entries[0]["where"] == "Innovation zones"
    ocean = next(e for e in entries if e["id"] == "ocean_jinli")
    assert ocean == {"id": "ocean_jinli", "label": "Ocean Jinli innovation park",
                     "where": "Innovation zones", "drawn": True,
                     "haystack": "海洋·锦鲤\nocean jinli innovation park"}  # fmt: skip


def test_places_without_a_point_have_no_geometry(seed):
    article, layers, features = seed
    assert feature_geometry(layers, "gdu") is None
    assert feature_geometry(layers, "hust").geom_type == "Point"
    assert panel_data(features["gdu"], article)["drawn"] is False


def test_runs_of_a_later_paragraph_mark_a_mention_over_the_figure_inside_it():
    """Offsets are the article's: in the second paragraph, 3号 inside the mention 光谷3号园 stays
    part of the mention (a mention wins over a figure it overlaps), and 5家 is a figure."""
    text = "首段说别的事。\n第二段：光谷3号园有5家企业。"
    article = parse_article(text)
    start, name, five = text.index("第二段"), text.index("光谷3号园"), text.index("5家")
    passage = Passage(1, start, len(text), ((name, name + 5),))
    figures = [Figure("3号", "号", name + 2, name + 4, 1, "", False),
               Figure("5家", "家", five, five + 2, 1, "", False)]
    assert passage_runs(article, passage, figures) == [
        {"text": "第二段：", "mark": None}, {"text": "光谷3号园", "mark": "mention"},
        {"text": "有", "mark": None}, {"text": "5家", "mark": "figure"},
        {"text": "企业。", "mark": None},
    ]  # fmt: skip


def test_a_zone_panel_in_chinese_names_its_district_in_chinese(seed):
    article, _, features = seed
    panel = panel_data(features["hust_belt"], article, "zh")
    assert (panel["title"], panel["district"]) == ("环华科大创新发展带", "洪山区")


def test_a_heading_paragraph_is_shown_without_its_markdown_marks():
    text = "# 南湖硅巷的新年\n南湖硅巷有500家企业。"
    article = parse_article(text)
    passage = Passage(0, 0, text.index("\n"), ((2, 6),))
    assert passage_runs(article, passage, []) == [
        {"text": "南湖硅巷", "mark": "mention"}, {"text": "的新年", "mark": None}]  # fmt: skip


OSM = "OpenQGIS/OMap-GeoDB:oData-railway-station/Railway-station_oData.zip@29eeb63 (OSM extract, node 1)"


def test_an_openstreetmap_citation_links_to_the_point_when_there_is_one():
    assert citation(OSM, "zh", (114.123456, 30.5)) == [
        {"text": "OpenStreetMap",
         "url": "https://www.openstreetmap.org/?mlat=30.50000&mlon=114.12346#map=16/30.50000/114.12346"},
    ]  # fmt: skip
    assert citation(OSM, "en")[0] == {"text": "OpenStreetMap", "url": ""}  # no point, no link


@pytest.mark.parametrize(("source", "lang", "parts"), [
    ("NBS 2023 codes", "en", [{"text": "National Bureau of Statistics of China, 2023 division codes", "url": ""}]),
    ("geonames:1791247 (Wuhan)", "zh", [{"text": "GeoNames Wuhan", "url": "https://www.geonames.org/1791247"}]),
    ("estimate: at the station", "en", [{"text": "estimate: at the station", "url": ""}]),
])  # fmt: skip
def test_a_citation_is_its_parts_in_the_language_with_a_link_only_where_one_exists(source, lang, parts):
    assert citation(source, lang) == parts


def test_a_district_panel_says_it_is_a_boundary(seed):
    article, _, features = seed
    assert panel_data(features["adcode:420114"], article, "en")["kind"] == {
        "label": "District", "colour": "#555555", "fill": "#bbbbbb", "boundary": True}
