"""Layers built from the seed article: EPSG:4326, shapes measured in metres, evidence attached."""

from __future__ import annotations

import pytest

from geo.article import parse_article
from geo.places import locate_mentions, place_facts
from layers.build import COLUMNS, LAYERS, METRIC_CRS, SUMMARY_CHARS, build_layers, summary
from tests.geo.test_facts import long_paragraph


@pytest.fixture(scope="module")
def layers(article):
    return build_layers(article)


def test_every_layer_is_present_in_wgs84_with_the_same_columns(layers):
    assert tuple(layers) == LAYERS
    for gdf in layers.values():
        assert gdf.crs.to_epsg() == 4326
        assert tuple(gdf.columns) == COLUMNS


def test_zone_buffers_are_drawn_in_metres(layers):
    belt = layers["zones"].set_index("id").loc[["hust_belt"]].to_crs(METRIC_CRS)
    area_km2 = belt.geometry.iloc[0].area / 1e6
    assert area_km2 == pytest.approx(3.1416 * 2.0**2, rel=0.02)  # a 2 km circle, not an ellipse


def test_zones_are_marked_approximate_with_how_they_were_drawn(layers):
    zones = layers["zones"]
    assert set(zones["id"]) >= {"hust_belt", "chegu_corridor", "ocean_jinli", "nanhu_alley"}
    assert zones["approximate"].all()
    assert zones["how_drawn"].str.startswith("Inferred").all()


def test_figures_and_passages_trace_to_the_article(layers, article):
    belt = layers["zones"].set_index("id").loc["hust_belt"]
    figures = belt["figures"]  # plain lists of dicts: JSON exists only in files
    assert "500家" in [f["text"] for f in figures]
    for figure in figures:
        assert article.text[figure["start"] : figure["end"]] == figure["text"]
    for passage in belt["passages"]:
        for start, end in passage["mentions"]:
            assert article.text[start:end] in ("环华科大创新发展带",)
    assert "环华科大创新发展带" in belt["summary"]


def test_districts_are_real_boundaries_and_outside_places_are_not_in_wuhan(layers):
    districts = layers["districts"]
    assert {"洪山区", "武昌区", "硚口区", "蔡甸区", "汉阳区", "江夏区"} <= set(districts["name_zh"])
    assert (districts.geom_type == "MultiPolygon").all()
    outside = layers["outside"]
    assert {"深圳市", "苏州市", "洪湖市", "汉川市"} <= set(outside["name_zh"])
    drawn = outside[outside.geometry.notna()]
    assert not drawn.within(districts.union_all().envelope).any()


def test_places_without_a_source_are_listed_not_drawn(layers):
    unplaced = layers["unplaced"]
    assert {"gdu", "xingyun_xiguang"} <= set(unplaced["id"])
    assert not {"ymtc", "yofc", "jfs_lab"} & set(unplaced["id"])  # placed, approximately
    assert unplaced.geometry.isna().all()


def test_the_summary_of_a_place_named_in_2000_sentences_is_its_first_sentences():
    article = parse_article(long_paragraph())
    mentions = locate_mentions(article)
    text = summary(article, place_facts(article, mentions)["wedz"])
    expected = "".join(f"车谷引进项目{i}个。" for i in range(1, 2000, 3))[:SUMMARY_CHARS - 1] + "…"
    assert text == expected


def test_a_place_without_its_own_point_is_drawn_within_its_zone_and_says_so(layers):
    lab = layers["institutions"].set_index("id").loc["jfs_lab"]
    # 九峰山实验室 has no sourced site; the gazetteer puts it in 东湖高新区, whose point it takes
    # (Wikidata Q10890788, 光谷广场: 114.39861, 30.50556) with the zone's 25 km radius.
    assert (lab.geometry.x, lab.geometry.y) == (114.39861, 30.50556)
    assert (lab["precision"], lab["uncertainty_m"], bool(lab["approximate"])) == ("area", 25000.0, True)
    assert lab["how_drawn"] == "within 东湖高新区: its own site is not sourced"


def test_an_unknown_name_within_a_district_is_drawn_at_district_level():
    sites = build_layers(parse_article("汉阳树公园开园。"))["sites"].set_index("id")
    park = sites.loc["within:adcode:420105:汉阳树公园"]
    assert (park["name_zh"], park["precision"], park["district"]) == ("汉阳树公园", "district", "汉阳区")
    assert park["uncertainty_m"] > 5000 and bool(park["approximate"])
