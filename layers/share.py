"""A view of the map as a link: zone, language, basemap and layers in the URL's query.

``?zone=<id>&lang=zh|en&basemap=<name>&layers=<a,b>`` is the one spelling for the app
and the standalone page (``assets/link.js`` writes and reads the same keys in the
browser). A link is read once, when a session starts; a bad value is reported, in words
that name it, and replaced by the default, so a mistyped link still opens a map.

>>> view, problems = read_view({"zone": "hust_belt", "lang": "en", "layers": "zones,firms"})
>>> view.lang, view.basemap, ",".join(view.layers), problems
('en', 'osm', 'zones,firms', [])
>>> link_query(view)
'?zone=hust_belt&lang=en&basemap=osm&layers=zones,firms'
>>> read_view({"lang": "fr"})[1]
['链接中的语言“fr”无效，可选 zh 或 en（显示 zh）']
>>> read_view({"lang": "en", "basemap": "google"})[1]
['unknown basemap “google” in the link; choose osm, positron, gaode, none (showing osm)']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

from layers.catalogue import DRAWN_LAYERS, basemaps, text
from layers.standalone import iframe_snippet

LANGS = ("zh", "en")
LINK_KEYS = ("zone", "lang", "basemap", "layers")
DEFAULT_BASEMAP = "osm"
EMBED_HEIGHT = 600


@dataclass(frozen=True)
class View:
    """What a reader sees: the selection, the language, the basemap and the visible layers."""

    zone: str | None = None
    lang: str = LANGS[0]
    basemap: str = DEFAULT_BASEMAP
    layers: tuple[str, ...] = tuple(DRAWN_LAYERS)


def _one(value) -> str | None:
    """A query value: Streamlit gives the last of a repeated key; a list means the same."""
    if isinstance(value, list | tuple):
        return str(value[-1]) if value else None
    return None if value is None else str(value)


def read_view(query: Mapping) -> tuple[View, list[str]]:
    """The view a link asks for, and one plain-text problem per bad value (its default is used),
    in the view's language."""
    problems: list[tuple[str, dict]] = []
    default = View()
    zone = _one(query.get("zone")) or None
    lang = _one(query.get("lang"))
    if lang is not None and lang not in LANGS:
        problems.append(("bad_link_lang", {"value": lang, "default": default.lang}))
        lang = None
    basemap = _one(query.get("basemap"))
    if basemap is not None and basemap not in basemaps():
        problems.append(("bad_link_basemap", {"value": basemap, "choices": ", ".join(basemaps()),
                                              "default": default.basemap}))  # fmt: skip
        basemap = None
    view = View(zone, lang or default.lang, basemap or default.basemap,
                _layers(_one(query.get("layers")), problems))  # fmt: skip
    return view, [text(key, view.lang).format(**values) for key, values in problems]


def _layers(value: str | None, problems: list) -> tuple[str, ...]:
    """``a,b`` as layer names in map order; unknown names are reported and left out."""
    if value is None:
        return View.layers
    asked = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in asked if name not in DRAWN_LAYERS]
    if unknown:
        problems.append(("bad_link_layers", {"value": ", ".join(f"“{n}”" for n in unknown),
                                             "choices": ", ".join(DRAWN_LAYERS)}))  # fmt: skip
        if len(unknown) == len(asked):
            return View.layers  # nothing usable asked for: the default, not an empty map
    return tuple(name for name in DRAWN_LAYERS if name in asked)


def link_params(view: View, full: bool = True) -> dict[str, str]:
    """The view as query parameters, in link order; ``full=False`` leaves out defaults."""
    default = View()
    params = {"zone": view.zone, "lang": view.lang, "basemap": view.basemap,
              "layers": ",".join(view.layers)}  # fmt: skip
    if not full:
        params = {k: v for k, v in params.items() if k == "zone" or v != link_params(default)[k]}
    return {k: v for k, v in params.items() if v is not None}


def link_query(view: View, full: bool = True) -> str:
    """``?zone=…&lang=…&basemap=…&layers=a,b``: percent-encoded, commas kept readable."""
    params = link_params(view, full)
    return "?" + "&".join(f"{k}={quote(v, safe=',')}" for k, v in params.items()) if params else ""


def embed_url(url: str) -> str:
    """The app's link in Streamlit's embed mode (no sidebar, no menu)."""
    return url + ("&" if "?" in url else "?") + "embed=true"


def embed_snippet(url: str, height: int = EMBED_HEIGHT) -> str:
    """The ``<iframe>`` that embeds the app at ``url``'s view, its ``src`` escaped.

    >>> embed_snippet("http://localhost:8501/?zone=hust_belt&lang=en")[:85]
    '<iframe src="http://localhost:8501/?zone=hust_belt&amp;lang=en&amp;embed=true" width='
    """
    return iframe_snippet(embed_url(url), height)
