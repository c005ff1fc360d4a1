"""The app component's data goes to the page as UTF-8 JSON bytes (layers.client.component_bytes):
the map encoded once per view, the run's state beside it."""

import json

import pytest

from layers.client import component_bytes, encode_map


def test_the_map_and_the_runs_state_arrive_as_one_json_object():
    sent = component_bytes({"version": "v1", "selected": None}, encode_map({"title": "光谷", "zoom": 10}))
    assert json.loads(sent.decode("utf-8")) == {"version": "v1", "selected": None, "map": {"title": "光谷", "zoom": 10}}


def test_chinese_travels_as_utf8_not_as_escapes():
    sent = component_bytes({"selected": "青菱硅巷"}, encode_map({"name": "环华科大创新发展带"}))
    assert "环华科大创新发展带".encode() in sent and "青菱硅巷".encode() in sent
    assert b"\\u" not in sent
    assert sent == '{"selected":"青菱硅巷","map":{"name":"环华科大创新发展带"}}'.encode()


def test_an_empty_state_still_makes_an_object():
    assert component_bytes({}, encode_map([])) == b'{"map":[]}'


def test_a_state_with_its_own_map_is_refused_by_name():
    with pytest.raises(ValueError, match="'map'"):
        component_bytes({"map": 1, "version": "v1"}, encode_map({}))
