"""A text in traditional characters is read through simplified ones, offset for offset.

The oracle is the same text written in simplified characters: its mentions, found by the same
finder, are what the traditional one must give (names in simplified characters, spans the same).
"""

from __future__ import annotations

import pytest

import geo.scripts as scripts
from geo.__main__ import main
from geo.article import parse_article
from geo.places import locate_mentions

TRADITIONAL = "漢口江灘三陽廣場人聲鼎沸。武漢大學位於珞珈山,黃鶴樓和戶部巷在武昌區。"
SIMPLIFIED = "汉口江滩三阳广场人声鼎沸。武汉大学位于珞珈山,黄鹤楼和户部巷在武昌区。"


def _rows(text: str) -> list[tuple]:
    return [(m.name, m.start, m.end, m.status, m.place_id) for m in locate_mentions(parse_article(text))]


def test_a_traditional_text_names_the_places_its_simplified_form_names():
    assert _rows(TRADITIONAL) == _rows(SIMPLIFIED)
    assert ("武汉大学", 13, 17, "resolved", "uni_whu") in _rows(TRADITIONAL)


def test_quotes_and_offsets_stay_in_the_text_as_written():
    article = parse_article(TRADITIONAL)
    assert article.text == TRADITIONAL and article.converted
    assert article.reading == SIMPLIFIED
    (whu,) = [m for m in locate_mentions(article) if m.name == "武汉大学"]
    assert article.text[whu.start:whu.end] == "武漢大學"
    assert article.paragraphs[0].text.startswith("漢口江灘")


def test_a_simplified_text_is_read_as_it_is():
    article = parse_article(SIMPLIFIED)
    assert not article.converted and article.reading is article.text


def test_a_conversion_that_changes_the_length_falls_back_to_one_character_at_a_time(monkeypatch):
    """OpenCC may turn a phrase into one of another length; offsets must still hold."""

    class Stretching:
        def convert(self, text: str) -> str:
            return text.replace("漢口", "汉口市") if len(text) > 1 else {"漢": "汉", "灘": "滩"}.get(text, text)

    monkeypatch.setattr(scripts, "_converter", lambda: Stretching())
    scripts._one_character.cache_clear()
    try:
        assert scripts.simplified_reading("漢口江灘") == "汉口江滩"
    finally:
        scripts._one_character.cache_clear()


def test_the_cli_says_the_text_was_read_through_simplified_characters(tmp_path, capsys):
    path = tmp_path / "traditional.txt"
    path.write_text(TRADITIONAL, encoding="utf-8")
    assert main(["places", str(path)]) == 0
    captured = capsys.readouterr()
    assert "traditional characters" in captured.err and "武汉大学" in captured.out


@pytest.mark.parametrize("text", ["only ASCII here", "汉口江滩"])
def test_texts_without_traditional_characters_are_not_marked(text):
    assert not parse_article(text).converted
