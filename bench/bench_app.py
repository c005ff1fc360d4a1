"""Figures for the app issue, from a real browser (Debian's Chromium), network blocked:

cold start to first map paint, click to panel update, script reruns caused by a pan and a
zoom; the same for a bare page holding one st_folium polygon (the floor), and our ratio.
Run: ``.venv/bin/python bench/bench_app.py``. Prints, does not assert.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import chromium_page, streamlit_server  # noqa: E402
from tests.test_app_browser import MAP_FRAME, ZONE_POINT_JS  # noqa: E402

ZONES = {"streamlit_app.py": ["hust_belt", "qingling_alley", "dajunshan_belt"],
         "bench/floor_app.py": ["square"]}  # fmt: skip
PANEL = {"hust_belt": "环华科大创新发展带", "qingling_alley": "青菱硅巷", "dajunshan_belt": "环大军山",
         "square": "picked 方块"}  # fmt: skip


def runs(log: Path) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def map_frame(page):
    return next(f for f in page.frames if "st_folium" in f.url)


def wait_paint(page, minimum: int) -> None:
    page.wait_for_function(
        """(n) => { const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
                    return f && f.contentDocument &&
                           f.contentDocument.querySelectorAll('path.leaflet-interactive').length >= n; }""",
        arg=minimum, timeout=120_000,
    )  # fmt: skip


def settle(log: Path, quiet: float = 1.5) -> None:
    """Wait until no script run has been logged for ``quiet`` seconds."""
    last, since = runs(log), time.monotonic()
    while time.monotonic() - since < quiet:
        time.sleep(0.1)
        if runs(log) != last:
            last, since = runs(log), time.monotonic()


def click_to_panel(page, zone: str) -> float:
    point = map_frame(page).evaluate(ZONE_POINT_JS, zone)
    container = page.frame_locator(MAP_FRAME).locator(".leaflet-container")
    start = time.perf_counter()
    container.click(position=point)
    page.get_by_role("heading", name=PANEL[zone]).wait_for(timeout=60_000)
    return time.perf_counter() - start


def pan_and_zoom(page, log: Path) -> tuple[int, int]:
    box = page.locator(MAP_FRAME).bounding_box()
    x, y = box["x"] + 60, box["y"] + box["height"] - 60
    before = runs(log)
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 120, y - 80, steps=8)
    page.mouse.up()
    settle(log)
    panned = runs(log) - before
    before = runs(log)
    page.mouse.wheel(0, -300)
    settle(log)
    return panned, runs(log) - before


def measure(script: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "runs.log"
        os.environ["WIM_RUN_LOG"] = str(log)
        spawned = time.perf_counter()
        with streamlit_server(script) as url, chromium_page() as (page, _blocked):
            served = time.perf_counter()
            page.goto(url)
            wait_paint(page, 1 if "floor" in script else 20)
            painted = time.perf_counter()
            settle(log)
            panned, zoomed = pan_and_zoom(page, log)
            clicks = []
            for zone in ZONES[script]:  # a fresh page each time: no popup or fly-to in the way
                page.goto(url)
                wait_paint(page, 1 if "floor" in script else 20)
                settle(log)
                clicks.append(click_to_panel(page, zone))
    return {"cold_start_to_paint": painted - spawned, "page_load_to_paint": painted - served,
            "click_to_panel": statistics.median(clicks), "pan_reruns": panned,
            "zoom_reruns": zoomed}  # fmt: skip


def main() -> None:
    ours, floor = measure("streamlit_app.py"), measure("bench/floor_app.py")
    print(f"{'':28}{'ours':>10}{'floor':>10}{'ratio':>8}")
    for key in ours:
        a, b = ours[key], floor[key]
        if isinstance(a, float):
            print(f"{key + ' (s)':28}{a:10.2f}{b:10.2f}{a / b:8.2f}")
        else:
            print(f"{key:28}{a:10d}{b:10d}")


if __name__ == "__main__":
    main()
