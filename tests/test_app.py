"""The Streamlit page through AppTest: load, selection by link, search and click, toggles, input."""

from __future__ import annotations

import json
from pathlib import Path
from unittest import mock

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def map_args(at: AppTest) -> dict:
    (element,) = [e for e in at.main if getattr(e, "type", "") == "component_instance"
                  or getattr(getattr(e, "proto", None), "component_name", "").endswith("st_folium")]
    return json.loads(element.proto.json_args)


def panel_title(at: AppTest) -> str | None:
    return at.subheader[0].value if at.subheader else None


def test_default_load_maps_the_seed_article_with_no_cdn_link():
    at = app()
    assert not at.exception and not at.error
    args = map_args(at)
    links = args["js_links"] + args["css_links"]
    assert links and all(link.startswith("/app/static/") for link in links)
    assert "环华科大创新发展带" in args["script"] or "\\u73af\\u534e" in args["script"]


def test_a_link_opens_the_app_on_one_zone():
    at = app(zone="hust_belt")
    assert panel_title(at) == "环华科大创新发展带"
    assert "500家" in at.table[0].value.index.tolist()


def test_an_unknown_zone_in_the_link_is_a_message_not_a_crash():
    at = app(zone="atlantis")
    assert not at.exception
    assert any("atlantis" in w.value for w in at.warning)


def test_search_selects_and_updates_the_link():
    at = app()
    option = next(o for o in at.selectbox(key="search").options if o.startswith("海洋·锦鲤"))
    at.selectbox(key="search").select(option).run()
    assert panel_title(at) == "海洋·锦鲤"
    assert at.query_params["zone"] == ["ocean_jinli"] or at.query_params["zone"] == "ocean_jinli"


def test_clicking_a_zone_on_the_map_selects_it():
    real = streamlit_folium.st_folium

    def clicked(fig, key=None, on_change=None, **kwargs):
        import streamlit as st

        st.session_state[key] = {"last_active_drawing": {"properties": {"id": "nanhu_alley"}}}
        if on_change and not st.session_state.get("_clicked_once"):
            st.session_state["_clicked_once"] = True
            on_change()
        return real(fig, key=key, **kwargs)

    with mock.patch.object(streamlit_folium, "st_folium", clicked):
        at = app()
        at.run()
    assert panel_title(at) == "南湖硅巷"


def test_layer_toggles_change_what_is_drawn():
    at = app()
    at.multiselect(key="layers").set_value(["zones"]).run()
    script = map_args(at)["script"]
    assert json.dumps("创新区域") in script and json.dumps("企业") not in script


def test_a_pasted_article_is_mapped_and_its_unknown_names_listed():
    at = app()
    at.radio(key="source").set_value("粘贴 Paste").run()
    at.text_area(key="paste").input("南湖硅巷新开了星河实验室。").run()
    assert not at.exception
    assert "南湖硅巷" in map_args(at)["script"] or "\\u5357\\u6e56" in map_args(at)["script"]
    assert any("星河实验室" in md.value for md in at.markdown) or any(
        "星河实验室" in str(x.value) for x in at.get("markdown"))


@pytest.mark.parametrize("text", ["   ", "没有任何地名的句子。"])
def test_bad_pastes_get_a_message_and_the_app_keeps_working(text):
    at = app()
    at.radio(key="source").set_value("粘贴 Paste").run()
    at.text_area(key="paste").input(text).run()
    assert not at.exception
    messages = [e.value for e in at.error] + [w.value for w in at.warning]
    assert any("empty" in m or "No places" in m for m in messages)


def test_an_unresolved_name_can_be_placed_by_clicking_the_map_and_is_kept():
    real = streamlit_folium.st_folium

    def clicked_at(fig, key=None, on_change=None, **kwargs):
        import streamlit as st

        st.session_state[key] = {"last_clicked": {"lng": 114.3571, "lat": 30.5204}}
        if on_change:
            on_change()
        return real(fig, key=key, **kwargs)

    with mock.patch.object(streamlit_folium, "st_folium", clicked_at):
        at = app()
        at.radio(key="source").set_value("粘贴 Paste").run()
        at.text_area(key="paste").input("南湖硅巷新开了星河实验室。").run()
        at.button[0].click().run()
    assert not at.exception
    table = at.sidebar.dataframe[0].value
    row = table[table["name_zh"] == "星河实验室"].iloc[0]
    assert (row["layer"], row["lon"], row["lat"]) == ("sites", 114.3571, 30.5204)
    assert "星河实验室" in map_args(at)["script"] or "\\u661f\\u6cb3" in map_args(at)["script"]


def test_the_base_map_is_identical_across_selections():
    """A changed base map makes streamlit-folium reload the whole component (and lose the view)."""
    at = app(zone="hust_belt")
    first = map_args(at)["script"]
    option = next(o for o in at.selectbox(key="search").options if o.startswith("南湖硅巷"))
    at.selectbox(key="search").select(option).run()
    assert panel_title(at) == "南湖硅巷"
    assert map_args(at)["script"] == first


def test_a_second_session_gets_the_same_map_as_the_first():
    """folium's render is not idempotent: a shared map rendered twice grows. Each run copies it."""
    assert map_args(app())["script"] == map_args(app())["script"]


def test_online_geocoder_is_off_by_default_and_a_missing_key_is_a_message(monkeypatch):
    monkeypatch.delenv("AMAP_KEY", raising=False)
    at = app()
    assert at.selectbox(key="geocoder").value == "off"
    at.selectbox(key="geocoder").select("amap").run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "amap needs an API key: pass api_key=... or set the environment variable AMAP_KEY"
    ]
