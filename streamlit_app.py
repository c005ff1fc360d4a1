"""Wuhan Innovation Map: the Streamlit page (thin: widgets in, calls into geo/ and layers/).

The map, search and panel are one client-side view (layers/assets/wim.js) mounted as a
Streamlit v2 component: a click opens the panel in the page, and Python gets the pick as
component state for ``?zone=``, hand placement and downloads.
"""

from __future__ import annotations

import html
import os
import re
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
from layers.catalogue import DRAWN_LAYERS, LAYERS, basemaps, layer_label, text
from layers.client import client_data, component_assets, version_of
from layers.export import points_table
from layers.vendor import stage_leaflet

HERE = Path(__file__).parent
MAP_KEY = "wim_map"
BASEMAPS = basemaps()
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:=&\"'])")


def plain(text: object) -> str:
    r"""``text`` with every Markdown, math and HTML character escaped: shown as it is.

    >>> plain("[x](http://a) $y$")
    '\\[x\\]\\(http\\:\\/\\/a\\) \\$y\\$'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("/", "\\/")


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
def map_data(text: str, source: str, placements: tuple, lang: str, basemap: str) -> tuple[dict, str]:
    """The client map's data for one view, and its version (the component rebuilds on change).
    Every drawn layer is in it: the map's own layer control shows and hides them, no rebuild."""
    analysis = analyse(text, source, placements)
    data = client_data(analysis.layers, analysis.article, lang=lang, basemap=basemap,
                       unresolved_names=unresolved_names(analysis.mentions))  # fmt: skip
    return data, version_of([analysis.key, lang, basemap])


def unresolved_names(mentions: list) -> list[str]:
    """Names found in the text that are neither placed nor known: listed, never drawn."""
    return sorted({m.name for m in mentions if m.status == "unresolved" and not m.place_id})


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


def geocoder_settings(lang: str) -> GeocoderChain | None:
    """The sidebar's online geocoder for names the gazetteer lacks: off by default. Changing it
    forgets cached analyses, since it changes what an article resolves to."""
    with st.sidebar.expander(text("online_geocoder", lang)):
        provider = st.selectbox(text("service", lang), ["off", *ONLINE], key="geocoder", on_change=forget_analyses)
        key = st.text_input("API key", type="password", key="geocoder_key", on_change=forget_analyses,
                            help=text("api_key_help", lang))
        if provider == "off":
            return None
        try:
            return online_chain(provider, key)
        except WuhanMapError as err:
            st.error(str(err))
            return None


def read_input(lang: str) -> Article | None:
    """The article chosen in the sidebar; bad input becomes a message, never a traceback."""
    choice = st.sidebar.radio(text("article", lang), ["seed_article", "paste", "upload"], key="source",
                              format_func=lambda key: text(key, lang))
    try:
        if choice == "seed_article":
            return seed_article()
        if choice == "paste":
            pasted = st.sidebar.text_area(text("paste_label", lang), height=160, key="paste")
            return parse_article(pasted, "(pasted text)") if pasted else None
        upload = st.sidebar.file_uploader(text("upload_label", lang), type=["txt", "md"], key="upload")
        return decode_article(upload.getvalue(), upload.name) if upload else None
    except ArticleError as err:
        st.error(plain(err))  # the message quotes the file name
        return None


def select(feature_id: str | None) -> None:
    """The selection; the page keeps ``?zone=`` in step with it (Python only reads the link)."""
    st.session_state["selected"] = feature_id


def on_pick() -> None:
    """Registers the component's ``pick`` state; ``take_pick`` reads it after the mount."""


def visible_layers() -> list[str]:
    """The layers shown on the map: the map's one layer control sets them, exports read them."""
    return st.session_state.setdefault("layers", list(DRAWN_LAYERS))


def take_layers(names: list | None) -> None:
    """The layer control's state, as the component reports it after a change."""
    if names is not None and list(names) != visible_layers():
        st.session_state["layers"] = [n for n in DRAWN_LAYERS if n in names]


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


def show_map(analysis: Analysis, lang: str, basemap: str) -> str | None:
    article = analysis.article
    data, version = map_data(article.text, article.source, analysis_placements(), lang, basemap)
    selected = current_selection(analysis)
    result = map_component()(key=MAP_KEY, data={"map": data, "version": version, "article": analysis.key,
                                                 "selected": selected, "visible": visible_layers()},
                             default={"pick": None, "layers": None}, on_pick_change=on_pick,
                             on_layers_change=on_pick)  # fmt: skip
    take_pick(result.pick)
    take_layers(result.layers)
    selected = st.session_state.get("selected")
    if selected and selected not in data["panels"]:
        st.warning(f"{text('unknown_zone', lang)}: “{plain(selected)}”")
    return selected


def analysis_placements() -> tuple:
    return tuple(sorted(st.session_state.setdefault("placements", {}).items()))


def show_downloads(body: str, source: str, placements: tuple, layers: dict, lang: str) -> None:
    st.sidebar.markdown(f"**{text('downloads', lang)}**")
    layer = st.sidebar.selectbox(text("geojson_layer", lang), [n for n in LAYERS if len(layers[n])],
                                 format_func=lambda n: layer_label(n, lang))  # fmt: skip
    args = (body, source, placements)
    # Built when clicked, not on every run: a print map takes a second to draw.
    for label, kind, name, file_name, mime in (
        ("GeoJSON", "geojson", layer, f"{layer}.geojson", "application/geo+json"),
        ("GeoPackage", "gpkg", "", "wuhan_innovation.gpkg", "application/geopackage+sqlite3"),
        (text("html_map", lang), "html", "", "wuhan_innovation_map.html", "text/html"),
        (text("print_png", lang), "png", "", "wuhan_innovation_map.png", "image/png"),
    ):
        st.sidebar.download_button(label, partial(downloads, *args, kind, name), file_name, mime,
                                   on_click="ignore")


def show_unresolved(mentions: list, placements: dict, lang: str) -> None:
    names = sorted({m.name for m in mentions if m.status == "unresolved" and not m.place_id})
    if not names:
        return
    with st.expander(f"{text('unresolved', lang)} ({len(names)})"):
        st.markdown("、".join(plain(n) for n in names))
        name = st.selectbox(text("place", lang), [n for n in names if n not in placements])
        clicked = st.session_state.get("last_clicked")
        st.caption(text("click_first", lang) if not clicked else f"{text('last_click', lang)}: {clicked}")
        if name and clicked and st.button(text("place_here", lang)):
            placements[name] = clicked
            st.rerun()


def log_run() -> None:
    """One line per script run to ``$WIM_RUN_LOG``: how the tests and bench count reruns."""
    path = os.environ.get("WIM_RUN_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"{time.time():.3f}\n")


def main() -> None:
    lang = st.session_state.get("lang", "zh")  # the radio below sets it; one language per page
    # Map first: the settings wait in a folded sidebar, the title is one short line.
    st.set_page_config(page_title=text("title", lang), layout="wide", initial_sidebar_state="collapsed")
    log_run()
    st.html(f'<h1 class="wim-page-title">{html.escape(text("title", lang))}</h1>')
    # Each language is offered in its own name, as language switches are.
    lang = st.sidebar.radio(text("language", lang), ["zh", "en"], key="lang",
                            format_func={"zh": "中文", "en": "English"}.get)
    article = read_input(lang)
    basemap = st.sidebar.selectbox(text("basemap", lang), list(BASEMAPS), key="basemap", format_func=lambda b: BASEMAPS[b][0])
    chain = geocoder_settings(lang)
    if article is None:
        st.info(text("paste_or_upload", lang))
        return
    if article.meta.credit(lang):
        st.caption(f"{text('article', lang)}: {plain(article.meta.credit(lang))}")
    placements = st.session_state.setdefault("placements", {})
    frozen = analysis_placements()
    analysis = analyse(article.text, article.source, frozen, chain)
    if not len(analysis.points) and not any(len(g) for g in analysis.layers.values()):
        st.warning(text("no_places", lang))
    show_map(analysis, lang, basemap)
    show_unresolved(analysis.mentions, placements, lang)
    if any(len(g) for g in analysis.layers.values()):
        show_downloads(article.text, article.source, frozen, analysis.layers, lang)


main()
