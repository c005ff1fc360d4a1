"""Merge the per-class place lists into ``seeds/wuhan_places.csv``, the gazetteer of the city.

Each folder beside this script (metro, admin, edu, poi, ...) holds a ``places.csv`` built by its
own ``build.py`` from the public data named in its ``SOURCES.md``. This script only merges them:
the article's curated ``seeds/gazetteer.csv`` and China's region names win every name they
have, later folders never
take a name or alias an earlier one holds, and each dropped row or alias is reported.

Usage: .venv/bin/python seeds/build/merge_city.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SEEDS.parent))
from geo import admin  # noqa: E402
from geo.admin import admin_names  # noqa: E402
GROUPS = ("poi", "edu", "admin", "more", "gaps", "metro", "areas", "poi2", "gaz3", "scenic", "osm_sample", "nature",
          "villages", "outside", "regions", "historic")
# Rows a group found but the city's gazetteer must not hold, and why.
EXCLUDED = {
    "lake_liangzi": "梁子湖 lies mostly in 鄂州市: a point in 江夏区 would place it inside Wuhan",
    "lake_lingjiaohu": "菱角湖 names two lakes: one in 江汉区 (the official lake list) and one of East Lake's "
                       "sub-lakes (郭郑湖、团湖 ... 菱角湖); a point at either is a wrong dot for the other",
    "site_japanese_concession": "Wikidata's point (Q11133153) lies upriver of the British concession, 2-3 km from "
                                "where the Japanese concession was (the farthest downstream of the five)",
}
COLUMNS = (
    "id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
    "method", "source", "source_datum", "licence", "district_code", "functional_area", "outside",
    "note",
)  # fmt: skip


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def merge() -> tuple[list[dict], list[str]]:
    """The merged rows and a report of what was dropped."""
    # China's region names (洪山 is first the district) and the article's list win.
    taken = dict.fromkeys(admin_names(), "geotool-cn region names")
    for row in _read(SEEDS / "gazetteer.csv"):
        for name in (row["id"], row["name_zh"], *filter(None, row["aliases"].split("|"))):
            taken[name] = "gazetteer.csv"
    rows, report = [], []
    for group in GROUPS:
        path = SEEDS / "build" / group / "places.csv"
        if not path.exists():
            continue
        for row in _read(path):
            where = f"{group}:{row['id']}"
            if row["id"] in EXCLUDED:
                report.append(f"{where}: excluded: {EXCLUDED[row['id']]}")
                continue
            if row["id"] in taken or row["name_zh"] in taken:
                report.append(f"{where}: {row['name_zh']} already in {taken.get(row['name_zh']) or taken[row['id']]}")
                continue
            aliases = [a for a in row["aliases"].split("|") if a and a not in taken]
            dropped = set(filter(None, row["aliases"].split("|"))) - set(aliases)
            if dropped:
                report.append(f"{where}: aliases {sorted(dropped)} already taken")
            row = {**row, "aliases": "|".join(aliases), "outside": row.get("outside") or "no",
                   "functional_area": row.get("functional_area", ""),
                   "uncertainty_m": _unit_radius(row)}  # fmt: skip
            for name in (row["id"], row["name_zh"], *aliases):
                taken[name] = where
            rows.append({c: row.get(c, "") for c in COLUMNS})
    rows += _station_areas(rows, taken, report)
    rows += _listed_units(rows, taken, report)
    _bare_unit_names(rows, taken, report)
    return rows, report


def _bare_unit_names(rows: list[dict], taken: dict, report: list[str]) -> None:
    """纸坊, 邾城, 仓埠: an outer district's 街道 or town is named without its unit word in most
    texts. The bare name becomes an alias of the unit (its point and radius unchanged) when it
    names nothing else we know, has two characters or more and is not an ordinary word
    (build/ordinary_names.txt). Central units are mostly named after roads and lakes
    (中华路街道 is the 中华路 area, 一元街道 is named after 一元路, 水果湖街道 after the lake): only
    a bare name ending like a hill, a bridge, a village or another landmark the unit holds
    (关山, 积玉桥, 韩家墩, 杨园, 卓刀泉) becomes one there."""
    words, added = _ordinary_names(), []
    for row in rows:
        if row["kind"] not in ("subdistrict", "town"):
            continue
        unit = next((u for u in ("街道", "镇", "乡") if row["name_zh"].endswith(u)), None)
        bare = row["name_zh"].removesuffix(unit) if unit else ""
        central = row["district_code"] not in _OUTER_DISTRICTS
        if (len(bare) < 2 or bare in taken or bare in words
                or bare.endswith(("办事处", "委员会"))
                or (central and not bare.endswith(_CENTRAL_BARE_TAILS))):  # fmt: skip
            continue
        row["aliases"] = "|".join(filter(None, [*row["aliases"].split("|"), bare]))
        taken[bare] = f"bare name of {row['id']}"
        added.append(bare)
    report.append(f"{len(added)} bare names of units: {' '.join(added)}")


# Tails of a central unit's bare name that name the landmark the unit is named after and holds
# (a hill, a bridge, a mound, a village, a spring, a garden); never a lake's or a road's, which
# are names of their own (水果湖, 中华路).
_CENTRAL_BARE_TAILS = ("山", "峰", "桥", "墩", "亭", "湾", "洲", "口", "府", "泉", "镇", "园", "村", "嘴", "咀", "岭")


# Outer districts' 街道 and 镇 are large (50-200 km²), and their point is the seat town, often
# at one side: 大花岭站, which Wikidata puts in 纸坊街道, is 7 km from 纸坊's point.
_OUTER_DISTRICTS = ("420112", "420113", "420114", "420115", "420116", "420117")
OUTER_UNIT_RADIUS_M = 8000


def _unit_radius(row: dict) -> str:
    if row["kind"] in ("subdistrict", "town") and row["district_code"] in _OUTER_DISTRICTS:
        return str(max(float(row["uncertainty_m"] or 0), OUTER_UNIT_RADIUS_M))
    return row["uncertainty_m"]


def _derived(row: dict, **fields) -> dict:
    return {**dict.fromkeys(COLUMNS, ""), **{k: row[k] for k in ("district_code", "licence")},
            "outside": "no", **fields}  # fmt: skip


# Lakes, hills, roads and villages share names across the city (菱角湖 is in Hankou and in East
# Lake): a station named after one says nothing about the other.
_COMMON_ENDINGS = ("湖", "山", "村", "路", "大道", "街", "桥", "港", "湾", "洲")


def _ordinary_names() -> set[str]:
    """Names that are ordinary words (知音, 柏林, 山坡): no name is derived from them."""
    text = (SEEDS / "build" / "ordinary_names.txt").read_text("utf-8")
    return {line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip()}


def _station_areas(rows: list[dict], taken: dict, report: list[str]) -> list[dict]:
    """街道口, 钟家村: the neighbourhood a metro station is named after, placed at that station.

    Only where the bare name names nothing else we know, is not a common landform or road
    name and is not an ordinary word (build/ordinary_names.txt); 1 km covers the
    neighbourhood.
    """
    derived, words = [], _ordinary_names()
    for row in rows:
        bare = row["name_zh"].removesuffix("站")
        if row["kind"] != "metro_station" or len(bare) < 2 or bare in taken:
            continue
        if bare in words:
            report.append(f"{row['id']}: no neighbourhood derived: {bare} is an ordinary word")
            continue
        if bare.endswith(_COMMON_ENDINGS):
            continue
        derived.append(_derived(
            row, id=f"area_{row['id'].removeprefix('metro_')}", name_zh=bare,
            name_en=row["name_en"].removesuffix(" Station"), kind="site", lon=row["lon"],
            lat=row["lat"], precision="area", uncertainty_m="1000",
            method=f"estimate: the neighbourhood named like {row['name_zh']}, at that station's point",
            source=row["source"], source_datum=row["source_datum"],
        ))  # fmt: skip
        taken[bare] = f"derived from {row['id']}"
    report.append(f"{len(derived)} station neighbourhoods derived")
    return derived


# A 街道 is named after a street or place, and so is the metro station in it: 中南路街道 and
# 中南路站, 汉正街道 and 汉正街站. Such a unit is placed at that station, with the radius of a
# unit (urban 街道 are 3-10 km²; the station may stand at one side).
URBAN_UNIT_RADIUS_M = 3000


def _unit_station(unit: dict, rows: list[dict]) -> dict | None:
    """The metro station named like the unit and standing in the unit's district, if any."""
    name = unit["name_zh"]
    bare = name.removesuffix("街道")
    forms = {bare, bare.removesuffix("街"), bare + "路", name.removesuffix("道")} - {""}
    for row in rows:
        if (row["kind"] == "metro_station" and row["name_zh"].removesuffix("站") in forms
                and row["district_code"] == unit["district_code"]):  # fmt: skip
            return row
    return None


def _unit_aliases(name: str) -> list[str]:
    """The forms texts use: 大智街道 -> 大智街; 江汉区's 唐家墩街街道 -> 唐家墩街 and 唐家墩街道
    (a notice writes 花楼街道 for 花楼街街道)."""
    if name.endswith("街街道"):
        return [name.removesuffix("街道"), name.removesuffix("街街道") + "街道"]
    return [name.removesuffix("道")] if name.endswith("街道") else []


def _station_unit(unit: dict, station: dict, alias: str) -> dict:
    code = unit["district_code"]
    radius = OUTER_UNIT_RADIUS_M if code in _OUTER_DISTRICTS else URBAN_UNIT_RADIUS_M
    name = unit["name_zh"]
    return _derived(
        station, id=f"unit_{unit['code']}", name_zh=name, aliases=alias,
        kind="subdistrict" if name.endswith("街道") or name.endswith("街") else "town",
        lon=station["lon"], lat=station["lat"], precision="area", uncertainty_m=str(radius),
        method=f"estimate: the unit (official list) named like {station['name_zh']}, at that station's point",
        source=station["source"], source_datum=station["source_datum"],
        note=f"division code {unit['code']}",
    )  # fmt: skip


def _named_otherwise(unit: dict, name: str, by_id: dict, taken: dict, report: list[str]) -> bool:
    """A listed unit that a row already holds under another spelling (NBS 蔡榨街道 is GeoNames'
    蔡家榨街道, `build/villages/township_rows.csv`): its names become that row's aliases, so the
    text's 蔡榨街道 is placed at that row's point, not again at the district's seat."""
    row = by_id.get(_SAME_UNITS.get(unit["code"], ""))
    if row is None:
        return False
    forms = [f for f in (name, *_unit_aliases(name)) if f not in taken]
    row["aliases"] = "|".join(filter(None, (row["aliases"], *forms)))
    for form in forms:
        taken[form] = row["id"]
    report.append(f"{name} ({unit['code']}) is {row['name_zh']} ({row['id']}): {', '.join(forms)} added as aliases")
    return True


# Listed units a group holds under another spelling: NBS code -> row id.
_SAME_UNITS = {r["code"]: r["row_id"] for r in _read(SEEDS / "build" / "villages" / "township_rows.csv")}


def _listed_units(rows: list[dict], taken: dict, report: list[str]) -> list[dict]:
    """Every statutory 街道/镇/乡 of the official list; one with no sourced point of its own is
    placed at the metro station named like it (in its district), or else within its district:
    at the district's seat, with the radius that holds the district.
    """
    seats = {r["district_code"]: r for r in rows if r["kind"] == "district_seat"}
    # 汉正街 the market is not 汉正街道 the unit: only a unit row's 街 form means the unit is placed.
    unit_forms = {form for r in rows if r["kind"] in ("subdistrict", "town")
                  for form in (r["name_zh"], *r["aliases"].split("|"))}  # fmt: skip
    derived, at_station = [], 0
    by_id = {r["id"]: r for r in rows}
    for unit in _read(SEEDS / "build" / "gaps" / "subdistricts.csv"):
        name, code = unit["name_zh"], unit["district_code"]
        if unit["code"][6] == "4" or name in taken or name.removesuffix("道") in unit_forms:
            continue
        if _named_otherwise(unit, name, by_id, taken, report):
            continue
        aliases = [a for a in _unit_aliases(name) if a not in taken]
        alias = "|".join(aliases)
        station = _unit_station(unit, rows)
        if station:
            derived.append(_station_unit(unit, station, alias))
            at_station += 1
            for form in (name, *aliases):
                taken[form] = f"unit_{unit['code']}"
            continue
        area = admin.area(code)
        seat = seats.get(code)
        lon, lat = (float(seat["lon"]), float(seat["lat"])) if seat else (area.lon, area.lat)
        where = (f"{seat['name_zh']} ({seat['source']})" if seat
                 else "the district's centre in geotool-cn (DataV.GeoAtlas)")  # fmt: skip
        kind = "subdistrict" if name.endswith("街道") or name.endswith("街") else "town"
        derived.append(_derived(
            {"district_code": code, "licence": ""}, id=f"unit_{unit['code']}", name_zh=name,
            aliases=alias, kind=kind,
            lon=f"{lon:.6f}", lat=f"{lat:.6f}", precision="district",
            uncertainty_m=f"{admin.radius_m(code, lon, lat):.0f}",
            method=f"estimate: within {area.name} (official list); no sourced point of its own, placed at {where}",
            source=unit["source"], source_datum="WGS-84", licence="public (NBS division codes)",
            note=f"division code {unit['code']}",
        ))  # fmt: skip
        for form in (name, *aliases):
            taken[form] = f"unit_{unit['code']}"
    report.append(f"{at_station} listed units placed at the metro station named like them, "
                  f"{len(derived) - at_station} within their district")
    return derived


def main() -> int:
    rows, report = merge()
    with (SEEDS / "wuhan_places.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print("\n".join(report))
    print(f"{len(rows)} places written to seeds/wuhan_places.csv", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
