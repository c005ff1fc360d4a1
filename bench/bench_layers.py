"""Figures for the layers issue: HTML bytes (ours vs a plain folium export), export time per
layer, and map render time for 100, 1,000 and 10,000 synthetic points, in Python and in
Debian's Chromium (SVG vs canvas), so the choice made for large layers is measured.

Run: ``.venv/bin/python bench/bench_layers.py``. Prints, does not assert.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.article import seed_article  # noqa: E402
from layers import webmap  # noqa: E402
from layers.build import COLUMNS, build_layers  # noqa: E402
from layers.catalogue import layer_of_kind  # noqa: E402
from layers.export import to_geojson, to_gpkg  # noqa: E402
from layers.standalone import render_standalone  # noqa: E402
from layers.webmap import make_map  # noqa: E402
from tests.browser import chromium_page  # noqa: E402

# (label, prefer_canvas, bin points into cells above 2,000): the last is what make_map does.
FIRMS = layer_of_kind("firm")
MODES = (("svg", False, False), ("canvas", True, False), ("default", None, True))


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def html_sizes(layers, article) -> None:
    ours_online = render_standalone(layers, article)
    ours_offline = render_standalone(layers, article, offline=True)
    plain = folium.Map(location=(30.55, 114.32), zoom_start=10)
    for name, gdf in layers.items():
        drawn = gdf[gdf.geometry.notna()]
        if len(drawn):
            folium.GeoJson(drawn.to_json(), name=name).add_to(plain)
    plain_html = plain.get_root().render()
    print("HTML bytes for the seed article's features:")
    print(f"  plain folium export (CDN links, every property)  {len(plain_html.encode()):>9,}")
    print(f"  ours, standalone app (CDN Leaflet)               {len(ours_online.encode()):>9,}")
    print(f"  ours, standalone app --offline (Leaflet inlined) {len(ours_offline.encode()):>9,}")


def export_times(layers) -> None:
    print("export time per layer (GeoJSON, RFC 7946, atomic):")
    with tempfile.TemporaryDirectory() as tmp:
        for name, gdf in layers.items():
            _, seconds = timed(to_geojson, gdf, Path(tmp) / f"{name}.geojson", name)
            print(f"  {name:17} {len(gdf):3} features  {seconds * 1000:6.1f} ms")
        _, seconds = timed(to_gpkg, layers, Path(tmp) / "all.gpkg")
        print(f"  {'all (GeoPackage)':17}               {seconds * 1000:6.1f} ms")


def synthetic(n: int, seed: int = 7) -> dict[str, gpd.GeoDataFrame]:
    """``n`` random firms inside Wuhan's core, with the project's columns."""
    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(114.1, 114.6, n), rng.uniform(30.4, 30.7, n)
    rows = {c: [""] * n for c in COLUMNS if c != "geometry"}
    rows.update(id=[f"p{i}" for i in range(n)], name_zh=[f"企业{i}" for i in range(n)],
                kind=["firm"] * n, layer=[FIRMS] * n, approximate=[False] * n,
                figures=[[]] * n, passages=[[]] * n, members=[[]] * n)  # fmt: skip
    return {FIRMS: gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(lon, lat), crs=4326)}


BROWSER_JS = """async () => {
  const map = Object.values(window).find(v => v instanceof L.Map);
  const t0 = performance.now();
  for (let i = 0; i < 10; i++) { map.panBy([40, 20], {animate: false}); await new Promise(r => requestAnimationFrame(r)); }
  return (performance.now() - t0) / 10;
}"""


def browser_times(html: str, page) -> tuple[float, float]:
    """(seconds from navigation to load, mean ms per pan frame) in Chromium."""
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as handle:
        handle.write(html)
    start = time.perf_counter()
    page.goto(Path(handle.name).as_uri(), wait_until="load")
    page.wait_for_function("() => Object.values(window).some(v => v instanceof L.Map)")
    loaded = time.perf_counter() - start
    return loaded, page.evaluate(BROWSER_JS)


def render_times() -> None:
    print("synthetic points: Python render, HTML size, Chromium load and pan (network blocked)")
    print(f"  {'points':>6} {'mode':8} {'make+render':>11} {'HTML bytes':>11} {'load':>7} {'ms/pan':>7}")
    with chromium_page() as (page, _blocked):
        for n in (100, 1_000, 10_000):
            layers = synthetic(n)
            for mode, canvas, binned in MODES:
                def render(layers=layers, canvas=canvas, binned=binned):
                    webmap.AGGREGATE_ABOVE = 2000 if binned else 10**9
                    return make_map(layers, basemap="none", popups=False,
                                    prefer_canvas=canvas).get_root().render()  # fmt: skip

                html, seconds = timed(render)
                html = html.replace("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/",
                                    (ROOT / ".venv").as_uri() + "/")  # fmt: skip
                html = _inline_leaflet(html)
                loaded, pan_ms = browser_times(html, page)
                print(f"  {n:>6} {mode:8} {seconds:10.2f}s {len(html.encode()):>11,} "
                      f"{loaded:6.2f}s {pan_ms:7.1f}")  # fmt: skip


def _inline_leaflet(html: str) -> str:
    """Leaflet inlined from its PyPI package, so the page loads with the network blocked."""
    from layers.vendor import leaflet_dir

    folder = leaflet_dir()
    js = (folder / "leaflet.js").read_text("utf-8")
    css = (folder / "leaflet.css").read_text("utf-8")
    start = html.index("<script")
    return html[:start] + f"<style>{css}</style><script>{js}</script>" + html[start:]


def main() -> None:
    article = seed_article()
    layers = build_layers(article)
    html_sizes(layers, article)
    export_times(layers)
    render_times()


if __name__ == "__main__":
    main()
