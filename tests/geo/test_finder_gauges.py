"""A station's name used for a river gauge (长江汉口站, 汉口站水位) is the gauge, never the station.

The Yangtze's 汉口 gauge stands at the 江汉关 customs house on the bund (the press writes
长江汉口站(武汉关)); the railway station 汉口站 is 6 km inland. The sentences are made up.
"""

from __future__ import annotations

import pytest

from geo.article import parse_article
from geo.places import locate_mentions

GAUGE = "landmark_hankou_gauge"
RAILWAY_STATION = "landmark_hankou_station"
# The 江汉关 customs house (Wikidata Q11134638), where the gauge row is drawn.
CUSTOMS_HOUSE = (114.292079, 30.578736)


def located(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.status, m.place_id) for m in locate_mentions(parse_article(text))]


def test_a_river_and_a_station_run_together_name_the_gauge():
    assert located("昨夜长江汉口站涨了半米。") == [("长江汉口站", "resolved", GAUGE)]


@pytest.mark.parametrize("word", ["水位", "水文", "流量", "洪峰", "潮位"])
def test_a_station_before_its_water_level_is_the_gauge(word):
    assert located(f"今晨汉口站{word}继续上涨。") == [("汉口站", "resolved", GAUGE)]


def test_the_gauge_is_drawn_at_the_customs_house_as_an_approximation():
    (gauge,) = locate_mentions(parse_article("今晨汉口站水位继续上涨。"))
    assert (gauge.lon, gauge.lat) == CUSTOMS_HOUSE
    assert gauge.precision == "area" and gauge.uncertainty_m == 1000


def test_a_station_named_as_a_station_stays_the_railway_station():
    assert located("我们坐火车到汉口站。") == [("汉口站", "resolved", RAILWAY_STATION)]


def test_an_unknown_gauge_after_a_river_is_one_unresolved_name():
    """长江 + 武昌站: no such gauge in the gazetteer, so no dot at all, and not the railway station."""
    assert located("那天长江武昌站也涨了。") == [("长江武昌站", "unresolved", "")]
