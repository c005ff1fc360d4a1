"""Exports: RFC 7946 GeoJSON that reads back identically, a GeoPackage, a CSV; atomic writes."""

from __future__ import annotations

import json
import subprocess
import sys

import geopandas as gpd
import pytest
from geojson_validator import validate_structure
from shapely.geometry import Polygon

from geo.errors import ExportError
from layers.build import build_layers
from layers.export import export, to_geojson
from layers.record import feature_of

WUHAN_BBOX = (113.68, 29.96, 115.09, 31.37)


@pytest.fixture(scope="module")
def layers(article):
    return build_layers(article)


@pytest.fixture(scope="module")
def exported(layers, tmp_path_factory):
    out = tmp_path_factory.mktemp("geojson")
    export(layers, out)
    return out


def test_every_layer_round_trips_with_identical_geometry_and_properties(layers, exported):
    for name, gdf in layers.items():
        back = gpd.read_file(exported / f"{name}.geojson", engine="pyogrio")
        assert len(back) == len(gdf), name
        for (_, a), (_, b) in zip(gdf.iterrows(), back.iterrows(), strict=True):
            assert a["id"] == b["id"] and a["name_zh"] == b["name_zh"]
            assert bool(a["approximate"]) == bool(b["approximate"])
            ours, theirs = feature_of(a), feature_of(b)
            for key in ("figures", "passages", "members", "precision", "uncertainty_m"):
                assert getattr(ours, key) == getattr(theirs, key), (name, key)
            if a.geometry is None:
                assert b.geometry is None
            else:
                assert a.geometry.equals_exact(b.geometry, tolerance=1e-6)


def test_geojson_is_rfc7946_and_passes_an_independent_validator(exported):
    for path in exported.glob("*.geojson"):
        text = path.read_text("utf-8")
        data = json.loads(text)
        assert "crs" not in data
        assert validate_structure(data) == {}, path.name
        assert "\\u" not in text  # Chinese names written as UTF-8, not escaped
        ids = [f["id"] for f in data["features"]]
        assert len(ids) == len(set(ids)) and all(isinstance(i, str) for i in ids)


def _coords(geometry: dict):
    if geometry["type"] == "Point":
        yield geometry["coordinates"]
    elif geometry["type"] == "Polygon":
        yield from (c for ring in geometry["coordinates"] for c in ring)
    else:
        yield from (c for poly in geometry["coordinates"] for ring in poly for c in ring)


def test_coordinates_are_lon_lat_in_wuhan_with_six_decimals(exported):
    for name in ("zones", "districts", "institutions", "firms", "sites"):
        data = json.loads((exported / f"{name}.geojson").read_text("utf-8"))
        for feature in data["features"]:
            for lon, lat in _coords(feature["geometry"]):
                assert WUHAN_BBOX[0] <= lon <= WUHAN_BBOX[2] and WUHAN_BBOX[1] <= lat <= WUHAN_BBOX[3]
                assert len(repr(lon).split(".")[1]) <= 6


def test_outer_rings_are_counter_clockwise(exported):
    data = json.loads((exported / "zones.geojson").read_text("utf-8"))
    for feature in data["features"]:
        rings = feature["geometry"]["coordinates"]
        polygons = [rings] if feature["geometry"]["type"] == "Polygon" else rings
        for polygon in polygons:
            assert Polygon(polygon[0]).exterior.is_ccw


def test_gpkg_and_csv(layers, tmp_path):
    (gpkg,) = export(layers, tmp_path, "gpkg")
    assert len(gpd.read_file(gpkg, layer="zones")) == len(layers["zones"])
    (csv,) = export(layers, tmp_path, "csv")
    lines = csv.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("id,name,name_zh,name_en,kind,kind_label,layer,layer_label,lon,lat")
    assert any(line.startswith("hust,华中科技大学,华中科技大学,Huazhong University") for line in lines)


def test_an_interrupted_write_leaves_the_old_file_and_no_partial(layers, tmp_path, monkeypatch):
    path = to_geojson(layers["firms"], tmp_path / "firms.geojson")
    before = path.read_bytes()

    def explode(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(gpd.GeoDataFrame, "to_file", explode)
    with pytest.raises(ExportError, match="disk full"):
        export(layers, tmp_path, names=["firms"])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["firms.geojson"]


def test_unknown_layer_or_format_is_named(layers, tmp_path):
    with pytest.raises(ExportError, match="unknown layer castles; choose from zones"):
        export(layers, tmp_path, names=["castles"])
    with pytest.raises(ExportError, match="unknown format 'kml'"):
        export(layers, tmp_path, "kml")


def run(*args):
    return subprocess.run([sys.executable, "-m", "layers", *args], capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def test_cli_exports_chosen_layers(tmp_path):
    result = run("export", "--out", str(tmp_path), "--layers", "zones", "firms")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["firms.geojson", "zones.geojson"]


def test_cli_unwritable_folder_and_bad_argument(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("export", "--out", str(blocker / "sub"))
    assert result.returncode == 2 and result.stderr.startswith("error: cannot write to")
    assert "Traceback" not in result.stderr
    bad = run("export", "--out", str(tmp_path), "--format", "kml")
    assert bad.returncode == 2 and "invalid choice: 'kml'" in bad.stderr
