"""The curated gazetteer: places the article names, read from ``seeds/gazetteer.csv``.

One loader, paths from the package, a row rejected with its line number and field.
Zones have no coordinate of their own in the CSV: their point is derived from the
anchors listed in ``seeds/zones.json``, so a zone always sits where its anchors are.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib.resources import files

from geo.errors import GazetteerError

GAZETTEER_FILE = "gazetteer.csv"
CITY_FILE = "wuhan_places.csv"  # the gazetteer of the city, merged by seeds/build/merge_city.py
ZONES_FILE = "zones.json"
ZONE_KINDS = ("belt", "corridor", "silicon_alley", "innovation_park")
KINDS = (
    *ZONE_KINDS, "lab", "university", "campus", "hospital", "firm", "site", "functional_area",
    "planning_zone", "region", "district_seat", "subdistrict", "town", "metro_station", "park",
    "lake", "hill", "river", "bridge", "landmark", "road", "historic",
)  # fmt: skip
# How exact a placement is, finest first; ``uncertainty_m`` gives the radius in metres.
PRECISIONS = ("point", "site", "campus", "area", "district", "city", "none")
SHAPES = ("buffer", "line", "hull")
COLUMNS = (
    "id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m", "method",
    "source", "source_datum", "district_code", "functional_area", "outside", "note",
)  # fmt: skip
OPTIONAL_COLUMNS = ("licence",)
WUHAN_BOUNDS = (113.68, 29.96, 115.09, 31.37)


@dataclass(frozen=True)
class Place:
    """A curated place. ``lon``/``lat`` are WGS-84, or None for a place we do not plot."""

    id: str
    name_zh: str
    name_en: str
    kind: str
    lon: float | None
    lat: float | None
    precision: str
    method: str
    source: str
    source_datum: str
    district_code: str
    uncertainty_m: float | None = None
    licence: str = ""
    aliases: tuple[str, ...] = ()
    functional_area: str = ""
    outside: bool = False
    note: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form: the Chinese name first, then aliases."""
        return (self.name_zh, *self.aliases)

    @property
    def placed(self) -> bool:
        return self.lon is not None and self.lat is not None

    @property
    def is_zone(self) -> bool:
        return self.kind in ZONE_KINDS


@dataclass(frozen=True)
class ZoneDefinition:
    """How a zone's shape is drawn: from which anchors, by which rule, and why."""

    id: str
    anchors: tuple[str, ...]
    shape: str
    width_m: float
    approximate: bool
    how: str
    members: tuple[str, ...] = field(default=())


def _fail(row: int, column: str, message: str, file: str = GAZETTEER_FILE) -> GazetteerError:
    return GazetteerError(f"{file} line {row}, field {column!r}: {message}")


def _coordinate(raw: dict, line: int) -> tuple[float | None, float | None]:
    if not raw["lon"] and not raw["lat"]:
        return None, None
    try:
        lon, lat = float(raw["lon"]), float(raw["lat"])
    except ValueError as err:
        raise _fail(line, "lon/lat", f"not a number: {raw['lon']!r}, {raw['lat']!r}") from err
    if not (-180 <= lon <= 180 and -90 <= lat <= 90) or math.isnan(lon + lat):
        raise _fail(line, "lon/lat", f"out of range: {lon}, {lat}")
    if not raw["outside"] == "yes" and lat > lon:
        raise _fail(line, "lon/lat", f"lat {lat} > lon {lon}: swapped?")
    return lon, lat


def _uncertainty(raw: dict, line: int) -> float | None:
    text = (raw.get("uncertainty_m") or "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError as err:
        raise _fail(line, "uncertainty_m", f"not a number: {text!r}") from err
    if not 0 < value < 100_000:
        raise _fail(line, "uncertainty_m", f"out of range: {value}")
    return value


def parse_place(raw: dict, line: int) -> Place:
    """One CSV row as a ``Place``; raises ``GazetteerError`` naming the line and field."""
    for column in ("id", "name_zh", "kind", "precision", "method"):
        if not (raw.get(column) or "").strip():
            raise _fail(line, column, "is empty")
    if raw["kind"] not in KINDS:
        raise _fail(line, "kind", f"{raw['kind']!r} is not one of {', '.join(KINDS)}")
    if raw["precision"] not in PRECISIONS:
        raise _fail(line, "precision", f"{raw['precision']!r} is not one of {PRECISIONS}")
    if raw["outside"] not in ("yes", "no"):
        raise _fail(line, "outside", f"expected yes or no, got {raw['outside']!r}")
    lon, lat = _coordinate(raw, line)
    if lon is not None and not raw["source"].strip():
        raise _fail(line, "source", "a coordinate needs its source")
    if lon is not None and raw["source_datum"] not in ("WGS-84", "GCJ-02", "BD-09", "n/a"):
        raise _fail(line, "source_datum", f"{raw['source_datum']!r} is not a datum")
    return Place(
        id=raw["id"], name_zh=raw["name_zh"], name_en=raw["name_en"], kind=raw["kind"],
        lon=lon, lat=lat, precision=raw["precision"], method=raw["method"],
        source=raw["source"], source_datum=raw["source_datum"],
        district_code=raw["district_code"], uncertainty_m=_uncertainty(raw, line),
        licence=raw.get("licence") or "",
        aliases=tuple(a for a in raw["aliases"].split("|") if a),
        functional_area=raw["functional_area"], outside=raw["outside"] == "yes",
        note=raw["note"],
    )  # fmt: skip


def parse_gazetteer(text: str, file: str = GAZETTEER_FILE,
                    seen: dict[str, str] | None = None) -> list[Place]:  # fmt: skip
    """Every row of a gazetteer CSV; duplicate ids and names (also against ``seen``) are errors."""
    reader = csv.DictReader(io.StringIO(text))
    missing = set(COLUMNS) - set(reader.fieldnames or ())
    if missing:
        raise GazetteerError(f"{file}: missing columns {sorted(missing)}")
    places, seen = [], {} if seen is None else seen
    for line, raw in enumerate(reader, start=2):
        try:
            place = parse_place(raw, line)
        except GazetteerError as err:
            raise GazetteerError(str(err).replace(GAZETTEER_FILE, file, 1)) from err
        for key in (place.id, *place.names):
            if key in seen:
                raise _fail(line, "id/aliases", f"{key!r} already used on {seen[key]}", file)
            seen[key] = f"line {line}" if file == GAZETTEER_FILE else f"{file} line {line}"
        places.append(place)
    return places


def parse_zones(text: str, places: dict[str, Place]) -> dict[str, ZoneDefinition]:
    """Zone definitions keyed by zone id; every anchor must be a placed gazetteer entry."""
    zones = {}
    for entry in json.loads(text):
        zone_id = entry.get("id", "?")
        if zone_id not in places or not places[zone_id].is_zone:
            raise GazetteerError(f"{ZONES_FILE}: {zone_id!r} is not a zone in {GAZETTEER_FILE}")
        if entry.get("shape") not in SHAPES:
            raise GazetteerError(f"{ZONES_FILE}: zone {zone_id!r} shape must be one of {SHAPES}")
        for anchor in (*entry["anchors"], *entry.get("members", ())):
            if anchor not in places or not places[anchor].placed:
                raise GazetteerError(
                    f"{ZONES_FILE}: zone {zone_id!r} anchor {anchor!r} is not a placed place"
                )
        zones[zone_id] = ZoneDefinition(
            id=zone_id, anchors=tuple(entry["anchors"]), shape=entry["shape"],
            width_m=float(entry["width_m"]), approximate=bool(entry["approximate"]),
            how=entry["how"], members=tuple(entry.get("members", ())),
        )  # fmt: skip
    return zones


def _metres(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance in metres, equirectangular: exact enough within a city."""
    dy = math.radians(lat2 - lat1) * 6_371_000
    dx = math.radians(lon2 - lon1) * 6_371_000 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


def _zone_point(zone: Place, definition: ZoneDefinition, places: dict[str, Place]) -> Place:
    anchors = [places[a] for a in definition.anchors]
    lon = sum(a.lon for a in anchors) / len(anchors)
    lat = sum(a.lat for a in anchors) / len(anchors)
    spread = max(_metres(lon, lat, a.lon, a.lat) for a in anchors)
    return replace(
        zone, lon=round(lon, 6), lat=round(lat, 6),
        uncertainty_m=round(spread + definition.width_m, -1),
        method=f"derived: mean of its anchors ({', '.join(definition.anchors)})",
    )  # fmt: skip


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Places by id, zone definitions by zone id, and a name index for the finder."""

    places: dict[str, Place]
    zones: dict[str, ZoneDefinition]

    @cached_property
    def seats(self) -> dict[str, Place]:
        """The seat (区政府) of each district that has one, by the district's adcode."""
        return {p.district_code: p for p in self.places.values()
                if p.kind == "district_seat" and p.placed}  # fmt: skip

    @cached_property
    def names(self) -> dict[str, Place]:
        return {name: place for place in self.places.values() for name in place.names}


def build_gazetteer(csv_text: str, zones_json: str, city_csv: str = "") -> Gazetteer:
    """A ``Gazetteer`` from the data files' text, with zone points derived.

    ``csv_text`` is the article's curated list, ``city_csv`` the gazetteer of the city;
    a name may stand in only one of them.
    """
    seen: dict[str, str] = {}
    places = {p.id: p for p in parse_gazetteer(csv_text, seen=seen)}
    if city_csv:
        places.update({p.id: p for p in parse_gazetteer(city_csv, CITY_FILE, seen)})
    zones = parse_zones(zones_json, places)
    for zone_id, definition in zones.items():
        places[zone_id] = _zone_point(places[zone_id], definition, places)
    unplaced = [p.id for p in places.values() if p.is_zone and not p.placed]
    if unplaced:
        raise GazetteerError(f"{ZONES_FILE}: zones without a definition: {unplaced}")
    return Gazetteer(places=places, zones=zones)


@cache
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (read once per process)."""
    seeds = files("seeds")
    return build_gazetteer(
        seeds.joinpath(GAZETTEER_FILE).read_text("utf-8"),
        seeds.joinpath(ZONES_FILE).read_text("utf-8"),
        seeds.joinpath(CITY_FILE).read_text("utf-8"),
    )
