"""Figures for the "no cliff" issue: time to find, place and build layers as the article grows.

The article is the seed's own sentences repeated to 10 KB, 100 KB and 1 MB, laid out as one
paragraph and as the seed's many paragraphs; then 2,000 sentences of one paragraph that all name
one place. Goal: 1 MB in under 5 s whichever way it is laid out.

Run: ``make bench`` (or ``.venv/bin/python bench/bench_scale.py``). Prints, does not assert.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.article import parse_article, seed_article  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402
from geo.places import locate_mentions  # noqa: E402
from layers.build import build_layers  # noqa: E402

SIZES = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}


def grown(size: int, one_paragraph: bool) -> str:
    """The seed's paragraphs repeated until the text holds ``size`` bytes of UTF-8."""
    paragraphs = [p.text for p in seed_article().paragraphs if not p.heading]
    chosen, total = [], 0
    while total < size:
        for text in paragraphs:
            chosen.append(text)
            total += len(text.encode("utf-8")) + 2
            if total >= size:
                break
    return ("" if one_paragraph else "\n\n").join(chosen)


def timed(text: str) -> tuple[float, float, int]:
    """Seconds to find and place the mentions, seconds to build the layers, and the mentions."""
    gazetteer = load_gazetteer()
    start = time.perf_counter()
    article = parse_article(text)
    mentions = locate_mentions(article, gazetteer)
    found = time.perf_counter()
    build_layers(article, gazetteer, mentions=mentions)
    return found - start, time.perf_counter() - found, len(mentions)


def row(label: str, text: str) -> None:
    find, build, mentions = timed(text)
    size = len(text.encode("utf-8"))
    print(f"{label:<34} {size:>10,} {mentions:>9,} {find:>9.2f} {build:>9.2f} {find + build:>9.2f}")


def main() -> None:
    timed(seed_article().text)  # warm: gazetteer, admin index, regular expressions
    print(f"{'article':<34} {'bytes':>10} {'mentions':>9} {'find s':>9} {'layers s':>9} {'total s':>9}")
    for label, size in SIZES.items():
        for one_paragraph in (True, False):
            layout = "one paragraph" if one_paragraph else "many paragraphs"
            row(f"{label}, {layout}", grown(size, one_paragraph))
    row("2,000 sentences naming 光谷", "光谷新增企业500家。" * 2000)


if __name__ == "__main__":
    main()
