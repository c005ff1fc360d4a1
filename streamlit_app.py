"""Wuhan Innovation Map: the Streamlit page (thin: widgets in, calls into geo/ and layers/).

The map, search and panel are one client-side view (layers/assets/wim.js) mounted as a
Streamlit v2 component: a click opens the panel in the page, and Python gets the pick as
component state for ``?zone=``, hand placement and downloads.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st

from geo.article import Article, decode_article, parse_article, seed_article
from geo.datums import LonLat, to_wgs84
from geo.errors import ArticleError, WuhanMapError
from geo.geocoders import ONLINE, GeocoderChain, make_chain
from geo.places import locate_mentions
from layers.build import build_layers
from layers.catalogue import DRAWN_LAYERS, LAYERS, basemaps, bilingual, layer_label
from layers.client import client_data, component_assets, version_of
from layers.escape import plain
from layers.export import points_table
from layers.vendor import stage_leaflet

HERE = Path(__file__).parent
MAP_KEY = "wim_map"
BASEMAPS = basemaps()


@st.cache_resource
def map_component():
    """The map component, registered once; Leaflet is staged under ./static (no CDN)."""
    stage_leaflet(HERE / "static")
    js, css = component_assets()
    return st.components.v2.component("wim_map", js=js, css=css, isolate_styles=False)


@dataclass(frozen=True)
class Analysis:
    article: Article
    mentions: list
    layers: dict
    key: str  # the article and its hand placements: a pick made on another article is stale
    points: pd.DataFrame


@st.cache_resource(max_entries=32, show_spinner="Finding and placing the article's places…")
def analyse(text: str, source: str, placements: tuple = (), _chain: GeocoderChain | None = None) -> Analysis:
    """Everything the page derives from an article; cached (shared, never mutated), so a
    click's rerun recomputes nothing."""
    article = parse_article(text, source)
    mentions = locate_mentions(article, chain=_chain)
    layers = build_layers(article, mentions=mentions, user_places=dict(placements))
    table = points_table(layers)[["name_zh", "layer", "lon", "lat"]]
    return Analysis(article, mentions, layers, version_of([text, source, placements]), table)


@st.cache_resource(max_entries=16, show_spinner=False)
def map_data(text: str, source: str, placements: tuple, lang: str, basemap: str,
             shown: tuple) -> tuple[dict, str]:  # fmt: skip
    """The client map's data for one view, and its version (the component rebuilds on change)."""
    analysis = analyse(text, source, placements)
    data = client_data(analysis.layers, analysis.article, lang=lang, basemap=basemap, names=shown)
    return data, version_of([analysis.key, lang, basemap, shown])


@st.cache_data(show_spinner=False)
def downloads(text: str, source: str, placements: tuple, kind: str, name: str = "") -> bytes:
    """One download's bytes, built on first request and cached."""
    import tempfile

    from layers.export import export
    from layers.standalone import render_standalone

    analysis = analyse(text, source, placements)
    article, layers = analysis.article, analysis.layers
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "html":
            return render_standalone(layers, article, offline=True).encode("utf-8")
        if kind == "png":
            from layers.print_map import render_print

            return render_print(layers, Path(tmp) / "map.png").read_bytes()
        (path,) = export(layers, tmp, kind, [name] if name else None)
        return path.read_bytes()


def forget_analyses() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


@st.cache_resource(show_spinner=False)
def online_chain(provider: str, key: str) -> GeocoderChain:
    return make_chain(provider, **({} if provider == "nominatim" else {"api_key": key or None}))


def geocoder_settings() -> GeocoderChain | None:
    """The sidebar's online geocoder for names the gazetteer lacks: off by default. Changing it
    forgets cached analyses, since it changes what an article resolves to."""
    with st.sidebar.expander("在线地理编码 Online geocoder"):
        provider = st.selectbox("服务 Service", ["off", *ONLINE], key="geocoder", on_change=forget_analyses)
        key = st.text_input("API key", type="password", key="geocoder_key", on_change=forget_analyses,
                            help="或设置 Or set AMAP_KEY / TIANDITU_KEY / BAIDU_KEY")
        if provider == "off":
            return None
        try:
            return online_chain(provider, key)
        except WuhanMapError as err:
            st.error(str(err))
            return None


def read_input() -> Article | None:
    """The article chosen in the sidebar; bad input becomes a message, never a traceback."""
    choice = st.sidebar.radio("文章 Article", ["示例文章 Seed", "粘贴 Paste", "上传 Upload"], key="source")
    try:
        if choice.startswith("示例"):
            return seed_article()
        if choice.startswith("粘贴"):
            text = st.sidebar.text_area("粘贴文章 Paste an article", height=160, key="paste")
            return parse_article(text, "(pasted text)") if text else None
        upload = st.sidebar.file_uploader("上传 UTF-8 文本 Upload UTF-8 text", type=["txt", "md"], key="upload")
        return decode_article(upload.getvalue(), upload.name) if upload else None
    except ArticleError as err:
        st.error(plain(err))  # the message quotes the file name
        return None


def select(feature_id: str | None) -> None:
    """The selection; the page keeps ``?zone=`` in step with it (Python only reads the link)."""
    st.session_state["selected"] = feature_id


def on_pick() -> None:
    """Registers the component's ``pick`` state; ``take_pick`` reads it after the mount."""


def take_pick(pick: dict | None) -> None:
    """The component's pick: the selection (or none) and the last map click, in WGS-84."""
    if not pick or pick == st.session_state.get("last_pick"):
        return
    st.session_state["last_pick"] = pick
    if pick.get("article") != st.session_state.get("article_key"):
        return  # made on a map of another article: stale
    select(pick.get("id"))
    if pick.get("lon") is not None:
        point = LonLat(pick["lon"], pick["lat"], BASEMAPS[st.session_state["basemap"]][2])
        wgs = to_wgs84(point)
        st.session_state["last_clicked"] = (round(wgs.lon, 6), round(wgs.lat, 6))


def current_selection(analysis: Analysis) -> str | None:
    """The selection for this article: from ``?zone=`` at first, reset when the article changes."""
    if st.session_state.get("article_key") != analysis.key:
        first = "article_key" not in st.session_state
        st.session_state["article_key"] = analysis.key
        select(st.query_params.get("zone") if first else None)
    return st.session_state.get("selected")


def show_map(analysis: Analysis, lang: str, basemap: str, shown: tuple) -> str | None:
    article = analysis.article
    data, version = map_data(article.text, article.source, analysis_placements(), lang, basemap, shown)
    selected = current_selection(analysis)
    result = map_component()(key=MAP_KEY, data={"map": data, "version": version, "article": analysis.key,
                                                 "selected": selected},
                             default={"pick": None}, on_pick_change=on_pick)  # fmt: skip
    take_pick(result.pick)
    selected = st.session_state.get("selected")
    if selected and selected not in data["panels"]:
        st.warning(f"没有这个区域 No zone or place with id “{plain(selected)}”.")
    return selected


def analysis_placements() -> tuple:
    return tuple(sorted(st.session_state.setdefault("placements", {}).items()))


def show_downloads(text: str, source: str, placements: tuple, layers: dict, lang: str) -> None:
    st.sidebar.markdown("**下载 Downloads**")
    layer = st.sidebar.selectbox("GeoJSON layer", [n for n in LAYERS if len(layers[n])],
                                 format_func=lambda n: layer_label(n, lang))  # fmt: skip
    args = (text, source, placements)
    # The GeoJSON layer is small and cached for every session: its bytes go with the page, so
    # the button's link (a hash of the bytes) outlives a rerun. A deferred button gets a new
    # link on every rerun and drops the old one: a click while a pick's rerun is on its way was
    # lost (bench/bench_load.py). The others are built when clicked: a print map takes seconds.
    for label, kind, name, file_name, mime in (
        ("GeoJSON", "geojson", layer, f"{layer}.geojson", "application/geo+json"),
        ("GeoPackage", "gpkg", "", "wuhan_innovation.gpkg", "application/geopackage+sqlite3"),
        ("HTML map", "html", "", "wuhan_innovation_map.html", "text/html"),
        ("Print map (PNG)", "png", "", "wuhan_innovation_map.png", "image/png"),
    ):
        data = downloads(*args, kind, name) if kind == "geojson" else partial(downloads, *args, kind, name)
        st.sidebar.download_button(label, data, file_name, mime, on_click="ignore")


def show_unresolved(mentions: list, placements: dict) -> None:
    names = sorted({m.name for m in mentions if m.status == "unresolved" and not m.place_id})
    if not names:
        return
    with st.expander(f"未定位的名称 Unresolved names ({len(names)})"):
        st.markdown("、".join(plain(n) for n in names))
        name = st.selectbox("放置 Place", [n for n in names if n not in placements])
        clicked = st.session_state.get("last_clicked")
        st.caption("先点击地图 Click the map first" if not clicked else f"last click: {clicked}")
        if name and clicked and st.button("放在最后点击处 Place at the last click"):
            placements[name] = clicked
            st.rerun()


def log_run() -> None:
    """One line per script run to ``$WIM_RUN_LOG``: how the tests and bench count reruns."""
    path = os.environ.get("WIM_RUN_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"{time.time():.3f}\n")


def main() -> None:
    st.set_page_config(page_title="武汉产业创新地图 Wuhan Innovation Map", layout="wide")
    log_run()
    st.title("武汉产业创新地图 · Wuhan Innovation Map")
    article = read_input()
    lang = st.sidebar.radio("语言 Language", ["zh", "en"], key="lang", format_func={"zh": "中文", "en": "English"}.get)
    basemap = st.sidebar.selectbox("底图 Basemap", list(BASEMAPS), key="basemap", format_func=lambda b: BASEMAPS[b][0])
    shown = st.sidebar.multiselect(bilingual("layer"), list(DRAWN_LAYERS), default=list(DRAWN_LAYERS), key="layers",
                                   format_func=lambda n: f"{layer_label(n, 'zh')} {layer_label(n, 'en')}")
    chain = geocoder_settings()
    if article is None:
        st.info("粘贴或上传一篇文章 Paste or upload an article.")
        return
    placements = st.session_state.setdefault("placements", {})
    frozen = analysis_placements()
    analysis = analyse(article.text, article.source, frozen, chain)
    if not len(analysis.points) and not any(len(g) for g in analysis.layers.values()):
        st.warning("这篇文章中没有找到地名 No places found in this article.")
    show_map(analysis, lang, basemap, tuple(shown))
    show_unresolved(analysis.mentions, placements)
    if any(len(g) for g in analysis.layers.values()):
        show_downloads(article.text, article.source, frozen, analysis.layers, lang)


main()
