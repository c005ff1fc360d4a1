"""The escapes between our text and a reader that would run it; expected strings written out."""

from __future__ import annotations

import pytest

from layers.escape import neutralise, plain, script_json

MARKDOWN = "\\`*_{}[]()#+-.!|<>$~:=&\"'/"


@pytest.mark.parametrize("character", list(MARKDOWN))
def test_every_markdown_math_and_html_character_is_escaped_with_a_backslash(character):
    assert plain(f"a{character}b") == f"a\\{character}b"


def test_plain_text_and_chinese_pass_unchanged():
    assert plain("光谷 科学岛 2026 年") == "光谷 科学岛 2026 年"


def test_a_link_an_image_and_math_become_their_own_characters():
    assert plain("![i](http://e.x/i.png) $x^2$") == "\\!\\[i\\]\\(http\\:\\/\\/e\\.x\\/i\\.png\\) \\$x^2\\$"


def test_plain_takes_any_value():
    assert plain(ValueError("bad *name*")) == "bad \\*name\\*"


def test_json_in_a_script_cannot_close_it_or_start_an_entity():
    assert script_json({"t": "</script><!--&amp;"}) == '{"t": "\\u003c/script\\u003e\\u003c!--\\u0026amp;"}'


def test_json_in_a_script_keeps_chinese_as_it_is():
    assert script_json(["武汉", 1.5, None, True]) == '["武汉", 1.5, null, true]'


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_that_starts_like_a_formula_gets_an_apostrophe(cell):
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("value", ["武汉=光谷", "1-2", "'=already", "", -1.5, 3, None])
def test_other_cells_are_kept_as_they_are(value):
    assert neutralise(value) == value
