"""Generated articles through the pipeline: parse -> find -> facts -> layer rows -> page data,
and a share of them on through GeoDataFrames -> standalone HTML -> GeoJSON and CSV exports.

Texts mix real place names, figures, punctuation, markup, lone surrogates and huge or empty
paragraphs. The only exception allowed is our own ``ArticleError`` with a message; everything
else must come out whole. ``FUZZ_EXAMPLES`` sets the number of articles through the text
pipeline (default 2,000; ``make fuzz`` runs 10,000); ``FUZZ_FILE_EXAMPLES`` the number that
also go to files (default 40: eight GeoDataFrames and ten verified files cost ~0.15 s an article).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.article import parse_article
from geo.errors import ArticleError
from geo.gazetteer import load_gazetteer
from geo.geocoders import make_chain
from geo.places import locate_mentions
from layers.build import COLUMNS, LAYERS, build_layers, layer_rows
from layers.export import CSV_NAME, export, neutralise, to_html
from layers.standalone import render_standalone, script_json

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "2000"))
FILE_EXAMPLES = int(os.environ.get("FUZZ_FILE_EXAMPLES", "40"))
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
OUT = Path(tempfile.mkdtemp(prefix="fuzz-"))


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
def test_any_article_is_found_and_quoted_or_refused_clearly(text):
    article = read(text)
    if article is None:
        return
    mentions = locate_mentions(article, GAZETTEER, CHAIN)
    assert all(text[m.start : m.end] == m.name for m in mentions)
    features = layer_rows(article, GAZETTEER, mentions)
    for feature in (f for layer in features.values() for f in layer):
        row = feature.as_row()
        assert set(COLUMNS) <= set(row)
        for figure in feature.figures:
            assert text[figure.start : figure.end] == figure.text
        for passage in feature.passages:
            assert all(passage.start <= s < e <= passage.end for s, e in passage.mentions)
        page_json = script_json({k: v for k, v in row.items() if k != "geometry"})
        assert "<" not in page_json and ">" not in page_json
        assert not str(neutralise(feature.name_zh)).startswith(("=", "+", "-", "@"))


@settings(max_examples=FILE_EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))  # fmt: skip
@given(article_text)
def test_any_article_goes_to_a_page_and_files_or_is_refused_clearly(text):
    article = read(text)
    if article is None:
        return
    layers = build_layers(article, GAZETTEER, locate_mentions(article, GAZETTEER, CHAIN))
    assert list(layers) == list(LAYERS)
    page = render_standalone(layers, article)
    assert page.count("</script>") == SCRIPTS  # the article's markup never closes a script
    to_html(page, OUT / "map.html")
    for path in export(layers, OUT):
        assert json.loads(path.read_text("utf-8"))["type"] == "FeatureCollection"
    export(layers, OUT, "csv")
    assert (OUT / CSV_NAME).read_bytes().startswith("\ufeffid,".encode())
