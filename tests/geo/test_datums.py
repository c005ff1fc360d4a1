"""Datum conversions: Chinese map datums round-trip to WGS-84 within a metre."""

from __future__ import annotations

import math

import pytest

from geo.datums import LonLat, convert, to_gcj02, to_wgs84

HUST = LonLat(114.41, 30.51)


def metres(a: LonLat, b: LonLat) -> float:
    dy = math.radians(b.lat - a.lat) * 6_371_000
    dx = math.radians(b.lon - a.lon) * 6_371_000 * math.cos(math.radians(a.lat))
    return math.hypot(dx, dy)


@pytest.mark.parametrize("datum", ["GCJ-02", "BD-09"])
@pytest.mark.parametrize("point", [HUST, LonLat(114.166, 30.502), LonLat(114.3, 30.6)])
def test_round_trip_within_a_metre(point, datum):
    there = convert(point, datum)
    back = to_wgs84(there)
    assert back.datum == "WGS-84"
    assert metres(point, back) < 1.0


def test_gcj02_moves_wuhan_points_by_the_known_offset():
    assert 500 < metres(HUST, to_gcj02(HUST)) < 700


def test_bd09_is_about_a_kilometre_off():
    assert 900 < metres(HUST, convert(HUST, "BD-09")) < 1500


def test_an_unknown_datum_is_named_in_the_error():
    with pytest.raises(ValueError, match="unknown datum 'WGS-72'"):
        convert(HUST, "WGS-72")


def test_an_unknown_source_datum_is_named_in_the_whole_error():
    with pytest.raises(
        ValueError, match=r"^unknown datum 'BD-11'; expected one of WGS-84, GCJ-02, BD-09$"
    ):
        convert(LonLat(114.41, 30.51, "BD-11"), "WGS-84")
    with pytest.raises(ValueError, match=r"^unknown datum 'WGS-72'; expected one of WGS-84, GCJ-02, BD-09$"):
        convert(HUST, "WGS-72")


def test_a_point_cannot_be_moved_in_place():
    with pytest.raises(AttributeError):
        HUST.lon = 0.0  # type: ignore[misc]
