"""The README's pictures, made from the current code so they stay true: the app at a desktop and
a phone size (Streamlit on localhost, Debian's Chromium through Playwright, network blocked) and
the print map (``layers.print_map``, matplotlib).

Run: ``.venv/bin/python bench/screenshots.py [--out docs]`` (about a minute on 2 cores).
Without a CJK font (Debian: ``apt-get install fonts-noto-cjk``) Chromium draws Chinese as boxes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import chromium_page, streamlit_server  # noqa: E402

SIZES = {"app_desktop": (1400, 900), "app_phone": (390, 844)}
READY = 'path[data-id="hust_belt"]'


def app_screenshots(out: Path, url: str, query: str = "") -> list[Path]:
    """One PNG per size in ``SIZES``, of the app as a first-time reader sees it."""
    paths = []
    for name, size in SIZES.items():
        with chromium_page(size) as (page, _):
            page.goto(url + query)
            page.locator(READY).wait_for(timeout=120_000)
            page.wait_for_timeout(1500)  # labels, tiles refused, fonts
            path = out / f"{name}.png"
            page.screenshot(path=path)
            paths.append(path)
    return paths


def print_screenshot(out: Path) -> Path:
    from geo.article import seed_article
    from layers.build import build_layers
    from layers.print_map import render_print

    return render_print(build_layers(seed_article()), out / "print_map.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with streamlit_server() as url:
        made = app_screenshots(args.out, url)
    made.append(print_screenshot(args.out))
    for path in made:
        print(path)


if __name__ == "__main__":
    main()
