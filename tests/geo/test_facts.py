"""Figures come from the article's text, at their offsets, with their sentence."""

from __future__ import annotations

from geo.facts import figures
from geo.places import locate_mentions, place_facts


def test_figures_of_the_hust_belt_paragraph(article):
    facts = place_facts(article, locate_mentions(article))["hust_belt"]
    texts = [f.text for f in facts.figures]
    assert [t for t in texts if t in
                                                     ("3年内", "500家", "1000家", "超10万人")] == ["3年内", "500家", "1000家", "超10万人"]
    assert all(f.target for f in facts.figures if f.text == "500家")


def test_every_figure_is_literally_in_the_article(article):
    for paragraph in article.paragraphs:
        for figure in figures(article, paragraph.index):
            assert article.text[figure.start : figure.end] == figure.text
            assert figure.text in figure.sentence
            assert figure.sentence in paragraph.text


def test_words_made_of_numerals_are_not_figures(article):
    all_texts = {f.text for p in article.paragraphs for f in figures(article, p.index)}
    assert "五个" not in all_texts
    assert {"千亿级", "2028年", "800平方公里", "13.2%"} <= all_texts
