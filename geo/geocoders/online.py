"""Online geocoders, wrapped from geopy with their datum and service policy as code.

Off by default: nothing here runs unless a chain is built with an online provider.
Every answer is converted to WGS-84 on arrival (Baidu answers in BD-09), so the
rest of the program never sees another datum, and an answer outside Wuhan is
rejected. Nominatim's policy (a real user agent, at most one request a second, a
cache, attribution) is enforced by the chain's RateLimiter and disk cache, not left
to the caller. Requests go through urllib, which never retries behind the rate
limiter's back.
"""

from __future__ import annotations

from geopy.adapters import URLLibAdapter
from geopy.exc import GeocoderParseError, GeopyError
from geopy.geocoders import Baidu, Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from shapely.geometry.base import BaseGeometry

from geo.datums import Datum, LonLat
from geo.errors import GeocoderServiceError, MalformedAnswerError
from geo.geocoders.base import placed_from
from geo.geocoders.keyed import UNKNOWN_LEVEL, USER_AGENT, check_inside, describe, resolve_key

WUHAN_VIEWBOX = ((29.96, 113.68), (31.37, 115.09))  # geopy viewbox: two (lat, lon) corners
# What a geopy provider's answer can break with when its JSON has the wrong shape.
_SHAPE_ERRORS = (KeyError, IndexError, TypeError, ValueError, AttributeError)

__all__ = ["USER_AGENT", "WUHAN_VIEWBOX", "OnlineGeocoder", "baidu", "nominatim"]


class OnlineGeocoder(Geocoder):
    """A geopy geocoder whose answers are converted from ``datum`` to WGS-84 and bounded to Wuhan.

    ``service`` is any geopy geocoder instance (a fake one in tests).
    """

    def __init__(self, name: str, service: Geocoder, datum: Datum, attribution: str = "",
                 region: BaseGeometry | None = None):  # fmt: skip
        super().__init__()
        self.name = name
        self.service = service
        self.datum = datum
        self.attribution = attribution
        self.region = region

    def geocode(self, query: str, exactly_one: bool = True, **kwargs) -> Location | None:
        """The service's first answer for ``query``, in WGS-84; raises on service failure."""
        try:
            answer = self.service.geocode(query, exactly_one=True, **kwargs)
        except GeocoderParseError as err:
            raise MalformedAnswerError(f"{self.name}: malformed answer (not JSON)") from err
        except GeopyError as err:
            raise GeocoderServiceError(f"{self.name}: {describe(err)}") from err
        except KeyError as err:
            raise MalformedAnswerError(f"{self.name}: malformed answer (missing {err})") from err
        except _SHAPE_ERRORS as err:
            raise MalformedAnswerError(f"{self.name}: malformed answer ({err})") from err
        if answer is None:
            return None
        precision, radius = UNKNOWN_LEVEL
        placement = placed_from(
            LonLat(answer.longitude, answer.latitude, self.datum),
            provider=self.name, precision=precision, uncertainty_m=radius,
            source=f"{self.name}: {answer.address} {self.attribution}".strip(),
            confidence=0.5,
        )  # fmt: skip
        check_inside(placement, self.region)
        location = placement.as_location(answer.address)
        return location if exactly_one else [location]

    def reverse(self, query, exactly_one: bool = True, **kwargs):
        raise NotImplementedError(f"{self.name}: reverse geocoding is not used by this project")


def nominatim(user_agent: str = USER_AGENT, **kwargs) -> OnlineGeocoder:
    """OpenStreetMap's Nominatim, bounded to Wuhan; answers in WGS-84 (ODbL)."""
    kwargs.setdefault("adapter_factory", URLLibAdapter)
    service = Nominatim(user_agent=user_agent, **kwargs)
    return OnlineGeocoder(
        "nominatim", _Bounded(service), "WGS-84", "© OpenStreetMap contributors, ODbL"
    )


def baidu(api_key: str | None = None, **kwargs) -> OnlineGeocoder:
    """Baidu Maps (key from ``api_key`` or ``BAIDU_KEY``); answers in BD-09, converted here."""
    kwargs.setdefault("adapter_factory", URLLibAdapter)
    service = Baidu(api_key=resolve_key(api_key, "BAIDU_KEY", "baidu"), **kwargs)
    return OnlineGeocoder("baidu", service, "BD-09", "© Baidu")


class _Bounded:
    """Nominatim restricted to the Wuhan viewbox, so 南湖 is Wuhan's, not Jiaxing's."""

    def __init__(self, service: Nominatim) -> None:
        self.service = service

    def geocode(self, query: str, **kwargs):
        return self.service.geocode(
            query, viewbox=WUHAN_VIEWBOX, bounded=True, language="zh", **kwargs
        )
