"""Sharing and lasting placements in Debian's Chromium: a copied link opens the same view in a
fresh page; a name placed by a map click (then dragged) is still there after a server restart."""

from __future__ import annotations

import json
import time

import pytest

from tests.browser import chromium_page, open_sidebar, streamlit_server

pytestmark = pytest.mark.browser
NAME = "理工大新校区"  # the seed article's one unresolved name
# Pan the map so that a point lies in the middle of the part of the map the window shows.
PIN_IN_SIGHT = """([lon, lat, selector]) => {
  // Zoom in on the pin and centre it in the visible part of the map; true once the pin is the
  // element a pointer there reaches (a rerun may have remounted the map meanwhile: try again).
  const map = document.querySelector('.wim-app').wimView.map;
  const r = map.getContainer().getBoundingClientRect();
  const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, window.innerHeight);
  const target = {x: (Math.max(r.left, 0) + Math.min(r.right, window.innerWidth)) / 2 - r.left,
                  y: (top + bottom) / 2 - r.top};
  map.setZoom(13, {animate: false});
  const p = map.latLngToContainerPoint([lat, lon]);
  map.panBy([p.x - target.x, p.y - target.y], {animate: false});
  const pin = document.querySelector(selector);
  if (!pin) return false;
  const b = pin.getBoundingClientRect();
  const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
  return hit === pin || pin.contains(hit);
}"""


def open_app(page, url: str) -> None:
    page.goto(url)
    page.locator('path[data-id="hust_belt"]').wait_for(timeout=120_000)


def copied_link(page) -> str:
    """Copy link, then the link as the page shows it (a headless clipboard may refuse)."""
    page.locator(".wim-share-copy").click()
    return page.input_value(".wim-share-link")


def test_a_copied_link_opens_the_same_view_in_a_fresh_page(tmp_path):
    with streamlit_server(WIM_DATA_DIR=str(tmp_path)) as url, chromium_page() as (page, blocked):
        open_app(page, url + "/?basemap=positron&layers=zones,sites")
        open_sidebar(page)
        page.get_by_text("English", exact=True).click()  # the language, set in the page
        page.locator("#wim-search-input[placeholder='zone or place']").wait_for(timeout=60_000)
        page.fill("#wim-search-input", "HUST")
        page.locator('#wim-search-results button[data-id="hust_belt"]').click()
        page.get_by_text("Share", exact=True).click()
        page.wait_for_function("() => location.search.startsWith('?zone=hust_belt')")
        link = copied_link(page)
        assert link == url + "/?zone=hust_belt&lang=en&basemap=positron&layers=zones,sites"
        assert page.input_value(".wim-share-embed") == (
            f'<iframe src="{url}/?zone=hust_belt&amp;lang=en&amp;basemap=positron&amp;layers=zones,sites'
            '&amp;embed=true" width="100%" height="600" style="border:0" loading="lazy" '
            'title="Wuhan Innovation Map"></iframe>'
        )
        # The downloaded HTML map's embed code, labelled, as text to copy.
        assert page.get_by_label("Or embed the downloaded HTML map:").input_value() == (
            '<iframe src="wuhan_innovation_map.html" width="100%" height="600" style="border:0" '
            'loading="lazy" title="Wuhan Innovation Map"></iframe>'
        )

        fresh = page.context.new_page()  # a new page: a new Streamlit session
        blocked.clear()
        open_app(fresh, link)
        assert fresh.locator("#wim-panel h2").inner_text() == "HUST Innovation and Development Belt"
        assert fresh.locator('path[data-id="wuchang_riverside"]').count() == 1  # sites shown
        assert fresh.locator('path[data-id="hust"], path[data-id="dongfeng"]').count() == 0  # others not
        assert fresh.locator('path[data-id="adcode:420111"]').count() == 0  # nor districts
        assert any("basemaps.cartocdn.com/light_all" in u for u in blocked)  # Positron tiles asked for
        assert fresh.evaluate("location.search") == "?zone=hust_belt&lang=en&basemap=positron&layers=zones,sites"
        open_sidebar(fresh)
        fresh.get_by_text("Share", exact=True).click()
        assert copied_link(fresh) == link

        # The downloads follow the view the link opened: its layers, its language, its selection.
        collection = json.loads(download(fresh, "GeoJSON", tmp_path / "view.geojson"))
        assert {f["properties"]["layer"] for f in collection["features"]} == {"zones", "sites"}
        page_html = download(fresh, "HTML map", tmp_path / "view.html")
        assert page_html.startswith('<!DOCTYPE html>\n<html lang="en">')
        assert '"start": {"zone": "hust_belt", "basemap": "positron", "layers": ["zones", "sites"]}' in page_html


def download(page, label: str, path) -> str:
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name=label, exact=True).click()
    info.value.save_as(path)
    return path.read_text("utf-8")


def stored(folder) -> dict:
    path = folder / "placements.json"
    return next(iter(json.loads(path.read_text("utf-8"))["articles"].values())) if path.exists() else {}


def wait_stored(folder, changed, seconds: float = 60) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        placed = stored(folder)
        if changed(placed):
            return placed
        time.sleep(0.2)
    raise AssertionError(f"the placements file did not change: {stored(folder)}")


def test_a_placed_and_dragged_name_survives_a_server_restart(tmp_path):
    pin = f'.wim-pin[data-name="{NAME}"]:not(.wim-pin-provisional)'
    with streamlit_server(WIM_DATA_DIR=str(tmp_path)) as url, chromium_page() as (page, _):
        open_app(page, url)
        page.get_by_text("未定位的地名 (1)").click()
        page.get_by_role("button", name="在地图上点选").click()
        page.locator(".wim-placing").wait_for(timeout=60_000)
        box = page.locator(".wim-map").bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.locator(pin).wait_for(timeout=60_000)
        first = wait_stored(tmp_path, lambda p: NAME in p)[NAME]
        assert page.get_by_text("未定位的地名 (0)").count() == 1  # left the list

        page.locator(".wim-placing").wait_for(state="detached")
        time.sleep(2)  # the map settles (no rerun is pending) before the drag
        page.locator(".wim-map").scroll_into_view_if_needed()
        page.wait_for_function(PIN_IN_SIGHT, arg=[*first, pin], timeout=30_000)  # nothing lies over the pin
        at = page.locator(pin).bounding_box()
        x, y = at["x"] + at["width"] / 2, at["y"] + at["height"] / 2
        dot = page.locator(f'path[data-id="user:{NAME}"]').bounding_box()
        tip = (x, at["y"] + at["height"])  # the icon's anchor: its bottom centre
        assert abs(tip[0] - (dot["x"] + dot["width"] / 2)) < 3 and abs(tip[1] - (dot["y"] + dot["height"] / 2)) < 3
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + 80, y + 40, steps=8)
        page.mouse.up()
        moved = wait_stored(tmp_path, lambda p: p.get(NAME) not in (None, first))[NAME]
        assert moved[0] > first[0] and moved[1] < first[1]  # east and south, as dragged

    with streamlit_server(WIM_DATA_DIR=str(tmp_path)) as url, chromium_page() as (page, _):
        open_app(page, url)
        page.locator(pin).wait_for(timeout=60_000)
        assert page.locator(f'path[data-id="user:{NAME}"]').count() == 1
        assert stored(tmp_path) == {NAME: moved}
