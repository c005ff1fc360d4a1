"""Geocoders by name, the way geopy keeps its providers: ``get_geocoder(name)``."""

from __future__ import annotations

from pathlib import Path

from geo.errors import UnknownGeocoderError
from geo.geocoders.base import Placement, placement_of
from geo.geocoders.chain import DiskCache, GeocoderChain
from geo.geocoders.gazetteer import GazetteerGeocoder
from geo.geocoders.online import OnlineGeocoder, baidu, nominatim

GEOCODERS = {
    "gazetteer": GazetteerGeocoder,
    "nominatim": nominatim,
    "baidu": baidu,
}
DEFAULT_CACHE = Path.home() / ".cache" / "wuhan-innovation-map" / "geocode.sqlite"

__all__ = [
    "GEOCODERS", "DiskCache", "GazetteerGeocoder", "GeocoderChain", "OnlineGeocoder",
    "Placement", "get_geocoder", "make_chain", "placement_of",
]  # fmt: skip


def get_geocoder(name: str, **kwargs):
    """A geocoder by registered name; an unknown name lists the valid ones."""
    try:
        factory = GEOCODERS[name]
    except KeyError as err:
        raise UnknownGeocoderError(
            f"unknown geocoder {name!r}; choose one of {', '.join(GEOCODERS)}"
        ) from err
    return factory(**kwargs)


def make_chain(online: str | None = None, cache_path: Path = DEFAULT_CACHE,
               **online_kwargs) -> GeocoderChain:  # fmt: skip
    """The default chain: the offline gazetteer, then ``online`` if asked for (off by default)."""
    geocoders = [get_geocoder("gazetteer")]
    if online is None:
        return GeocoderChain(geocoders)
    geocoders.append(get_geocoder(online, **online_kwargs))
    return GeocoderChain(geocoders, cache=DiskCache(cache_path))
