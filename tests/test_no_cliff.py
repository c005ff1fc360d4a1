"""No cliff: finding, facts and layers grow linearly with the text (issue 10, item 7).

Wall-clock limits fail on a busy machine, so the test compares this process's own CPU time
for an article and for the same article four times over. Linear work takes about 4 times as
long; the quadratic summary of one paragraph that names one place in every sentence (500 and
2,000 sentences took 1.6 s and 29 s, 18 times) takes about 16 times. The bound, 8, sits
between the two. bench/bench_scale.py prints the absolute times.
"""

from __future__ import annotations

import time

import pytest

from geo.article import parse_article
from geo.gazetteer import load_gazetteer
from geo.places import locate_mentions
from layers.build import build_layers

GAZETTEER = load_gazetteer()
SENTENCE = "光谷新增企业500家。"  # one place, one figure


def cpu_seconds(text: str) -> float:
    """The least CPU time of two runs of parse -> find -> facts -> layers on ``text``."""
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        article = parse_article(text)
        build_layers(article, GAZETTEER, locate_mentions(article, GAZETTEER))
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("paragraph", ["", "\n\n"], ids=["one paragraph", "a paragraph a sentence"])
def test_four_times_the_sentences_naming_one_place_cost_about_four_times_as_much(paragraph):
    cpu_seconds(SENTENCE)  # warm: regular expressions, the region index
    small = cpu_seconds(paragraph.join([SENTENCE] * 500))
    large = cpu_seconds(paragraph.join([SENTENCE] * 2000))
    assert large / small < 8, f"500 sentences {small:.2f} s, 2,000 sentences {large:.2f} s of CPU"
