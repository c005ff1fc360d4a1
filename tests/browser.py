"""Shared set-up for browser tests: Debian's Chromium through Playwright, the app on localhost.

Browser tests fail (not skip) when ``REQUIRE_BROWSER=1`` (CI) and Chromium cannot run.
Every request that leaves localhost is aborted: a page that needs the network to draw fails.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
LOCAL = ("http://localhost", "http://127.0.0.1", "ws://localhost", "ws://127.0.0.1",
         "file://", "data:", "blob:", "about:")  # fmt: skip


def require_chromium() -> None:
    """Skip locally without Chromium; fail in CI, where the browser tests must run."""
    if os.path.exists(CHROMIUM):
        return
    message = f"{CHROMIUM} is missing (Debian: apt-get install chromium)"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_server(script: str = "streamlit_app.py", timeout: float = 90, **env_vars: str):
    """``streamlit run`` on a free localhost port; yields the base URL."""
    port = free_port()
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false", **env_vars}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, timeout)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_healthy(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited: {process.stdout.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not answer at {url} within {timeout} s")


def block_network(context, blocked: list[str]) -> None:
    """Abort every request that leaves this machine; remember what was blocked."""

    def route(request_route):
        url = request_route.request.url
        if url.startswith(LOCAL):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    context.route("**/*", route)


def dead_proxy_args() -> list[str]:
    """Chromium flags that send every request beyond loopback (which Chromium never proxies) to
    a proxy that is not there: a free port, closed again."""
    return [f"--proxy-server=http://127.0.0.1:{free_port()}"]


@contextmanager
def chromium_page(viewport=(1400, 900), intercept: bool = True):
    """A Playwright page in Debian's Chromium with the network blocked; yields (page, blocked).

    ``intercept`` (the tests): Playwright routes every request through its driver and this
    process, and lists what it aborted. Without it (the benchmarks), the browser itself sends
    everything beyond loopback to a dead proxy: no request waits for this process, the HTTP cache
    works as in a reader's browser, and ``blocked`` lists the requests that failed off-machine.
    """
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[] if intercept else dead_proxy_args())
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                      accept_downloads=True)  # fmt: skip
        blocked: list[str] = []
        if intercept:
            block_network(context, blocked)
        else:
            context.on("requestfailed", lambda r: None if r.url.startswith(LOCAL) else blocked.append(r.url))
        try:
            yield context.new_page(), blocked
        finally:
            browser.close()


def open_sidebar(page) -> None:
    """Unfold the app's settings (the sidebar starts folded: the map comes first)."""
    page.locator('[data-testid="stSidebar"]').wait_for(state="attached")  # once the map is painted
    button = page.locator('[data-testid="stExpandSidebarButton"]')
    if button.count() and button.is_visible():
        button.click()
    page.locator('[data-testid="stSidebar"][data-collapsed="false"]').wait_for()


def whole_panel(page):
    """The panel once its body is in: wim.js draws a panel's head at once and its body after
    that frame is painted, marking the panel aria-busy meanwhile."""
    page.locator('#wim-panel:not([aria-busy="true"])').wait_for()
    return page.locator("#wim-panel")


def map_share(page) -> dict:
    """The map's box, as a share of the viewport."""
    return page.evaluate("""() => {
      const r = document.querySelector('.wim-map').getBoundingClientRect();
      return {width: r.width / innerWidth, height: r.height / innerHeight, top: r.top, bottom: r.bottom};
    }""")


# Every drawn, placed feature of the first view (not the districts) against the legend's box:
# which features does the legend cover (``covered``), and which are not wholly in the map (``cut``)?
# Both empty when the first view fits the data and keeps it clear of the legend.
LEGEND_COVERS_JS = """() => {
  const legend = document.querySelector('.wim-legend').getBoundingClientRect();
  const map = document.querySelector('.wim-map').getBoundingClientRect();
  const covered = [], seen = [], cut = [];
  document.querySelectorAll('.leaflet-pane path[data-id], .leaflet-pane path.leaflet-interactive').forEach((p) => {
    if (p.closest('.leaflet-boundaries-pane')) return;
    const r = p.getBoundingClientRect();
    if (!r.width || r.right < map.left || r.left > map.right || r.bottom < map.top || r.top > map.bottom) {
      cut.push(p.dataset.id || 'path');
      return;
    }
    if (r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom) cut.push(p.dataset.id);
    seen.push(p.dataset.id);
    if (r.left < legend.right && r.right > legend.left && r.top < legend.bottom && r.bottom > legend.top)
      covered.push(p.dataset.id || 'path');
  });
  return {covered, seen: seen.length, cut};
}"""
