"""The information panel of one feature, as plain data: one JavaScript renderer draws it.

The standalone page and the app's map component both draw ``panel_data`` with
``assets/wim.js``, so the two front ends cannot drift. Passages are runs of the
article's own text, each run marked ``mention``, ``figure`` or unmarked; every
text reaches the page through ``textContent``, never as HTML.
"""

from __future__ import annotations

import geopandas as gpd

from geo.article import Article
from layers.catalogue import (
    LAYER_INFO,
    in_lang,
    labelled,
    layer_label,
    precision_words,
    style_of,
)
from layers.record import Feature, Passage, feature_of


def features_of(layers: dict[str, gpd.GeoDataFrame]) -> dict[str, Feature]:
    """Every feature of every layer as a record, by id (first occurrence wins)."""
    records: dict[str, Feature] = {}
    for gdf in (gdf for gdf in layers.values() if len(gdf)):  # to_dict costs ms even when empty
        for row in gdf.to_dict("records"):
            records.setdefault(row["id"], feature_of(row))
    return records


def is_drawn(feature: Feature) -> bool:
    """Drawn on the web map: it has a geometry and its layer has a pane."""
    geometry = feature.geometry
    return geometry is not None and not geometry.is_empty and bool(LAYER_INFO[feature.layer]["pane"])


def full_name(name_zh: str, name_en: str) -> str:
    """Both names, Chinese first; one when there is no English name.

    >>> full_name("华中科技大学", "HUST"), full_name("南湖", "")
    ('华中科技大学 / HUST', '南湖')
    """
    return f"{name_zh} / {name_en}" if name_en else name_zh


def passage_runs(article: Article, passage: Passage, figures) -> list[dict]:
    """The paragraph as runs ``{"text", "mark"}``; a mention wins over a figure it overlaps."""
    start, end = passage.start, passage.end
    marks = [None] * (end - start)
    spans = [(s, e, "mention") for s, e in passage.mentions]
    spans += [(f.start, f.end, "figure") for f in figures if f.paragraph == passage.paragraph]
    for s, e, mark in spans:
        for i in range(max(s, start), min(e, end)):
            marks[i - start] = marks[i - start] or mark
    text = article.text[start:end]
    skip = len(text) - len(text.lstrip("# ")) if text.startswith("#") else 0
    runs: list[dict] = []
    for i in range(skip, len(text)):
        if runs and runs[-1]["mark"] == marks[i]:
            runs[-1]["text"] += text[i]
        else:
            runs.append({"text": text[i], "mark": marks[i]})
    return runs


def panel_data(feature: Feature, article: Article, lang: str = "zh") -> dict:
    """What the panel shows for ``feature``: whole values, JSON-ready, in ``lang``."""
    style = style_of(feature.kind)
    title = in_lang(lang, feature.name_zh, feature.name_en)
    return {
        "id": feature.id,
        "title": title,
        "subtitle": feature.name_en if title == feature.name_zh else feature.name_zh,
        "kind": {"label": labelled(style, lang), "colour": style["colour"], "fill": style["fill"],
                 "boundary": LAYER_INFO[feature.layer]["role"] == "boundaries"},
        "layer": layer_label(feature.layer, lang),
        "district": feature.district,
        "drawn": is_drawn(feature),
        "approximate": feature.approximate,
        "how_drawn": feature.how_drawn,
        "precision": feature.precision,
        "uncertainty_m": feature.uncertainty_m,
        "precision_words": precision_words(feature.precision, feature.uncertainty_m, lang),
        "source": feature.source,
        "figures": [{"text": f.text, "target": f.target, "sentence": f.sentence,
                     "paragraph": f.paragraph} for f in feature.figures],
        "passages": [{"paragraph": p.paragraph, "runs": passage_runs(article, p, feature.figures)}
                     for p in feature.passages],
        "members": [{"id": m.id, "name": full_name(m.name_zh, m.name_en)} for m in feature.members],
    }  # fmt: skip


def panels(features: dict[str, Feature], article: Article, lang: str = "zh") -> dict[str, dict]:
    """The panel of every feature, by id."""
    return {key: panel_data(feature, article, lang) for key, feature in features.items()}


def search_entries(features: dict[str, Feature], lang: str = "zh") -> list[dict]:
    """Search rows, zones first then by Chinese name: label, where it is, text to match."""
    order = sorted(features.values(),
                   key=lambda f: (LAYER_INFO[f.layer]["search_rank"], f.name_zh))  # fmt: skip
    return [{"id": f.id, "label": full_name(f.name_zh, f.name_en),
             "where": layer_label(f.layer, lang), "drawn": is_drawn(f),
             "haystack": f"{f.name_zh}\n{f.name_en}".lower()} for f in order]  # fmt: skip


def feature_geometry(layers: dict[str, gpd.GeoDataFrame], feature_id: str):
    """The geometry of ``feature_id`` (None when it has none or does not exist)."""
    for gdf in layers.values():
        match = gdf[gdf["id"] == feature_id]
        if len(match):
            return match.geometry.iloc[0]
    return None
