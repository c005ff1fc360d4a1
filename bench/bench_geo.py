"""Figures for the foundation issue: find + geocode time (cold, warm) and finder throughput.

Run: ``make bench`` (or ``.venv/bin/python bench/bench_geo.py``). Prints, does not assert.
"""

from __future__ import annotations

import subprocess
import sys
import time

CODE_COLD = """
import time
t = time.perf_counter()
from geo.article import seed_article
from geo.places import locate_mentions
rows = locate_mentions(seed_article())
print(f"{time.perf_counter() - t:.3f} {len(rows)}")
"""


def cold() -> tuple[float, int]:
    """A fresh interpreter: imports, gazetteer, admin index and regex compilation included."""
    out = subprocess.run([sys.executable, "-c", CODE_COLD], capture_output=True, text=True,
                         check=True).stdout.split()  # fmt: skip
    return float(out[0]), int(out[1])


def warm(repeat: int = 20) -> float:
    from geo.article import seed_article
    from geo.places import locate_mentions

    article = seed_article()
    locate_mentions(article)
    start = time.perf_counter()
    for _ in range(repeat):
        locate_mentions(article)
    return (time.perf_counter() - start) / repeat


def throughput(copies: int, whole: bool = False) -> tuple[float, float, float, int]:
    """Known names in one pass (the automaton), or, with ``whole``, every rule of the finder:
    wall-clock and CPU seconds (on a shared machine the CPU figure is the steadier one)."""
    from geo.article import parse_article, seed_article
    from geo.finder import find_known, find_mentions
    from geo.gazetteer import load_gazetteer

    text = "\n\n".join([seed_article().text] * copies)
    gazetteer = load_gazetteer()
    find_known("预热", gazetteer)
    article = parse_article(text)
    start, cpu = time.perf_counter(), time.process_time()
    found = find_mentions(article, gazetteer) if whole else find_known(article.text, gazetteer)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    megabytes = len(text.encode("utf-8")) / 1e6
    return seconds, cpu, megabytes, len(found)


def main() -> None:
    seconds, mentions = cold()
    print(f"find + geocode, cold (new process): {seconds * 1000:.0f} ms for {mentions} mentions")
    print(f"find + geocode, warm: {warm() * 1000:.1f} ms")
    # Copies of the seed (20.7 KB each), up to the 5 MB limit of an article.
    for whole, title in ((False, "known names, one pass"), (True, "every rule (find_mentions)")):
        print(f"finder throughput ({title}):")
        for copies in (10, 100, 240):
            seconds, cpu, megabytes, found = throughput(copies, whole)
            print(f"  {copies:>5} copies  {megabytes:7.2f} MB  {seconds:7.3f} s  "
                  f"{megabytes / seconds:6.2f} MB/s  (CPU {cpu:6.3f} s, {megabytes / cpu:6.2f} MB/s)"
                  f"  {found} names")  # fmt: skip


if __name__ == "__main__":
    main()
