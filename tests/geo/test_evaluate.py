"""The scorer on tiny hand-made mentions: each definition with a case that counts and one that does not."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pytest

from geo.evaluate import GoldRow, distance_m, evaluate, read_gold, score


@dataclass
class FakeMention:
    name: str
    start: int
    end: int
    status: str
    lon: float | None = None
    lat: float | None = None
    precision: str = "point"
    kind: str = "site"
    uncertainty_m: float | None = None


def mention(text: str, name: str, status: str, lon=None, lat=None, occurrence=0, **kw):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return FakeMention(name, start, start + len(name), status, lon, lat, **kw)


TEXT = "光谷广场在洪山区,鄂州在东边,卓刀泉路很长。东湖很美。"
GOLD = [
    GoldRow("光谷广场", "landmark", 114.39861, 30.50556, "Q10890788", 1500),
    GoldRow("洪山区", "district", 114.39256, 30.50671, "Q1337284", 6000),
    GoldRow("鄂州", "outside", None, None),
    GoldRow("卓刀泉路", "road", None, None),
]


def summary(s):
    return dict(gold=s.gold, found=s.found, placeable=s.placeable, placed=s.placed,
                resolved_matched=s.resolved_matched, misplaced=s.misplaced,
                mentions=s.mentions, false_positives=s.false_positives)  # fmt: skip


def test_found_placed_and_outside():
    mentions = [
        mention(TEXT, "光谷广场", "resolved", 114.3990, 30.5060),      # ~50 m away: placed
        mention(TEXT, "鄂州", "outside"),                              # outside: placed
        mention(TEXT, "卓刀泉路", "unresolved"),                       # road: found only
    ]
    s = score(TEXT, GOLD, mentions)
    assert summary(s) == dict(gold=4, found=3, placeable=3, placed=2, resolved_matched=1,
                              misplaced=0, mentions=3, false_positives=0)  # fmt: skip
    assert s.misses == ["洪山区"]
    assert s.unplaced == []  # missed, so listed under misses, not as found-but-unplaced


def test_not_found_when_the_mention_is_only_part_of_the_name():
    s = score(TEXT, GOLD, [mention(TEXT, "光谷", "resolved", 114.39861, 30.50556)])
    assert (s.found, s.false_positives) == (0, 0)  # overlaps a gold name: not a false positive


def test_same_as_counts_as_found():
    text = "东湖高新区又叫光谷。"
    gold = [GoldRow("东湖高新区", "zone", 114.4, 30.5, "x", 8000),
            GoldRow("光谷", "zone", 114.4, 30.5, "x", 8000, "same as 东湖高新区")]  # fmt: skip
    s = score(text, gold, [mention(text, "光谷", "resolved", 114.4, 30.5)])
    assert (s.found, s.placed) == (2, 2)


def test_misplaced_and_honest_approximation():
    far = (114.5077, 30.5402)  # ~11.5 km east of the 洪山区 reference
    assert distance_m(114.39256, 30.50671, *far) == pytest.approx(11_600, abs=400)
    wrong = mention(TEXT, "洪山区", "resolved", *far, precision="area")
    s = score(TEXT, GOLD, [wrong])
    assert (s.placed, s.resolved_matched, s.misplaced) == (0, 1, 1)
    assert s.misplacements[0][0] == "洪山区"

    honest = mention(TEXT, "洪山区", "resolved", *far, precision="area", uncertainty_m=15_000)
    s = score(TEXT, GOLD, [honest])
    assert (s.placed, s.resolved_matched, s.misplaced) == (1, 1, 0)

    # an uncertainty does not excuse a point-precision placement from being unplaced
    point = mention(TEXT, "洪山区", "resolved", *far, precision="point", uncertainty_m=15_000)
    s = score(TEXT, GOLD, [point])
    assert (s.placed, s.misplaced) == (0, 0)


def test_city_level_and_outside_places_in_wuhan():
    text = "鄂州和武汉。"
    gold = [GoldRow("鄂州", "outside", None, None),
            GoldRow("武汉", "city", 114.2975, 30.595, "Q11746", 30000)]  # fmt: skip
    city = mention(text, "武汉", "resolved", 114.0, 31.2, precision="area", kind="city")
    dot_in_wuhan = mention(text, "鄂州", "resolved", 114.3, 30.6)
    s = score(text, gold, [city, dot_in_wuhan])
    assert (s.placed, s.resolved_matched, s.misplaced) == (0, 1, 1)
    assert s.misplacements == [("鄂州", None)]


def test_false_positives():
    mentions = [mention(TEXT, "东湖", "resolved", 114.38, 30.56),
                mention(TEXT, "洪山区", "resolved", 114.39256, 30.50671)]  # fmt: skip
    s = score(TEXT, GOLD, mentions)
    assert (s.mentions, s.false_positives, s.false_positive_names) == (2, 1, ["东湖"])
    assert s.false_positive_rate == 0.5
    assert math.isnan(score(TEXT, GOLD, []).false_positive_rate)


def test_read_gold_and_evaluate(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "01_a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "01_a.csv").write_text(
        "name,class,lon,lat,ref_source,tolerance_m,note\n"
        "光谷广场,landmark,114.39861,30.50556,Q10890788,1500,\n"
        "鄂州,outside,,,,,\n",
        encoding="utf-8",
    )
    rows = read_gold(tmp_path / "gold" / "01_a.csv")
    assert rows[1] == GoldRow("鄂州", "outside", None, None, "", 0.0, "")
    report = evaluate(tmp_path, locate=lambda text: [mention(text, "鄂州", "outside")])
    assert summary(report.overall) == dict(gold=2, found=1, placeable=2, placed=1,
                                           resolved_matched=0, misplaced=0, mentions=1,
                                           false_positives=0)  # fmt: skip
    assert "missed: 光谷广场" in report.format()


def test_read_gold_rejects_a_bad_class(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,class,lon,lat,ref_source,tolerance_m,note\n东湖,pond,,,,,\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(ValueError, match="bad.csv:2"):
        read_gold(path)


_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Every shipped set, found by its folder: a set added later is checked without a list to edit.
_SHIPPED_SETS = sorted(p.name for p in _SEEDS.glob("eval*") if (p / "gold").is_dir())


def test_every_evaluation_set_is_checked():
    # the glob must not silently find nothing: 45 sets were shipped by 2026-12-01
    assert len(_SHIPPED_SETS) >= 45
    assert {"eval", "eval_heldback", "eval_fresh", "eval_unseen42"} <= set(_SHIPPED_SETS)


@pytest.mark.parametrize("directory", _SHIPPED_SETS)
def test_the_shipped_gold_lists_are_well_formed(directory):
    root = _SEEDS / directory
    assert sorted(root.glob("gold/*.csv")), root
    for path in sorted((root / "gold").glob("*.csv")):
        text = (root / "texts" / f"{path.stem}.txt").read_text(encoding="utf-8")
        for row in read_gold(path):
            assert row.name in text, (path.name, row.name)
