"""Geocoders that fail soft: one bad answer leaves one name unresolved, with the reason."""

from __future__ import annotations

import sqlite3
import time
from itertools import pairwise

import pytest
from geopy.geocoders import Baidu

from geo.article import parse_article
from geo.geocoders import Amap, DiskCache, GazetteerGeocoder, GeocoderChain, Tianditu
from geo.geocoders import chain as chain_module
from geo.geocoders.chain import DAY
from geo.geocoders.online import OnlineGeocoder
from geo.places import locate_mentions
from tests.geo.fake_service import FakeService, Reply, recorded

GEO = "/v3/geocode/geo"
WUHAN = recorded("amap_wuhan.json")


@pytest.fixture
def service():
    with FakeService() as fake:
        yield fake


def amap_chain(service: FakeService, path, min_delay: float = 0, timeout: float = 5,
               **cache_kwargs) -> GeocoderChain:  # fmt: skip
    """A chain asking the fake service; the timeout is long, so a loaded machine does not turn
    an answer into a timeout, except where a test trips it on purpose."""
    amap = Amap("test-key", domain=service.domain, scheme="http", timeout=timeout)
    return GeocoderChain([amap], DiskCache(path, **cache_kwargs), min_delay_seconds=min_delay)


def test_a_timeout_leaves_that_name_unresolved_and_the_next_one_is_asked(service, tmp_path):
    service.reply(GEO, Reply(WUHAN, delay=3.0), WUHAN)
    chain = amap_chain(service, tmp_path / "c.sqlite", timeout=1.0)
    assert chain.locate("星河实验室") is None
    assert chain.locate("银河实验室").provider == "amap"
    assert chain.failures == {"星河实验室": "amap: timed out"}


def test_a_failure_is_not_cached_so_the_name_is_asked_again(service, tmp_path):
    service.reply(GEO, Reply(status=500), WUHAN)
    chain = amap_chain(service, tmp_path / "c.sqlite")
    assert chain.locate("星河实验室") is None
    assert chain.failures == {"星河实验室": "amap: HTTP 500"}
    assert chain.locate("星河实验室").provider == "amap"
    assert chain.failures == {}
    assert service.paths() == [GEO, GEO]


@pytest.mark.parametrize(("body", "reason"), [
    ('[{"foo": 1}]', "amap: malformed answer (not a JSON object)"),
    ("42", "amap: malformed answer (not a JSON object)"),
    ('{"foo": 1}', "amap: malformed answer (no status)"),
    ("<html>busy</html>", "amap: malformed answer (not JSON)"),
    ('{"status": "1", "geocodes": {"location": "114.4,30.5"}}', "amap: malformed answer (no geocodes list)"),
    ('{"status": "1", "geocodes": [{"location": []}]}', "amap: malformed answer (location [])"),
    ('{"status": "1", "geocodes": [{"location": "abc,30.5"}]}', "amap: malformed answer (longitude 'abc')"),
    ('{"status": "1", "geocodes": [{"location": "114.4,123.0"}]}', "amap: latitude 123.0 out of range"),
    ('{"status": "1", "geocodes": [{"location": "114.4,NaN"}]}', "amap: latitude nan out of range"),
    (recorded("amap_invalid_key.json"), "amap: status 0, infocode 10001: INVALID_USER_KEY"),
])  # fmt: skip
def test_malformed_answers_become_reasons(service, tmp_path, body, reason):
    service.reply(GEO, body)
    chain = amap_chain(service, tmp_path / "c.sqlite")
    assert chain.locate("星河实验室") is None
    assert chain.failures == {"星河实验室": reason}


def test_an_answer_outside_wuhan_is_a_cached_miss_with_its_reason(service, tmp_path):
    service.reply(GEO, recorded("amap_beijing_reference.json"))
    chain = amap_chain(service, tmp_path / "c.sqlite")
    for _ in range(2):
        assert chain.locate("南湖") is None
        assert chain.failures == {"南湖": "amap: answer outside Wuhan (116.404000, 39.915000)"}
    assert service.paths() == [GEO]


def test_tianditu_without_a_location_is_malformed(service, tmp_path):
    service.reply("/geocoder", '{"status": "0", "msg": "ok"}')
    tianditu = Tianditu("test-key", domain=service.domain, scheme="http")
    chain = GeocoderChain([tianditu], DiskCache(tmp_path / "c.sqlite"), min_delay_seconds=0)
    assert chain.locate("星河实验室") is None
    assert chain.failures == {"星河实验室": "tianditu: malformed answer (no location)"}


def test_a_baidu_answer_without_a_location_is_malformed_not_a_crash(service, tmp_path):
    service.reply("/geocoder/v2/", recorded("baidu_no_location.json"))
    baidu = Baidu(api_key="test-key", scheme="http")
    baidu.api = f"http://{service.domain}/geocoder/v2/"
    provider = OnlineGeocoder("baidu", baidu, "BD-09")
    chain = GeocoderChain([provider], DiskCache(tmp_path / "c.sqlite"), min_delay_seconds=0)
    assert chain.locate("星河实验室") is None
    assert chain.failures == {"星河实验室": "baidu: malformed answer (missing 'location')"}


def test_an_unresolved_mention_carries_the_reason_in_its_note(service, tmp_path):
    service.reply(GEO, Reply(status=500), WUHAN)
    amap = Amap("test-key", domain=service.domain, scheme="http")
    chain = GeocoderChain([GazetteerGeocoder(), amap], DiskCache(tmp_path / "c.sqlite"), 0)
    article = parse_article("星河实验室和银河实验室今天成立。", "test")
    rows = [(m.name, m.status, m.provider, m.note) for m in locate_mentions(article, chain=chain)]
    assert rows == [
        ("星河实验室", "unresolved", "", "amap: HTTP 500"),
        ("银河实验室", "resolved", "amap", ""),
    ]  # fmt: skip


def test_misses_expire_after_a_week_answers_do_not(service, tmp_path):
    now = [1_000_000.0]
    service.reply(GEO, recorded("amap_empty.json"))
    chain = amap_chain(service, tmp_path / "c.sqlite", clock=lambda: now[0])
    assert chain.locate("星河实验室") is None
    now[0] += 6 * DAY
    assert chain.locate("星河实验室") is None
    assert service.paths() == [GEO]
    now[0] += 2 * DAY
    service.reply(GEO, WUHAN)
    assert chain.locate("星河实验室").provider == "amap"
    now[0] += 90 * DAY
    assert chain.locate("星河实验室").provider == "amap"
    assert service.paths() == [GEO, GEO]


def test_a_corrupt_cache_file_degrades_to_memory_with_a_warning(service, tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"not a database, just bytes " * 100)
    service.reply(GEO, WUHAN)
    with pytest.warns(RuntimeWarning) as warned:
        chain = amap_chain(service, path)
    reason = f"geocode cache {path} unusable (file is not a database); answers kept in memory only"
    assert [str(w.message) for w in warned] == [reason]
    assert chain.cache.problem == reason
    assert chain.locate("星河实验室").provider == "amap"
    assert chain.locate("星河实验室").provider == "amap"
    assert service.paths() == [GEO]


def test_a_read_only_cache_still_answers_and_keeps_new_answers_in_memory(service, tmp_path, monkeypatch):
    path = tmp_path / "c.sqlite"
    service.reply(GEO, WUHAN)
    amap_chain(service, path).locate("星河实验室")
    connect = sqlite3.connect  # chmod means nothing to root (as in CI): open it read-only instead
    monkeypatch.setattr(chain_module.sqlite3, "connect", lambda p: connect(f"file:{p}?mode=ro", uri=True))
    chain = amap_chain(service, path)
    assert chain.locate("星河实验室").provider == "amap"
    assert service.paths() == [GEO]
    with pytest.warns(RuntimeWarning) as warned:
        assert chain.locate("银河实验室").provider == "amap"
    assert [str(w.message) for w in warned] == [
        f"geocode cache {path} unusable (attempt to write a readonly database); answers kept in memory only"
    ]
    assert chain.locate("银河实验室").provider == "amap"
    assert service.paths() == [GEO, GEO]


def test_a_corrupt_row_is_asked_again_and_overwritten(service, tmp_path):
    path = tmp_path / "c.sqlite"
    service.reply(GEO, WUHAN)
    amap_chain(service, path).locate("星河实验室")
    with sqlite3.connect(path) as db:
        db.execute("update lookups set placement = '{\"lon\": ' ")
    chain = amap_chain(service, path)
    assert chain.locate("星河实验室").provider == "amap"
    assert chain.locate("星河实验室").provider == "amap"
    assert service.paths() == [GEO, GEO]


def test_the_rate_limit_holds_across_connection_resets(service, tmp_path):
    """Spacing is read from the limiter's own clock, not from arrival times at the fake server.

    Arrival times carry the scheduling jitter of a loaded machine (a late first arrival makes
    the next gap look short) and made this test flaky. What must hold: the limiter grants a
    slot 0.3 s after the last one, failures included, and each request the server sees goes
    out inside one granted call; none before the slot, none after it (no retry behind the
    limiter's back).
    """
    service.reply(GEO, Reply(reset=True), Reply(reset=True), WUHAN)
    chain = amap_chain(service, tmp_path / "c.sqlite", min_delay=0.3)
    calls = record_limited_calls(chain)
    results = [chain.locate(name) for name in ("甲实验室", "乙实验室", "丙实验室")]
    assert [r is None for r in results] == [True, True, False]
    assert chain.failures == {
        "甲实验室": "amap: Connection reset by peer", "乙实验室": "amap: Connection reset by peer",
    }  # fmt: skip
    assert len(service.requests) == 3  # no retries behind the limiter's back
    slots = [call["slot"] for call in calls]
    assert [b - a >= 0.3 for a, b in pairwise(slots)] == [True, True]
    arrivals = [request.at for request in service.requests]
    inside = [c["entered"] <= at <= c["left"] for c, at in zip(calls, arrivals, strict=True)]
    assert inside == [True, True, True]


def record_limited_calls(chain: GeocoderChain) -> list[dict]:
    """Wraps the function the chain's RateLimiter guards; each call records its granted slot
    (the limiter's ``_last_call``, on its own clock) and when it entered and left (monotonic,
    the clock the fake server stamps requests with)."""
    limiter = chain._request
    inner, calls = limiter.func, []

    def recorded_call(*args, **kwargs):
        call = {"slot": limiter._last_call, "entered": time.monotonic()}
        calls.append(call)
        try:
            return inner(*args, **kwargs)
        finally:
            call["left"] = time.monotonic()

    limiter.func = recorded_call
    return calls
