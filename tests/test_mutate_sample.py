"""bench/mutate_sample.py reports a sampled survival rate with its 95% Wilson interval."""

import pytest

from bench.mutate_sample import wilson


@pytest.mark.parametrize(
    ("survived", "drawn", "low", "high"),
    [  # Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (score interval)
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_the_interval_is_wilsons_score_interval(survived, drawn, low, high):
    assert [round(x, 4) for x in wilson(survived, drawn)] == [low, high]
