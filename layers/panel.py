"""The information panel of one feature, as plain data: one JavaScript renderer draws it.

The standalone page and the app's map component both draw ``panel_data`` with
``assets/wim.js``, so the two front ends cannot drift. Passages are runs of the
article's own text, each run marked ``mention``, ``figure`` or unmarked; every
text reaches the page through ``textContent``, never as HTML.
"""

from __future__ import annotations

import re

import geopandas as gpd

from geo import admin
from geo.article import Article
from layers.catalogue import (
    LAYER_INFO,
    catalogue,
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


def name_in(lang: str, name_zh: str, name_en: str) -> str:
    """A name in ``lang``: the English one in English when there is one, else the Chinese one.

    >>> name_in("en", "华中科技大学", "HUST"), name_in("en", "南湖", ""), name_in("zh", "南湖", "South Lake")
    ('HUST', '南湖', '南湖')
    """
    return in_lang(lang, name_zh, name_en)


def district_name(feature: Feature, lang: str) -> str:
    """The feature's district in ``lang`` (洪山区 -> Hongshan District), "" when it has none."""
    if lang == "en" and feature.district_code:
        return admin.english_name(feature.district_code) or feature.district
    return feature.district


def anchor(paragraph: int) -> str:
    """The id of a passage in the panel: ¶18 links to ``#p18``."""
    return f"p{paragraph}"


def how_drawn_words(how_drawn: str, lang: str) -> str:
    """How a feature was drawn, in ``lang``: the gazetteer's English note, or its Chinese name.

    >>> how_drawn_words("estimate: drawn at Fenglin station", "zh")
    '估计位置'
    >>> how_drawn_words("within 东湖高新区: its own site is not sourced", "zh")
    '自身位置无来源，画在东湖高新区的位置'
    >>> how_drawn_words("estimate: drawn at Fenglin station", "en")
    'estimate: drawn at Fenglin station'
    """
    if lang != "zh" or not how_drawn:
        return how_drawn
    table = catalogue()["how_drawn"]
    for rule in table["rules"]:
        if how_drawn.startswith(rule["prefix"]):
            match = re.match(rule.get("pattern", ""), how_drawn)
            return rule["zh"].replace("{1}", match.group(1)) if "{1}" in rule["zh"] and match else rule["zh"]
    return table["other"]["zh"]


def citation(source: str, lang: str, point=None) -> list[dict]:
    """Where the coordinates come from, as parts ``{"text", "url"}`` a reader can follow.

    Each rule of ``catalogue.json``'s ``citations`` that matches the source record gives
    a part (a Wikidata item, an OpenStreetMap view at the point, a Wikipedia page...);
    a record no rule matches (an ``estimate: ...``) is one part without a link.

    >>> citation("wikidata:Q584376 via obtito/GTA-WH:data/x.json@641020c", "en")[0]
    {'text': 'Wikidata Q584376', 'url': 'https://www.wikidata.org/wiki/Q584376'}
    """
    parts: list[dict] = []
    for rule in catalogue()["citations"]["rules"]:
        for match in re.finditer(rule["pattern"], source):
            part = {"text": _fill(rule[lang if lang in rule else "en"], match, point),
                    "url": _fill(rule["url"], match, point) if rule["url"] else ""}  # fmt: skip
            if "{lat}" in rule["url"] and point is None:
                part["url"] = ""
            if part not in parts:
                parts.append(part)
    return parts or ([{"text": source, "url": ""}] if source else [])


def _fill(template: str, match: re.Match, point) -> str:
    text = template
    for index, group in enumerate(match.groups(), start=1):
        text = text.replace("{%d}" % index, (group or "").strip())
    if point is not None:
        text = text.replace("{lat}", f"{point[1]:.5f}").replace("{lon}", f"{point[0]:.5f}")
    return text


def _point(feature: Feature):
    geometry = feature.geometry
    if geometry is None or geometry.is_empty:
        return None
    centre = geometry if geometry.geom_type == "Point" else geometry.representative_point()
    return (centre.x, centre.y)


def _figure(figure) -> dict:
    return {"text": figure.text, "noun": figure.noun, "clause": figure.clause,
            "target": figure.target, "sentence": figure.sentence, "paragraph": figure.paragraph,
            "anchor": anchor(figure.paragraph)}  # fmt: skip


def panel_data(feature: Feature, article: Article, lang: str = "zh") -> dict:
    """What the panel shows for ``feature``: whole values, JSON-ready, in ``lang``.

    Both names stay in the data (``title`` in ``lang``, ``subtitle`` the other one);
    every label, the district, how it was drawn and the citation are in ``lang``.
    """
    style = style_of(feature.kind)
    title = name_in(lang, feature.name_zh, feature.name_en)
    return {
        "id": feature.id,
        "title": title,
        "subtitle": feature.name_en if title == feature.name_zh else feature.name_zh,
        "kind": {"label": labelled(style, lang), "colour": style["colour"], "fill": style["fill"],
                 "boundary": LAYER_INFO[feature.layer]["role"] == "boundaries"},
        "layer": layer_label(feature.layer, lang),
        "district": district_name(feature, lang),
        "drawn": is_drawn(feature),
        "approximate": feature.approximate,
        "how_drawn": how_drawn_words(feature.how_drawn, lang),
        "precision": feature.precision,
        "uncertainty_m": feature.uncertainty_m,
        "precision_words": precision_words(feature.precision, feature.uncertainty_m, lang),
        "source": feature.source,
        "citation": citation(feature.source, lang, _point(feature)),
        "figures": [_figure(f) for f in feature.figures],
        "passages": [{"paragraph": p.paragraph, "anchor": anchor(p.paragraph),
                      "runs": passage_runs(article, p, feature.figures)}
                     for p in feature.passages],
        "members": [{"id": m.id, "name": name_in(lang, m.name_zh, m.name_en)} for m in feature.members],
        "article": article.meta.as_dict(),
    }  # fmt: skip


def panels(features: dict[str, Feature], article: Article, lang: str = "zh") -> dict[str, dict]:
    """The panel of every feature, by id."""
    return {key: panel_data(feature, article, lang) for key, feature in features.items()}


def search_entries(features: dict[str, Feature], lang: str = "zh") -> list[dict]:
    """Search rows, zones first then by Chinese name: label, where it is, text to match."""
    order = sorted(features.values(),
                   key=lambda f: (LAYER_INFO[f.layer]["search_rank"], f.name_zh))  # fmt: skip
    return [{"id": f.id, "label": name_in(lang, f.name_zh, f.name_en),
             "where": layer_label(f.layer, lang), "drawn": is_drawn(f),
             "haystack": f"{f.name_zh}\n{f.name_en}".lower()} for f in order]  # fmt: skip


def feature_geometry(layers: dict[str, gpd.GeoDataFrame], feature_id: str):
    """The geometry of ``feature_id`` (None when it has none or does not exist)."""
    for gdf in layers.values():
        match = gdf[gdf["id"] == feature_id]
        if len(match):
            return match.geometry.iloc[0]
    return None
