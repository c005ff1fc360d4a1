"""Online geocoders, wrapped from geopy with their datum and service policy as code.

Off by default: nothing here runs unless a chain is built with an online provider.
Every answer is converted to WGS-84 on arrival (Baidu answers in BD-09), so the
rest of the program never sees another datum. Nominatim's policy (a real user
agent, at most one request a second, a cache, attribution) is enforced by the
chain's RateLimiter and disk cache, not left to the caller.
"""

from __future__ import annotations

from geopy.exc import GeopyError
from geopy.geocoders import Baidu, Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.datums import Datum, LonLat
from geo.errors import GeocoderServiceError
from geo.geocoders.base import placed_from

USER_AGENT = "wuhan-innovation-map/0.1 (+https://github.com/ ; offline-first research tool)"
WUHAN_VIEWBOX = ((29.96, 113.68), (31.37, 115.09))  # geopy viewbox: two (lat, lon) corners


class OnlineGeocoder(Geocoder):
    """A geopy geocoder whose answers are converted from ``datum`` to WGS-84.

    ``service`` is any geopy geocoder instance (a fake one in tests).
    """

    def __init__(self, name: str, service: Geocoder, datum: Datum, attribution: str = ""):
        super().__init__()
        self.name = name
        self.service = service
        self.datum = datum
        self.attribution = attribution

    def geocode(self, query: str, exactly_one: bool = True, **kwargs) -> Location | None:
        """The service's first answer for ``query``, in WGS-84; raises on service failure."""
        try:
            answer = self.service.geocode(query, exactly_one=True, **kwargs)
        except GeopyError as err:
            raise GeocoderServiceError(f"{self.name} failed for {query!r}: {err}") from err
        if answer is None:
            return None
        placement = placed_from(
            LonLat(answer.longitude, answer.latitude, self.datum),
            provider=self.name, precision="area",
            source=f"{self.name}: {answer.address} {self.attribution}".strip(),
            confidence=0.5,
        )  # fmt: skip
        location = placement.as_location(answer.address)
        return location if exactly_one else [location]

    def reverse(self, query, exactly_one: bool = True, **kwargs):
        raise NotImplementedError(f"{self.name}: reverse geocoding is not used by this project")


def nominatim(user_agent: str = USER_AGENT, **kwargs) -> OnlineGeocoder:
    """OpenStreetMap's Nominatim, bounded to Wuhan; answers in WGS-84 (ODbL)."""
    service = Nominatim(user_agent=user_agent, **kwargs)
    return OnlineGeocoder(
        "nominatim", _Bounded(service), "WGS-84", "© OpenStreetMap contributors, ODbL"
    )


def baidu(api_key: str, **kwargs) -> OnlineGeocoder:
    """Baidu Maps; answers in BD-09, converted to WGS-84 here."""
    return OnlineGeocoder("baidu", Baidu(api_key=api_key, **kwargs), "BD-09", "© Baidu")


class _Bounded:
    """Nominatim restricted to the Wuhan viewbox, so 南湖 is Wuhan's, not Jiaxing's."""

    def __init__(self, service: Nominatim) -> None:
        self.service = service

    def geocode(self, query: str, **kwargs):
        return self.service.geocode(
            query, viewbox=WUHAN_VIEWBOX, bounded=True, language="zh", **kwargs
        )
