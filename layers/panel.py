"""The information panel of one feature, as plain data: what the app and tests both read.

Kept apart from Streamlit so the selection -> panel logic is tested directly.
Every passage is the article's own paragraph, with the mention spans marked.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd

from geo.article import Article
from layers.build import COLUMNS
from layers.styles import style_of


@dataclass(frozen=True)
class Panel:
    """What the panel shows for one feature."""

    id: str
    name_zh: str
    name_en: str
    kind: str
    district: str
    approximate: bool
    how_drawn: str
    source: str
    precision: str
    passages: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    members: list[str] = field(default_factory=list)


def all_features(layers: dict[str, gpd.GeoDataFrame]) -> pd.DataFrame:
    """Every feature of every layer, one row each, indexed by id."""
    frames = [gdf.drop(columns="geometry") for gdf in layers.values() if len(gdf)]
    if not frames:
        return pd.DataFrame(columns=[c for c in COLUMNS if c != "geometry"]).set_index("id")
    return pd.concat(frames, ignore_index=True).drop_duplicates("id").set_index("id")


def marked_paragraph(article: Article, passage: dict) -> str:
    """The paragraph as safe HTML, each mention wrapped in ``<mark>``; all text escaped."""
    text = article.text
    out, cursor = [], passage["start"]
    for start, end in sorted(passage["mentions"]):
        out.append(html.escape(text[cursor:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    out.append(html.escape(text[cursor : passage["end"]]))
    return "".join(out).lstrip("# ")


def build_panel(features: pd.DataFrame, feature_id: str, article: Article,
                lang: str = "zh") -> Panel | None:  # fmt: skip
    """The panel of ``feature_id``, or None when no such feature exists."""
    if feature_id not in features.index:
        return None
    row = features.loc[feature_id]
    kind_label = style_of(row["kind"])["label_en" if lang == "en" else "label_zh"]
    passages = [dict(paragraph=p["paragraph"], html=marked_paragraph(article, p))
                for p in json.loads(row["passages"])]  # fmt: skip
    members = [features.loc[m]["name_zh"] if m in features.index else m
               for m in str(row["members"] or "").split(",") if m]  # fmt: skip
    return Panel(
        id=feature_id, name_zh=row["name_zh"], name_en=row["name_en"] or "", kind=kind_label,
        district=row["district"] or "", approximate=bool(row["approximate"]),
        how_drawn=row["how_drawn"] or "", source=row["source"] or "",
        precision=row["precision"] or "", passages=passages,
        figures=json.loads(row["figures"]), members=members,
    )  # fmt: skip


def search_options(features: pd.DataFrame) -> dict[str, str]:
    """'中文名 · English name' -> id, zones first, for a searchable select box."""
    order = features.assign(zone=features["layer"].eq("zones")).sort_values(
        ["zone", "name_zh"], ascending=[False, True]
    )
    return {
        f"{row.name_zh} · {row.name_en}" if row.name_en else row.name_zh: index
        for index, row in order.iterrows()
    }


def feature_geometry(layers: dict[str, gpd.GeoDataFrame], feature_id: str):
    """The geometry of ``feature_id`` (None when it has none or does not exist)."""
    for gdf in layers.values():
        match = gdf[gdf["id"] == feature_id]
        if len(match):
            return match.geometry.iloc[0]
    return None
