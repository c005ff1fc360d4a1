"""Each export format is read back before it replaces the old file: what the verifier refuses.

A verifier that accepts a broken file lets a half-written export replace a good one, so each
is shown a file that is almost right and must name what is wrong with it, in words a user can act
on. The expected messages are written here, not taken from the code.
"""

from __future__ import annotations

import json

import pytest

from geo.errors import ExportError
from layers.export import (
    verify_csv,
    verify_geojson,
    verify_gpkg,
    verify_html,
    verify_pdf,
    verify_png,
    verify_svg,
)


def refused(verify, path) -> str:
    with pytest.raises(ExportError) as caught:
        verify(path)
    return str(caught.value)


def written(tmp_path, name: str, content) -> object:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def geojson(features: int) -> str:
    feature = {"type": "Feature", "properties": {}, "geometry": None}
    return json.dumps({"type": "FeatureCollection", "features": [feature] * features})


def test_a_whole_feature_collection_with_the_right_count_passes(tmp_path):
    verify_geojson(2)(written(tmp_path, "zones.geojson", geojson(2)))


@pytest.mark.parametrize(("content", "why"), [
    ('{"type": "FeatureCollection", "features": [', "not JSON"),
    ("[1, 2]", "not a FeatureCollection"),
    ('{"type": "Feature", "features": []}', "not a FeatureCollection"),
    ('{"features": []}', "not a FeatureCollection"),
])  # fmt: skip
def test_a_geojson_that_is_not_a_whole_feature_collection_is_refused(tmp_path, content, why):
    message = refused(verify_geojson(0), written(tmp_path, "zones.geojson", content))
    assert message.startswith(f"the written file zones.geojson is incomplete or invalid: {why}")


def test_a_geojson_missing_features_says_how_many_it_has(tmp_path):
    message = refused(verify_geojson(3), written(tmp_path, "labs.geojson", geojson(2)))
    assert message == "the written file labs.geojson is incomplete or invalid: 2 features, expected 3"


def test_a_gpkg_gdal_cannot_read_is_refused(tmp_path):
    message = refused(verify_gpkg({"zones": 1}), written(tmp_path, "map.gpkg", b"SQLite format 3\0"))
    assert message.startswith("the written file map.gpkg is incomplete or invalid: GDAL cannot read it back (")


def test_a_csv_with_the_wrong_header_or_row_count_is_refused(tmp_path):
    good = "\ufeffid,name\r\na,甲\r\nb,乙\r\n"
    verify_csv(["id", "name"], 2)(written(tmp_path, "places.csv", good))
    assert refused(verify_csv(["id", "name"], 3), written(tmp_path, "places.csv", good)) == (
        "the written file places.csv is incomplete or invalid: 2 rows, expected 3")
    assert refused(verify_csv(["id", "lon"], 2), written(tmp_path, "places.csv", good)) == (
        "the written file places.csv is incomplete or invalid: the header row is missing or wrong")
    assert refused(verify_csv(["id"], 0), written(tmp_path, "places.csv", "")) == (
        "the written file places.csv is incomplete or invalid: the header row is missing or wrong")
    assert refused(verify_csv(["id"], 0), written(tmp_path, "places.csv", b"id\n\xff\xfe")).startswith(
        "the written file places.csv is incomplete or invalid: not a UTF-8 CSV (")


PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 20 + b"IEND\xaeB`\x82"


@pytest.mark.parametrize("content", [PNG[:-1], PNG[1:], b""])
def test_a_png_cut_at_either_end_is_refused(tmp_path, content):
    message = refused(verify_png, written(tmp_path, "map.png", content))
    assert message == f"the written file map.png is incomplete or invalid: not a whole PNG ({len(content)} bytes)"


def test_a_whole_png_pdf_svg_and_page_pass(tmp_path):
    verify_png(written(tmp_path, "map.png", PNG))
    verify_pdf(written(tmp_path, "map.pdf", b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n"))
    verify_svg(written(tmp_path, "map.svg", '<svg xmlns="http://www.w3.org/2000/svg"></svg>'))
    verify_html(written(tmp_path, "map.html", "<html><body></body></html>\n  "))


@pytest.mark.parametrize("content", [b"%PDF-1.4\n" + b"x" * 2000, b"%PDF-1.4\n%%EOF\n" + b"x" * 2000,
                                     b"PDF-1.4\n%%EOF"])  # fmt: skip
def test_a_pdf_without_its_head_or_its_end_mark_is_refused(tmp_path, content):
    message = refused(verify_pdf, written(tmp_path, "map.pdf", content))
    assert message == f"the written file map.pdf is incomplete or invalid: not a whole PDF ({len(content)} bytes)"


def test_an_svg_cut_short_or_of_another_kind_is_refused(tmp_path):
    assert refused(verify_svg, written(tmp_path, "map.svg", "<svg><g>")).startswith(
        "the written file map.svg is incomplete or invalid: not well-formed SVG (")
    assert refused(verify_svg, written(tmp_path, "map.svg", "<html></html>")) == (
        "the written file map.svg is incomplete or invalid: the root element is html, not svg")


def test_a_page_cut_before_its_end_is_refused(tmp_path):
    assert refused(verify_html, written(tmp_path, "map.html", "<html><body>")) == (
        "the written file map.html is incomplete or invalid: the page does not end with </html>")


def test_a_gpkg_with_a_layer_missing_or_short_says_what_it_holds(tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point

    path = tmp_path / "map.gpkg"
    gpd.GeoDataFrame({"id": ["a"]}, geometry=[Point(114.3, 30.6)], crs=4326).to_file(path, layer="zones")
    verify_gpkg({"zones": 1})(path)
    assert refused(verify_gpkg({"zones": 2}), path) == (
        "the written file map.gpkg is incomplete or invalid: layers {'zones': 1}, expected {'zones': 2}")
    gpd.GeoDataFrame({"id": ["b"]}, geometry=[Point(114.4, 30.5)], crs=4326).to_file(path, layer="labs")
    assert refused(verify_gpkg({"zones": 1}), path) == (  # a layer the export did not write
        "the written file map.gpkg is incomplete or invalid: layers {'zones': 1}, expected {'zones': 1}")


def test_a_pdf_whose_end_mark_is_not_in_its_last_kilobyte_is_refused(tmp_path):
    content = b"%PDF-1.4\n" + b"x" * 1500 + b"%%EOF" + b"x" * 1500
    assert "not a whole PDF" in refused(verify_pdf, written(tmp_path, "map.pdf", content))
    edge = b"%PDF-1.4\n" + b"x" * 2000 + b"%%EOF" + b"x" * 1020  # the mark opens 1025 bytes from the end
    assert "not a whole PDF" in refused(verify_pdf, written(tmp_path, "map.pdf", edge))
    verify_pdf(written(tmp_path, "map.pdf", edge[:-1]))  # ... and 1024: inside


def test_a_page_with_a_stray_byte_that_ends_whole_passes(tmp_path):
    verify_html(written(tmp_path, "map.html", b"<html><body>\xff</body></html>"))


def test_the_article_of_an_export_is_the_one_given_or_the_one_the_layers_carry(article):
    from layers.build import build_layers
    from layers.export import article_of

    layers = build_layers(article)
    carried = article_of(layers)
    assert carried is not None and carried.headline
    assert article_of(layers, meta="given") == "given"
    assert article_of(layers["zones"]) is carried
