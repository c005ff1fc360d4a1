"""The export's public contract, written out: file names, CSV header, CRS check, messages.

Each assertion here killed a surviving mutant of layers/export.py (bench/mutate.py).
"""

from __future__ import annotations

import csv
import json

import pytest

from geo.errors import ExportError
from layers.build import build_layers
from layers.export import export


@pytest.fixture(scope="module")
def layers(article):
    return build_layers(article)


def test_file_names_in_a_folder_that_does_not_exist_yet(layers, tmp_path):
    out = tmp_path / "new" / "deeper"
    assert [p.name for p in export(layers, out, "geojson", ["zones", "sites"])] == [
        "zones.geojson", "sites.geojson"]  # fmt: skip
    assert [p.name for p in export(layers, out, "gpkg")] == ["wuhan_innovation.gpkg"]
    assert [p.name for p in export(layers, out, "csv")] == ["wuhan_innovation_points.csv"]
    assert sorted(p.name for p in out.iterdir()) == [
        "sites.geojson", "wuhan_innovation.gpkg", "wuhan_innovation_points.csv", "zones.geojson"]  # fmt: skip


def test_csv_header_and_six_decimals(layers, tmp_path):
    from shapely.geometry import Point

    sites = layers["sites"].copy()
    sites.loc[sites.index[0], "geometry"] = Point(114.1234567891, 30.1234567891)
    (path,) = export({**layers, "sites": sites}, tmp_path, "csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["id", "name", "name_zh", "name_en", "kind", "kind_label", "layer", "layer_label",
                       "lon", "lat", "district", "district_name", "district_code", "precision",
                       "uncertainty_m", "approximate", "source", "article_headline", "article_outlet",
                       "article_date", "article_url"]  # fmt: skip
    for row in rows[1:]:
        assert all(len(value.split(".")[1]) <= 6 for value in row[8:10]), row[:10]
    assert ["114.123457", "30.123457"] in [row[8:10] for row in rows]


def test_geojson_has_no_name_member(layers, tmp_path):
    (path,) = export(layers, tmp_path, "geojson", ["zones"])
    assert "name" not in json.loads(path.read_text("utf-8"))


def test_a_layer_not_in_wgs84_is_refused_by_name(layers, tmp_path):
    projected = {"zones": layers["zones"].to_crs(3857)}
    with pytest.raises(ExportError, match=r"^layer 'zones' must be in EPSG:4326, not EPSG:3857$"):
        export(projected, tmp_path, "geojson")


def test_whole_error_texts(layers, tmp_path):
    with pytest.raises(ExportError, match=r"^unknown format 'shp'; choose one of geojson, gpkg, csv$"):
        export(layers, tmp_path, "shp")
    names = ", ".join(layers)
    with pytest.raises(ExportError, match=rf"^unknown layer bogus, nope; choose from {names}$"):
        export(layers, tmp_path, "csv", ["bogus", "nope"])
