"""The curated gazetteer and China's administrative names as an offline geopy geocoder."""

from __future__ import annotations

import math

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo import admin
from geo.gazetteer import Gazetteer, Place, load_gazetteer
from geo.geocoders.base import Placement
from geo.ids import area_id


class GazetteerGeocoder(Geocoder):
    """Answers from ``seeds/gazetteer.csv`` first, then from geotool-cn's region names.

    Offline, instant and deterministic: the default first link of every chain.
    """

    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        super().__init__()
        self.gazetteer = gazetteer or load_gazetteer()
        self._names = self.gazetteer.names

    def geocode(self, query: str, exactly_one: bool = True, **_) -> Location | None:
        """The place named ``query`` (a Chinese name, alias or id), or None."""
        query = query.strip()
        place = self._names.get(query) or self.gazetteer.places.get(query)
        if place is not None:
            location = _place_location(place)
        else:
            area = admin.admin_names().get(query)
            location = _area_location(area) if area else None
        if location is None or exactly_one:
            return location
        return [location]

    def reverse(self, query, exactly_one: bool = True, **_) -> Location | None:
        """The nearest placed gazetteer entry within 2 km of ``query`` (lat, lon), or None."""
        lat, lon = (float(v) for v in query)
        best, best_m = None, 2000.0
        for place in self.gazetteer.places.values():
            if place.placed and not place.is_zone:
                metres = _metres(lat, lon, place.lat, place.lon)
                if metres < best_m:
                    best, best_m = place, metres
        if best is None:
            return None
        location = _place_location(best)
        return location if exactly_one else [location]


def _metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dy = math.radians(lat2 - lat1) * 6_371_000
    dx = math.radians(lon2 - lon1) * 6_371_000 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


def _place_location(place: Place) -> Location | None:
    if not place.placed:
        return None
    placement = Placement(
        lon=place.lon, lat=place.lat, provider=GazetteerGeocoder.name,
        precision=place.precision, source=place.source or place.method,
        source_datum=place.source_datum, place_id=place.id,
        confidence=0.5 if place.method.startswith("estimate") else 1.0,
        uncertainty_m=place.uncertainty_m,
    )  # fmt: skip
    return placement.as_location(place.name_zh)


def _area_location(area: admin.AdminArea) -> Location:
    placement = Placement(
        lon=area.lon, lat=area.lat, provider=GazetteerGeocoder.name, precision=area.level,
        uncertainty_m=None, source="geotool-cn (DataV.GeoAtlas) region centre", place_id=area_id(area.code),
    )  # fmt: skip
    return placement.as_location(area.name)
