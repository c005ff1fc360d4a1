"""The catalogue is the one vocabulary: every layer and kind is in it, and no module spells a layer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from layers.catalogue import (
    DRAWN_LAYERS,
    LAYER_INFO,
    LAYERS,
    STYLES,
    layer_label,
    precision_words,
    text,
)

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = [p for p in (*ROOT.glob("layers/*.py"), *ROOT.glob("layers/assets/*.js"), ROOT / "streamlit_app.py",
                       *ROOT.glob("bench/*.py")) if p.name != "catalogue.py"]  # fmt: skip


def test_the_layers_in_order_with_both_labels():
    assert LAYERS == ("zones", "districts", "functional_areas", "institutions", "firms", "sites",
                      "outside", "unplaced")  # fmt: skip
    assert LAYERS[:6] == DRAWN_LAYERS
    assert (layer_label("institutions", "zh"), layer_label("institutions", "en")) == (
        "实验室与高校", "Labs and universities")  # fmt: skip


@pytest.mark.parametrize("kind", sorted(STYLES))
def test_every_kind_has_a_layer_colours_and_both_labels(kind):
    style = STYLES[kind]
    assert style["layer"] in LAYER_INFO
    assert re.fullmatch(r"#[0-9a-f]{6}", style["colour"]) and re.fullmatch(r"#[0-9a-f]{6}", style["fill"])
    assert style["label_zh"] and style["label_en"]


def test_precision_in_words():
    assert precision_words("area", 2000, "en") == "approximate, within ~2 km"
    assert precision_words("campus", 1500, "en") == "approximate, within ~1.5 km"
    assert precision_words("site", 100, "en") == "site"
    assert precision_words("district", None, "zh") == "区级"
    assert text("not_drawn", "en") == "Not drawn on the map"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_other_module_spells_a_layer_name(path):
    pattern = re.compile(r"""["'](%s)["']""" % "|".join(LAYERS))
    assert pattern.findall(path.read_text("utf-8")) == []


def test_every_kind_the_gazetteers_hold_has_a_layer():
    """A row of a kind the catalogue lacks (the regions group's 华中地区, kind region) would stop
    the map the first time a text names it: every kind of both gazetteers has a style and a layer."""
    import csv
    from importlib.resources import files

    kinds = set()
    for name in ("wuhan_places.csv", "gazetteer.csv"):
        with files("seeds").joinpath(name).open(encoding="utf-8") as handle:
            kinds |= {row["kind"] for row in csv.DictReader(handle)}
    assert kinds - set(STYLES) == set()
