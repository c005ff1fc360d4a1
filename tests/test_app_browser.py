"""End to end in Debian's Chromium: the app's map component draws offline, picks, deselects,
keeps ?zone=, survives reruns, and shows the same panel as the standalone page."""

from __future__ import annotations

import json
import time

import pytest
from geojson_validator import validate_structure

from tests.browser import chromium_page, open_sidebar, streamlit_server, whole_panel

pytestmark = pytest.mark.browser

# Page point of a spot inside a zone, away from the markers at its centre: 85% of the way
# from the polygon's centre to its first vertex.
ZONE_POINT_JS = """(id) => {
  // A point of the zone where the zone itself is on top, not a place's marker or a district;
  // zoomed in first, as a reader would (a pan or zoom causes no rerun).
  const view = document.querySelector(".wim-app").wimView;
  view.map.setView(view.layer(id).getCenter(), 14, {animate: false});
  const path = document.querySelector(`path[data-id="${id}"]`);
  const r = path.getBoundingClientRect();
  for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
    const x = r.left + r.width * i / 12, y = r.top + r.height * j / 12;
    if (document.elementFromPoint(x, y) === path) return {x, y};
  }
  return null;
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
    count, since = script_runs(log), time.monotonic()
    while time.monotonic() - since < seconds:
        time.sleep(0.1)
        if script_runs(log) != count:
            count, since = script_runs(log), time.monotonic()
    return count


def open_app(page, url: str, query: str = ""):
    page.goto(url + query)
    page.locator('path[data-id="hust_belt"]').wait_for(timeout=90_000)


@pytest.fixture
def app(server):
    with chromium_page() as (page, blocked):
        dialogs, errors = [], []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        open_app(page, server)
        yield page, blocked, dialogs, errors


def wait_link(page, search: str) -> None:
    """Wait until the address bar's query is ``search`` (Playwright's page.url can lag behind
    history.replaceState, so the page itself is asked)."""
    page.wait_for_function("(s) => location.search === s", arg=search, timeout=30_000)


def heading(page) -> str:
    return page.locator("#wim-panel h2").inner_text()


def test_map_draws_its_features_with_every_outside_request_blocked(app):
    page, blocked, _, errors = app
    assert page.locator("path.leaflet-interactive").count() > 20
    assert page.locator("path.wim-uncertainty").count() > 5  # approximate points look approximate
    assert all("cdn" not in url and "unpkg" not in url for url in blocked)
    assert errors == []


def test_a_real_click_opens_the_panel_in_the_page_with_one_background_rerun(app, run_log):
    page, *_ = app
    before = wait_quiet(run_log)
    point = page.evaluate(ZONE_POINT_JS, "hust_belt")  # after the page settled: the view is final
    page.mouse.move(point["x"], point["y"])
    page.locator(".leaflet-tooltip").wait_for()
    page.evaluate("() => { window.tipBefore = document.querySelector('.leaflet-tooltip'); }")
    page.mouse.click(point["x"], point["y"])
    assert heading(page) == "环华科大创新发展带"
    # The click neither scrolls the page (Leaflet's focus did, by 4 px) nor remakes the
    # feature's tooltip: the browser repaints the panel, not the whole window.
    assert page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollTop") == 0
    assert page.evaluate("window.tipBefore.isConnected && document.querySelectorAll('.leaflet-tooltip').length") == 1
    page.locator("#wim-panel table").get_by_text("500家", exact=True).wait_for()
    assert page.locator("#wim-panel mark.wim-figure", has_text="500家").count() == 1
    assert wait_quiet(run_log) == before + 1  # one click, one rerun
    wait_link(page, "?zone=hust_belt")
    assert page.locator('path[data-id="hust_belt"]').count() == 1  # the map survived the rerun
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "none"  # no black focus rectangle after a click


def test_search_selects_and_the_box_shows_the_selection(app):
    page, *_ = app
    page.fill("#wim-search-input", "锦鲤")
    page.locator("#wim-search-results button", has_text="海洋·锦鲤").click()
    assert heading(page) == "海洋·锦鲤"
    assert page.input_value("#wim-search-input") == "海洋·锦鲤"  # the page is in Chinese: one name
    wait_link(page, "?zone=ocean_jinli")


def test_escape_and_a_cleared_search_deselect_and_drop_the_link(app, run_log):
    page, *_ = app
    page.locator('path[data-id="chegu_corridor"]').dispatch_event("click")
    wait_link(page, "?zone=chegu_corridor")
    page.keyboard.press("Escape")
    assert page.locator("#wim-panel .wim-hint").count() == 1
    wait_link(page, "")
    page.locator('path[data-id="chegu_corridor"]').dispatch_event("click")
    wait_link(page, "?zone=chegu_corridor")
    page.fill("#wim-search-input", "")
    assert page.locator("#wim-panel .wim-hint").count() == 1
    wait_link(page, "")
    wait_quiet(run_log)
    assert page.evaluate("location.search") == ""  # and no rerun brings the link back


def test_a_link_to_a_multi_part_zone_frames_its_whole_extent(server):
    with chromium_page() as (page, _):
        open_app(page, server, "/?zone=nanhu_alley")
        assert heading(page) == "南湖硅巷"
        time.sleep(1.0)  # the fly-to
        boxes = page.evaluate("""() => {
          const map = document.querySelector('.wim-map').getBoundingClientRect();
          const zone = document.querySelector('path[data-id="nanhu_alley"]').getBoundingClientRect();
          return [map.left, map.top, map.right, map.bottom, zone.left, zone.top, zone.right, zone.bottom];
        }""")
        ml, mt, mr, mb, zl, zt, zr, zb = boxes
        assert ml <= zl and mt <= zt and zr <= mr and zb <= mb  # both parts inside the view
        assert (zr - zl) > 0.3 * (mr - ml) or (zb - zt) > 0.3 * (mb - mt)  # and zoomed to them


def test_changing_the_article_resets_the_selection(server):
    with chromium_page() as (page, _):
        open_app(page, server, "/?zone=hust_belt")
        assert heading(page) == "环华科大创新发展带"
        open_sidebar(page)
        page.get_by_text("粘贴", exact=True).click()
        page.get_by_label("粘贴文章").fill("南湖硅巷新开了星河实验室。")
        page.keyboard.press("Control+Enter")
        page.locator('path[data-id="nanhu_alley"]').wait_for(timeout=60_000)
        page.locator('path[data-id="hust_belt"]').wait_for(state="detached")
        assert page.locator("#wim-panel .wim-hint").count() == 1
        wait_link(page, "")


def test_a_hostile_zone_link_renders_no_link_image_or_script(server):
    with chromium_page() as (page, _):
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        open_app(page, server, "/?zone=%5Bx%5D(http%3A%2F%2Fevil)%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%24y%24")
        warning = page.get_by_text("没有这个区域")
        warning.wait_for()
        assert "[x](http://evil)<img src=x onerror=alert(1)>$y$" in warning.inner_text()
        block = page.locator('[data-testid="stAlert"]')
        assert block.locator("a, img, .katex").count() == 0
        assert dialogs == []


def test_the_app_and_the_standalone_page_show_the_same_panel(app, tmp_path):
    page, *_ = app
    from geo.article import seed_article
    from layers.build import build_layers
    from layers.standalone import render_standalone

    article = seed_article()
    path = tmp_path / "map.html"
    path.write_text(render_standalone(build_layers(article), article, offline=True), "utf-8")
    for feature in ("hust_belt", "nanhu_alley", "hust", "ymtc"):
        page.evaluate("(id) => document.querySelector('#wim-search-input').value = ''", feature)
        page.fill("#wim-search-input", feature_query(feature))
        page.locator(f'#wim-search-results button[data-id="{feature}"]').click()
        in_app = whole_panel(page).inner_html()
        other = page.context.new_page()
        other.goto(path.as_uri() + "#" + feature)
        assert whole_panel(other).inner_html() == in_app, feature
        other.close()


def feature_query(feature: str) -> str:
    return {"hust_belt": "环华科大", "nanhu_alley": "南湖硅巷", "hust": "华中科技大学", "ymtc": "长江存储"}[feature]


def test_panning_and_zooming_never_rerun_the_script(app, run_log):
    page, *_ = app
    before = wait_quiet(run_log)
    box = page.locator(".wim-map").bounding_box()
    x, y = box["x"] + 60, box["y"] + box["height"] - 60
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 150, y - 90, steps=10)
    page.mouse.up()
    page.mouse.wheel(0, -400)
    page.get_by_role("button", name="Zoom in").click()
    assert wait_quiet(run_log, 2.0) == before


def test_the_geojson_download_is_a_valid_feature_collection(app, tmp_path):
    page, *_ = app
    open_sidebar(page)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="GeoJSON").click()
    path = tmp_path / "layer.geojson"
    info.value.save_as(path)
    data = json.loads(path.read_text("utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]
    assert validate_structure(data) == {}
    assert {"precision", "uncertainty_m"} <= set(data["features"][0]["properties"])


def test_a_binary_upload_gets_a_message_and_the_page_keeps_working(app, tmp_path):
    page, *_ = app
    open_sidebar(page)
    page.get_by_text("上传", exact=True).click()
    upload = tmp_path / "[photo](http:evil).txt"
    upload.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    page.locator('input[type="file"]').set_input_files(str(upload))
    page.get_by_text("is binary, not text").wait_for(timeout=30_000)
    assert page.locator('[data-testid="stAlert"] a').count() == 0
    page.get_by_text("示例文章", exact=True).click()
    page.locator('path[data-id="hust_belt"]').wait_for(timeout=60_000)


HOSTILE_ARTICLE = ("<img src=x onerror=alert(1)>[a](http://evil)南湖硅巷**粗**$x$南湖硅巷有500家"
                   "<script>alert(2)</script>企业![i](http://evil/i.png)。[链接](http://evil)星河实验室$y$。")  # fmt: skip


def test_a_hostile_article_stays_text_in_the_panel_and_the_names_list(server):
    with chromium_page() as (page, _):
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        open_app(page, server)
        open_sidebar(page)
        page.get_by_text("粘贴", exact=True).click()
        page.get_by_label("粘贴文章").fill(HOSTILE_ARTICLE)
        page.keyboard.press("Control+Enter")
        page.locator('path[data-id="hust_belt"]').wait_for(state="detached", timeout=60_000)
        page.locator('path[data-id="nanhu_alley"]').dispatch_event("click")
        panel = whole_panel(page)
        assert "<img src=x onerror=alert(1)>[a](http://evil)" in panel.inner_text()
        assert "<script>alert(2)</script>" in panel.inner_text()
        assert panel.locator("mark.wim-mention").count() == 2
        assert panel.locator("mark.wim-figure", has_text="500家").count() == 1
        # The only links are the panel's own: ¶ anchors and citations over http(s).
        assert panel.locator("img, script, .katex").count() == 0
        hrefs = panel.locator("a").evaluate_all("(links) => links.map((a) => a.getAttribute('href'))")
        assert all(h.startswith(("#wim-p", "https://", "http://")) for h in hrefs), hrefs
        page.get_by_text("未定位的地名").click()
        names = page.locator('[data-testid="stExpander"]')
        names.get_by_text("星河实验室").first.wait_for()
        assert names.locator("a, img, .katex").count() == 0
        assert dialogs == []
