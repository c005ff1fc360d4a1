"""Precision and uncertainty travel with every placement into every export.

The expected values are the gazetteer's own rows, written out here: 长江存储 (ymtc) is an
estimate on 未来三路 with a 2,500 m radius; 华中科技大学 (hust) a campus point good to 1 km.
"""

from __future__ import annotations

import csv
import json

import pyogrio
import pytest

from geo.article import seed_article
from layers.build import build_layers
from layers.export import export

EXPECTED = {
    "ymtc": ("firms", "area", 2500.0),
    "hust": ("institutions", "campus", 1000.0),
}


@pytest.fixture(scope="module")
def layers():
    return build_layers(seed_article())


@pytest.mark.parametrize("place_id", sorted(EXPECTED))
def test_layers_carry_precision_and_uncertainty(layers, place_id):
    layer, precision, radius = EXPECTED[place_id]
    row = layers[layer].set_index("id").loc[place_id]
    assert (row["precision"], row["uncertainty_m"]) == (precision, radius)


@pytest.mark.parametrize("place_id", sorted(EXPECTED))
def test_geojson_properties_carry_precision_and_uncertainty(layers, tmp_path, place_id):
    layer, precision, radius = EXPECTED[place_id]
    export(layers, tmp_path, "geojson", [layer])
    data = json.loads((tmp_path / f"{layer}.geojson").read_text("utf-8"))
    (props,) = [f["properties"] for f in data["features"] if f["properties"]["id"] == place_id]
    assert (props["precision"], props["uncertainty_m"]) == (precision, radius)


@pytest.mark.parametrize("place_id", sorted(EXPECTED))
def test_gpkg_columns_carry_precision_and_uncertainty(layers, tmp_path, place_id):
    layer, precision, radius = EXPECTED[place_id]
    (path,) = export(layers, tmp_path, "gpkg")
    table = pyogrio.read_dataframe(path, layer=layer).set_index("id")
    assert (table.loc[place_id, "precision"], table.loc[place_id, "uncertainty_m"]) == (
        precision, radius,
    )  # fmt: skip


@pytest.mark.parametrize("place_id", sorted(EXPECTED))
def test_csv_rows_carry_precision_and_uncertainty(layers, tmp_path, place_id):
    _, precision, radius = EXPECTED[place_id]
    (path,) = export(layers, tmp_path, "csv")
    with path.open(encoding="utf-8-sig") as handle:  # the BOM is for spreadsheets
        (row,) = [r for r in csv.DictReader(handle) if r["id"] == place_id]
    assert (row["precision"], float(row["uncertainty_m"])) == (precision, radius)
