"""What the keyed Chinese web services (Amap, Tianditu) share: the key, the request, the checks.

Each answer goes through the same gate before anyone sees it: a coordinate that is
a number and in range, converted to WGS-84, inside Wuhan's boundary
(``geo.admin.district_shape(geo.admin.WUHAN_CODE)``), with a precision and a
radius from the service's match level. Anything else is an error whose message is
the reason a chain records, such as ``"amap: timed out"``.
"""

from __future__ import annotations

import math
import os
from functools import cache
from urllib.parse import urlencode

import shapely
from geopy.adapters import AdapterHTTPError, URLLibAdapter
from geopy.exc import GeocoderParseError, GeocoderTimedOut, GeopyError
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo import admin
from geo.datums import Datum, LonLat
from geo.errors import (
    GeocoderConfigurationError,
    GeocoderServiceError,
    MalformedAnswerError,
    RejectedAnswerError,
)  # fmt: skip
from geo.geocoders.base import Placement, placed_from

USER_AGENT = "wuhan-innovation-map/0.1 (+https://github.com/ ; offline-first research tool)"

# A service's match level -> (precision, radius in metres). Amap's levels are listed at
# https://lbs.amap.com/news/geocoder_api; Tianditu documents one, 地名地址. The radii are
# rough orders of magnitude for Wuhan: a house number, a campus gate, a road, a district.
LEVELS: dict[str, tuple[str, float]] = {
    "门牌号": ("point", 50.0), "门址": ("point", 50.0), "单元号": ("point", 30.0),
    "楼层": ("point", 30.0), "房间": ("point", 30.0),
    "兴趣点": ("site", 200.0), "公交地铁站点": ("site", 100.0), "道路交叉路口": ("site", 100.0),
    "住宅区": ("site", 300.0), "地名地址": ("site", 300.0), "小巷": ("area", 300.0),
    "热点商圈": ("area", 1000.0), "村庄": ("area", 1000.0), "道路": ("area", 2000.0),
    "乡镇": ("area", 5000.0), "开发区": ("area", 5000.0), "区县": ("district", 15000.0),
}  # fmt: skip
UNKNOWN_LEVEL = ("area", 2000.0)
# An answer at these levels is the city's (or country's) centre: a guess, not a place.
COARSE_LEVELS = frozenset({"国家", "省", "市"})


@cache
def wuhan_boundary() -> BaseGeometry:
    """Wuhan's WGS-84 boundary, prepared once for fast point tests."""
    shape = admin.district_shape(admin.WUHAN_CODE)
    shapely.prepare(shape)
    return shape


def resolve_key(given: str | None, env_var: str, provider: str) -> str:
    """``given``, else the environment variable; a clear error naming the variable if neither."""
    key = (given or os.environ.get(env_var, "")).strip()
    if not key:
        raise GeocoderConfigurationError(
            f"{provider} needs an API key: pass api_key=... or set the environment variable {env_var}"
        )
    return key


def precision_of(level: str) -> tuple[str, float]:
    """(precision, uncertainty_m) for a service's match level such as 兴趣点 or 道路."""
    return LEVELS.get(level, UNKNOWN_LEVEL)


class KeyedGeocoder(Geocoder):
    """A geopy geocoder for a keyed web service whose answers are checked, converted and bounded.

    Subclasses set ``name``, ``key_env``, ``default_domain``, ``datum`` and ``attribution``
    and implement ``geocode``. ``domain`` and ``scheme`` point it elsewhere (a local fake
    service in tests); ``region`` replaces Wuhan's boundary (tests only). The adapter is
    urllib's, which never retries on its own: one call, one request, so the chain's rate
    limiter counts every request that goes out.
    """

    name = ""
    key_env = ""
    default_domain = ""
    datum: Datum = "WGS-84"
    attribution = ""

    def __init__(self, api_key: str | None = None, *, domain: str | None = None,
                 scheme: str = "https", timeout: float = 10, user_agent: str = USER_AGENT,
                 region: BaseGeometry | None = None, region_name: str = "Wuhan",
                 **kwargs) -> None:  # fmt: skip
        kwargs.setdefault("adapter_factory", URLLibAdapter)
        super().__init__(scheme=scheme, timeout=timeout, user_agent=user_agent, **kwargs)
        self.api_key = resolve_key(api_key, self.key_env, self.name)
        self.domain = (domain or self.default_domain).strip("/")
        self.region = region
        self.region_name = region_name

    def reverse(self, query, exactly_one: bool = True, **kwargs):
        raise NotImplementedError(f"{self.name}: reverse geocoding is not used by this project")

    def _get_json(self, path: str, params: dict) -> object:
        """The service's JSON answer; any failure becomes a GeocoderServiceError with a reason."""
        url = f"{self.scheme}://{self.domain}{path}?{urlencode(params)}"
        try:
            return self._call_geocoder(url, lambda page: page)
        except GeocoderParseError as err:
            raise MalformedAnswerError(f"{self.name}: malformed answer (not JSON)") from err
        except GeopyError as err:
            raise GeocoderServiceError(f"{self.name}: {describe(err)}") from err
        except OSError as err:  # a timeout while reading the body escapes geopy's adapter
            raise GeocoderServiceError(f"{self.name}: {describe(err)}") from err

    def _located(self, lon: object, lat: object, level: str, address: str) -> Location:
        """The checked, converted and bounded Location for one answer of the service."""
        if level in COARSE_LEVELS:
            raise RejectedAnswerError(f"{self.name}: only matched a whole {level} ({address})")
        point = LonLat(_degrees(lon, "longitude", 180, self.name),
                       _degrees(lat, "latitude", 90, self.name), self.datum)  # fmt: skip
        precision, radius = precision_of(level)
        placement = placed_from(
            point, provider=self.name, precision=precision, uncertainty_m=radius,
            source=f"{self.name}: {address} ({level or 'no level'}) {self.attribution}".strip(),
            confidence=0.5,
        )  # fmt: skip
        check_inside(placement, self.region, self.region_name)
        return placement.as_location(address)



def check_inside(placement: Placement, region: BaseGeometry | None = None,
                 region_name: str = "Wuhan") -> None:
    """Raise ``RejectedAnswerError`` unless the WGS-84 placement lies in ``region`` (Wuhan)."""
    boundary = region if region is not None else wuhan_boundary()
    if not boundary.covers(Point(placement.lon, placement.lat)):
        raise RejectedAnswerError(
            f"{placement.provider}: answer outside {region_name} "
            f"({placement.lon:.6f}, {placement.lat:.6f})"
        )


def _degrees(value: object, axis: str, limit: float, provider: str) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as err:
        raise MalformedAnswerError(f"{provider}: malformed answer ({axis} {value!r})") from err
    if not math.isfinite(number) or abs(number) > limit:
        raise MalformedAnswerError(f"{provider}: {axis} {number} out of range")
    return number


def describe(err: BaseException) -> str:
    """A short reason: ``HTTP 500``, ``timed out``, ``Connection reset by peer`` ..."""
    cause = err.__cause__ or err.__context__
    if isinstance(cause, AdapterHTTPError):
        return f"HTTP {cause.status_code}"
    if isinstance(err, GeocoderTimedOut | TimeoutError) or isinstance(cause, TimeoutError):
        return "timed out"
    if isinstance(err, OSError):
        cause = err
    if isinstance(cause, OSError):  # geopy keeps only errno's number of a reset connection
        return cause.strerror or str(cause) or type(cause).__name__
    return str(err) or type(err).__name__
