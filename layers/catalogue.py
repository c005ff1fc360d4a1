"""The one vocabulary of the map, read from ``catalogue.json`` (package data, xyzservices-style).

Layer order and labels, kinds with their colours, precision words, basemaps, the
Wuhan view and the UI strings live in that file; this module only reads it. No
other module spells a layer name: renderers ask for layers by *role* (``areas``,
``boundaries``, ``points``, ``beyond`` (outside Wuhan), ``unlocated``).

>>> LAYERS[0], layer_label(LAYERS[0], "en")
('zones', 'Innovation zones')
>>> precision_words("area", 2000, "en")
'approximate, within ~2 km'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from types import MappingProxyType

LANGS = ("zh", "en")


@cache
def catalogue() -> dict:
    """The parsed ``catalogue.json``; callers must not mutate it."""
    return json.loads(files("layers").joinpath("catalogue.json").read_text("utf-8"))


_C = catalogue()
LAYERS: tuple[str, ...] = tuple(layer["name"] for layer in _C["layers"])
LAYER_INFO = MappingProxyType({layer["name"]: MappingProxyType(layer) for layer in _C["layers"]})
DRAWN_LAYERS: tuple[str, ...] = tuple(n for n in LAYERS if LAYER_INFO[n]["pane"])
STYLES = MappingProxyType({k: MappingProxyType(v) for k, v in _C["kinds"].items()})
DEFAULT_STYLE = MappingProxyType(_C["default_style"])
STYLE = MappingProxyType(_C["style"])
SELECTED_COLOUR = STYLE["selected_colour"]
POINT_RADIUS = STYLE["point_radius"]
ZONE_FILL_OPACITY = STYLE["zone_fill_opacity"]
DISTRICT_FILL_OPACITY = STYLE["district_fill_opacity"]
WUHAN_CENTRE = MappingProxyType(_C["wuhan"]["centre"])  # {"lat", "lon"}
WUHAN_ZOOM = _C["wuhan"]["zoom"]
WUHAN_BOUNDS = tuple(_C["wuhan"]["bounds"])  # west, south, east, north
EXACT_PRECISIONS = frozenset(_C["precision"]["exact"])
USER_PLACE = MappingProxyType(_C["user_place"])


def layers_with_role(*roles: str) -> tuple[str, ...]:
    """The layers whose role is one of ``roles``, in catalogue order."""
    return tuple(n for n in LAYERS if LAYER_INFO[n]["role"] in roles)


def role_layer(role: str) -> str:
    """The one layer of ``role`` (``areas``, ``boundaries``, ``beyond``, ``unlocated``)."""
    (name,) = layers_with_role(role)
    return name


def in_lang(lang: str, zh: str, en: str) -> str:
    """``en`` in English when there is one, else ``zh``: the one place that chooses a language."""
    return en if lang == "en" and en else zh


def labelled(entry, lang: str) -> str:
    """The label of a catalogue entry (a kind's style or a layer) in ``lang``."""
    return in_lang(lang, entry["label_zh"], entry["label_en"])


def layer_label(name: str, lang: str) -> str:
    return labelled(LAYER_INFO[name], lang)


def style_of(kind: str) -> MappingProxyType:
    """The style of ``kind``; an unknown kind gets the neutral default, never an error."""
    return STYLES.get(kind, DEFAULT_STYLE)


def layer_of_kind(kind: str) -> str:
    """The layer a placed feature of ``kind`` belongs to (KeyError for a kind with no layer)."""
    return STYLES[kind]["layer"]


def text(key: str, lang: str) -> str:
    """A UI string in ``lang``."""
    entry = _C["ui"][key]
    return in_lang(lang, entry["zh"], entry["en"])


def bilingual(key: str) -> str:
    """A UI string in both languages, Chinese first: ``"搜索 Search"``."""
    return f"{text(key, 'zh')} {text(key, 'en')}"


def ui_strings(lang: str) -> dict[str, str]:
    """Every UI string in ``lang``, for the JavaScript renderer."""
    return {key: text(key, lang) for key in _C["ui"]}


def is_approximate_point(precision: str, uncertainty_m: float | None) -> bool:
    """A point placed coarser than a site: drawn as a dashed circle of ``uncertainty_m``."""
    return bool(uncertainty_m) and precision not in EXACT_PRECISIONS


def distance_words(metres: float) -> str:
    """A radius in words: kilometres above 1 km, else metres.

    >>> distance_words(1500), distance_words(400)
    ('1.5 km', '400 m')
    """
    if metres >= 1000:
        return f"{metres / 1000:.1f}".rstrip("0").rstrip(".") + " km"
    return f"{round(metres, -1):.0f} m"


def precision_words(precision: str, uncertainty_m: float | None, lang: str = "en") -> str:
    """How exact a placement is, in words: ``approximate, within ~2 km`` or ``exact point``."""
    words = _C["precision"]["words"].get(precision, {"zh": precision, "en": precision})
    name = in_lang(lang, words["zh"], words["en"])
    if not uncertainty_m or precision in EXACT_PRECISIONS:
        return name
    if lang == "en":
        return f"{text('approximate', 'en')}, within ~{distance_words(uncertainty_m)}"
    return f"{text('approximate', 'zh')}（{name}），{text('within', 'zh')} {distance_words(uncertainty_m)}"


def basemaps() -> Mapping[str, tuple[str, object, str]]:
    """key -> (label, xyzservices TileProvider or None, datum of its tiles); read-only.

    Looked up once per process: ``query_name`` flattens all of xyzservices' providers
    (about 0.1 s), and the app's script asks on every rerun.
    """
    return _basemaps()


@cache
def _basemaps() -> Mapping[str, tuple[str, object, str]]:
    import xyzservices.providers as xyz

    return MappingProxyType({
        key: (b["label"], xyz.query_name(b["provider"]) if b["provider"] else None, b["datum"])
        for key, b in _C["basemaps"].items()
    })  # fmt: skip
