"""Hostile names and passages in the folium map, the panel's passage HTML and the print SVG.

A name typed by a user (a hand-placed point) or printed in an article can hold markup; every
renderer must show it as text. Markup is put before, between and after the real words.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import matplotlib
import pytest

from geo.article import parse_article
from layers.build import build_layers
from layers.panel import passage_runs
from layers.print_map import render_print
from layers.record import Passage
from layers.webmap import make_map

IMG = "<img src=x onerror=alert(1)>"
END = "</script>"
HOSTILE = f"{IMG}光谷{END}<b>创新{IMG}"


class TagCounter(HTMLParser):
    """Counts the elements a browser would create from the page."""

    def __init__(self):
        super().__init__()
        self.tags: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1


def tags(page: str) -> dict[str, int]:
    counter = TagCounter()
    counter.feed(page)
    return counter.tags


def _with_site_names(layers, name: str, district: str) -> dict:
    return {**layers, "sites": layers["sites"].assign(name_zh=name, name_en="", district=district)}


@pytest.fixture(scope="module")
def seed_layers(article):
    return build_layers(article)


@pytest.fixture(scope="module")
def hostile_layers(seed_layers):
    return _with_site_names(seed_layers, HOSTILE, HOSTILE)


def _features(page: str) -> list[dict]:
    decoder, found = json.JSONDecoder(), []
    for match in re.finditer(r"geo_json_\w+_add\(", page):
        found.extend(decoder.raw_decode(page, match.end())[0].get("features", []))
    return found


def test_the_folium_map_shows_hostile_names_as_text(seed_layers, hostile_layers):
    benign = _with_site_names(seed_layers, "光谷创新", "洪山区")
    expected = tags(make_map(benign, basemap="none").get_root().render())
    page = make_map(hostile_layers, basemap="none").get_root().render()
    assert tags(page) == expected  # no element more: no <img>, no <b>, no script closed early
    assert IMG not in page and END + "<b>" not in page
    sites = [f["properties"] for f in _features(page) if f["properties"].get("kind") == "site"]
    assert len(sites) == len(hostile_layers["sites"])
    # Leaflet's tooltip and popup insert these strings as HTML: they must be entity-escaped text.
    escaped = html.escape(HOSTILE)
    for site in sites:
        # name_en is empty, so the map shows the Chinese name there too: escaped as well.
        assert (site["name_zh"], site["name_en"], site["district"]) == (escaped, escaped, escaped)


def test_panel_passage_keeps_markup_before_between_and_after_mentions_as_text():
    """The panel is data: runs of text the one JS renderer inserts as text, never as HTML."""
    text = f"{IMG}南湖硅巷{END}与<b>南湖硅巷</b>&后"
    article = parse_article(text)
    first, second = text.index("南湖硅巷"), text.rindex("南湖硅巷")
    passage = Passage(0, 0, len(text), ((second, second + 4), (first, first + 4)))
    assert passage_runs(article, passage, []) == [
        {"text": "<img src=x onerror=alert(1)>", "mark": None},
        {"text": "南湖硅巷", "mark": "mention"},
        {"text": "</script>与<b>", "mark": None},
        {"text": "南湖硅巷", "mark": "mention"},
        {"text": "</b>&后", "mark": None},
    ]


def test_a_mention_made_of_markup_is_a_run_of_text():
    passage = Passage(0, 0, 5, ((1, 4),))
    assert passage_runs(parse_article("前<i>后"), passage, []) == [
        {"text": "前", "mark": None}, {"text": "<i>", "mark": "mention"}, {"text": "后", "mark": None},
    ]  # fmt: skip


def test_the_print_svg_is_well_formed_and_keeps_hostile_names_as_text(hostile_layers, tmp_path):
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # text as text, so it can be found
        path = render_print(hostile_layers, tmp_path / "hostile.svg", title=HOSTILE)
    root = ET.parse(path).getroot()  # raises on any markup that leaked unescaped
    element_names = {el.tag.rsplit("}", 1)[-1] for el in root.iter()}
    assert not element_names & {"img", "script", "b"}
    texts = ["".join(el.itertext()) for el in root.iter() if el.tag.endswith("text")]
    assert any(HOSTILE in t for t in texts)  # the title, drawn verbatim as text
