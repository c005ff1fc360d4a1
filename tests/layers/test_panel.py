"""The panel as data: what the app shows for a selection, with the article's text escaped."""

from __future__ import annotations

import pytest

from geo.article import parse_article
from layers.build import build_layers
from layers.panel import all_features, build_panel, feature_geometry, search_options


@pytest.fixture(scope="module")
def seed(article):
    layers = build_layers(article)
    return article, layers, all_features(layers)


def test_a_zone_panel_quotes_the_article_with_the_mention_marked(seed):
    article, _, features = seed
    panel = build_panel(features, "hust_belt", article)
    assert (panel.name_zh, panel.kind, panel.district) == ("环华科大创新发展带", "创新发展带", "洪山区")
    assert panel.approximate and panel.how_drawn.startswith("Inferred")
    assert [f["text"] for f in panel.figures] == ["3年内", "500家", "1000家", "超10万人"]
    assert all("<mark>环华科大创新发展带</mark>" in p["html"] for p in panel.passages)
    assert panel.members == ["华中科技大学"]


def test_english_kind_labels(seed):
    article, _, features = seed
    assert build_panel(features, "nanhu_alley", article, lang="en").kind == "Silicon alley"


def test_an_unknown_id_has_no_panel(seed):
    article, _, features = seed
    assert build_panel(features, "atlantis", article) is None


def test_article_text_is_escaped_in_passages():
    article = parse_article("南湖硅巷<script>alert(1)</script>发展。")
    features = all_features(build_layers(article))
    (passage,) = build_panel(features, "nanhu_alley", article).passages
    assert "<script>" not in passage["html"] and "&lt;script&gt;" in passage["html"]


def test_search_lists_zones_first_with_both_names(seed):
    _, _, features = seed
    options = search_options(features)
    first = next(iter(options))
    assert features.loc[options[first], "layer"] == "zones"
    assert options["海洋·锦鲤 · Ocean Jinli innovation park"] == "ocean_jinli"


def test_places_without_a_point_have_no_geometry(seed):
    _, layers, _ = seed
    assert feature_geometry(layers, "gdu") is None
    assert feature_geometry(layers, "hust").geom_type == "Point"
