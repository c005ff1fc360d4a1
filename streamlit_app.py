"""Wuhan Innovation Map: the Streamlit page (thin: widgets in, calls into geo/ and layers/)."""

from __future__ import annotations

import copy
import os
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo.article import Article, decode_article, parse_article, seed_article
from geo.errors import ArticleError, WuhanMapError
from geo.geocoders import ONLINE, GeocoderChain, make_chain
from geo.places import locate_mentions
from layers.build import LAYERS, build_layers
from layers.export import points_table
from layers.panel import Panel, all_features, build_panel, feature_geometry, search_options
from layers.styles import LAYER_LABELS, SELECTED_COLOUR
from layers.vendor import local_assets, stage_leaflet
from layers.webmap import BASEMAPS, DRAWN_LAYERS, make_map, shift_to_gcj02, zoom_to_fit

HERE = Path(__file__).parent
MAP_KEY = "zonemap"


@st.cache_resource
def staged_assets() -> dict:
    """Leaflet copied once from its package to ./static, served by Streamlit: no CDN needed."""
    stage_leaflet(HERE / "static")
    return local_assets()


@dataclass(frozen=True)
class Analysis:
    article: Article
    mentions: list
    layers: dict
    features: pd.DataFrame
    options: dict[str, str]
    points: pd.DataFrame


@st.cache_resource(max_entries=32, show_spinner="Finding and placing the article's places…")
def analyse(text: str, source: str, placements: tuple = (), _chain: GeocoderChain | None = None) -> Analysis:
    """Everything the page derives from an article; cached (shared, never mutated), so a
    click's rerun recomputes nothing."""
    article = parse_article(text, source)
    mentions = locate_mentions(article, chain=_chain)
    layers = build_layers(article, mentions=mentions, user_places=dict(placements))
    features = all_features(layers)
    return Analysis(article, mentions, layers, features, search_options(features),
                    points_table(layers)[["name_zh", "layer", "lon", "lat"]])


@st.cache_resource(max_entries=16, show_spinner=False)
def cached_map(text: str, source: str, placements: tuple, basemap: str, lang: str,
               shown: tuple) -> folium.Map:  # fmt: skip
    """The base map, built once per view; callers get a copy (st_folium adds to the map)."""
    layers = analyse(text, source, placements).layers
    return make_map(layers, basemap=basemap, lang=lang, names=shown, assets=staged_assets(),
                    popups=False)


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
        st.error(str(err))
        return None


def select(feature_id: str | None) -> None:
    st.session_state["selected"] = feature_id
    if feature_id:
        st.query_params["zone"] = feature_id


def on_map_click() -> None:
    """streamlit-folium's change callback: the clicked feature becomes the selection."""
    state = st.session_state.get(MAP_KEY) or {}
    drawing = state.get("last_active_drawing") or {}
    feature_id = (drawing.get("properties") or {}).get("id")
    if feature_id:
        select(feature_id)
    clicked = state.get("last_clicked")
    if clicked:
        st.session_state["last_clicked"] = (clicked["lng"], clicked["lat"])


def focus(layers: dict, feature_id: str | None, basemap: str):
    """Where the map flies for the selection, and the selection drawn in red on top."""
    geometry = feature_geometry(layers, feature_id) if feature_id else None
    if geometry is None:
        return None, None, None
    frame = gpd.GeoDataFrame({"id": [feature_id]}, geometry=[geometry], crs=4326)
    if BASEMAPS[basemap][2] == "GCJ-02":
        frame = shift_to_gcj02(frame)
    point = frame.geometry.iloc[0].representative_point()
    zoom = zoom_to_fit(frame.total_bounds)
    group = folium.FeatureGroup(name="selection")
    folium.GeoJson(frame.to_json(), style_function=lambda _: {
        "color": SELECTED_COLOUR, "weight": 4, "fillOpacity": 0.1},
        marker=folium.CircleMarker(radius=11, color=SELECTED_COLOUR, weight=4)).add_to(group)
    return (point.y, point.x), zoom, group


def show_panel(panel: Panel, drawn: bool, lang: str) -> None:
    first, second = (panel.name_en, panel.name_zh) if lang == "en" and panel.name_en else (
        panel.name_zh, panel.name_en)
    st.subheader(first)
    st.caption(" · ".join(x for x in (second, panel.kind, panel.district) if x))
    if not drawn:
        st.info(f"不在地图上 Not drawn on the map: {panel.how_drawn}")
    elif panel.approximate:
        st.info(f"近似 Approximate: {panel.how_drawn}")
    if panel.figures:
        st.markdown("**数字与目标 Figures and targets** (in the sentences that name it)")
        table = pd.DataFrame(panel.figures)[["text", "target", "paragraph"]]
        table["target"] = table["target"].map({True: "目标 target", False: ""})
        st.table(table.rename(columns={"text": "figure", "paragraph": "¶"}).set_index("figure"))
    st.markdown("**文章原文 What the article says**")
    for passage in panel.passages:
        st.markdown(f"¶{passage['paragraph']}: {passage['html']}", unsafe_allow_html=True)
    if panel.members:
        st.markdown("**包含 Places in it:** " + "、".join(panel.members))
    st.caption(f"坐标来源 Coordinates: {panel.source} ({panel.precision})")


def show_downloads(text: str, source: str, placements: tuple, layers: dict) -> None:
    st.sidebar.markdown("**下载 Downloads**")
    layer = st.sidebar.selectbox("GeoJSON layer", [n for n in LAYERS if len(layers[n])])
    args = (text, source, placements)
    # Built when clicked, not on every run: a print map takes a second to draw.
    for label, kind, name, file_name, mime in (
        ("GeoJSON", "geojson", layer, f"{layer}.geojson", "application/geo+json"),
        ("GeoPackage", "gpkg", "", "wuhan_innovation.gpkg", "application/geopackage+sqlite3"),
        ("HTML map", "html", "", "wuhan_innovation_map.html", "text/html"),
        ("Print map (PNG)", "png", "", "wuhan_innovation_map.png", "image/png"),
    ):
        st.sidebar.download_button(label, partial(downloads, *args, kind, name), file_name, mime,
                                   on_click="ignore")


def show_unresolved(mentions: list, placements: dict) -> None:
    names = sorted({m.name for m in mentions if m.status == "unresolved" and not m.place_id})
    if not names:
        return
    with st.expander(f"未定位的名称 Unresolved names ({len(names)})"):
        st.write("、".join(names))
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
    shown = st.sidebar.multiselect("图层 Layers", list(DRAWN_LAYERS), default=list(DRAWN_LAYERS), key="layers",
                                   format_func=lambda n: " ".join(LAYER_LABELS[n]))
    if article is None:
        st.info("粘贴或上传一篇文章 Paste or upload an article.")
        return
    placements = st.session_state.setdefault("placements", {})
    frozen = tuple(sorted(placements.items()))
    result = analyse(article.text, article.source, frozen, geocoder_settings())
    article, mentions, layers, features = result.article, result.mentions, result.layers, result.features
    if not len(features):
        st.warning("这篇文章中没有找到地名 No places found in this article.")
    if "selected" not in st.session_state:
        st.session_state["selected"] = st.query_params.get("zone")
    options = result.options
    ids = list(options.values())
    current = st.session_state["selected"]
    picked = st.selectbox("搜索 Search a zone or place", list(options), index=ids.index(current) if current in ids else None,
                          placeholder="华科 / Optics Valley …", key="search")
    if picked and options[picked] != current:
        select(options[picked])
        current = options[picked]
    left, right = st.columns([3, 2])
    with left:
        m = copy.deepcopy(cached_map(article.text, article.source, frozen, basemap, lang, tuple(shown)))
        centre, zoom, highlight = focus(layers, current, basemap)
        st_folium(m, key=MAP_KEY, height=620, use_container_width=True, on_change=on_map_click,
                  returned_objects=["last_active_drawing", "last_clicked"],
                  center=centre, zoom=zoom, feature_group_to_add=highlight)
    with right:
        panel = build_panel(features, current, article, lang) if current else None
        if panel:
            show_panel(panel, feature_geometry(layers, current) is not None, lang)
        elif current:
            st.warning(f"没有这个区域 No zone or place with id {current!r}.")
        else:
            st.markdown("在地图上点击一个区域，或在上方搜索。 Click a zone on the map or search above.")
    show_unresolved(mentions, placements)
    if len(features):
        st.sidebar.dataframe(result.points, hide_index=True)
        show_downloads(article.text, article.source, frozen, layers)


main()
