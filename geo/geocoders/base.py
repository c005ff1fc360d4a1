"""What every geocoder returns: a ``Placement`` carried in a geopy ``Location``.

Geocoders here are geopy geocoders (``geocode``/``reverse`` returning
``geopy.location.Location``), so a RateLimiter and any geopy code work on them.
The contract, as geopy states it: ``None`` when nothing is found, an exception on
failure. ``Location.raw["placement"]`` holds the ``Placement``: a WGS-84 point
with named fields, the provider that placed it and how sure it is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from geopy.location import Location

from geo.datums import LonLat, to_wgs84


@dataclass(frozen=True)
class Placement:
    """A WGS-84 point and its provenance. Never a bare tuple: (lat, lon) vs (lon, lat) bites."""

    lon: float
    lat: float
    provider: str
    precision: str
    source: str
    source_datum: str = "WGS-84"
    place_id: str = ""
    confidence: float = 1.0
    uncertainty_m: float | None = None

    def as_location(self, address: str) -> Location:
        """The geopy ``Location`` for this placement (geopy points are lat, lon)."""
        return Location(address, (self.lat, self.lon), {"placement": asdict(self)})


def placement_of(location: Location | None) -> Placement | None:
    """The ``Placement`` inside a Location returned by one of our geocoders."""
    if location is None:
        return None
    return Placement(**location.raw["placement"])


def placed_from(point: LonLat, **provenance) -> Placement:
    """A Placement from a point in any datum: converted to WGS-84 before anything sees it."""
    wgs = to_wgs84(point)
    return Placement(lon=wgs.lon, lat=wgs.lat, source_datum=point.datum, **provenance)
