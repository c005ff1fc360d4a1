"""A view as a link: what a link asks for, what a bad link gets, and the embed snippet."""

from __future__ import annotations

import pytest

from layers.share import View, embed_snippet, link_query, read_view


def test_a_full_link_reads_back_as_the_view_it_was_made_from():
    view = View(zone="hust_belt", lang="en", basemap="positron", layers=("zones", "firms"))
    query = link_query(view)
    assert query == "?zone=hust_belt&lang=en&basemap=positron&layers=zones,firms"
    params = dict(part.split("=", 1) for part in query[1:].split("&"))
    assert read_view(params) == (view, [])


def test_no_parameters_is_the_default_view():
    assert read_view({}) == (View(None, "zh", "osm", ("zones", "districts", "functional_areas",
                                                      "institutions", "firms", "sites")), [])  # fmt: skip


def test_the_address_bar_form_leaves_out_defaults_but_keeps_the_zone():
    assert link_query(View(zone="hust_belt"), full=False) == "?zone=hust_belt"
    assert link_query(View(), full=False) == ""
    assert link_query(View(lang="en", layers=("sites",)), full=False) == "?lang=en&layers=sites"


def test_layers_come_back_in_map_order_and_an_empty_list_hides_them_all():
    assert read_view({"layers": "sites,zones"})[0].layers == ("zones", "sites")
    assert read_view({"layers": ""})[0].layers == ()


def test_a_zone_id_with_reserved_characters_is_percent_encoded():
    assert link_query(View(zone="user:星河&实验室")) .startswith(
        "?zone=user%3A%E6%98%9F%E6%B2%B3%26%E5%AE%9E%E9%AA%8C%E5%AE%A4&lang=zh")


@pytest.mark.parametrize(("query", "expected", "problem"), [
    ({"lang": "fr"}, View(), "链接中的语言“fr”无效，可选 zh 或 en（显示 zh）"),
    ({"basemap": "google", "lang": "en"}, View(lang="en"),
     "unknown basemap “google” in the link; choose osm, positron, gaode, none (showing osm)"),
    ({"layers": "zones,bogus", "lang": "en"}, View(lang="en", layers=("zones",)),
     "unknown layer “bogus” in the link; choose from zones, districts, functional_areas, "
     "institutions, firms, sites"),
    ({"layers": "bogus"}, View(), "链接中的图层 “bogus” 无效，可选 zones, districts, "
     "functional_areas, institutions, firms, sites"),
])  # fmt: skip
def test_a_bad_value_is_named_in_the_links_language_and_falls_back_to_the_default(query, expected, problem):
    assert read_view(query) == (expected, [problem])


def test_the_embed_snippet_is_the_app_in_embed_mode_with_its_source_escaped():
    assert embed_snippet('http://host:8501/?zone=a"b&lang=en', height=480) == (
        '<iframe src="http://host:8501/?zone=a&quot;b&amp;lang=en&amp;embed=true" width="100%" '
        'height="480" style="border:0" loading="lazy" title="Wuhan Innovation Map"></iframe>'
    )
    assert embed_snippet("http://host:8501/").startswith('<iframe src="http://host:8501/?embed=true"')
