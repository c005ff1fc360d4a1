"""Print maps: the article's layers as a PNG, SVG or PDF with legend, scale bar and attribution.

Drawn in UTM 50N (``METRIC_CRS``) so the scale bar measures true metres; at
Wuhan (114.3 E, 2.7 degrees west of the zone's meridian) the scale error is
below 0.1% and grid north is 1.4 degrees off true north, invisible at print size.
Matplotlib's default fonts have no Chinese glyphs, so every text artist uses
the NotoSansCJKsc font that the ``mplfonts`` wheel ships (pip only, no system
fonts). A ``Figure`` is built directly, never through pyplot, so a server
process that renders many maps keeps no global figure state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

import geopandas as gpd
import matplotlib
from fontTools.ttLib import TTFont
from matplotlib import font_manager, patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.transforms import Bbox
from matplotlib_scalebar.scalebar import ScaleBar
from shapely.geometry import Point, box

from geo import admin
from geo.errors import ExportError
from layers.build import METRIC_CRS
from layers.catalogue import (
    LANGS,
    STYLES,
    catalogue,
    in_lang,
    labelled,
    layer_label,
    layers_with_role,
    role_layer,
    style_of,
    text,
)
from layers.export import VERIFY_PRINT, article_of, write_file
from layers.water import WATER_FILL, WATER_LABEL, WATER_LINE, water_areas

FORMATS = {".png": {"dpi": 200}, ".svg": {}, ".pdf": {}}
ZONES, DISTRICTS = role_layer("areas"), role_layer("boundaries")
POINT_LAYERS = layers_with_role("points")
DRAWN_LAYERS = (ZONES, DISTRICTS, *POINT_LAYERS)  # outside and unplaced have no place here
_PRINT = catalogue()["print"]
TITLES = {lang: _PRINT["title"][lang] for lang in LANGS}
APPROXIMATE_NOTE = {lang: _PRINT["approximate_note"][lang] for lang in LANGS}
NORTH = {lang: _PRINT["north"][lang] for lang in LANGS}


def attribution(lang: str, meta=None) -> str:
    """The credit line in ``lang``: boundaries, water, places, and the article's outlet,
    headline, date and URL as far as the text gives them (``geo.article.ArticleMeta``).

    >>> attribution("en").endswith("seeds/gazetteer.csv")
    True
    """
    credit = meta.credit(lang) if meta is not None else ""
    line = _PRINT["attribution"][lang]
    return line + _PRINT["text_credit"][lang].format(credit=credit) if credit else line
FIGSIZE = (11.69, 8.27)  # A4 landscape, inches
MAP_BOX = (0.02, 0.07, 0.74, 0.85)  # left, bottom, width, height as figure fractions
CLUSTER_M = 250  # places closer than this share one label
PAD_FRACTION, PAD_MIN_M = 0.08, 2000
LABEL_SIZE, ZONE_ALPHA = 6.5, 0.3
_OFFSETS_PT = (4, 12, 22, 34, 48)
_DIRECTIONS = ((1, 0), (1, 1), (1, -1), (-1, 0), (-1, 1), (-1, -1), (0, 1), (0, -1))
_HALO = [patheffects.Stroke(linewidth=2.2, foreground="white")]


def cjk_font_path() -> Path:
    """The NotoSansCJKsc font bundled with ``mplfonts``: Chinese and Latin in one face."""
    return Path(str(files("mplfonts") / "fonts" / "NotoSansCJKsc-Regular.otf"))


@cache
def _cmap() -> frozenset[int]:
    with TTFont(cjk_font_path(), lazy=True) as font:
        return frozenset(font.getBestCmap())


def missing_glyphs(texts) -> set[str]:
    """Characters of ``texts`` that the CJK font cannot draw (line breaks excepted).

    >>> missing_glyphs(["华中科技大学", "HUST"])
    set()
    """
    return {ch for text in texts for ch in text if ch != "\n" and ord(ch) not in _cmap()}


@cache
def _font_family() -> str:
    """Register the bundled font once per process and return its family name."""
    font_manager.fontManager.addfont(str(cjk_font_path()))
    return font_manager.FontProperties(fname=cjk_font_path()).get_name()


def _rc() -> dict:
    # parse_math off: a place name with two "$" must print as text, not fail as mathtext.
    return {"font.family": [_font_family()], "text.parse_math": False}


@cache
def wuhan_districts() -> gpd.GeoSeries:
    """Every Wuhan district boundary in ``METRIC_CRS``, the map's light context."""
    codes = [a.code for a in admin.districts_of(admin.WUHAN_CODE)]
    return gpd.GeoSeries([admin.district_shape(c) for c in codes], crs=4326).to_crs(METRIC_CRS)


def _drawable(layers: dict[str, gpd.GeoDataFrame], names) -> dict[str, gpd.GeoDataFrame]:
    """The chosen layers in metres, without rows that have no geometry."""
    unknown = sorted(set(names) - set(layers))
    if unknown:
        raise ExportError(f"unknown layer(s) {unknown}; available: {sorted(layers)}")
    chosen = {}
    for name in (n for n in DRAWN_LAYERS if n in names):
        frame = layers[name]
        frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
        chosen[name] = frame.to_crs(METRIC_CRS)
    return chosen


def _extent(drawn: dict[str, gpd.GeoDataFrame]) -> tuple[float, float, float, float]:
    """Bounds of the zones and points, padded; the districts or all Wuhan when there are none."""
    focus = [g for n, f in drawn.items() if n != DISTRICTS for g in f.geometry]
    focus = focus or list(drawn.get(DISTRICTS, gpd.GeoDataFrame(geometry=[])).geometry)
    bounds = gpd.GeoSeries(focus).total_bounds if focus else wuhan_districts().total_bounds
    x0, y0, x1, y1 = bounds
    pad = max(PAD_FRACTION * max(x1 - x0, y1 - y0), PAD_MIN_M)
    return x0 - pad, y0 - pad, x1 + pad, y1 + pad


def _name(row, lang: str) -> str:
    """The label in ``lang``; a place with no English name keeps its Chinese one."""
    english = row.name_en if isinstance(row.name_en, str) else ""
    return in_lang(lang, str(row.name_zh), english.strip())


def _draw_water(ax) -> None:
    """Rivers and lakes under everything else: filled areas, unnamed rivers as thin lines."""
    water = water_areas()
    areas = water.geom_type.isin(["Polygon", "MultiPolygon"])
    water[areas].plot(ax=ax, facecolor=WATER_FILL, edgecolor="none", zorder=0.5)
    water[~areas].plot(ax=ax, color=WATER_LINE, linewidth=0.6, zorder=0.5)


def _water_labels(ax, drawn, lang: str, renderer, obstacles: list[Bbox]) -> None:
    """长江, 汉江, 东湖 ... once each, italic blue, on their largest visible part off the zones.

    Placed first, like the district names, and left out where one would cover a marker.
    """
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    water, taken = water_areas(), _zone_footprint(drawn)
    for (name_zh, name_en), group in water[water.name_zh != ""].groupby(["name_zh", "name_en"]):
        visible = group.union_all().intersection(box(x0, y0, x1, y1)).difference(taken)
        parts = getattr(visible, "geoms", [visible])
        if visible.is_empty or max(p.area for p in parts) < 1e6:
            continue
        point = max(parts, key=lambda p: p.area).representative_point()
        text = ax.text(point.x, point.y, name_en if lang == "en" else name_zh, fontsize=8,
                       color=WATER_LABEL, style="italic", ha="center", va="center", zorder=2.4)  # fmt: skip
        extent = text.get_window_extent(renderer)
        if any(extent.overlaps(o) for o in obstacles):
            text.remove()
        else:
            obstacles.append(extent)


def _draw_areas(ax, drawn: dict[str, gpd.GeoDataFrame]) -> None:
    """Wuhan's districts faintly, the article's districts a little stronger, zones filled."""
    wuhan_districts().plot(ax=ax, facecolor="none", edgecolor="#c8c8c8", linewidth=0.5, zorder=1)
    districts = drawn.get(DISTRICTS)
    if districts is not None and len(districts):
        style = style_of("district")
        districts.plot(ax=ax, facecolor=style["fill"], alpha=0.12, zorder=1.5)
        districts.plot(ax=ax, facecolor="none", edgecolor=style["colour"], linewidth=0.9, zorder=2)
    zones = drawn.get(ZONES)
    groups = () if zones is None else zones.groupby(["kind", "approximate"])
    for (kind, approximate), group in groups:
        style = style_of(kind)
        group.plot(ax=ax, facecolor=style["fill"], alpha=ZONE_ALPHA, zorder=3)
        group.plot(ax=ax, facecolor="none", edgecolor=style["colour"], linewidth=1.0, zorder=3.5,
                   linestyle="--" if approximate else "-")  # fmt: skip


def _draw_points(ax, drawn: dict[str, gpd.GeoDataFrame]) -> None:
    """Points coloured by kind, white-edged so coinciding markers stay readable."""
    for name in POINT_LAYERS:
        frame = drawn.get(name)
        for kind, group in () if frame is None else frame.groupby("kind"):
            group.plot(ax=ax, color=style_of(kind)["colour"], markersize=26, edgecolor="white",
                       linewidth=0.6, zorder=5)  # fmt: skip


@dataclass
class LabelGroup:
    """One label for every place within ``CLUSTER_M`` of its anchor, names in drawing order."""

    x: float
    y: float
    names: list[str] = field(default_factory=list)
    has_zone: bool = False
    has_marker: bool = False

    @property
    def text(self) -> str:
        return "\n".join(dict.fromkeys(self.names))


def label_groups(layers: dict[str, gpd.GeoDataFrame], lang: str = "zh") -> list[LabelGroup]:
    """Zone and point names grouped by position (in ``METRIC_CRS``): places share coordinates.

    A zone is anchored at its representative point; each group is labelled
    once, zones first, so shared coordinates never stack identical labels.
    """
    groups: list[LabelGroup] = []
    for name in (ZONES, *POINT_LAYERS):
        frame = layers.get(name)
        if frame is None or not len(frame):
            continue
        anchors = frame.geometry.to_crs(METRIC_CRS).representative_point()
        for row, point in zip(frame.itertuples(), anchors, strict=True):
            group = next((g for g in groups if point.distance(_point(g)) < CLUSTER_M), None)
            if group is None:
                group = LabelGroup(point.x, point.y)
                groups.append(group)
            group.names.append(_name(row, lang))
            group.has_zone |= name == ZONES
            group.has_marker |= name != ZONES
    return sorted(groups, key=lambda g: (not g.has_zone, -len(g.names)))


def _point(group: LabelGroup) -> Point:
    return Point(group.x, group.y)


def _candidates(centred: bool):
    """Offsets (points) and alignments, nearest first, text always pointing away from the place.

    A zone with no marker at its anchor may sit centred on it, like an area label.
    """
    if centred:
        yield (0, 0), "center", "center"
    for radius in _OFFSETS_PT:
        for dx, dy in _DIRECTIONS:
            ha = {1: "left", -1: "right", 0: "center"}[dx]
            va = {1: "bottom", -1: "top", 0: "center"}[dy]
            scale = radius / (2**0.5 if dx and dy else 1)
            yield (dx * scale, dy * scale), ha, va


def _overlap(a: Bbox, b: Bbox) -> float:
    both = Bbox.intersection(a, b)
    return both.width * both.height if both is not None else 0.0


def _badness(box: Bbox, frame: Bbox, obstacles: list[Bbox]) -> float:
    """Area covered on other labels and markers, plus area off the map counted thrice."""
    outside = box.width * box.height - _overlap(box, frame)
    return sum(_overlap(box, o) for o in obstacles) + 3 * outside


def _place(ax, text, renderer, obstacles: list[Bbox], centred: bool) -> tuple[float, float]:
    """Move ``text`` to the first candidate that covers nothing (else the least bad one)."""
    frame = ax.get_window_extent(renderer)
    best = None
    for offset, ha, va in _candidates(centred):
        text.set(position=offset, ha=ha, va=va)
        badness = _badness(text.get_window_extent(renderer).padded(1.5), frame, obstacles)
        if best is None or badness < best[0]:
            best = (badness, offset, ha, va)
        if badness == 0:
            break
    _, offset, ha, va = best
    text.set(position=offset, ha=ha, va=va)
    obstacles.append(text.get_window_extent(renderer))
    return offset


def _anchor_boxes(ax, groups: list[LabelGroup]) -> list[Bbox]:
    """Small boxes around every marker, so no label covers one."""
    marked = [(g.x, g.y) for g in groups if g.has_marker]
    anchors = ax.transData.transform(marked) if marked else []
    return [Bbox.from_extents(x - 4, y - 4, x + 4, y + 4) for x, y in anchors]


def _draw_labels(ax, groups: list[LabelGroup], renderer, obstacles: list[Bbox]) -> None:
    """Labels placed greedily around their anchor; a far label gets a thin leader line."""
    for group in groups:
        text = ax.annotate(group.text, (group.x, group.y), xytext=(0, 0), textcoords="offset points",
                           fontsize=LABEL_SIZE, color="#222222", zorder=7, linespacing=1.15)  # fmt: skip
        offset = _place(ax, text, renderer, obstacles, centred=not group.has_marker)
        _halo(ax, text)
        if max(map(abs, offset)) > _OFFSETS_PT[0]:
            ax.annotate("", (group.x, group.y), xytext=offset, textcoords="offset points", zorder=6,
                        arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.4,
                                    "shrinkA": 0, "shrinkB": 2})  # fmt: skip


def _halo(ax, text) -> None:
    """A white outline under ``text``, drawn as a separate twin.

    Path effects turn a label into glyph outlines; on the twin only, the label
    itself stays text that SVG and PDF readers can select and search.
    """
    ax.annotate(text.get_text(), text.xy, xytext=text.get_position(), textcoords="offset points",
                ha=text.get_ha(), va=text.get_va(), fontsize=text.get_fontsize(), color="white",
                linespacing=1.15, zorder=text.get_zorder() - 0.05, path_effects=_HALO)  # fmt: skip


def _zone_footprint(drawn):
    """The zones and 500 m around them, where area labels would hide the article's places."""
    zones = drawn.get(ZONES)
    return zones.union_all().buffer(500) if zones is not None and len(zones) else Point()


def _district_labels(ax, drawn, lang: str, renderer, obstacles: list[Bbox]) -> None:
    """The article's district names, grey, inside the view and off the zones and markers.

    Placed before the place labels, which then flow around them; a name that
    would cover a marker is left out rather than hide a place.
    """
    districts = drawn.get(DISTRICTS)
    if districts is None or not len(districts):
        return
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    taken = _zone_footprint(drawn)
    for row in districts.itertuples():
        free = row.geometry.intersection(box(x0, y0, x1, y1)).difference(taken)
        if free.is_empty:
            continue
        point = free.representative_point()
        text = ax.text(point.x, point.y, _name(row, lang), fontsize=9, color="#9a9a9a",
                       ha="center", va="center", zorder=2.5)  # fmt: skip
        extent = text.get_window_extent(renderer)
        if any(extent.overlaps(o) for o in obstacles):
            text.remove()
        else:
            obstacles.append(extent)


def _legend_handles(drawn: dict[str, gpd.GeoDataFrame], lang: str) -> list:
    """One entry per kind that is drawn, in ``STYLES`` order."""
    kinds = {k for frame in drawn.values() for k in frame["kind"]}
    handles = []
    for kind in (k for k in STYLES if k in kinds):
        style, label = STYLES[kind], labelled(STYLES[kind], lang)
        if kind == "district" or kind in _zone_kinds(drawn):
            handles.append(Patch(facecolor=style["fill"], edgecolor=style["colour"],
                                 alpha=ZONE_ALPHA + 0.2, label=label))  # fmt: skip
        else:
            handles.append(Line2D([], [], marker="o", linestyle="", markersize=6, label=label,
                                  markerfacecolor=style["colour"], markeredgecolor="white"))  # fmt: skip
    return handles


def _zone_kinds(drawn: dict[str, gpd.GeoDataFrame]) -> set[str]:
    return set(drawn[ZONES]["kind"]) if ZONES in drawn else set()


def _north_arrow(ax, lang: str) -> None:
    ax.annotate(NORTH[lang], xy=(0.95, 0.95), xytext=(0.95, 0.86), xycoords="axes fraction",
                ha="center", va="center", fontsize=11, zorder=9,
                arrowprops={"arrowstyle": "-|>", "color": "#222222", "lw": 1.2})  # fmt: skip


def _frame_text(fig: Figure, drawn, lang: str, title: str | None, meta=None) -> None:
    """Title, legend, attribution (with the article's credit) and the note that zone shapes
    are inferred, all in ``lang``."""
    fig.text(MAP_BOX[0], 0.955, title or TITLES[lang], fontsize=16, va="center")
    handles = _legend_handles(drawn, lang)
    if handles:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.775, 0.92), fontsize=8,
                   frameon=False, title=text("legend", lang), title_fontsize=9,
                   alignment="left")  # fmt: skip
    fig.text(MAP_BOX[0], 0.035, APPROXIMATE_NOTE[lang], fontsize=6.5, color="#444444")
    fig.text(MAP_BOX[0], 0.015, attribution(lang, meta), fontsize=6.5, color="#444444")


def _figure(drawn: dict[str, gpd.GeoDataFrame], lang: str, title: str | None, meta=None) -> Figure:
    fig = Figure(figsize=FIGSIZE)
    ax = fig.add_axes(MAP_BOX)
    _draw_water(ax)
    _draw_areas(ax, drawn)
    _draw_points(ax, drawn)
    # Attached only now: geopandas calls draw_idle after each plot, a full redraw on Agg.
    FigureCanvasAgg(fig)
    x0, y0, x1, y1 = _extent(drawn)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_axis_off()
    ax.apply_aspect()
    renderer, groups = fig.canvas.get_renderer(), label_groups(drawn, lang)
    obstacles = _anchor_boxes(ax, groups)
    _water_labels(ax, drawn, lang, renderer, obstacles)
    _district_labels(ax, drawn, lang, renderer, obstacles)
    _draw_labels(ax, groups, renderer, obstacles)
    ax.add_artist(ScaleBar(1, "m", location="lower right", frameon=False, length_fraction=0.2))
    _north_arrow(ax, lang)
    _frame_text(fig, drawn, lang, title, meta)
    return fig


def _format(path: Path) -> dict:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"cannot write a print map as {suffix or 'a file without suffix'!r} "
                          f"({path.name}): use one of {', '.join(FORMATS)}")  # fmt: skip
    return FORMATS[suffix]


def print_figure(layers: dict[str, gpd.GeoDataFrame], lang: str = "zh", layer_names=None,
                 title: str | None = None, meta=None) -> Figure:  # fmt: skip
    """The print map as a ``Figure`` on an Agg canvas; its first axes are in ``METRIC_CRS``.

    ``meta`` (``geo.article.ArticleMeta``) puts the article's outlet, headline, date and
    URL in the credit line. Raises ``ExportError`` for an unknown language or layer.
    """
    if lang not in TITLES:
        raise ExportError(f"unknown language {lang!r}: use one of {', '.join(TITLES)}")
    with matplotlib.rc_context(_rc()):
        meta = article_of(layers, meta)
        drawn = _drawable(layers, DRAWN_LAYERS if layer_names is None else layer_names)
        return _figure(drawn, lang, title, meta)


def render_print(layers: dict[str, gpd.GeoDataFrame], path, lang: str = "zh",
                 layer_names=None, title: str | None = None, meta=None) -> Path:  # fmt: skip
    """Write a print map of ``layers`` to ``path``; the format follows the suffix.

    ``layer_names`` chooses layers (default: all that a print map draws); ``meta`` is the
    article's ``ArticleMeta``, for the credit line and the file's metadata;
    Places outside Wuhan and places not located have no position on this map and are skipped.
    Raises ``ExportError`` for an unknown suffix, language or layer, or an
    unwritable path.
    """
    path = Path(path)
    options = _format(path)
    with matplotlib.rc_context(_rc()):
        meta = article_of(layers, meta)
        fig = print_figure(layers, lang, layer_names, title, meta)

        def write(tmp: Path) -> None:
            fig.savefig(tmp, format=path.suffix.lower()[1:],
                        metadata=_file_metadata(path.suffix.lower(), title or TITLES[lang],
                                                alt_text(layers, lang, layer_names, meta)),
                        **options)  # fmt: skip

        verify = VERIFY_PRINT[path.suffix.lower()]
        return write_file(path, write, verify, what=f"print map to {path}")


# Where each format keeps a free-text description: PDF has a fixed set of keys.
_DESCRIPTION_KEY = {".png": "Description", ".svg": "Description", ".pdf": "Subject"}


def _file_metadata(suffix: str, title: str, description: str) -> dict:
    """The file's own metadata: its title and its text alternative (``alt_text``: what it draws
    and, when known, the article it maps)."""
    return {"Title": title, _DESCRIPTION_KEY[suffix]: description}


ALT_ZONE_NAMES = 8  # zones named in the alt text; more are counted


def alt_text(layers: dict[str, gpd.GeoDataFrame], lang: str = "zh", layer_names=None, meta=None) -> str:
    """A text alternative for the print map, made from what it draws: each layer with its count,
    the zones by name, the context under them and the article's credit.

    A reader who cannot see the image gets what it shows; the app, the CLI and the file's own
    metadata (PNG/SVG Description, PDF Subject) carry it.
    """
    if lang not in TITLES:
        raise ExportError(f"unknown language {lang!r}: use one of {', '.join(TITLES)}")
    drawn = _drawable(layers, DRAWN_LAYERS if layer_names is None else layer_names)
    counted = [f"{len(frame)} {layer_label(name, lang).lower()}" for name, frame in drawn.items() if len(frame)]
    joiner = "，" if lang == "zh" else ", "
    zones = drawn.get(ZONES)
    zone_text = ""
    if zones is not None and len(zones):
        names = [_name(row, lang) for row in zones.itertuples()]
        listed = ("、" if lang == "zh" else ", ").join(names[:ALT_ZONE_NAMES])
        if len(names) > ALT_ZONE_NAMES:
            listed += _PRINT["alt_more"][lang].format(count=len(names) - ALT_ZONE_NAMES)
        zone_text = _PRINT["alt_zones"][lang].format(names=listed)
    credit = meta.credit(lang) if meta is not None else ""
    credit_text = _PRINT["alt_credit"][lang].format(credit=credit) if credit else ""
    return _PRINT["alt"][lang].format(layers=joiner.join(counted) or _PRINT["alt_empty"][lang], zones=zone_text,
                                      credit=credit_text).strip()  # fmt: skip
