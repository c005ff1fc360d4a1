"""WGS-84, GCJ-02 and BD-09: conversions through ``prcoords`` on a named point type.

Everything we store, compute and export is WGS-84. GCJ-02 (Amap, Tencent) and
BD-09 (Baidu) appear only at the edges: answers from Chinese geocoders, which are
converted on arrival, and the display copy for a Gaode basemap. ``prcoords``
inverts the obfuscation iteratively (to about a millimetre), unlike one-step
inverses that leave metres of error. Points are ``LonLat`` values, never bare
tuples, because geopy, prcoords and geotool-cn disagree on the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

import prcoords

Datum = Literal["WGS-84", "GCJ-02", "BD-09"]
# Read from the type, so the names a type checker accepts and the names ``convert`` accepts
# are one list.
DATUMS: tuple[Datum, ...] = get_args(Datum)


@dataclass(frozen=True)
class LonLat:
    """A point in a named datum; ``lon`` first, as in GeoJSON."""

    lon: float
    lat: float
    datum: Datum = "WGS-84"


def _to_wgs84(point: LonLat) -> tuple[float, float]:
    pair = (point.lat, point.lon)
    if point.datum == "GCJ-02":
        pair = prcoords.gcj_wgs_bored(pair)
    elif point.datum == "BD-09":
        pair = prcoords.bd_wgs_bored(pair)
    return pair[0], pair[1]


def _from_wgs84(lat: float, lon: float, datum: Datum) -> tuple[float, float]:
    pair = (lat, lon)
    if datum == "GCJ-02":
        pair = prcoords.wgs_gcj(pair)
    elif datum == "BD-09":
        pair = prcoords.wgs_bd(pair)
    return pair[0], pair[1]


def convert(point: LonLat, datum: Datum) -> LonLat:
    """``point`` expressed in ``datum``.

    >>> p = convert(LonLat(114.4133, 30.5139), "GCJ-02")
    >>> round(p.lon - 114.4133, 4), round(p.lat - 30.5139, 4)
    (0.0055, -0.0023)
    """
    if datum not in DATUMS:
        raise ValueError(f"unknown datum {datum!r}; expected one of {', '.join(DATUMS)}")
    if point.datum not in DATUMS:
        raise ValueError(f"unknown datum {point.datum!r}; expected one of {', '.join(DATUMS)}")
    if point.datum == datum:
        return point
    lat, lon = _to_wgs84(point)
    lat, lon = _from_wgs84(lat, lon, datum)
    return LonLat(lon=lon, lat=lat, datum=datum)


def to_wgs84(point: LonLat) -> LonLat:
    """``point`` in WGS-84, the datum of everything we store."""
    return convert(point, "WGS-84")


def to_gcj02(point: LonLat) -> LonLat:
    """``point`` in GCJ-02, for display on Amap/Gaode tiles only."""
    return convert(point, "GCJ-02")
