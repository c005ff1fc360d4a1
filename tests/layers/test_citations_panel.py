"""Citations a reader can follow, in the panel and in every export: ¶ anchors, figures with the
noun they count, readable sources with links, and the article's own headline and outlet."""

from __future__ import annotations

import json
import sqlite3

import matplotlib
import pytest

from geo.article import parse_article
from layers.build import build_layers
from layers.export import CSV_NAME, export, export_bytes
from layers.panel import citation, features_of, panel_data
from layers.print_map import render_print
from layers.standalone import render_standalone

HEADLINE = "武汉全力激发产业创新活力 全市共建“鱼跃成龙”创新生态"


@pytest.fixture(scope="module")
def seed(article):
    layers = build_layers(article)
    return article, layers, features_of(layers)


def test_an_osm_source_links_to_the_point_on_openstreetmap(seed):
    article, _, features = seed
    # seeds/wuhan_places.csv: uni_wbu 114.081532, 30.463658, "OpenStreetMap feature '武汉商学院' ...
    # in obtito/GTA-WH:data/osm-verification.json@bdde937 (record for wikidata:Q11124490)"
    assert panel_data(features["uni_wbu"], article, "en")["citation"] == [
        {"text": "Wikidata Q11124490", "url": "https://www.wikidata.org/wiki/Q11124490"},
        {"text": "OpenStreetMap",
         "url": "https://www.openstreetmap.org/?mlat=30.46366&mlon=114.08153#map=16/30.46366/114.08153"},
        {"text": "via GitHub obtito/GTA-WH", "url": "https://github.com/obtito/GTA-WH"},
    ]


def test_a_citation_reads_in_the_panels_language(seed):
    article, _, features = seed
    assert panel_data(features["yangtze_bridge"], article, "zh")["citation"][0] == {
        "text": "维基数据 Q8039097", "url": "https://www.wikidata.org/wiki/Q8039097"}
    district = panel_data(features["adcode:420111"], article, "en")["citation"]
    assert district == [{"text": "DataV.GeoAtlas boundaries (geotool-cn)",
                         "url": "https://pypi.org/project/geotool-cn/"}]


def test_an_estimate_is_cited_as_text_and_a_wikipedia_mirror_as_the_page():
    assert citation("estimate: drawn at the alley's anchor", "en") == [
        {"text": "estimate: drawn at the alley's anchor", "url": ""}]
    assert citation("zh.wikipedia 枫林站 (mirror https://wiki.ccget.cc/zh-hk/楓林站_(武漢地鐵))", "en") == [
        {"text": "Wikipedia (zh): 枫林站", "url": "https://zh.wikipedia.org/wiki/枫林站"}]
    assert citation("", "en") == []


def test_every_figure_links_to_a_passage_of_its_panel(seed):
    article, _, features = seed
    for key, feature in features.items():
        panel = panel_data(feature, article, "en")
        anchors = {p["anchor"] for p in panel["passages"]}
        assert {p["anchor"] for p in panel["passages"]} == {f"p{p['paragraph']}" for p in panel["passages"]}
        assert {f["anchor"] for f in panel["figures"]} <= anchors, key


def test_no_figure_is_a_bare_number(seed):
    article, _, features = seed
    for feature in features.values():
        for figure in panel_data(feature, article, "zh")["figures"]:
            assert figure["sentence"] and (figure["noun"] or figure["clause"])
            assert figure["text"] in figure["clause"]


def test_geojson_says_which_article_it_maps(seed, tmp_path):
    _, layers, _ = seed
    (path,) = export(layers, tmp_path, "geojson", ["zones"], lang="en")
    data = json.loads(path.read_text("utf-8"))
    assert data["article"] == {"headline": HEADLINE, "outlet": "长江日报", "date": "", "url": ""}
    assert data["description"] == f"Changjiang Daily, 《{HEADLINE}》"
    first = data["features"][0]["properties"]
    assert (first["article_headline"], first["article_outlet"]) == (HEADLINE, "长江日报")
    assert (first["name"], first["name_zh"], first["district_name"], first["layer_label"]) == (
        "HUST Innovation and Development Belt", "环华科大创新发展带", "Hongshan District", "Innovation zones")


def test_gpkg_tables_and_file_carry_the_article(seed, tmp_path):
    _, layers, _ = seed
    (path,) = export(layers, tmp_path, "gpkg", ["zones", "districts"])
    with sqlite3.connect(path) as db:
        described = dict(db.execute("select table_name, description from gpkg_contents"))
        metadata = "".join(row[0] for row in db.execute("select metadata from gpkg_metadata"))
    assert described == {"zones": f"长江日报《{HEADLINE}》", "districts": f"长江日报《{HEADLINE}》"}
    assert f'<MDI key="article_headline">{HEADLINE}</MDI>' in metadata
    assert '<MDI key="article_outlet">长江日报</MDI>' in metadata


def test_csv_rows_and_its_csvw_sidecar_carry_the_article(seed, tmp_path):
    _, layers, _ = seed
    written = export(layers, tmp_path, "csv", lang="en", csvw=True)
    assert [p.name for p in written] == [CSV_NAME, f"{CSV_NAME}-metadata.json"]
    header = written[0].read_text("utf-8-sig").splitlines()[0].split(",")
    assert header[-4:] == ["article_headline", "article_outlet", "article_date", "article_url"]
    sidecar = json.loads(written[1].read_text("utf-8"))
    assert (sidecar["url"], sidecar["dc:title"], sidecar["dc:publisher"], sidecar["dc:language"]) == (
        CSV_NAME, HEADLINE, "长江日报", "en")


def test_a_text_that_says_nothing_of_itself_exports_without_article_metadata(tmp_path):
    layers = build_layers(parse_article("南湖硅巷有500家企业。"))
    (path,) = export(layers, tmp_path, "geojson", ["zones"])
    data = json.loads(path.read_text("utf-8"))
    assert "article" not in data and "description" not in data
    assert data["features"][0]["properties"]["article_headline"] == ""
    assert [p.name for p in export(layers, tmp_path, "csv")] == [CSV_NAME]  # no sidecar unless asked


def test_print_maps_and_the_page_carry_the_article(seed, tmp_path):
    article, layers, _ = seed
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        svg = render_print(layers, tmp_path / "map.svg", lang="zh").read_text("utf-8")
    assert f"文字：长江日报《{HEADLINE}》" in svg
    png = export_bytes(layers, "png", lang="en", article=article)
    assert f"Changjiang Daily, 《{HEADLINE}》".encode() in png  # the PNG's Description text chunk
    page = render_standalone(layers, article, lang="zh")
    assert f'<meta name="dcterms.title" content="{HEADLINE}">' in page
    assert f'<p class="wim-article-line">文章: 长江日报《{HEADLINE}》</p>' in page
