"""Places to layers: one GeoDataFrame per layer, EPSG:4326, every feature carrying its evidence.

Shapes are built in metres (UTM 50N covers Wuhan) and only then returned to
lon/lat: a buffer in degrees is an ellipse 15% too narrow at this latitude.
Every feature's summary, figures and passages are quoted from the article with
their offsets; a feature whose shape is inferred says so in ``approximate`` and
``how_drawn``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import geopandas as gpd
import shapely
from shapely.geometry import LineString, MultiPoint, Point
from shapely.ops import unary_union

from geo import admin
from geo.article import Article
from geo.facts import sentences_at
from geo.gazetteer import Gazetteer, Place, ZoneDefinition, load_gazetteer
from geo.ids import WITHIN_PREFIX, area_id, is_area_id, is_within_id, user_id
from geo.places import LocatedMention, PlaceFacts, locate_mentions, place_facts
from layers.catalogue import LAYERS, USER_PLACE, layer_of_kind, role_layer
from layers.record import COLUMNS, Feature, FigureRef, Member, Passage

METRIC_CRS = "EPSG:32650"
SUMMARY_CHARS = 240
__all__ = ["LAYERS", "COLUMNS", "Feature", "build_layers", "METRIC_CRS"]


def summary(article: Article, facts: PlaceFacts) -> str:
    """The article's own sentences that name the place, in order, cut at ``SUMMARY_CHARS``."""
    chosen: dict[str, None] = {}
    length = 0
    for sentence in sentences_at(article, (m.start for m in facts.mentions)):
        text = article.text[sentence.start:sentence.end].strip().lstrip("# ")
        if text not in chosen:
            chosen[text] = None
            length += len(text)
        if length > SUMMARY_CHARS:
            break
    text = "".join(chosen)
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _figures(facts: PlaceFacts) -> tuple[FigureRef, ...]:
    return tuple(FigureRef(f.text, f.unit, f.target, f.sentence, f.start, f.end, f.paragraph,
                           f.noun, f.clause)
                 for f in facts.figures)  # fmt: skip


def _passages(article: Article, facts: PlaceFacts) -> tuple[Passage, ...]:
    # One pass over the mentions: a place named in thousands of paragraphs stays linear.
    marks: dict[int, list[tuple[int, int]]] = {index: [] for index in facts.paragraphs}
    for m in facts.mentions:
        marks[m.paragraph].append((m.start, m.end))
    return tuple(
        Passage(index, article.paragraphs[index].start, article.paragraphs[index].end,
                tuple(spans))
        for index, spans in marks.items()
    )  # fmt: skip


def _members(ids, gazetteer: Gazetteer) -> tuple[Member, ...]:
    places = gazetteer.places
    return tuple(Member(m, places[m].name_zh, places[m].name_en) if m in places else Member(m, m)
                 for m in ids)  # fmt: skip


def zone_shape(definition: ZoneDefinition, gazetteer: Gazetteer):
    """A zone's polygon in ``METRIC_CRS``: buffered anchors, a buffered line, or a hull."""
    points = gpd.GeoSeries(
        [Point(gazetteer.places[a].lon, gazetteer.places[a].lat) for a in definition.anchors],
        crs=4326,
    ).to_crs(METRIC_CRS)  # fmt: skip
    if definition.shape == "line" and len(points) > 1:
        base = LineString(list(points))
        return base.buffer(definition.width_m / 2, cap_style="round")
    if definition.shape == "hull":
        return MultiPoint(list(points)).convex_hull.buffer(definition.width_m)
    return unary_union([p.buffer(definition.width_m) for p in points])


def _district(place: Place) -> tuple[str, str]:
    area = admin.area(place.district_code) if place.district_code else None
    return (area.name, area.code) if area else ("", place.district_code)


def place_feature(place: Place, gazetteer: Gazetteer) -> Feature:
    """The map feature of a curated place (a zone's polygon is built in metres)."""
    district, code = _district(place)
    layer = role_layer("beyond") if place.outside else layer_of_kind(place.kind)
    feature = Feature(
        id=place.id, name_zh=place.name_zh, name_en=place.name_en, kind=place.kind, layer=layer,
        geometry=Point(place.lon, place.lat) if place.placed and not place.outside else None,
        district=district, district_code=code, precision=place.precision,
        uncertainty_m=place.uncertainty_m, source=place.source or place.method,
        approximate=place.method.startswith(("estimate", "derived")),
        how_drawn=place.method,
    )  # fmt: skip
    if place.is_zone:
        definition = gazetteer.zones[place.id]
        shape = gpd.GeoSeries([zone_shape(definition, gazetteer)], crs=METRIC_CRS).to_crs(4326)
        feature.geometry = shape.iloc[0]
        feature.approximate = definition.approximate
        feature.how_drawn = definition.how
        feature.members = _members(definition.members, gazetteer)
        feature.source = "; ".join(gazetteer.places[a].source for a in definition.anchors)
    elif not place.placed and not place.outside:
        feature.layer = role_layer("unlocated")
    return feature


def area_feature(mention: LocatedMention) -> Feature | None:
    """A Wuhan district as its boundary polygon, or a place outside Wuhan as its region centre."""
    area = admin.area(mention.district_code)
    if area is None or area.code in (admin.WUHAN_CODE, admin.HUBEI_CODE):
        return None
    if area.in_wuhan and area.level == "district":
        return Feature(
            id=area_id(area.code), name_zh=area.name, name_en=admin.english_name(area.code), kind="district",
            layer=layer_of_kind("district"), geometry=admin.district_shape(area.code), district=area.name,
            district_code=area.code, precision="district",
            source="geotool-cn (DataV.GeoAtlas, WGS-84)", how_drawn="administrative boundary",
        )  # fmt: skip
    return Feature(
        id=area_id(area.code), name_zh=area.name, name_en=admin.english_name(area.code), kind=area.level,
        layer=role_layer("beyond"), geometry=Point(area.lon, area.lat), district=area.name,
        district_code=area.code, precision=area.level,
        source="geotool-cn region centre", how_drawn="region centre, outside Wuhan",
    )  # fmt: skip


def _features(mentions: list[LocatedMention], gazetteer: Gazetteer) -> dict[str, Feature]:
    features: dict[str, Feature] = {}
    for mention in mentions:
        key = mention.place_id
        if not key or key in features:
            continue
        if mention.provider == "within":
            features[key] = within_feature(mention, gazetteer)
        elif key in gazetteer.places:
            features[key] = place_feature(gazetteer.places[key], gazetteer)
        elif is_area_id(key):
            feature = area_feature(mention)
            if feature is not None:
                features[key] = feature
    return features


# Placements this coarse are listed, never drawn: a circle the size of the city says nothing.
UNDRAWN_PRECISIONS = ("city", "province", "country")


def within_feature(mention: LocatedMention, gazetteer: Gazetteer) -> Feature:
    """A name placed within a known place (光谷生物城 within 东湖高新区, 长江存储 within its
    zone): drawn at the parent's point with the parent's radius, and marked approximate."""
    place = gazetteer.places.get(mention.place_id)
    drawn = mention.lon is not None and mention.precision not in UNDRAWN_PRECISIONS
    kind = place.kind if place else mention.kind
    return Feature(
        id=mention.place_id, name_zh=place.name_zh if place else mention.name,
        name_en=place.name_en if place else "", kind=kind,
        layer=layer_of_kind(kind) if drawn else role_layer("unlocated"),
        geometry=Point(mention.lon, mention.lat) if drawn else None,
        district=mention.district, district_code=mention.district_code, approximate=True,
        how_drawn=mention.note, precision=mention.precision, uncertainty_m=mention.uncertainty_m,
        source=f"{mention.note}; the point and radius are {_parent_source(mention, place, gazetteer)}",
    )  # fmt: skip


def _parent_source(mention: LocatedMention, place: Place | None, gazetteer: Gazetteer) -> str:
    parent = gazetteer.names.get(place.functional_area) if place else None
    if parent is None and is_within_id(mention.place_id):
        parent = gazetteer.places.get(mention.place_id[len(WITHIN_PREFIX):].rsplit(":", 1)[0])
    if parent is not None:
        return f"those of {parent.name_zh} ({parent.source or parent.method})"
    return f"those of {mention.district or 'its district'}: its seat and the radius of its boundary (geotool-cn)"


def _frame(features: list[Feature]) -> gpd.GeoDataFrame:
    if not features:
        return _empty_frame().copy()
    return _new_frame(features)


@cache
def _empty_frame() -> gpd.GeoDataFrame:
    """An empty layer, built once: most articles leave most of the eight layers empty, and
    building a GeoDataFrame costs about 25 ms whatever its length. Callers get a copy."""
    return _new_frame([])


def _new_frame(features: list[Feature]) -> gpd.GeoDataFrame:
    rows = [feature.as_row() for feature in features]
    frame = gpd.GeoDataFrame(rows, columns=list(COLUMNS), geometry="geometry", crs=4326)
    # Counter-clockwise outer rings, as RFC 7946 writes them: exports then read back equal.
    frame["geometry"] = shapely.orient_polygons(frame.geometry.values, exterior_cw=False)
    return frame.astype({"approximate": bool, "uncertainty_m": float})


def user_feature(name: str, lon: float, lat: float) -> Feature:
    """A place the user put on the map by hand: kept, exported, and marked as such."""
    area = admin.locate(lon, lat)
    return Feature(
        id=user_id(name), name_zh=name, name_en="", kind=USER_PLACE["kind"], layer=USER_PLACE["layer"],
        geometry=Point(round(lon, 6), round(lat, 6)), district=area.name if area else "",
        district_code=area.code if area else "", approximate=True, precision="point",
        how_drawn="placed by hand on the map by the user", source="user placement (WGS-84)",
    )  # fmt: skip


def build_layers(article: Article, gazetteer: Gazetteer | None = None,
                 mentions: list[LocatedMention] | None = None,
                 user_places: dict[str, tuple[float, float]] | None = None,
                 ) -> dict[str, gpd.GeoDataFrame]:  # fmt: skip
    """Every layer of ``article`` as a GeoDataFrame in EPSG:4326, keyed by layer name.

    Layers that the article gives nothing for are present and empty, so a
    caller can rely on the keys of ``LAYERS``. ``user_places`` maps unresolved
    names to a (lon, lat) the user chose; they join the sites layer.
    """
    rows = layer_rows(article, gazetteer, mentions, user_places)
    frames = {name: _frame(rows[name]) for name in LAYERS}
    for frame in frames.values():
        frame.attrs["article"] = article.meta  # every export says which article it maps
    return frames


def layer_rows(article: Article, gazetteer: Gazetteer | None = None,
               mentions: list[LocatedMention] | None = None,
               user_places: dict[str, tuple[float, float]] | None = None,
               ) -> dict[str, list[Feature]]:  # fmt: skip
    """The feature records of every layer, before they become GeoDataFrames."""
    gazetteer = gazetteer or load_gazetteer()
    mentions = mentions if mentions is not None else locate_mentions(article, gazetteer)
    user_places = user_places or {}
    mentions = [
        replace(m, place_id=user_id(m.name)) if not m.place_id and m.name in user_places else m
        for m in mentions
    ]
    facts = place_facts(article, mentions)
    features = _features(mentions, gazetteer)
    for name, (lon, lat) in user_places.items():
        if user_id(name) in facts:
            features[user_id(name)] = user_feature(name, lon, lat)
    by_layer: dict[str, list[Feature]] = {name: [] for name in LAYERS}
    for key, feature in features.items():
        by_layer[feature.layer].append(replace(
            feature, summary=summary(article, facts[key]), figures=_figures(facts[key]),
            passages=_passages(article, facts[key]),
        ))  # fmt: skip
    return by_layer
