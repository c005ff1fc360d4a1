"""The geocoder chain: gazetteer first, online providers faked, cached and converted."""

from __future__ import annotations

import pytest
from geopy.location import Location

from geo.datums import LonLat, to_wgs84
from geo.errors import UnknownGeocoderError
from geo.geocoders import (
    DiskCache,
    GazetteerGeocoder,
    GeocoderChain,
    OnlineGeocoder,
    get_geocoder,
    make_chain,
    placement_of,
)  # fmt: skip


class FakeService:
    """Stands in for a geopy provider: answers from a dict and counts the questions."""

    def __init__(self, answers: dict[str, tuple[float, float]]):
        self.answers = answers
        self.asked: list[str] = []

    def geocode(self, query, exactly_one=True, **_):
        self.asked.append(query)
        if query not in self.answers:
            return None
        lat, lon = self.answers[query]
        return Location(f"{query}, 武汉", (lat, lon), {})


def online(name="fake", datum="WGS-84", answers=None) -> tuple[OnlineGeocoder, FakeService]:
    service = FakeService(answers or {})
    return OnlineGeocoder(name, service, datum), service


def test_gazetteer_geocoder_is_a_geopy_geocoder_returning_locations():
    location = GazetteerGeocoder().geocode("华科大")
    assert (location.latitude, location.longitude) == (30.51, 114.41)
    placement = placement_of(location)
    assert (placement.provider, placement.place_id, placement.precision) == (
        "gazetteer", "hust", "campus",
    )  # fmt: skip


def test_gazetteer_geocoder_knows_every_district_of_china():
    assert placement_of(GazetteerGeocoder().geocode("江夏区")).place_id == "adcode:420115"
    assert GazetteerGeocoder().geocode("不存在的地方") is None


def test_gazetteer_reverse_finds_the_nearest_place():
    # 华中科技大学 is recorded at (30.51, 114.41): a point 100 m north of it is nearest to it.
    assert placement_of(GazetteerGeocoder().reverse((30.511, 114.41))).place_id == "hust"


def test_chain_asks_in_order_and_stops_at_the_first_answer(tmp_path):
    provider, service = online(answers={"华科大": (0.0, 0.0), "星河实验室": (30.5, 114.4)})
    chain = GeocoderChain([GazetteerGeocoder(), provider], cache=DiskCache(tmp_path / "c.sqlite"),
                          min_delay_seconds=0)  # fmt: skip
    assert chain.locate("华科大").provider == "gazetteer"
    assert chain.locate("星河实验室").provider == "fake"
    assert service.asked == ["星河实验室"]


def test_online_answers_are_cached_on_disk_including_misses(tmp_path):
    provider, service = online(answers={"星河实验室": (30.5, 114.4)})
    path = tmp_path / "c.sqlite"
    for _ in range(2):
        chain = GeocoderChain([provider], cache=DiskCache(path), min_delay_seconds=0)
        assert chain.locate("星河实验室").lat == 30.5
        assert chain.locate("无名之地") is None
    assert service.asked == ["星河实验室", "无名之地"]


def test_bd09_answers_are_converted_to_wgs84_before_anyone_sees_them(tmp_path):
    provider, _ = online("baidu", "BD-09", {"某地": (30.5, 114.4)})
    placement = GeocoderChain([provider], DiskCache(tmp_path / "c"), 0).locate("某地")
    expected = to_wgs84(LonLat(114.4, 30.5, "BD-09"))
    assert (placement.lon, placement.lat) == (expected.lon, expected.lat)
    assert placement.source_datum == "BD-09"
    assert abs(placement.lon - 114.4) > 0.005


def test_online_geocoders_need_a_cache():
    with pytest.raises(ValueError, match="needs a DiskCache"):
        GeocoderChain([online()[0]])


def test_default_chain_is_offline():
    assert [g.name for g in make_chain().geocoders] == ["gazetteer"]


def test_nominatim_is_built_with_a_real_user_agent_and_never_called_in_tests(tmp_path):
    chain = make_chain("nominatim", cache_path=tmp_path / "c.sqlite")
    nominatim = chain.geocoders[1].service.service
    assert "wuhan-innovation-map" in nominatim.headers["User-Agent"]
    assert chain.locate("华中科技大学").provider == "gazetteer"


def test_unknown_geocoder_lists_the_valid_names():
    with pytest.raises(UnknownGeocoderError, match="choose one of gazetteer, nominatim, baidu, amap, tianditu$"):
        get_geocoder("google")
