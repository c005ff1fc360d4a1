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


def app(painted: bool = True, **query) -> AppTest:
    """The page; ``painted``: as after the map said it is on screen (the settings are drawn)."""
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    if painted:
        at.session_state["map_painted"] = True
    return at.run()


def component(at: AppTest):
    (element,) = [e for e in at.main if getattr(getattr(e, "proto", None), "component_name", "") == "wim_map"]
    return element.proto


def map_data(at: AppTest) -> dict:
    """The component's data: UTF-8 JSON bytes on the wire (``layers.client.component_bytes``)."""
    proto = component(at)
    assert proto.WhichOneof("data") == "bytes"
    return json.loads(proto.bytes.decode("utf-8"))


class FakeMap:
    """Stands in for the component: records the data, returns the pick ``send`` set."""

    def __init__(self):
        self.mounts, self.pick, self.layers = [], None, None

    def send(self, feature_id, lon=None, lat=None):
        self.pick = {"id": feature_id, "lon": lon, "lat": lat}

    def factory(self, name, **kwargs):
        if name != "wim_map":  # the share box: nothing to fake
            return lambda **mount_args: SimpleNamespace()

        def mount(*, key, data, default, on_pick_change, on_layers_change, on_painted_change):
            data = json.loads(data.decode("utf-8"))
            self.mounts.append(data)
            pick = {"article": data["article"], **self.pick} if self.pick else None
            return SimpleNamespace(pick=pick, layers=self.layers)

        return mount


def test_a_sessions_first_run_draws_the_map_alone_and_the_settings_once_it_is_painted():
    at = app(painted=False, lang="en")
    assert not at.sidebar.radio and not at.sidebar.selectbox and not at.expander  # the map alone
    data = map_data(at)
    assert data["painted"] is False and data["map"]["lang"] == "en"  # the link's language
    assert "hust_belt" in data["map"]["panels"]  # the seed article, as the settings' default
    at.session_state["map_painted"] = True  # what on_painted_change sets
    at.run()
    assert [r.key for r in at.sidebar.radio] == ["lang", "source"] and at.sidebar.radio[0].value == "en"
    assert map_data(at)["painted"] is True
    assert not at.exception


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
        "没有这个区域: “\\[click\\]\\(http\\:\\/\\/evil\\.example\\)\\!\\[i\\]"
        "\\(http\\:\\/\\/evil\\.example\\/i\\.png\\)\\$x^2\\$\\<b\\>b\\<\\/b\\>”"
    )


def test_the_map_layer_control_sets_the_visible_layers_without_a_new_map(fake):
    at = app()
    first = fake.mounts[-1]
    assert first["visible"] == ["zones", "districts", "functional_areas", "institutions", "firms", "sites"]
    fake.layers = ["zones", "firms"]  # the reader unticks layers in the map's one control
    at.run()
    assert at.session_state["layers"] == ["zones", "firms"]
    at.run()
    assert fake.mounts[-1]["visible"] == ["zones", "firms"]
    assert fake.mounts[-1]["version"] == first["version"]  # the same map: no rebuild, no redraw
    assert len(fake.mounts[-1]["map"]["layers"]) == 6  # every layer is there to tick again


def test_a_language_change_changes_the_map_version():
    at = app()
    first = map_data(at)["version"]
    at.radio(key="lang").set_value("en").run()
    assert map_data(at)["version"] != first
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
    at.radio(key="source").set_value("paste").run()
    at.text_area(key="paste").input("南湖硅巷新开了星河实验室。").run()
    assert fake.mounts[-1]["selected"] is None
    assert "hust_belt" not in fake.mounts[-1]["map"]["panels"]


def test_a_pick_made_on_another_article_is_ignored(fake):
    fake.pick = {"id": "hust_belt", "lon": None, "lat": None, "article": "a stale article"}
    at = app()
    assert at.session_state["selected"] is None


def test_a_pasted_article_lists_its_unknown_names_as_plain_text():
    at = app()
    at.radio(key="source").set_value("paste").run()
    at.text_area(key="paste").input("南湖硅巷新开了星河实验室。*强调*的$x$[链接](http://x)实验室也在。").run()
    assert not at.exception
    assert "南湖硅巷" in map_data(at)["map"]["panels"]["nanhu_alley"]["title"]
    names = [md.value for md in at.markdown if "星河实验室" in md.value]
    assert names and all("](" not in n and "$x$" not in n and "*强调*" not in n for n in names)


@pytest.mark.parametrize("text", ["   ", "没有任何地名的句子。"])
def test_bad_pastes_get_a_message_and_the_app_keeps_working(text):
    at = app()
    at.radio(key="source").set_value("paste").run()
    at.text_area(key="paste").input(text).run()
    assert not at.exception
    messages = [e.value for e in at.error] + [w.value for w in at.warning]
    assert any("empty" in m or "没有找到地名" in m for m in messages)  # the page is in Chinese


def test_an_unresolved_name_is_placed_at_the_last_map_click_and_kept(fake):
    fake.send(None, 114.3571, 30.5204)
    at = app()
    at.radio(key="source").set_value("paste").run()
    at.text_area(key="paste").input("南湖硅巷新开了星河实验室。").run()
    at.button[0].click().run()
    assert not at.exception
    drawn = {f["id"]: (layer["name"], f["geometry"]["coordinates"])
             for layer in fake.mounts[-1]["map"]["layers"] for f in layer["features"]["features"]}  # fmt: skip
    assert drawn["user:星河实验室"] == ("sites", [114.3571, 30.5204])
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


def test_in_english_the_sidebar_and_the_page_speak_english_only():
    import re

    at = app()
    at.radio(key="lang").set_value("en").run()
    assert not at.exception
    labels = [w.label for kind in ("radio", "selectbox", "multiselect", "text_input") for w in getattr(at, kind)]
    labels += [e.label for e in at.expander] + [t.value for t in at.title] + [c.value for c in at.caption]
    assert {"Language", "Article", "Basemap", "Online geocoder", "Share"} <= set(labels)
    assert "Article: Changjiang Daily, 《武汉全力激发产业创新活力 全市共建“鱼跃成龙”创新生态》" in [
        c.value.replace("\\", "") for c in at.caption]
    cjk = re.compile(r"[\u3400-\u9fff]")
    assert [label for label in labels if cjk.search(re.sub(r"《[^》]*》", "", label))] == []
    assert at.radio(key="source").options == ["Seed article", "Paste", "Upload"]
# ---- sharing: a link restores the view; downloads follow it -------------------------------------


def test_a_shared_link_restores_zone_language_basemap_and_layers():
    at = app(zone="hust_belt", lang="en", basemap="positron", layers="zones,firms")
    assert not at.exception and not at.warning
    data = map_data(at)
    assert data["selected"] == "hust_belt"
    assert data["map"]["lang"] == "en" and "cartocdn" in data["map"]["basemap"]["url"]
    assert data["visible"] == ["zones", "firms"]
    assert (at.radio(key="lang").value, at.selectbox(key="basemap").value) == ("en", "positron")
    assert at.session_state["layers"] == ["zones", "firms"]
    assert data["link"] == {"lang": "en", "basemap": "positron", "layers": "zones,firms"}


def test_the_link_is_read_once_and_widgets_win_afterwards():
    at = app(lang="en")
    at.radio(key="lang").set_value("zh").run()
    assert map_data(at)["map"]["lang"] == "zh" and map_data(at)["link"] == {}


def test_bad_link_values_are_named_in_plain_text_and_fall_back_to_defaults():
    at = app(lang="[fr](http://evil)", basemap="google", layers="zones,*bogus*")
    assert not at.exception
    data = map_data(at)
    assert data["map"]["lang"] == "zh" and "openstreetmap" in data["map"]["basemap"]["url"]
    assert data["visible"] == ["zones"]
    assert [w.value for w in at.warning] == [
        "链接中的语言“\\[fr\\]\\(http\\:\\/\\/evil\\)”无效，可选 zh 或 en（显示 zh）",
        "链接中的底图“google”无效，可选 osm, positron, gaode, none（显示 osm）",
        "链接中的图层 “\\*bogus\\*” 无效，可选 zones, districts, functional\\_areas, "
        "institutions, firms, sites",
    ]


def test_in_english_a_bad_link_value_is_said_in_english():
    at = app(lang="en", basemap="google")
    assert [w.value for w in at.warning] == [
        "unknown basemap “google” in the link; choose osm, positron, gaode, none \\(showing osm\\)"]


def test_the_share_box_gets_the_full_view_and_the_html_embed_code_is_escaped():
    at = app(lang="en", layers="zones,sites")
    (share,) = [e for e in at.sidebar if getattr(getattr(e, "proto", None), "component_name", "") == "wim_share"]
    data = json.loads(share.proto.json)
    assert data["params"] == {"lang": "en", "basemap": "osm", "layers": "zones,sites"}
    # The downloaded HTML map's <iframe> is in the box as text (no st.code: its highlighter
    # delayed the map by 0.77 s); the box puts it in a field with textContent, never as HTML.
    assert data["file_embed"] == ('<iframe src="wuhan_innovation_map.html" width="100%" height="600" '
                                  'style="border:0" loading="lazy" title="Wuhan Innovation Map"></iframe>')
    assert data["ui"]["embed_html"] == "Or embed the downloaded HTML map:"
    assert not at.sidebar.code  # fmt: skip


def test_every_download_is_offered_and_follows_the_view():
    at = app(lang="en", layers="zones,firms")
    labels = [b.label for b in at.sidebar.get("download_button")]
    assert labels == ["GeoJSON", "GeoPackage", "CSV", "HTML map", "Print map (PNG)",
                      "Print map (SVG)", "Print map (PDF)"]  # fmt: skip
    assert "Only the layers shown" in [c.value for c in at.sidebar.caption]


# ---- names placed by hand: on disk, out of the unresolved list, movable, removable, undone ----

PASTED = "南湖硅巷新开了星河实验室。"


def pasted(at: AppTest) -> AppTest:
    at.radio(key="source").set_value("paste").run()
    at.text_area(key="paste").input(PASTED).run()
    return at


def placed_row(fake: FakeMap):
    """(layer, lon, lat) of 星河实验室 as the map last got it, or None when it is not drawn."""
    drawn = {f["id"]: (layer["name"], *f["geometry"]["coordinates"])
             for layer in fake.mounts[-1]["map"]["layers"] for f in layer["features"]["features"]}  # fmt: skip
    return drawn.get("user:星河实验室")


def button(at: AppTest, label: str):
    (found,) = [b for b in at.button if b.label.startswith(label)]
    return found


def test_a_placement_is_on_disk_and_a_new_session_finds_it(fake, placements_folder):
    fake.send(None, 114.3571, 30.5204)
    at = pasted(app())
    button(at, "放在刚才点击处").click().run()
    assert placed_row(fake) == ("sites", 114.3571, 30.5204)
    on_disk = json.loads((placements_folder / "placements.json").read_text("utf-8"))
    assert list(on_disk["articles"].values()) == [{"星河实验室": [114.3571, 30.5204]}]
    fake.pick = None
    pasted(app())  # a new session: a reload, or another server on the same folder
    assert placed_row(fake) == ("sites", 114.3571, 30.5204)
    assert fake.mounts[-1]["pins"] == [{"name": "星河实验室", "id": "user:星河实验室", "lon": 114.3571, "lat": 30.5204}]
    expander = at.expander[0]
    assert expander.label == "未定位的地名 (0)"  # placed: no longer waiting
    assert [m.value for m in expander.markdown if m.value == "星河实验室"] == ["星河实验室"]  # listed as placed


def test_pick_on_the_map_places_the_name_at_the_next_click_only(fake):
    at = pasted(app())
    button(at, "在地图上点选").click().run()
    assert fake.mounts[-1]["placing"] == "星河实验室"
    fake.send("nanhu_alley")  # a search pick, no click: nothing placed
    at.run()
    assert placed_row(fake) is None and fake.mounts[-1]["placing"] == "星河实验室"
    fake.pick = {"id": None, "lon": 114.36, "lat": 30.51, "fresh": True}
    at.run()
    assert placed_row(fake) == ("sites", 114.36, 30.51)
    assert fake.mounts[-1]["placing"] is None


def test_a_dragged_pin_moves_and_undo_and_remove_put_things_back(fake):
    fake.send(None, 114.3571, 30.5204)
    at = pasted(app())
    button(at, "放在刚才点击处").click().run()
    fake.pick = {"id": None, "lon": None, "lat": None, "moved": {"name": "星河实验室", "lon": 114.4, "lat": 30.55}}
    at.run()
    fake.pick = None  # the page sends a drag once
    assert placed_row(fake) == ("sites", 114.4, 30.55)
    button(at, "撤销").click().run()
    assert placed_row(fake) == ("sites", 114.3571, 30.5204)
    button(at, "移除").click().run()
    assert placed_row(fake) is None
    button(at, "撤销").click().run()
    assert placed_row(fake) == ("sites", 114.3571, 30.5204)


def test_a_damaged_placements_file_is_said_and_kept(fake, placements_folder):
    (placements_folder / "placements.json").write_text("{not json", "utf-8")
    at = pasted(app())
    assert not at.exception
    (kept,) = placements_folder.glob("placements.damaged-*.json")
    assert kept.read_text("utf-8") == "{not json"
    assert any("was damaged" in w.value and "kept unchanged" in w.value for w in at.warning)



def test_a_pasted_article_in_traditional_characters_is_mapped_and_says_so():
    at = app()
    at.radio(key="source").set_value("paste").run()
    at.text_area(key="paste").input("南湖硅巷新開了星河實驗室,毗鄰武漢大學。").run()
    assert not at.exception
    assert any("traditional characters" in c.value or "繁体字" in c.value for c in at.sidebar.caption)
    assert "南湖硅巷" in map_data(at)["map"]["panels"]["nanhu_alley"]["title"]
