"""One self-contained HTML file: the map, its legend, search and a side panel, with no server.

The page is the app's client-side view (``assets/wim.js``) over Leaflet. Its data
(``layers.client.client_data``: RFC 7946 GeoJSON, each feature's panel, search rows)
travels in a ``<script type="application/json">`` block. With ``offline=True`` Leaflet itself is inlined
from the ``django-js-lib-leaflet`` package, so the file opens without network
(cdn.jsdelivr.net and unpkg are blocked for many readers in mainland China).

>>> print(iframe_snippet("maps/wuhan.html?a=1&b=2", height=480))
<iframe src="maps/wuhan.html?a=1&amp;b=2" width="100%" height="480" style="border:0" loading="lazy" title="Wuhan Innovation Map"></iframe>
"""

from __future__ import annotations

import base64
import html
import re
from importlib.resources import files
from string import Template

import geopandas as gpd

from geo.article import Article
from layers.catalogue import basemaps, text
from layers.client import client_data
from layers.escape import script_json
from layers.vendor import leaflet_dir

IFRAME_TITLE = "Wuhan Innovation Map"
LEAFLET_CDN = "https://unpkg.com/leaflet@1.9.4/dist"
# Subresource integrity of Leaflet 1.9.4 as published; equal to the packaged files' sha256.
LEAFLET_SRI = {
    "leaflet.css": "sha256-p4NxAoJBhIIN+hmNHrzRCf9tD/miZyoHS5obTRR9BMY=",
    "leaflet.js": "sha256-20nQCchB9co0qIjJZRGuk2/Z9VM+kNiyxNV1lvTlZBo=",
}
_CSS_IMAGE = re.compile(r"url\((images/[\w.-]+\.png)\)")


def default_title(lang: str) -> str:
    """The page's title in ``lang`` alone."""
    return text("title", lang)


def head_meta(article: Article, lang: str) -> str:
    """``<meta>`` elements that say which article the page maps (Dublin Core terms).

    >>> from geo.article import ArticleMeta, parse_article
    >>> print(head_meta(parse_article("# 标题\\n\\n正文。"), "en"))
    <meta name="description" content="《标题》">
    <meta name="dcterms.title" content="标题">
    """
    meta = article.meta
    rows = [("description", meta.credit(lang)), ("dcterms.title", meta.headline),
            ("dcterms.publisher", meta.outlet), ("dcterms.date", meta.date),
            ("dcterms.source", meta.url)]  # fmt: skip
    return "\n".join(f'<meta name="{name}" content="{html.escape(value)}">'
                     for name, value in rows if value)  # fmt: skip


def article_line(article: Article, lang: str) -> str:
    """The header line under the page's title: the article's credit, its URL a link."""
    meta = article.meta
    credit = meta.credit(lang)
    if not credit:
        return ""
    label = html.escape(text("article", lang))
    if meta.url.startswith(("https://", "http://")):
        shown = html.escape(credit.replace(meta.url, "").rstrip(", ，"))
        link = f' <a href="{html.escape(meta.url)}" rel="noopener noreferrer">{html.escape(meta.url)}</a>'
        return f'<p class="wim-article-line">{label}: {shown}{link}</p>'
    return f'<p class="wim-article-line">{label}: {html.escape(credit)}</p>'


def standalone_data(layers: dict[str, gpd.GeoDataFrame], article: Article, lang: str = "zh") -> dict:
    """Everything the page's script reads: the client map's data on OpenStreetMap tiles."""
    return client_data(layers, article, lang=lang, basemap="osm")


def _asset(name: str) -> str:
    return files("layers").joinpath("assets", name).read_text("utf-8")


def _inline_script(source: str) -> str:
    if "</script" in source.lower():
        raise ValueError("a script to inline contains '</script' and would end its element early")
    return f"<script>\n{source}\n</script>"


def leaflet_css_inline() -> str:
    """Leaflet's CSS with its control images as data URIs: needs no file beside it."""
    folder = leaflet_dir()

    def data_uri(match: re.Match) -> str:
        image = base64.b64encode(folder.joinpath(match.group(1)).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{image})"

    return _CSS_IMAGE.sub(data_uri, folder.joinpath("leaflet.css").read_text("utf-8"))


def _leaflet_inline() -> tuple[str, str]:
    """Leaflet's CSS and script, from the PyPI package."""
    folder = leaflet_dir()
    css = leaflet_css_inline()
    return f"<style>\n{css}\n</style>", _inline_script(
        folder.joinpath("leaflet.js").read_text("utf-8")
    )


def _leaflet_linked() -> tuple[str, str]:
    css, js = (f"{LEAFLET_CDN}/{name}" for name in ("leaflet.css", "leaflet.js"))
    return (
        f'<link rel="stylesheet" href="{css}" integrity="{LEAFLET_SRI["leaflet.css"]}" crossorigin="">',
        f'<script src="{js}" integrity="{LEAFLET_SRI["leaflet.js"]}" crossorigin=""></script>',
    )


def views_data(layers: dict[str, gpd.GeoDataFrame], article: Article, lang: str = "zh",
               start: dict | None = None) -> dict:  # fmt: skip
    """What a link to the page can switch to (``?lang=``, ``?basemap=``, ``?layers=``, ``?zone=``):
    the other language's data, the basemaps whose tiles are WGS-84 like the page's geometries
    (not Gaode, whose GCJ-02 tiles need shifted shapes), and the view the page opens on."""
    from layers.client import _basemap

    other = "en" if lang == "zh" else "zh"
    wgs84 = {key: _basemap(key) for key, (_, _, datum) in basemaps().items() if datum == "WGS-84"}
    start = {k: v for k, v in (start or {}).items() if v is not None}
    if start.get("basemap") not in wgs84:
        start.pop("basemap", None)  # a Gaode view opens on OpenStreetMap, the page's default
    return {"start": start, "other": standalone_data(layers, article, other), "basemaps": wgs84}


def render_standalone(layers: dict[str, gpd.GeoDataFrame], article: Article,
                      offline: bool = False, title: str | None = None, lang: str = "zh",
                      start: dict | None = None) -> str:  # fmt: skip
    """One HTML document that shows ``layers`` with a legend, search and an information panel.

    Parameters
    ----------
    layers : the output of ``layers.build.build_layers`` (EPSG:4326; others are reprojected).
    article : the article the layers were built from; its quoted paragraphs are embedded.
    offline : inline Leaflet instead of linking it from unpkg; the file then needs no network
        except for the OpenStreetMap tiles, without which features draw on a plain background.
    title : the page title; the map's title in ``lang`` when None.
    lang : the language of names, labels and the panel (``zh`` or ``en``); ``?lang=`` switches.
    start : the view the page opens on, ``{"zone", "basemap", "layers"}`` (an app download's
        view); a link's ``?zone=``/``#id``, ``?basemap=`` and ``?layers=`` override it.
    """
    leaflet_css, leaflet_js = _leaflet_inline() if offline else _leaflet_linked()
    return Template(_asset("standalone.html")).substitute(
        title=html.escape(title or default_title(lang)),
        lang=html.escape(lang),
        head_meta=head_meta(article, lang),
        article_line=article_line(article, lang),
        leaflet_css=leaflet_css,
        app_css=_asset("wim.css"),
        data=script_json(standalone_data(layers, article, lang)),
        views=script_json(views_data(layers, article, lang, start)),
        leaflet_js=leaflet_js,
        app_js=_inline_script("\n".join(_asset(n) for n in ("wim.js", "link.js", "standalone.js"))),
    )


def iframe_snippet(path_or_url: str, height: int = 600) -> str:
    """An ``<iframe>`` that embeds a page written by ``render_standalone``."""
    return (
        f'<iframe src="{html.escape(path_or_url)}" width="100%" height="{int(height)}" '
        f'style="border:0" loading="lazy" title="{IFRAME_TITLE}"></iframe>'
    )
