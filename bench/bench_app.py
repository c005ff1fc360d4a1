"""Figures for the front-end issue, in Debian's Chromium with the network blocked, in one run
beside the floor (a bare page holding one st_folium polygon, bench/floor_app.py):

- first map paint: cold start (server spawn, first visit, the article analysed) and page load
  (median of later visits to the running server) to the features drawn; the page loads of the
  app and of the floor are taken in turns, both servers running, so that both medians share the
  machine's load of the same minutes;
- click to panel: a real click on a zone until the panel heading is visible (Playwright);
- event to panel painted (app only): measured in the page by the browser's Event Timing API,
  from the click's input to the next paint after its handlers ran (the panel drawn);
- Python has the pick: the click until the script's rerun starts (the run log);
- reruns caused by one pan and one zoom.

The network is blocked in the browser: every request beyond loopback goes to a proxy that is
not there. ``--intercept`` blocks it the tests' way instead, through Playwright's request
interception: every request then waits for a round trip through the driver and this process,
and the HTTP cache is off, so a later visit fetches all of Streamlit's script chunks again, one
interception at a time (a cost that grows with the number of chunks, not one a reader's browser
pays).

Before a click on the app, the bench zooms to the zone (to find a spot where the zone is on top).
In both pages it then moves the pointer onto the zone and waits until the page is painted and a
moment has passed before pressing: a reader's pointer arrives, the tooltip opens, the map stands
still, then the button goes down. Without that, the click's Event Timing entry (the next paint)
also held the raster of the zoom and of the tooltip opened by the same move.

Both pages are measured in the browser tests' viewport, 1400 x 900 (``tests/browser.py``). The
app's first run of a session draws the map alone and its settings with the rerun the map asks
for once painted: page load to paint ends at the map, before the sidebar's widgets.

Run: ``.venv/bin/python bench/bench_app.py [--intercept]``. Prints, does not assert.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import chromium_page, streamlit_server  # noqa: E402
from tests.test_app_browser import ZONE_POINT_JS  # noqa: E402

APP, FLOOR = "streamlit_app.py", "bench/floor_app.py"
ZONES = {APP: ["hust_belt", "qingling_alley", "dajunshan_belt"], FLOOR: ["square"] * 3}
PANEL = {"hust_belt": "环华科大创新发展带", "qingling_alley": "青菱硅巷", "dajunshan_belt": "环大军山",
         "square": "picked 方块"}  # fmt: skip
FLOOR_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
# Arms a one-shot probe: the browser's own Event Timing entry for the click (from the input to
# the next paint after its handlers ran: the panel painted), as INP measures it. Entries under
# 16 ms are not reported; the probe then reads 16 ms, an upper bound.
PROBE_JS = """() => {
  window.wimProbe = null;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'click') { window.wimProbe = entry.duration; observer.disconnect(); }
    }
  });
  observer.observe({type: 'event', durationThreshold: 16});
  document.querySelector('.wim-map').addEventListener('click', () => {
    setTimeout(() => { if (window.wimProbe === null) window.wimProbe = 16; }, 500);
  }, {capture: true, once: true});
}"""

# A heading with this text is on the page. Checked once a frame: a cheap query, where Playwright's
# role locator computes ARIA roles over the whole page on the main thread (40 ms and more per try
# here), which delayed the very paint the Event Timing probe measures.
HEADING_JS = """(name) => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
  .some((h) => h.textContent.trim() === name)"""

# Resolves once two frames have been painted and 300 ms have passed since.
SETTLED_JS = """() => new Promise((done) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))))"""


def runs(log: Path) -> list[float]:
    return [float(t) for t in log.read_text().split()] if log.exists() else []


def settle(log: Path, quiet: float = 1.5) -> None:
    """Wait until no script run has been logged for ``quiet`` seconds."""
    last, since = len(runs(log)), time.monotonic()
    while time.monotonic() - since < quiet:
        time.sleep(0.1)
        if len(runs(log)) != last:
            last, since = len(runs(log)), time.monotonic()


def wait_paint(page, script: str) -> None:
    if script == APP:
        page.locator('path[data-id="hust_belt"]').wait_for(timeout=120_000)
        return
    page.wait_for_function(
        """() => { const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
                   return f && f.contentDocument &&
                          f.contentDocument.querySelectorAll('path.leaflet-interactive').length >= 1; }""",
        timeout=120_000,
    )  # fmt: skip


def floor_point(page) -> dict:
    box = page.frame_locator(FLOOR_FRAME).locator("path.leaflet-interactive").bounding_box()
    return {"x": box["x"] + box["width"] / 2, "y": box["y"] + box["height"] / 2}


def click(page, script: str, zone: str, log: Path) -> dict:
    point = page.evaluate(ZONE_POINT_JS, zone) if script == APP else floor_point(page)
    # The pointer comes to rest on the zone (its tooltip opens) and the page is painted and still
    # (in the app, after the zoom above) before the button goes down, as under a reader's hand.
    page.mouse.move(point["x"], point["y"])
    page.evaluate(SETTLED_JS)
    if script == APP:
        page.evaluate(PROBE_JS)
    before = len(runs(log))
    wall, start = time.time(), time.perf_counter()
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(HEADING_JS, arg=PANEL[zone], polling="raf", timeout=60_000)
    figures = {"click_to_panel": time.perf_counter() - start}
    settle(log)
    later = runs(log)[before:]
    figures["python_has_pick"] = later[0] - wall if later else float("nan")
    figures["reruns_per_click"] = len(later)
    if script == APP:
        page.wait_for_function("() => window.wimProbe !== null")
        figures["event_to_panel_painted"] = page.evaluate("window.wimProbe") / 1000
    return figures


def pan_and_zoom(page, script: str, log: Path) -> tuple[int, int]:
    box = page.locator(".wim-map" if script == APP else FLOOR_FRAME).bounding_box()
    x, y = box["x"] + 60, box["y"] + box["height"] - 60
    before = len(runs(log))
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 120, y - 80, steps=8)
    page.mouse.up()
    settle(log)
    panned = len(runs(log)) - before
    before = len(runs(log))
    page.mouse.move(x + 200, y - 200)
    page.mouse.wheel(0, -300)
    settle(log)
    return panned, len(runs(log)) - before


def measure(script: str, intercept: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "runs.log"
        os.environ["WIM_RUN_LOG"] = str(log)
        spawned = time.perf_counter()
        with streamlit_server(script) as url, chromium_page(intercept=intercept) as (page, blocked):
            served = time.perf_counter()
            page.goto(url)
            wait_paint(page, script)
            painted = time.perf_counter()
            settle(log)
            panned, zoomed = pan_and_zoom(page, script, log)
            clicks = []
            for zone in ZONES[script]:  # a fresh page each time: no selection or fly-to in the way
                page.goto(url)
                wait_paint(page, script)
                settle(log)
                clicks.append(click(page, script, zone, log))
    figures = {"cold_start_to_paint": painted - spawned, "first_visit_to_paint": painted - served}
    for key in clicks[0]:
        figures[key] = statistics.median(c[key] for c in clicks)
    figures.update(pan_reruns=panned, zoom_reruns=zoomed)
    figures["blocked_requests"] = len(blocked)  # off the machine: basemap tiles
    return figures


def load(page, url: str, script: str, log: Path) -> float:
    """One page load to paint, from a settled server (the last run over)."""
    settle(log)
    start = time.perf_counter()
    page.goto(url)
    wait_paint(page, script)
    return time.perf_counter() - start


def page_loads(intercept: bool, rounds: int) -> dict[str, float]:
    """Median page load to paint of the app and of the floor, taken in turns (app, floor, app ...)
    with both servers running: the two medians share the machine's load of the same minutes."""
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        logs = {script: Path(tmp) / f"{i}.log" for i, script in enumerate((APP, FLOOR))}
        page, _ = stack.enter_context(chromium_page(intercept=intercept))
        urls, pages = {}, {APP: page, FLOOR: page.context.new_page()}
        for script, log in logs.items():
            urls[script] = stack.enter_context(streamlit_server(script, WIM_RUN_LOG=str(log)))
            load(pages[script], urls[script], script, log)  # the first visit: analysis and caches
        times = {script: [] for script in logs}
        for _ in range(rounds):
            for script, log in logs.items():
                times[script].append(load(pages[script], urls[script], script, log))
    return {script: statistics.median(t) for script, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--intercept", action="store_true", help="block the network by Playwright's interception")
    parser.add_argument("--loads", type=int, default=7, help="page loads of each page, taken in turns (default 7)")
    args = parser.parse_args()
    intercept = args.intercept
    ours, floor = measure(APP, intercept), measure(FLOOR, intercept)
    loads = page_loads(intercept, args.loads)
    ours["page_load_to_paint"], floor["page_load_to_paint"] = loads[APP], loads[FLOOR]
    print("network blocked by", "Playwright's request interception" if intercept else "a dead proxy")
    print(f"{'':28}{'app':>10}{'floor':>10}{'ratio':>8}")
    for key in ours:
        a, b = ours[key], floor.get(key)
        if isinstance(a, int):
            print(f"{key:28}{a:10d}{b:10d}")
        elif b is None:
            print(f"{key + ' (s)':28}{a:10.3f}{'—':>10}")
        else:
            print(f"{key + ' (s)':28}{a:10.3f}{b:10.3f}{a / b:8.2f}")
    print("Targets: click_to_panel <= 0.3x floor or < 0.150 s; event_to_panel_painted < 0.030 s;")
    print("         page_load_to_paint <= 1.2x floor; pan and zoom reruns 0.")


if __name__ == "__main__":
    main()
