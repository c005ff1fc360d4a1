"""Geocoders by name, the way geopy keeps its providers: ``get_geocoder(name)``."""

from __future__ import annotations

from pathlib import Path

from geo.errors import UnknownGeocoderError
from geo.geocoders.amap import Amap
from geo.geocoders.base import Placement, placement_of
from geo.geocoders.chain import DiskCache, GeocoderChain
from geo.geocoders.gazetteer import GazetteerGeocoder
from geo.geocoders.online import OnlineGeocoder, baidu, nominatim
from geo.geocoders.tianditu import Tianditu

GEOCODERS = {
    "gazetteer": GazetteerGeocoder,
    "nominatim": nominatim,
    "baidu": baidu,
    "amap": Amap,
    "tianditu": Tianditu,
}
ONLINE = ("amap", "tianditu", "nominatim", "baidu")
DEFAULT_CACHE = Path.home() / ".cache" / "wuhan-innovation-map" / "geocode.sqlite"

__all__ = [
    "GEOCODERS", "ONLINE", "Amap", "DiskCache", "GazetteerGeocoder", "GeocoderChain", "OnlineGeocoder",
    "Placement", "Tianditu", "get_geocoder", "make_chain", "placement_of",
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
               min_delay_seconds: float = 1.0, **online_kwargs) -> GeocoderChain:  # fmt: skip
    """The default chain: the offline gazetteer, then ``online`` if asked for (off by default).

    ``online_kwargs`` go to the provider: ``api_key`` for amap, tianditu and baidu (amap and
    tianditu also read ``AMAP_KEY`` / ``TIANDITU_KEY``).
    """
    geocoders = [get_geocoder("gazetteer")]
    if online is None:
        return GeocoderChain(geocoders)
    geocoders.append(get_geocoder(online, **online_kwargs))
    return GeocoderChain(geocoders, cache=DiskCache(cache_path), min_delay_seconds=min_delay_seconds)
