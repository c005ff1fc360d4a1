"""Figures with their offsets and sentences written out by hand, and the limits at their edges.

Expected strings are copied from seeds/changjiang_daily_innovation.txt by eye, not produced by
geo.facts: a sentence that loses its first character, or an offset off by one, fails here.
"""

from __future__ import annotations

from importlib.resources import files

import pytest

from geo.article import MAX_ARTICLE_BYTES, decode_article, parse_article
from geo.errors import ArticleError
from geo.facts import figures, sentences

RAW = files("seeds").joinpath("changjiang_daily_innovation.txt").read_text(encoding="utf-8")

HUST_BELT = ("加快环华科大创新发展带建设,力争3年内孵化培育高成长科技企业500家,"
             "集聚高水平研发型企业1000家,汇聚科创人才超10万人,打造区校协同的世界级科创街区。")  # fmt: skip
EAST_LAKE_1 = "去年,东湖高新区综合排名居全国第4,地区生产总值达3360亿元;"
EAST_LAKE_2 = "今年一季度GDP同比增长13.2%,创近五年来同期最快增速。"


def _paragraph_with(article, text):
    return next(p for p in article.paragraphs if text in p.text)


def test_hust_belt_figures_offsets_and_sentence(article):
    paragraph = _paragraph_with(article, "力争3年内孵化")
    found = [(f.text, f.start, f.end, f.unit, f.target, f.sentence)
             for f in figures(article, paragraph.index)]  # fmt: skip
    assert found == [
        ("3年内", 1506, 1509, "年内", True, HUST_BELT),
        ("500家", 1520, 1524, "家", True, HUST_BELT),
        ("1000家", 1535, 1540, "家", True, HUST_BELT),
        ("超10万人", 1547, 1552, "万人", True, HUST_BELT),
    ]
    assert RAW[1506:1509] == "3年内" and RAW[1547:1552] == "超10万人"  # the literals, checked on the file


def test_the_second_sentence_of_a_paragraph_keeps_its_first_character(article):
    paragraph = _paragraph_with(article, "13.2%")
    assert paragraph.start == 1297
    assert sentences(paragraph) == [(1297, 1297 + len(EAST_LAKE_1)),
                                    (1297 + len(EAST_LAKE_1), 1297 + len(EAST_LAKE_1 + EAST_LAKE_2))]  # fmt: skip
    found = [(f.text, f.start, f.end, f.target, f.sentence) for f in figures(article, paragraph.index)]
    assert found == [("达3360亿元", 1321, 1328, False, EAST_LAKE_1),
                     ("13.2%", 1341, 1346, False, EAST_LAKE_2)]  # fmt: skip
    assert RAW[1341:1346] == "13.2%"


def test_sentences_of_a_small_text_by_hand():
    article = parse_article("引子\n\n甲乙。丙丁!戊")
    paragraph = article.paragraphs[1]
    assert paragraph.start == 4
    assert sentences(paragraph) == [(4, 7), (7, 10), (10, 11)]
    assert [article.text[s:e] for s, e in sentences(paragraph)] == ["甲乙。", "丙丁!", "戊"]


@pytest.mark.parametrize(("year", "is_target"), [(2025, False), (2026, True), (2027, True)])
def test_target_years_start_at_2026(year, is_target):
    text = f"力争到{year}年建成。"
    found = [(f.text, f.unit, f.start, f.end) for f in figures(parse_article(text), 0)]
    assert found == ([(f"{year}年", "年 (target year)", 3, 8)] if is_target else [])


def test_a_year_in_a_sentence_without_a_target_word_is_not_a_target():
    assert figures(parse_article("2028年的报告。"), 0) == []


def test_an_article_of_exactly_the_size_limit_is_read():
    assert MAX_ARTICLE_BYTES == 5_000_000
    article = decode_article(b"a" * MAX_ARTICLE_BYTES, "big.txt")
    assert len(article.text) == 5_000_000


def test_one_byte_over_the_size_limit_is_refused():
    with pytest.raises(ArticleError, match=r"^the article big.txt is 5,000,001 bytes; the limit is 5,000,000$"):
        decode_article(b"a" * (MAX_ARTICLE_BYTES + 1), "big.txt")


def test_every_unit_makes_a_figure_with_its_unit():
    text = "投资5万元,新增3万家企业,获7项专利,建4个中心,交付6套设备,增长2倍,引进9人,规模8亿,面积800平方公里,3年内完成。"
    found = [(f.text, f.unit) for f in figures(parse_article(text), 0)]
    assert found == [
        ("5万元", "万元"), ("3万家", "万家"), ("7项", "项"), ("4个", "个"), ("6套", "套"),
        ("2倍", "倍"), ("9人", "人"), ("8亿", "亿"), ("800平方公里", "平方公里"), ("3年内", "年内"),
    ]  # fmt: skip


@pytest.mark.parametrize("sentence", ["力争新增100家。", "目标是新增100家。", "将新增100家。",
                                      "到2030新增100家。", "计划新增100家。", "下一步新增100家。"])  # fmt: skip
def test_each_target_word_makes_the_sentence_a_target(sentence):
    (figure,) = figures(parse_article(sentence), 0)
    assert (figure.text, figure.target) == ("100家", True)


def test_a_sentence_without_a_target_word_reports_a_plain_figure():
    (figure,) = figures(parse_article("去年新增100家。"), 0)
    assert (figure.text, figure.target) == ("100家", False)


def test_a_size_class_is_labelled_as_one():
    found = [(f.text, f.unit) for f in figures(parse_article("培育千亿级企业。"), 0)]
    assert found == [("千亿级", "级 (size class)")]


def test_a_figure_cannot_be_changed_after_the_fact():
    (figure,) = figures(parse_article("去年新增100家。"), 0)
    with pytest.raises(AttributeError):
        figure.text = "1000家"  # type: ignore[misc]
