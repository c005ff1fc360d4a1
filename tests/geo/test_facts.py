"""Figures come from the article's text, at their offsets, with their sentence."""

from __future__ import annotations

from geo.article import parse_article
from geo.facts import figures, sentences_at
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


def long_paragraph() -> str:
    """2,000 sentences in one paragraph: every third names 光谷, the next 车谷, the next neither."""
    sentences = []
    for i in range(2000):
        if i % 3 == 0:
            sentences.append(f"光谷新增企业{i}家。")
        elif i % 3 == 1:
            sentences.append(f"车谷引进项目{i}个。")
        else:
            sentences.append(f"全市新增人才{i}人。")
    return "".join(sentences) + "\n\n光谷今年目标100亿元。"


def test_figures_beside_a_place_named_in_2000_sentences_of_one_paragraph():
    article = parse_article(long_paragraph())
    facts = place_facts(article, locate_mentions(article))
    optics, cars = facts["east_lake_hitech"], facts["wedz"]
    assert [f.text for f in optics.figures] == [f"{i}家" for i in range(0, 2000, 3)] + ["100亿元"]
    assert [f.text for f in cars.figures] == [f"{i}个" for i in range(1, 2000, 3)]
    assert optics.paragraphs == [0, 1] and cars.paragraphs == [0]
    assert [f.sentence for f in optics.figures[:2]] == ["光谷新增企业0家。", "光谷新增企业3家。"]
    assert len(optics.mentions) == 668 and len(cars.mentions) == 667


def test_sentences_at_finds_each_sentence_once_in_text_order():
    article = parse_article("光谷有500家企业。车谷有300家。\n\n光谷再添1个实验室。")
    found = sentences_at(article, [23, 0, 1, 11, 10_000])
    assert [(s.start, s.end, s.paragraph) for s in found] == [(0, 10, 0), (10, 18, 0), (20, 30, 1)]
    assert [[f.text for f in s.figures] for s in found] == [["500家"], ["300家"], ["1个"]]


def test_each_paragraph_is_split_into_sentences_once(monkeypatch):
    """Linear, not quadratic: 2,000 sentences naming two places split their paragraph once."""
    from geo import facts as module

    article = parse_article(long_paragraph())
    splits, real = [], module.sentences
    monkeypatch.setattr(module, "sentences", lambda p: splits.append(p.index) or real(p))
    place_facts(article, locate_mentions(article))
    assert sorted(splits) == [0, 1]
