"""The Streamlit page through AppTest: what the map component receives, picks, input, escaping.

AppTest runs no JavaScript: the component's data is read from its proto, and a pick (what
the page sends when a feature or the empty map is clicked) is simulated by a fake mount.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")
HOSTILE_ZONE = "[click](http://evil.example)![i](http://evil.example/i.png)$x^2$<b>b</b>"


def app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def component(at: AppTest):
    (element,) = [e for e in at.main if getattr(getattr(e, "proto", None), "component_name", "") == "wim_map"]
    return element.proto


def map_data(at: AppTest) -> dict:
    return json.loads(component(at).json)


class FakeMap:
    """Stands in for the component: records the data, returns the pick ``send`` set."""

    def __init__(self):
        self.mounts, self.pick = [], None

    def send(self, feature_id, lon=None, lat=None):
        self.pick = {"id": feature_id, "lon": lon, "lat": lat}

    def factory(self, name, **kwargs):
        def mount(*, key, data, default, on_pick_change):
            self.mounts.append(data)
            pick = {"article": data["article"], **self.pick} if self.pick else None
            return SimpleNamespace(pick=pick)

        return mount


@pytest.fixture
def fake():
    fake = FakeMap()
    st.cache_resource.clear()  # the registered component is cached: register the fake
    with mock.patch("streamlit.components.v2.component", fake.factory):
        yield fake
    st.cache_resource.clear()


def test_default_load_mounts_the_map_with_leaflet_from_static_serving():
    at = app()
    assert not at.exception and not at.error
    proto = component(at)
    assert "app/static/vendor/leaflet/leaflet-src.esm.js" in proto.js_content
    assert "https://" not in proto.js_content and "url(http" not in proto.css_content
    data = map_data(at)
    assert [layer["name"] for layer in data["map"]["layers"]] == [
        "zones", "districts", "functional_areas", "institutions", "firms", "sites"]  # fmt: skip
    assert data["selected"] is None and "hust_belt" in data["map"]["panels"]


def test_a_link_opens_the_app_on_one_zone():
    data = map_data(app(zone="hust_belt"))
    assert data["selected"] == "hust_belt"
    assert [f["text"] for f in data["map"]["panels"]["hust_belt"]["figures"]][1] == "500家"


def test_an_unknown_zone_in_the_link_is_escaped_text_in_a_warning():
    at = app(zone=HOSTILE_ZONE)
    assert not at.exception
    (warning,) = at.warning
    assert warning.value == (
        "没有这个区域 No zone or place with id “\\[click\\]\\(http\\:\\/\\/evil\\.example\\)\\!\\[i\\]"
        "\\(http\\:\\/\\/evil\\.example\\/i\\.png\\)\\$x^2\\$\\<b\\>b\\<\\/b\\>”."
    )


def test_layer_toggles_and_language_change_the_map_version():
    at = app()
    first = map_data(at)["version"]
    at.multiselect(key="layers").set_value(["zones"]).run()
    data = map_data(at)
    assert [layer["name"] for layer in data["map"]["layers"]] == ["zones"]
    assert data["version"] != first
    at.radio(key="lang").set_value("en").run()
    assert map_data(at)["map"]["panels"]["hust_belt"]["title"] == "HUST Innovation and Development Belt"


def test_a_rerun_without_a_change_keeps_the_map_version():
    at = app()
    first = map_data(at)["version"]
    at.run()
    assert map_data(at)["version"] == first


def download_buttons(at: AppTest) -> dict:
    return {b.proto.label: b.proto for b in at.get("download_button")}


def test_the_geojson_download_link_outlives_a_rerun():
    """A click that lands while a pick's rerun is on its way still downloads: the link is the
    same in the next run. (A deferred button gets a new link each run and drops the old one:
    3 of 20 downloads were lost under load.)"""
    at = app()
    first = download_buttons(at)["GeoJSON"]
    assert not first.deferred_file_id and first.url
    at.run()
    assert download_buttons(at)["GeoJSON"].url == first.url


def test_a_pick_selects_and_a_deselect_clears_it(fake):
    fake.send("nanhu_alley", 114.35, 30.52)
    at = app()
    assert at.session_state["selected"] == "nanhu_alley"
    fake.send(None, 114.36, 30.53)
    at.run()
    assert at.session_state["selected"] is None
    assert at.session_state["last_clicked"] == (114.36, 30.53)


def test_changing_the_article_resets_the_selection(fake):
    at = app(zone="hust_belt")
    assert fake.mounts[-1]["selected"] == "hust_belt"
    at.radio(key="source").set_value("粘贴 Paste").run()
    at.text_area(key="paste").input("南湖硅巷新开了星河实验室。").run()
    assert fake.mounts[-1]["selected"] is None
    assert "hust_belt" not in fake.mounts[-1]["map"]["panels"]


def test_a_pick_made_on_another_article_is_ignored(fake):
    fake.pick = {"id": "hust_belt", "lon": None, "lat": None, "article": "a stale article"}
    at = app()
    assert at.session_state["selected"] is None


def test_a_pasted_article_lists_its_unknown_names_as_plain_text():
    at = app()
    at.radio(key="source").set_value("粘贴 Paste").run()
    at.text_area(key="paste").input("南湖硅巷新开了星河实验室。*强调*的$x$[链接](http://x)实验室也在。").run()
    assert not at.exception
    assert "南湖硅巷" in map_data(at)["map"]["panels"]["nanhu_alley"]["title"]
    names = [md.value for md in at.markdown if "星河实验室" in md.value]
    assert names and all("](" not in n and "$x$" not in n and "*强调*" not in n for n in names)


@pytest.mark.parametrize("text", ["   ", "没有任何地名的句子。"])
def test_bad_pastes_get_a_message_and_the_app_keeps_working(text):
    at = app()
    at.radio(key="source").set_value("粘贴 Paste").run()
    at.text_area(key="paste").input(text).run()
    assert not at.exception
    messages = [e.value for e in at.error] + [w.value for w in at.warning]
    assert any("empty" in m or "No places" in m for m in messages)


def test_an_unresolved_name_is_placed_at_the_last_map_click_and_kept(fake):
    fake.send(None, 114.3571, 30.5204)
    at = app()
    at.radio(key="source").set_value("粘贴 Paste").run()
    at.text_area(key="paste").input("南湖硅巷新开了星河实验室。").run()
    at.button[0].click().run()
    assert not at.exception
    drawn = {f["id"]: (layer["name"], f["geometry"]["coordinates"])
             for layer in fake.mounts[-1]["map"]["layers"] for f in layer["features"]["features"]}  # fmt: skip
    assert drawn["user:星河实验室"] == ("sites", (114.3571, 30.5204))
    assert fake.mounts[-1]["map"]["panels"]["user:星河实验室"]["title"] == "星河实验室"


def test_the_app_and_the_standalone_page_get_the_same_panels(article):
    from layers.build import build_layers
    from layers.standalone import standalone_data

    expected = standalone_data(build_layers(article), article)["panels"]
    assert map_data(app())["map"]["panels"] == json.loads(json.dumps(expected))


def test_online_geocoder_is_off_by_default_and_a_missing_key_is_a_message(monkeypatch):
    monkeypatch.delenv("AMAP_KEY", raising=False)
    at = app()
    assert at.selectbox(key="geocoder").value == "off"
    at.selectbox(key="geocoder").select("amap").run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "amap needs an API key: pass api_key=... or set the environment variable AMAP_KEY"
    ]
