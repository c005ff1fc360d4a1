"""End to end in Debian's Chromium: the app draws offline, a click opens a panel, downloads work."""

from __future__ import annotations

import json

import pytest
from geojson_validator import validate_structure

from tests.browser import chromium_page, streamlit_server

pytestmark = pytest.mark.browser
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'

# Screen point of a spot inside a zone, away from the markers at its centre: 85% of the way
# from the polygon's centre to its first vertex.
ZONE_POINT_JS = """(id) => {
  const map = Object.values(window).find(v => v instanceof L.Map);
  let target = null;
  map.eachLayer(l => { if (l.feature && l.feature.properties.id === id && l.getLatLngs) target = l; });
  const c = target.getCenter();
  let ring = target.getLatLngs(); while (Array.isArray(ring[0])) ring = ring[0];
  const v = ring[0];
  const p = map.latLngToContainerPoint([c.lat + 0.85 * (v.lat - c.lat), c.lng + 0.85 * (v.lng - c.lng)]);
  return {x: p.x, y: p.y};
}"""


@pytest.fixture(scope="module")
def run_log(tmp_path_factory):
    return tmp_path_factory.mktemp("runs") / "runs.log"


@pytest.fixture(scope="module")
def server(run_log):
    with streamlit_server(WIM_RUN_LOG=str(run_log)) as url:
        yield url


def script_runs(log) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def wait_quiet(log, seconds: float = 1.5) -> int:
    """The run count once no script run has started for ``seconds``."""
    import time

    count, since = script_runs(log), time.monotonic()
    while time.monotonic() - since < seconds:
        time.sleep(0.1)
        if script_runs(log) != count:
            count, since = script_runs(log), time.monotonic()
    return count


@pytest.fixture
def page(server):
    with chromium_page() as (page, blocked):
        page.goto(server)
        frame = page.frame_locator(MAP_FRAME)
        frame.locator(".leaflet-container").wait_for(timeout=90_000)
        page.wait_for_function(
            """() => { const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
                       return f && f.contentDocument &&
                              f.contentDocument.querySelectorAll('path.leaflet-interactive').length > 20; }""",
            timeout=90_000,
        )  # fmt: skip
        yield page, blocked


def test_map_draws_its_features_with_every_outside_request_blocked(page):
    page, blocked = page
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator("path.leaflet-interactive").count() > 20
    assert all("cdn" not in url and "unpkg" not in url for url in blocked)


def test_clicking_a_zone_opens_its_panel_with_a_figure_from_the_article(page, run_log):
    page, _ = page
    frame = next(f for f in page.frames if "st_folium" in f.url)
    point = frame.evaluate(ZONE_POINT_JS, "hust_belt")
    before = wait_quiet(run_log)
    page.frame_locator(MAP_FRAME).locator(".leaflet-container").click(
        position={"x": point["x"], "y": point["y"]})
    page.get_by_role("heading", name="环华科大创新发展带").wait_for(timeout=30_000)
    page.locator("table").get_by_text("500家").wait_for(timeout=30_000)
    assert wait_quiet(run_log) == before + 1  # one click, one rerun


def test_the_geojson_download_is_a_valid_feature_collection(page, tmp_path):
    page, _ = page
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="GeoJSON").click()
    path = tmp_path / "layer.geojson"
    info.value.save_as(path)
    data = json.loads(path.read_text("utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]
    assert validate_structure(data) == {}


def test_a_binary_upload_gets_a_message_and_the_page_keeps_working(page, tmp_path):
    page, _ = page
    page.get_by_text("上传 Upload").click()
    upload = tmp_path / "photo.txt"
    upload.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    page.locator('input[type="file"]').set_input_files(str(upload))
    page.get_by_text("is binary, not text").wait_for(timeout=30_000)
    page.get_by_text("示例文章 Seed").click()
    page.get_by_role("heading", name="武汉产业创新地图 · Wuhan Innovation Map").wait_for()


def test_panning_and_zooming_never_rerun_the_script(page, run_log):
    page, _ = page
    before = wait_quiet(run_log)
    box = page.locator(MAP_FRAME).bounding_box()
    x, y = box["x"] + 60, box["y"] + box["height"] - 60
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 150, y - 90, steps=10)
    page.mouse.up()
    page.mouse.wheel(0, -400)
    page.frame_locator(MAP_FRAME).get_by_role("button", name="Zoom in").click()
    assert wait_quiet(run_log, 2.0) == before
