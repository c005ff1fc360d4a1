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
GROUPS = ("poi", "edu", "admin", "more", "gaps", "metro", "poi2")
# Rows a group found but the city's gazetteer must not hold, and why.
EXCLUDED = {
    "lake_liangzi": "梁子湖 lies mostly in 鄂州市: a point in 江夏区 would place it inside Wuhan",
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
            row = {**row, "aliases": "|".join(aliases), "outside": "no",
                   "functional_area": row.get("functional_area", ""),
                   "uncertainty_m": _unit_radius(row)}  # fmt: skip
            for name in (row["id"], row["name_zh"], *aliases):
                taken[name] = where
            rows.append({c: row.get(c, "") for c in COLUMNS})
    rows += _station_areas(rows, taken, report)
    rows += _listed_units(rows, taken, report)
    return rows, report


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


def _station_areas(rows: list[dict], taken: dict, report: list[str]) -> list[dict]:
    """街道口, 钟家村: the neighbourhood a metro station is named after, placed at that station.

    Only where the bare name names nothing else we know and is not a common landform or road
    name; 1 km covers the neighbourhood.
    """
    derived = []
    for row in rows:
        bare = row["name_zh"].removesuffix("站")
        if row["kind"] != "metro_station" or len(bare) < 2 or bare in taken:
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


def _listed_units(rows: list[dict], taken: dict, report: list[str]) -> list[dict]:
    """Every statutory 街道/镇/乡 of the official list; one with no sourced point of its own is
    placed within its district: at the district's seat, with the radius that holds the district.
    """
    seats = {r["district_code"]: r for r in rows if r["kind"] == "district_seat"}
    derived = []
    for unit in _read(SEEDS / "build" / "gaps" / "subdistricts.csv"):
        name, code = unit["name_zh"], unit["district_code"]
        if unit["code"][6] == "4" or name in taken or name.removesuffix("道") in taken:
            continue
        area = admin.area(code)
        seat = seats.get(code)
        lon, lat = (float(seat["lon"]), float(seat["lat"])) if seat else (area.lon, area.lat)
        where = (f"{seat['name_zh']} ({seat['source']})" if seat
                 else "the district's centre in geotool-cn (DataV.GeoAtlas)")  # fmt: skip
        kind = "subdistrict" if name.endswith("街道") or name.endswith("街") else "town"
        alias = name.removesuffix("道") if name.endswith("街道") else ""
        derived.append(_derived(
            {"district_code": code, "licence": ""}, id=f"unit_{unit['code']}", name_zh=name,
            aliases=alias if alias and alias not in taken else "", kind=kind,
            lon=f"{lon:.6f}", lat=f"{lat:.6f}", precision="district",
            uncertainty_m=f"{admin.radius_m(code, lon, lat):.0f}",
            method=f"estimate: within {area.name} (official list); no sourced point of its own, placed at {where}",
            source=unit["source"], source_datum="WGS-84", licence="public (NBS division codes)",
            note=f"division code {unit['code']}",
        ))  # fmt: skip
        for form in filter(None, (name, alias)):
            taken[form] = f"unit_{unit['code']}"
    report.append(f"{len(derived)} listed units placed within their district")
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
