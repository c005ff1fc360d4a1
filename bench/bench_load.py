"""Load: N concurrent browser sessions against one app server (issue 10, item 9).

One Streamlit server on 127.0.0.1 (tests/browser.py), one Debian Chromium, one browser context
per session, all driven together with Playwright's async API. Each session loads the page and
waits for the map, picks a zone through the search box (timed from the pick to the panel heading
showing it), then downloads the GeoJSON and checks it is a FeatureCollection. Every request that
leaves this machine is aborted. Each session has a timeout; the run stops by itself.

Goal: 0 errors and pick-to-panel p95 <= 2 x p50.

Run: ``.venv/bin/python bench/bench_load.py [--sessions 20] [--timeout 180]``. Prints; exits 1
when the goal does not hold.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import CHROMIUM, LOCAL, streamlit_server  # noqa: E402

# (typed in the search box, the result button's text = the panel heading), alternated by session
PICKS = [("锦鲤", "海洋·锦鲤"), ("环华科大", "环华科大创新发展带")]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


async def session(browser, url: str, index: int, timeout: float, blocked: list[str], out: Path) -> dict:
    result: dict = {"session": index}
    context = await browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)

    async def route(request_route):
        if request_route.request.url.startswith(LOCAL):
            await request_route.continue_()
        else:
            blocked.append(request_route.request.url)
            await request_route.abort()

    async def run() -> None:
        await context.route("**/*", route)
        ms = timeout * 1000
        context.set_default_timeout(ms)  # the session's own timeout bounds every step
        page = await context.new_page()
        start = time.perf_counter()
        await page.goto(url, wait_until="commit", timeout=ms)
        await page.locator('path[data-id="hust_belt"]').wait_for(timeout=ms)
        result["load_to_map"] = time.perf_counter() - start

        query, name = PICKS[index % len(PICKS)]
        await page.fill("#wim-search-input", query)
        button = page.locator("#wim-search-results button", has_text=name).first
        await button.wait_for(timeout=ms)
        start = time.perf_counter()
        await button.click()
        await page.locator("#wim-panel h2", has_text=name).wait_for(timeout=ms)
        result["pick_to_panel"] = time.perf_counter() - start
        heading = await page.locator("#wim-panel h2").inner_text()
        if heading != name:
            raise AssertionError(f"panel heading {heading!r}, expected {name!r}")

        start = time.perf_counter()
        async with page.expect_download(timeout=ms) as info:
            await page.get_by_role("button", name="GeoJSON").click()
        download = await info.value
        path = out / f"session{index}.geojson"
        await download.save_as(path)
        result["download"] = time.perf_counter() - start
        data = json.loads(path.read_text("utf-8"))
        if data.get("type") != "FeatureCollection" or not data.get("features"):
            raise AssertionError(f"download is not a non-empty FeatureCollection: {data.get('type')!r}")
        result["features"] = len(data["features"])

    try:
        await asyncio.wait_for(run(), timeout)
    except TimeoutError:
        result["error"] = f"session timeout after {timeout:.0f} s"
    except Exception as error:  # noqa: BLE001 - every failure is a counted, reported error
        result["error"] = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(context.close(), 30)
    return result


def cpu_seconds(root: int) -> float:
    """CPU time (user + system, reaped children included) of ``root`` and its live descendants.

    Read from /proc: where the two cores went during a run, server or browser, whatever else
    the machine was doing meanwhile. 0 where /proc is missing.
    """
    tick, parents, used = os.sysconf("SC_CLK_TCK"), {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            pid = int(stat.parent.name)
            parents[pid] = int(fields[1])
            used[pid] = sum(int(v) for v in fields[11:15]) / tick
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(used.get(pid, 0.0) for pid in tree)


def server_pid(url: str) -> int | None:
    """The Streamlit process serving ``url`` (found by its port on the command line)."""
    port = url.rsplit(":", 1)[1]
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            args = cmdline.read_bytes().split(b"\0")
            if b"streamlit" in b" ".join(args) and port.encode() in args:
                return int(cmdline.parent.name)
    return None


async def main_async(sessions: int, timeout: float, url: str) -> list[dict]:
    from playwright.async_api import async_playwright

    blocked: list[str] = []
    server = server_pid(url)
    server_before = cpu_seconds(server) if server else 0.0
    with tempfile.TemporaryDirectory() as tmp:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM)
            try:
                results = await asyncio.gather(
                    *(session(browser, url, i, timeout, blocked, Path(tmp)) for i in range(sessions)))
            finally:
                # before the browser closes: its renderers' time is lost once they exit
                server_cpu = (cpu_seconds(server) - server_before) if server else math.nan
                ours = cpu_seconds(os.getpid())
                await browser.close()
    print(f"blocked outside requests: {len(blocked)}" + (f" (e.g. {blocked[0]})" if blocked else ""))
    print(f"CPU used during the sessions: app server {server_cpu:.1f} s; browser, driver and bench "
          f"{ours - (server_cpu + server_before if server else 0):.1f} s; load average {os.getloadavg()[0]:.1f}")
    return list(results)


def fmt(value) -> str:
    return f"{value:7.2f}" if isinstance(value, float) else f"{'-':>7}"


def summary(results: list[dict], wall: float) -> bool:
    print(f"{'session':>7} {'load→map':>9} {'pick→panel':>10} {'download':>9}  result")
    for r in results:
        status = r.get("error") or f"ok ({r['features']} features)"
        print(f"{r['session']:>7} {fmt(r.get('load_to_map')):>9} {fmt(r.get('pick_to_panel')):>10}"
              f" {fmt(r.get('download')):>9}  {status}")
    errors = [r for r in results if "error" in r]
    print(f"\nsessions: {len(results)}, errors: {len(errors)}, wall: {wall:.1f} s")
    for r in errors:
        print(f"  session {r['session']}: {r['error']}")
    figures = {}
    for key, label in (("load_to_map", "load to map"), ("pick_to_panel", "pick to panel"),
                       ("download", "download")):  # fmt: skip
        values = [r[key] for r in results if key in r]
        if values:
            p50, p95 = statistics.median(values), percentile(values, 95)
            figures[key] = (p50, p95)
            print(f"{label:>14}: p50 {p50:6.2f} s  p95 {p95:6.2f} s  (n={len(values)})")
        else:
            print(f"{label:>14}: no measurements")
    p50, p95 = figures.get("pick_to_panel", (math.nan, math.nan))
    holds = not errors and "pick_to_panel" in figures and p95 <= 2 * p50
    print(f"goal (0 errors, pick-to-panel p95 <= 2 x p50 = {2 * p50:.2f} s): "
          f"{'holds' if holds else 'does NOT hold'}")
    return holds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=180, help="per-session timeout, seconds")
    args = parser.parse_args()
    with streamlit_server() as url:
        print(f"{args.sessions} sessions against {url}, per-session timeout {args.timeout:.0f} s")
        start = time.perf_counter()
        results = asyncio.run(main_async(args.sessions, args.timeout, url))
        wall = time.perf_counter() - start
    return 0 if summary(results, wall) else 1


if __name__ == "__main__":
    sys.exit(main())
