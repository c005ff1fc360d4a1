"""Map first, in Debian's Chromium (issue 9): at a desktop size and a phone size the map takes most
of the screen, the legend keeps clear of the placed features, one layer control, names on the map,
a summary line whose counts open lists, places outside Wuhan listed and never flown to, a zone list
for the keyboard, and no serious or critical axe-core violation. Screenshots of each size are kept
under ``artifacts/`` (ignored by git) for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser import (
    LEGEND_COVERS_JS,
    ROOT,
    chromium_page,
    map_share,
    open_sidebar,
    streamlit_server,
)

pytestmark = pytest.mark.browser
ARTIFACTS = Path(os.environ.get("WIM_ARTIFACTS", ROOT / "artifacts"))
DESKTOP, PHONE = (1400, 900), (390, 844)


@pytest.fixture(scope="module")
def server():
    with streamlit_server() as url:
        yield url


def open_app(page, url: str, query: str = "") -> None:
    page.goto(url + query)
    page.locator('path[data-id="hust_belt"]').wait_for(timeout=90_000)
    page.wait_for_timeout(500)  # the first view is fitted and labelled once the map has a size


def keep_screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=path)
    return path


def serious_violations(page, context=None) -> list[str]:
    """axe-core's serious and critical violations on the page, as 'rule: target' lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=context)
    return [f"{v['id']} ({v['impact']}): {n['target']}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")
            for n in v["nodes"]]  # fmt: skip


def test_on_a_desktop_the_map_takes_most_of_the_screen_and_the_legend_hides_no_feature(server):
    with chromium_page(DESKTOP) as (page, _):
        open_app(page, server)
        keep_screenshot(page, "app_1400x900")
        share = map_share(page)
        assert share["width"] >= 0.70 and share["height"] >= 0.75, share
        assert share["top"] < 140  # the title and blank space above the map are small
        assert page.locator("details.wim-legend").evaluate("d => d.open")  # open on a desktop
        legend = page.evaluate(LEGEND_COVERS_JS)
        assert legend["seen"] > 20 and legend["covered"] == [], legend
        assert legend["cut"] == []  # the first view fits every placed feature
        span = page.evaluate("(() => { const b = document.querySelector('.wim-app').wimView.map.getBounds(); return b.getEast() - b.getWest(); })()")
        assert span < 1.0  # degrees of longitude: the article's places, not all of Wuhan (1.41°)
        assert page.locator("#wim-panel").is_visible()  # the panel beside the map


def test_on_a_phone_the_map_fills_the_screen_and_the_panel_is_a_bottom_sheet(server):
    with chromium_page(PHONE) as (page, _):
        open_app(page, server)
        keep_screenshot(page, "app_390x844")
        share = map_share(page)
        assert share["width"] >= 0.97 and share["height"] >= 0.75, share
        assert not page.locator("details.wim-legend").evaluate("d => d.open")  # folded on a phone
        sheet = page.locator(".wim-side").bounding_box()
        assert abs(sheet["y"] + sheet["height"] - share["bottom"]) <= 2  # at the map's foot
        assert sheet["height"] <= 90  # a peek: the search box
        assert page.evaluate(LEGEND_COVERS_JS)["covered"] == []
        page.fill("#wim-search-input", "环华科大")
        page.locator('#wim-search-results button[data-id="hust_belt"]').click()
        page.wait_for_timeout(300)
        assert page.locator(".wim-side").bounding_box()["height"] > 300  # the sheet opens


def test_one_layer_control_that_hides_a_layer_and_its_names(server):
    with chromium_page(DESKTOP) as (page, _):
        open_app(page, server)
        assert page.locator(".leaflet-control-layers").count() == 0
        open_sidebar(page)
        assert page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').count() == 0
        zones = page.locator('.wim-legend input[data-layer="zones"]')
        assert page.locator(".wim-label-area", has_text="车谷产业创新大走廊").is_visible()
        zones.uncheck()
        page.locator('path[data-id="hust_belt"]').wait_for(state="detached")
        assert page.locator(".wim-label-area", has_text="车谷产业创新大走廊").is_hidden()
        zones.check()
        page.locator('path[data-id="hust_belt"]').wait_for()


def test_zone_names_are_drawn_and_never_overlap(server):
    with chromium_page(DESKTOP) as (page, _):
        open_app(page, server)
        boxes = page.evaluate("""() => [...document.querySelectorAll('.wim-label')]
          .filter((e) => getComputedStyle(e).visibility !== 'hidden')
          .map((e) => { const r = e.getBoundingClientRect(); return [e.textContent, r.left, r.top, r.right, r.bottom]; })""")
        names = [b[0] for b in boxes]
        assert {"车谷产业创新大走廊", "环华科大创新发展带"} <= set(names)
        for i, (_, l1, t1, r1, b1) in enumerate(boxes):
            for _, l2, t2, r2, b2 in boxes[i + 1:]:
                assert r1 <= l2 or r2 <= l1 or b1 <= t2 or b2 <= t1  # decluttered


def test_overlapping_zones_are_hatched_in_the_legend_colours(server):
    with chromium_page(DESKTOP) as (page, _):
        open_app(page, server)
        colours = page.evaluate("""(ids) => ids.map((id) => {
          const fill = document.querySelector(`path[data-id="${id}"]`).getAttribute('fill');
          const pattern = document.querySelector(fill.slice(4, -1));
          return [fill.startsWith('url(#'), pattern.querySelector('rect').getAttribute('fill')];
        })""", ["hust_belt", "chegu_corridor"])
        assert colours == [[True, "#1b9e77"], [True, "#d95f02"]]  # belt green, corridor orange


def test_the_summary_counts_open_their_lists_and_outside_places_are_never_flown_to(server):
    with chromium_page(DESKTOP) as (page, _):
        open_app(page, server)
        summary = page.locator(".wim-summary").inner_text()
        assert "处已定位" in summary and "处未定位" in summary and "10 处在武汉以外" in summary
        before = page.evaluate("() => { const m = document.querySelector('.wim-app').wimView.map; return [m.getCenter().lat, m.getCenter().lng, m.getZoom()]; }")
        page.locator('.wim-count[data-group="beyond"]').click()
        listed = page.locator('#wim-panel .wim-list[data-group="beyond"]')
        listed.get_by_role("button", name="苏州市").click()
        assert page.locator("#wim-panel h2").inner_text() == "苏州市"
        page.wait_for_timeout(800)  # a fly-to would have started
        after = page.evaluate("() => { const m = document.querySelector('.wim-app').wimView.map; return [m.getCenter().lat, m.getCenter().lng, m.getZoom()]; }")
        assert after == before
        page.locator('.wim-count[data-group="unresolved"]').click()
        assert page.locator('#wim-panel .wim-list[data-group="unresolved"]').get_by_text("普宙科技").count() == 1


def test_the_zone_list_works_from_the_keyboard_with_a_visible_focus_ring(server):
    with chromium_page(DESKTOP) as (page, _):
        open_app(page, server)
        button = page.locator('#wim-panel .wim-list[data-group="areas"] button[data-id="nanhu_alley"]')
        button.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # focus arrives by the keyboard: the ring shows
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
        page.keyboard.press("Enter")
        assert page.locator("#wim-panel h2").inner_text() == "南湖硅巷"


def test_axe_finds_no_serious_or_critical_violation_in_the_app(server):
    with chromium_page(DESKTOP) as (page, _):
        open_app(page, server)
        assert serious_violations(page) == []
