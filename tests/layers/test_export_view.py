"""A download follows the view it was asked from: its visible layers, its language, its selection,
and every name placed by hand goes along, marked as such."""

from __future__ import annotations

import csv
import io
import json
import re

import pyogrio
import pytest

from layers.build import build_layers
from layers.export import export_bytes

SHOWN = ["zones", "firms"]
DATA_BLOCK = r'<script type="application/json" id="{}">(.*?)</script>'


@pytest.fixture(scope="module")
def view(article):
    """The seed's layers with its one unresolved name placed by hand."""
    layers = build_layers(article, user_places={"理工大新校区": (114.31, 30.56)})
    return layers, article


def download(view, fmt, **kwargs):
    layers, article = view
    return export_bytes(layers, fmt, article=article, lang="en", names=SHOWN, **kwargs)


def test_geojson_is_one_collection_of_the_visible_layers_only(view):
    data = json.loads(download(view, "geojson"))
    layers = {f["properties"]["layer"] for f in data["features"]}
    ids = {f["id"] for f in data["features"]}
    assert layers == {"zones", "firms"}
    assert {"hust_belt", "chegu_corridor", "dongfeng", "accelink"} <= ids
    assert not ids & {"hust", "adcode:420114", "wuchang_riverside"}  # institutions, districts, sites
    assert len(data["features"]) == 12 + 6  # every zone and firm of the seed


def test_csv_holds_the_points_of_the_visible_layers(view):
    rows = list(csv.DictReader(io.StringIO(download(view, "csv").decode("utf-8-sig"))))
    assert {r["layer"] for r in rows} == {"firms"}  # zones are areas, not points
    assert len(rows) == 6


def test_geopackage_has_one_table_per_visible_layer(view, tmp_path):
    path = tmp_path / "view.gpkg"
    path.write_bytes(download(view, "gpkg"))
    assert sorted(name for name, _ in pyogrio.list_layers(path)) == ["firms", "zones"]


def test_the_html_page_is_in_english_and_opens_on_the_view(view):
    page = download(view, "html", selected="hust_belt", basemap="positron").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    views = json.loads(re.search(DATA_BLOCK.format("wim-views"), page, re.S).group(1))
    assert views["start"] == {"zone": "hust_belt", "basemap": "positron", "layers": ["zones", "firms"]}
    assert views["other"]["lang"] == "zh" and sorted(views["basemaps"]) == ["none", "osm", "positron"]
    data = json.loads(re.search(DATA_BLOCK.format("wim-data"), page, re.S).group(1))
    assert data["panels"]["hust_belt"]["title"] == "HUST Innovation and Development Belt"


def test_a_gaode_view_opens_the_page_on_openstreetmap(view):
    page = download(view, "html", basemap="gaode").decode("utf-8")
    views = json.loads(re.search(DATA_BLOCK.format("wim-views"), page, re.S).group(1))
    assert "basemap" not in views["start"]


def test_the_print_map_is_titled_in_english(view):
    pdf = download(view, "pdf")
    assert pdf.startswith(b"%PDF-") and b"/Title (Wuhan innovation zones)" in pdf


def test_a_name_placed_by_hand_is_in_every_data_download_marked_as_such(view, tmp_path):
    layers, article = view
    shown = ["sites"]
    collection = json.loads(export_bytes(layers, "geojson", names=shown))
    (hand,) = [f for f in collection["features"] if f["id"] == "user:理工大新校区"]
    assert hand["geometry"]["coordinates"] == [114.31, 30.56]
    assert hand["properties"]["how_drawn"] == "placed by hand on the map by the user"
    assert hand["properties"]["source"] == "user placement (WGS-84)"
    rows = csv.DictReader(io.StringIO(export_bytes(layers, "csv", names=shown).decode("utf-8-sig")))
    (row,) = [r for r in rows if r["id"] == "user:理工大新校区"]
    assert (row["lon"], row["lat"], row["source"]) == ("114.31", "30.56", "user placement (WGS-84)")
    path = tmp_path / "hand.gpkg"
    path.write_bytes(export_bytes(layers, "gpkg", names=shown))
    sites = pyogrio.read_dataframe(path, layer="sites")
    assert sites.set_index("id").loc["user:理工大新校区", "source"] == "user placement (WGS-84)"
