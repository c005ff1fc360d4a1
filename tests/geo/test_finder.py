"""Finding places in the seed article: every zone and named place, longest match, aliases."""

from __future__ import annotations

import pytest

from geo.article import parse_article
from geo.finder import find_mentions
from geo.places import locate_mentions

ZONES = ["广埠屯·锦鲤", "环华科大创新发展带", "车谷产业创新大走廊", "滨江数创走廊", "南湖硅巷",
         "珞喻硅巷", "狮子山硅巷", "青菱硅巷", "海洋·锦鲤"]  # fmt: skip
DISTRICTS = ["东湖高新区", "世界光谷", "武汉经开区", "车谷", "武昌区", "洪山区", "硚口区", "蔡甸", "汉阳",
             "江夏"]  # fmt: skip
PLACES = ["九峰山实验室", "洪山实验室", "华中科技大学", "阿里巴巴华中总部", "武昌智算中心", "烽火创新谷",
          "中船722研究所旧址", "深蓝科创MALL", "环三角湖", "环大军山", "环马影河", "长江存储",
          "长飞光纤", "华工科技", "武汉光迅科技股份有限公司", "武汉长江大桥"]  # fmt: skip


@pytest.fixture(scope="module")
def rows(article):
    return locate_mentions(article)


@pytest.mark.parametrize("name", ZONES + DISTRICTS + PLACES)
def test_every_named_place_is_found_and_known(rows, name):
    found = [r for r in rows if r.name == name]
    assert found, f"{name} not found"
    assert all(r.place_id for r in found)


@pytest.mark.parametrize("name", ZONES)
def test_zones_resolve_to_a_point_in_wuhan(rows, name):
    row = next(r for r in rows if r.name == name)
    assert row.status == "resolved"
    assert 113.68 < row.lon < 115.09 and 29.96 < row.lat < 31.37


def test_offsets_point_at_the_name(article, rows):
    for row in rows:
        assert article.text[row.start : row.end] == row.name
        assert article.paragraphs[row.paragraph].start <= row.start


def test_longest_name_wins():
    mentions = find_mentions(parse_article("加快环华科大创新发展带建设,华科大校友回汉。"))
    assert [(m.name, m.target.id) for m in mentions] == [
        ("环华科大创新发展带", "hust_belt"),
        ("华科大", "hust"),
    ]


@pytest.mark.parametrize(
    ("alias", "place_id"),
    [("华科大", "hust"), ("光谷", "east_lake_hitech"), ("车谷", "wedz"), ("海洋锦鲤", "ocean_jinli"),
     ("洪山", "adcode:420111"), ("蔡甸", "adcode:420114")],
)  # fmt: skip
def test_aliases_resolve_to_the_canonical_place(alias, place_id):
    (mention,) = find_mentions(parse_article(f"走进{alias}。"))
    assert mention.target.id == place_id


@pytest.mark.parametrize("name", ["洪湖", "汉川", "常州", "苏州", "深圳"])
def test_places_outside_wuhan_are_flagged(name):
    (row,) = locate_mentions(parse_article(f"与{name}共建园区。"))
    assert row.name == name
    assert row.status == "outside"


def test_outside_places_in_the_article_are_flagged(rows):
    outside = {r.name for r in rows if r.status == "outside"}
    assert {"洪湖", "汉川", "苏州", "深圳", "常州星云车灯股份有限公司", "大湾区", "长三角"} <= outside


def test_unknown_place_like_names_come_back_as_candidates():
    rows = locate_mentions(parse_article("他们走访了星河实验室和东湖未来街区。"))
    assert [(r.name, r.status, r.kind) for r in rows] == [
        ("星河实验室", "unresolved", "candidate"),
        ("东湖未来街区", "unresolved", "candidate"),
    ]


def test_generic_terms_are_not_candidates():
    assert find_mentions(parse_article("推动国家实验室、全国重点实验室协同发展。")) == []


def test_every_china_district_name_resolves_offline():
    (row,) = locate_mentions(parse_article("他来自朝阳区。"))
    assert row.place_id.startswith("adcode:110105") or row.place_id.startswith("adcode:2201")
    assert row.status == "outside"
