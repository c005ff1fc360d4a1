"""Wuhan's villages (村) and communities (社区): the NBS 2023 list's fifth level (seeds/build/villages),
each drawn within its 街道/镇/乡 because no public point of its own was found."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from geo.finder import find_known
from geo.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = load_gazetteer()
ROWS = {
    r["id"]: r
    for r in csv.DictReader((ROOT / "seeds" / "wuhan_places.csv").open(encoding="utf-8"))
    if r["id"].startswith(("village_", "community_"))
}


def _build_module():
    spec = importlib.util.spec_from_file_location("villages_build", ROOT / "seeds/build/villages/build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], t.place.id if t.place else t.area.code) for s, e, t in find_known(text, GAZETTEER)]


def test_a_village_a_text_names_is_drawn_at_its_township_s_point():
    # 四詹雷村委会 is 420116012201 of 蔡榨街道; 蔡家榨街道's point is GeoNames 8570292 (admin group).
    assert _found("四詹雷村委会组织村民") == [("四詹雷村", "village_420116012201")]
    place = GAZETTEER.places["village_420116012201"]
    assert (place.lon, place.lat) == pytest.approx((114.531130, 30.925100), abs=1e-6)
    assert (place.kind, place.precision, place.uncertainty_m) == ("site", "area", 8000)
    assert place.district_code == "420116" and place.name_en == "Sizhanlei Village"
    assert place.method.startswith("estimate: within 蔡榨街道 (420116012)")


def test_a_community_takes_the_point_and_radius_of_its_街道():
    # 保成社区 of 大智街道, which the merge draws at 大智路站 (OSM) with 3 km.
    place = GAZETTEER.places["community_420102002003"]
    assert place.name_zh == "保成社区" and place.name_en == "Baocheng Community"
    assert (place.lon, place.lat, place.uncertainty_m) == pytest.approx((114.289616, 30.594986, 3000))


def test_a_township_with_no_point_of_its_own_gives_its_villages_district_precision():
    place = GAZETTEER.places["community_420102400006"]  # 悦秀苑社区 of 百步亭花园 (no row)
    assert place.precision == "district" and "江岸区人民政府" in place.method


@pytest.mark.parametrize(
    "text",
    [
        "新华村",  # three units: in 江夏区 山坡街道, 江夏区 梁子湖风景区 and 黄陂区 六指街道
        "石桥村",  # 黄陂区 姚集街道 and 新洲区 三店街道; 杨石桥村 is another village
        "团结村民，振兴村集体经济，建设模范社区",  # ordinary words before 村 and 社区
        "花园社区",  # the tail of 现代花园社区, 欧洲花园社区 ...
        "光荣社区",  # the source writes 光荣居委会 (黄陂区 前川街道): not said to be a 社区
    ],
)
def test_ambiguous_names_and_ordinary_words_find_no_village(text):
    assert _found(text) == []


def test_a_community_named_after_a_known_place_leaves_the_text_to_that_place():
    assert _found("街道口社区") == [("街道口", "area_jiedaokou")]


@pytest.mark.parametrize(
    ("nbs", "name"),
    [
        ("蔡榨村委会", ("蔡榨", "村")),
        ("白浒村村委会", ("白浒", "村")),
        ("石牌园社区居民委员会", ("石牌园", "社区")),
        ("绿景苑社区居委", ("绿景苑", "社区")),
        ("光荣居委会", None),
        ("开发区虚拟社区", None),
        ("香炉山生产队", None),
    ],
)
def test_the_committee_s_name_is_cut_to_the_place_name_texts_use(nbs, name):
    assert _build_module().place_name(nbs) == name


def test_every_village_is_an_estimate_inside_wuhan_with_a_township_radius():
    assert len(ROWS) > 2000
    for row in ROWS.values():
        assert row["method"].startswith("estimate: within "), row["id"]
        assert row["district_code"].startswith("4201") and row["kind"] == "site", row["id"]
        assert float(row["uncertainty_m"]) >= 1500, row["id"]
