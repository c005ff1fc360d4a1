"""Amap and Tianditu: keyed, converted to WGS-84, bounded to Wuhan; against a local fake service."""

from __future__ import annotations

import pytest
from shapely.geometry import box

from geo.errors import GeocoderConfigurationError, RejectedAnswerError
from geo.geocoders import (
    GEOCODERS,
    Amap,
    DiskCache,
    Placement,
    Tianditu,
    get_geocoder,
    make_chain,
    placement_of,
)  # fmt: skip
from tests.geo.fake_service import FakeService, recorded

BEIJING = box(115.4, 39.4, 117.5, 41.1)


@pytest.fixture
def service():
    with FakeService() as fake:
        yield fake


def amap(service: FakeService, **kwargs) -> Amap:
    return Amap("test-key", domain=service.domain, scheme="http", **kwargs)


def tianditu(service: FakeService, **kwargs) -> Tianditu:
    return Tianditu("test-key", domain=service.domain, scheme="http", **kwargs)


def test_both_are_registered_beside_nominatim_and_baidu():
    assert list(GEOCODERS) == ["gazetteer", "nominatim", "baidu", "amap", "tianditu"]


def test_amap_asks_for_the_name_in_wuhan_with_the_key(service):
    service.reply("/v3/geocode/geo", recorded("amap_wuhan.json"))
    amap(service).geocode("星河实验室")
    assert [(r.path, r.params) for r in service.requests] == [
        ("/v3/geocode/geo", {"address": "星河实验室", "city": "武汉", "key": "test-key"}),
    ]  # fmt: skip


def test_amap_answer_in_wuhan_is_a_site_with_its_radius(service):
    service.reply("/v3/geocode/geo", recorded("amap_wuhan.json"))
    placement = placement_of(amap(service).geocode("星河实验室"))
    assert (placement.provider, placement.precision, placement.uncertainty_m,
            placement.source_datum, placement.source) == (
        "amap", "site", 200.0, "GCJ-02", "amap: 湖北省武汉市洪山区星河实验室 (兴趣点) © 高德地图 AutoNavi",
    )  # fmt: skip


def test_amap_gcj02_answer_becomes_the_published_wgs84_point(service):
    # WGS-84 (116.404, 39.915) <-> GCJ-02 (116.41024449916938, 39.91640428150164):
    # wandergis/coordtransform test/app.js. Bounded to Beijing here, so the answer is kept.
    service.reply("/v3/geocode/geo", recorded("amap_beijing_reference.json"))
    placement = placement_of(amap(service, region=BEIJING, region_name="Beijing").geocode("某地"))
    assert (round(placement.lon, 6), round(placement.lat, 6)) == (116.404, 39.915)


def test_amap_answer_outside_wuhan_is_rejected_after_conversion(service):
    service.reply("/v3/geocode/geo", recorded("amap_beijing_reference.json"))
    with pytest.raises(RejectedAnswerError) as err:
        amap(service).geocode("某地")
    assert str(err.value) == "amap: answer outside Wuhan (116.404000, 39.915000)"


def test_amap_city_level_answer_is_a_guess_and_rejected(service):
    service.reply("/v3/geocode/geo", recorded("amap_city_level.json"))
    with pytest.raises(RejectedAnswerError, match=r"^amap: only matched a whole 市 \(湖北省武汉市\)$"):
        amap(service).geocode("无名实验室")


def test_amap_empty_answer_is_none(service):
    service.reply("/v3/geocode/geo", recorded("amap_empty.json"))
    assert amap(service).geocode("无名实验室") is None


@pytest.mark.parametrize(("level", "expected"), [
    ("门牌号", ("point", 50.0)), ("兴趣点", ("site", 200.0)), ("道路", ("area", 2000.0)),
    ("区县", ("district", 15000.0)), ("未知", ("area", 2000.0)),
])  # fmt: skip
def test_amap_levels_map_to_precision_and_radius(service, level, expected):
    service.reply("/v3/geocode/geo", recorded("amap_wuhan.json").replace("兴趣点", level))
    placement = placement_of(amap(service).geocode("星河实验室"))
    assert (placement.precision, placement.uncertainty_m) == expected


def test_tianditu_asks_for_the_name_prefixed_with_wuhan(service):
    service.reply("/geocoder", recorded("tianditu_wuhan.json"))
    tianditu(service).geocode("星河实验室")
    assert [(r.path, r.params) for r in service.requests] == [
        ("/geocoder", {"ds": '{"keyWord": "武汉市星河实验室"}', "tk": "test-key"}),
    ]  # fmt: skip


def test_tianditu_answer_is_wgs84_and_passes_unchanged(service):
    service.reply("/geocoder", recorded("tianditu_wuhan.json"))
    assert placement_of(tianditu(service).geocode("星河实验室")) == Placement(
        lon=114.413, lat=30.514, provider="tianditu", precision="site",
        source="tianditu: 武汉市星河实验室 (地名地址) © 天地图 Tianditu", source_datum="WGS-84",
        confidence=0.5, uncertainty_m=300.0,
    )  # fmt: skip


def test_tianditu_no_result_is_none(service):
    service.reply("/geocoder", recorded("tianditu_empty.json"))
    assert tianditu(service).geocode("无名实验室") is None


@pytest.mark.parametrize(("name", "variable"), [("amap", "AMAP_KEY"), ("tianditu", "TIANDITU_KEY")])
def test_a_missing_key_names_its_environment_variable(monkeypatch, name, variable):
    monkeypatch.delenv(variable, raising=False)
    with pytest.raises(GeocoderConfigurationError) as err:
        get_geocoder(name)
    assert str(err.value) == (
        f"{name} needs an API key: pass api_key=... or set the environment variable {variable}"
    )


def test_the_key_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("AMAP_KEY", "from-env")
    chain = make_chain("amap", cache_path=tmp_path / "c.sqlite")
    assert [g.name for g in chain.geocoders] == ["gazetteer", "amap"]
    assert chain.geocoders[1].api_key == "from-env"
    assert isinstance(chain.cache, DiskCache)
