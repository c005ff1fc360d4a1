"""Generated articles through the whole pipeline: parse -> find -> facts -> layer rows ->
GeoDataFrames -> standalone HTML page -> GeoJSON and CSV files.

Texts mix real place names, figures, punctuation, markup, lone surrogates and huge or empty
paragraphs. The only exception allowed is our own ``ArticleError`` with a message; everything
else must come out whole. ``FUZZ_EXAMPLES`` sets the number of articles (default 2,000 a run,
about 0.1 s each on two shared cores; ``make fuzz`` runs 10,000).

Each article's GeoJSON export holds the layers it gives rows to: an empty layer's file is the
same whatever the article (``tests/layers/test_export_safety.py`` checks it in every format),
and eight GDAL writes an article would cost most of the run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.article import parse_article
from geo.errors import ArticleError
from geo.gazetteer import load_gazetteer
from geo.geocoders import make_chain
from geo.places import locate_mentions
from layers.build import COLUMNS, LAYERS, build_layers, layer_rows
from layers.export import CSV_NAME, FORMULA_STARTS, export, neutralise, to_html
from layers.standalone import render_standalone, script_json

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "2000"))
GAZETTEER = load_gazetteer()
CHAIN = make_chain()
NAMES = sorted(GAZETTEER.names) + ["武汉", "武汉市", "洪山区", "江夏区", "湖北", "深圳", "苏州"]
UNITS = ["亿元", "万元", "家", "个", "%", "万人", "平方公里", "年", "年内", "倍", "亿级", ""]
MARKUP = ["<script>alert(1)</script>", "</script>", "[x](javascript:alert(1))", "$x$", "$$",
          "&amp;", "<b>", "{{x}}", "%s", "\\u003c", "\u2028", "\ufeff", "\x00", "#", "## "]  # fmt: skip
PUNCTUATION = ["。", ",", ",", ";", "!", "?", "、", " ", "\n", "\n\n", "\n\n\n", "\t", "\r\n"]

figure = st.builds("{}{}{}".format, st.sampled_from(["", "超", "近", "约", "到", "力争"]),
                   st.one_of(st.integers(0, 10**9), st.floats(0, 1e4, allow_nan=False),
                             st.sampled_from(["一", "两", "千", "2030", "2026"])),
                   st.sampled_from(UNITS))  # fmt: skip
piece = st.one_of(
    st.sampled_from(NAMES), figure, st.sampled_from(PUNCTUATION), st.sampled_from(MARKUP),
    st.text(max_size=6),  # any code point, lone surrogates included
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), max_size=8),
)  # fmt: skip
paragraph = st.lists(piece, max_size=30).map("".join)
# A paragraph of a few pieces repeated up to 100 times: long paragraphs, bounded cost an example.
huge = st.builds(lambda p, n: p * n, st.lists(piece, min_size=1, max_size=8).map("".join),
                 st.integers(20, 100))
article_text = st.lists(st.one_of(paragraph, paragraph, paragraph, huge, st.just("")),
                        max_size=5).map(
    "\n\n".join
)
# In memory where the machine has it: the same atomic path (fsync included) without waiting
# ~20 ms a file for a shared disk. Durability and full disks are tests/layers/test_export_safety.py's.
MEMORY = Path("/dev/shm")
OUT = Path(tempfile.mkdtemp(prefix="fuzz-", dir=MEMORY if MEMORY.is_dir() and os.access(MEMORY, os.W_OK) else None))


@pytest.fixture(scope="module", autouse=True)
def _remove_out():
    """One folder for every article (no per-example temp dirs), removed at the end: memory is not disk."""
    yield
    shutil.rmtree(OUT, ignore_errors=True)


def page_scripts() -> int:
    page = render_standalone(build_layers(parse_article("无。"), GAZETTEER), parse_article("无。"))
    return page.count("</script>")


SCRIPTS = page_scripts()


def read(text: str):
    """The article, or None after checking that a refusal is our own error with a message."""
    try:
        return parse_article(text, "fuzz.txt")
    except ArticleError as err:
        assert str(err).startswith("the article fuzz.txt ")
        return None


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))  # fmt: skip
@given(article_text)
def test_any_article_is_found_mapped_and_exported_or_refused_clearly(text):
    article = read(text)
    if article is None:
        return
    mentions = locate_mentions(article, GAZETTEER, CHAIN)
    # Offsets index the text as written; names are given as read, in simplified characters
    # (a traditional alias such as 嚴東湖 is found as 严东湖: geo/scripts.py).
    assert all(article.reading[m.start : m.end] == m.name and m.start < m.end for m in mentions)
    check_rows(text, layer_rows(article, GAZETTEER, mentions))
    layers = build_layers(article, GAZETTEER, mentions)
    assert list(layers) == list(LAYERS)
    page = render_standalone(layers, article)
    assert page.count("</script>") == SCRIPTS  # the article's markup never closes a script
    to_html(page, OUT / "map.html")
    check_geojson(layers)
    check_csv(layers)


def check_rows(text: str, rows: dict) -> None:
    """Every row has every column; figures and passages point at the article's own text."""
    for feature in (f for layer in rows.values() for f in layer):
        row = feature.as_row()
        assert set(COLUMNS) <= set(row)
        for figure in feature.figures:
            assert text[figure.start : figure.end] == figure.text
        for passage in feature.passages:
            assert all(passage.start <= s < e <= passage.end for s, e in passage.mentions)
        page_json = script_json({k: v for k, v in row.items() if k != "geometry"})
        assert "<" not in page_json and ">" not in page_json
        assert not str(neutralise(feature.name_zh)).startswith(("=", "+", "-", "@"))


def check_geojson(layers: dict) -> None:
    """The layers with rows, written and read back: every feature, its name intact."""
    filled = [name for name, gdf in layers.items() if len(gdf)]
    if not filled:
        return
    for name, path in zip(filled, export(layers, OUT, names=filled), strict=True):
        data = json.loads(path.read_text("utf-8"))
        assert data["type"] == "FeatureCollection"
        assert [f["properties"]["name_zh"] for f in data["features"]] == list(layers[name]["name_zh"])


def check_csv(layers: dict) -> None:
    """One row per point; no text cell a spreadsheet would run as a formula."""
    (path,) = export(layers, OUT, "csv")
    raw = path.read_bytes()
    assert path == OUT / CSV_NAME and raw.startswith("\ufeffid,name,name_zh,".encode())
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    points = sum(int((gdf.geometry.notna() & (gdf.geom_type == "Point")).sum()) for gdf in layers.values())
    assert len(table) - 1 == points
    names = [row[1] for row in table[1:]] + [row[2] for row in table[1:]]
    assert not [cell for cell in names if cell.startswith(FORMULA_STARTS)]


def test_a_traditional_alias_is_found_at_its_place_and_named_as_read():
    """嚴東湖 (an OSM alias): the mention covers the characters as written, named 严东湖."""
    article = parse_article("嚴東湖", "fuzz.txt")
    (mention,) = locate_mentions(article, GAZETTEER, CHAIN)
    assert (mention.start, mention.end, mention.name) == (0, 3, "严东湖")
