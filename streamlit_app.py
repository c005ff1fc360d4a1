"""Wuhan Innovation Map: the Streamlit page (thin: widgets in, calls into geo/ and layers/).

The map, search and panel are one client-side view (layers/assets/wim.js) mounted as a
Streamlit v2 component: a click opens the panel in the page, and Python gets the pick as
component state for ``?zone=``, hand placement and downloads.
"""

from __future__ import annotations

import gc
import html
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
from layers.catalogue import DRAWN_LAYERS, basemaps, text, ui_strings
from layers.client import (
    client_data,
    component_assets,
    component_bytes,
    encode_map,
    share_assets,
    version_of,
)
from layers.escape import plain
from layers.export import export_bytes, points_table
from layers.placements import PlacementError, PlacementStore, article_key
from layers.share import View, link_params, read_view
from layers.standalone import iframe_snippet
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


@st.cache_resource
def share_component():
    """The share box: copy link, the link in a text field, the embed code (assets/link.js)."""
    js, css = share_assets()
    return st.components.v2.component("wim_share", js=js, css=css, isolate_styles=False)


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
def map_data(text: str, source: str, placements: tuple, lang: str, basemap: str) -> tuple[frozenset, str, bytes]:
    """The client map for one view: its panels' ids, its version (the component rebuilds on
    change) and its data encoded once. Every drawn layer is in it: the map's own layer control
    shows and hides them, no rebuild."""
    analysis = analyse(text, source, placements)
    data = client_data(analysis.layers, analysis.article, lang=lang, basemap=basemap,
                       unresolved_names=unresolved_names(analysis.mentions))  # fmt: skip
    return frozenset(data["panels"]), version_of([analysis.key, lang, basemap]), encode_map(data)


def unresolved_names(mentions: list) -> list[str]:
    """Names found in the text that are neither placed nor known: listed, never drawn."""
    return sorted({m.name for m in mentions if m.status == "unresolved" and not m.place_id})


@st.cache_data(show_spinner=False)
def downloads(text: str, source: str, placements: tuple, kind: str, lang: str, basemap: str,
              shown: tuple, selected: str | None) -> bytes:  # fmt: skip
    """One download's bytes for the view (language, visible layers, selection), built on first
    request and cached; written and verified by ``layers.export.export_bytes``."""
    analysis = analyse(text, source, placements)
    return export_bytes(analysis.layers, kind, article=analysis.article, lang=lang, names=shown,
                        selected=selected, basemap=basemap)  # fmt: skip


@st.cache_resource(show_spinner=False)
def the_seed() -> Article:
    """The seed article, read and split once per server (never changed after it is made)."""
    return seed_article()


@st.cache_resource(show_spinner=False)
def settle_heap() -> bool:
    """Once per server, after its first analysis: the gazetteer, the finder's tables and the
    libraries stay alive for good, so they go to the collector's permanent generation. Every
    full collection walked them all: 0.25 s, at a random moment of some page's load."""
    gc.collect()
    gc.freeze()
    return True


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
            return the_seed()
        if choice == "paste":
            pasted = st.sidebar.text_area(text("paste_label", lang), height=160, key="paste")
            return said_if_converted(parse_article(pasted, "(pasted text)"), lang) if pasted else None
        upload = st.sidebar.file_uploader(text("upload_label", lang), type=["txt", "md"], key="upload")
        return said_if_converted(decode_article(upload.getvalue(), upload.name), lang) if upload else None
    except ArticleError as err:
        st.error(plain(err))  # the message quotes the file name
        return None


def said_if_converted(article: Article, lang: str) -> Article:
    """A text in traditional characters says that it was read through simplified ones."""
    if article.converted:
        st.sidebar.caption(text("read_as_simplified", lang))
    return article


def select(feature_id: str | None) -> None:
    """The selection; the page keeps ``?zone=`` in step with it (Python only reads the link)."""
    st.session_state["selected"] = feature_id


def on_pick() -> None:
    """Registers the component's ``pick`` state; ``take_pick`` reads it after the mount."""


def map_painted() -> None:
    """The map is on screen: this rerun and every later one draw the settings too (``main``)."""
    st.session_state["map_painted"] = True


def visible_layers() -> list[str]:
    """The layers shown on the map: the map's one layer control sets them, exports read them."""
    return st.session_state.setdefault("layers", list(DRAWN_LAYERS))


def take_layers(names: list | None) -> bool:
    """The layer control's state, as the component reports it after a change; True if changed."""
    if names is not None and [n for n in DRAWN_LAYERS if n in names] != visible_layers():
        st.session_state["layers"] = [n for n in DRAWN_LAYERS if n in names]
        return True
    return False


def take_pick(pick: dict | None) -> None:
    """The component's pick: the selection (or none) and the last map click, in WGS-84; a new
    click while a name waits to be placed places it there; a dragged pin moves its name."""
    if not pick or pick == st.session_state.get("last_pick"):
        return
    st.session_state["last_pick"] = pick
    if pick.get("article") != st.session_state.get("article_key"):
        return  # made on a map of another article: stale
    changed = take_move(pick.get("moved"))
    select(pick.get("id"))
    if pick.get("lon") is not None:
        st.session_state["last_clicked"] = wgs84_of(pick["lon"], pick["lat"])
        waiting = st.session_state.pop("placing", None)
        if waiting and pick.get("fresh"):
            place(waiting, st.session_state["last_clicked"])
            changed = True
    if changed:
        st.rerun()  # the map again, with the placement


def take_move(moved: dict | None) -> bool:
    """A dragged pin (it travels with later picks too: each is applied once, by its time)."""
    if not moved or moved == st.session_state.get("last_move"):
        return False
    st.session_state["last_move"] = moved
    if moved.get("article", st.session_state.get("article_key")) != st.session_state.get("article_key"):
        return False
    place(moved["name"], wgs84_of(moved["lon"], moved["lat"]))
    return True


def wgs84_of(lon: float, lat: float) -> tuple[float, float]:
    """A point of the map as shown (GCJ-02 on Gaode tiles) in WGS-84, to 6 decimals."""
    wgs = to_wgs84(LonLat(lon, lat, BASEMAPS[st.session_state["basemap"]][2]))
    return round(wgs.lon, 6), round(wgs.lat, 6)


# ---- names placed by hand: on disk per article (layers/placements.py), undone in the session --


def stored_placements(text: str) -> dict:
    """The article's placements from disk; a damaged or unreadable file becomes a message."""
    st.session_state["store_key"] = article_key(text)
    store = PlacementStore()
    try:
        placed = store.load(st.session_state["store_key"])
    except PlacementError as err:
        st.error(plain(err))
        placed = {}
    problems = st.session_state.setdefault("store_problems", [])
    problems += store.problems  # said on every run of this session: a file set aside is news
    for problem in problems:
        st.warning(plain(problem))
    return placed


def place(name: str, point: tuple[float, float] | None) -> None:
    """Place (or with None remove) ``name`` for this article, on disk; remembered for undo."""
    key = st.session_state["store_key"]
    store = PlacementStore()
    try:
        before = store.put(key, name, *point) if point else store.remove(key, name)
    except (PlacementError, ValueError) as err:
        st.session_state["placement_error"] = str(err)
        return
    st.session_state.setdefault("undo", []).append((key, name, before))


def undo() -> None:
    """Put the last change back: the name's position before it, or no placement."""
    key, name, before = st.session_state["undo"].pop()
    store = PlacementStore()
    try:
        store.put(key, name, *before) if before else store.remove(key, name)
    except (PlacementError, ValueError) as err:
        st.session_state["placement_error"] = str(err)


def current_selection(analysis: Analysis) -> str | None:
    """The selection for this article: from ``?zone=`` at first, reset when the article changes."""
    if st.session_state.get("article_key") != analysis.key:
        first = "article_key" not in st.session_state
        st.session_state["article_key"] = analysis.key
        select(st.query_params.get("zone") if first else None)
    return st.session_state.get("selected")


def show_map(analysis: Analysis, lang: str, basemap: str) -> str | None:
    article = analysis.article
    shown = tuple(visible_layers())
    panel_ids, version, encoded = map_data(article.text, article.source, analysis_placements(), lang, basemap)
    selected = current_selection(analysis)
    extra = {"link": link_params(View(None, lang, basemap, shown), full=False),
             "text": st.session_state.get("store_key"), "placing": st.session_state.get("placing"),
             "pins": pins(analysis_placements(), basemap)}  # fmt: skip
    state = {"version": version, "article": analysis.key, "selected": selected, "visible": visible_layers(),
             "painted": st.session_state.get("map_painted", False), **extra}  # fmt: skip
    result = map_component()(key=MAP_KEY, data=component_bytes(state, encoded),
                             default={"pick": None, "layers": None, "painted": None}, on_pick_change=on_pick,
                             on_layers_change=on_pick, on_painted_change=map_painted)  # fmt: skip
    take_pick(result.pick)
    if take_layers(result.layers):
        st.rerun()  # the link and the downloads follow the layer control at once
    selected = st.session_state.get("selected")
    if selected and selected not in panel_ids:
        st.warning(f"{text('unknown_zone', lang)}: “{plain(selected)}”")
    return selected


def analysis_placements() -> tuple:
    """This run's placements, ((name, (lon, lat)), ...): a cache key for the analysis."""
    return tuple(sorted((n, tuple(p)) for n, p in st.session_state.setdefault("placements", {}).items()))


def pins(placements: tuple, basemap: str) -> list[dict]:
    """The placed names as draggable pins, in the basemap's datum (GCJ-02 on Gaode)."""
    from geo.datums import to_gcj02
    from geo.ids import user_id

    gcj02 = BASEMAPS[basemap][2] == "GCJ-02"
    out = []
    for name, (lon, lat) in placements:
        shown = to_gcj02(LonLat(lon, lat)) if gcj02 else LonLat(lon, lat)
        out.append({"name": name, "id": user_id(name), "lon": round(shown.lon, 7), "lat": round(shown.lat, 7)})
    return out


DOWNLOAD_FILES = (  # label (a UI string key, or the format's own name), kind, file name, MIME type
    ("GeoJSON", "geojson", "wuhan_innovation.geojson", "application/geo+json"),
    ("GeoPackage", "gpkg", "wuhan_innovation.gpkg", "application/geopackage+sqlite3"),
    ("CSV", "csv", "wuhan_innovation_points.csv", "text/csv"),
    ("html_map", "html", "wuhan_innovation_map.html", "text/html"),
    ("print_png", "png", "wuhan_innovation_map.png", "image/png"),
    ("print_svg", "svg", "wuhan_innovation_map.svg", "image/svg+xml"),
    ("print_pdf", "pdf", "wuhan_innovation_map.pdf", "application/pdf"),
)


def show_downloads(body: str, source: str, placements: tuple, layers: dict, lang: str,
                   basemap: str = "osm", shown: tuple = DRAWN_LAYERS) -> None:  # fmt: skip
    """Every download of the view: its language, its visible layers; the HTML page opens at the
    selection (see ``layers.export.export_bytes``)."""
    st.sidebar.markdown(f"**{text('downloads', lang)}**")
    st.sidebar.caption(text("only_shown_layers", lang))
    args = (body, source, placements)
    # The GeoJSON is small and cached for every session: its bytes go with the page, so the
    # button's link (a hash of the bytes) outlives a rerun. A deferred button gets a new link on
    # every rerun and drops the old one: a click while a pick's rerun is on its way was lost
    # (bench/bench_load.py). The others are built when clicked: a print map takes seconds. Only
    # the HTML page depends on the selection and basemap: the other files stay cached.
    for label, kind, file_name, mime in DOWNLOAD_FILES:
        opening = (basemap, st.session_state.get("selected")) if kind == "html" else ("osm", None)
        label = text(label, lang) if label.islower() else label
        build = partial(downloads, *args, kind, lang, opening[0], tuple(shown), opening[1])
        st.sidebar.download_button(label, build() if kind == "geojson" else build, file_name, mime,
                                   on_click="ignore")  # fmt: skip


def show_share(lang: str, basemap: str, shown: tuple) -> None:
    """Copy link and embed code for the view; the problems of the link the session opened with."""
    for problem in st.session_state.get("link_problems", ()):
        st.warning(plain(problem))  # in the link's language; it names the value and the link
    with st.sidebar.expander(text("share", lang), expanded=False):
        params = link_params(View(None, lang, basemap, tuple(shown)))
        # The HTML map's embed code goes in the box as text: st.code's syntax highlighter cost the
        # page 0.77 s of main-thread time before the map could draw (bench/bench_app.py).
        share_component()(key="wim_share", data={"params": params, "ui": ui_strings(lang),
                                                 "file_embed": iframe_snippet("wuhan_innovation_map.html")})


def apply_link() -> None:
    """A shared link's view (``?lang=&basemap=&layers=``), set into the widgets once, when the
    session starts; ``?zone=`` is read with the first article (``current_selection``)."""
    st.session_state.setdefault("layers", list(DRAWN_LAYERS))
    if "link_problems" not in st.session_state:
        view, problems = read_view(st.query_params.to_dict())
        st.session_state["link_problems"] = problems
        st.session_state.update(lang=view.lang, basemap=view.basemap, layers=list(view.layers))


def show_unresolved(mentions: list, placements: dict, lang: str) -> None:
    """The names not placed: place one where the map was clicked, or on the next click; the names
    placed by hand, each removable; undo. Placed names leave the list."""
    names = sorted({m.name for m in mentions if m.status == "unresolved" and not m.place_id})
    if not names:
        return
    waiting = [n for n in names if n not in placements]
    with st.expander(f"{text('unresolved', lang)} ({len(waiting)})", expanded=bool(st.session_state.get("placing"))):
        if error := st.session_state.pop("placement_error", None):
            st.error(plain(error))
        if waiting:
            st.markdown("、".join(plain(n) for n in waiting))
            name = st.selectbox(text("place", lang), waiting, key="place_name")
            if st.session_state.get("last_clicked") and st.button(text("place_at_click", lang)):
                place(name, st.session_state["last_clicked"])
                st.rerun()
            if st.button(text("pick_on_map", lang)):
                st.session_state["placing"] = name
                st.rerun()
        if st.session_state.get("placing"):
            st.info(f"{text('placing', lang)}: {plain(st.session_state['placing'])}")
            if st.button(text("cancel", lang)):
                st.session_state.pop("placing")
                st.rerun()
        show_placed([n for n in names if n in placements], lang)


def show_placed(placed: list[str], lang: str) -> None:
    if placed:
        st.markdown(f"**{text('placed_list', lang)}**")
    for name in placed:
        left, right = st.columns([3, 1])
        left.markdown(plain(name))
        if right.button(text("remove", lang), key=f"remove:{name}"):
            place(name, None)
            st.rerun()
    mine = [u for u in st.session_state.get("undo", []) if u[0] == st.session_state.get("store_key")]
    if mine and st.button(text("undo", lang)):
        undo()
        st.rerun()


def log_run() -> None:
    """One line per script run to ``$WIM_RUN_LOG``: how the tests and bench count reruns."""
    path = os.environ.get("WIM_RUN_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"{time.time():.3f}\n")


def main() -> None:
    apply_link()  # before anything reads the language: a link's ?lang= is the page's language
    lang = st.session_state.get("lang", "zh")  # the radio below sets it; one language per page
    # Map first: the settings wait in a folded sidebar, the title is one short line.
    st.set_page_config(page_title=text("title", lang), layout="wide", initial_sidebar_state="collapsed")
    log_run()
    st.html(f'<h1 class="wim-page-title">{html.escape(text("title", lang))}</h1>')
    # Each language is offered in its own name, as language switches are.
    # A session's first run draws the map alone, with the settings' defaults (and the link's
    # language and basemap); the widgets come with the rerun the map asks for once it is painted.
    # Rendering them first cost the page 0.6-0.8 s of the browser's main thread before the map.
    settings = st.session_state.get("map_painted", False)
    if settings:
        lang = st.sidebar.radio(text("language", lang), ["zh", "en"], key="lang",
                                format_func={"zh": "中文", "en": "English"}.get)
        article = read_input(lang)
        basemap = st.sidebar.selectbox(text("basemap", lang), list(BASEMAPS), key="basemap",
                                       format_func=lambda b: BASEMAPS[b][0])  # fmt: skip
        chain = geocoder_settings(lang)
    else:
        article, basemap, chain = the_seed(), st.session_state["basemap"], None
    shown = tuple(visible_layers())  # the map's one layer control sets them (take_layers)
    if article is None:
        st.info(text("paste_or_upload", lang))
        return
    if article.meta.credit(lang):
        st.caption(f"{text('article', lang)}: {plain(article.meta.credit(lang))}")
    placements = st.session_state["placements"] = stored_placements(article.text)
    frozen = analysis_placements()
    analysis = analyse(article.text, article.source, frozen, chain)
    settle_heap()
    if not len(analysis.points) and not any(len(g) for g in analysis.layers.values()):
        st.warning(text("no_places", lang))
    show_map(analysis, lang, basemap)
    if not settings:
        return
    show_unresolved(analysis.mentions, placements, lang)
    if any(len(g) for g in analysis.layers.values()):
        show_downloads(article.text, article.source, frozen, analysis.layers, lang, basemap, tuple(shown))
    show_share(lang, basemap, tuple(shown))


main()
