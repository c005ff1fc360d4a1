#!/usr/bin/env python3
"""Build seeds/build/osm_sample/places.csv: lakes, ponds, parks, squares, hospitals, universities
and campuses, and two metro stations from the OpenStreetMap sample of Wuhan in
whuyao/GeoClaw_Claude:data/wuhan/@af1bf7a (Overpass, 2026-03, ODbL 1.0, WGS-84; areas as centroids).

Usage (from the repository root, with the project's venv so that geo is importable):
    .venv/bin/python seeds/build/osm_sample/build.py

Input (beside this script): osm_read.tsv, one row per name taken: the GeoJSON file, the OSM
type and id, the name as written and its simplified reading, OSM's kind, lon/lat as read, how
many features of the sample carry the name and how far the others lie from the one read; then
the place's name_zh (simplified, brackets folded: 同济医院(光谷院区) -> 同济医院光谷院区), its kind
and its aliases (the traditional form as written; the second names of a two-name label). The
GeoJSON files are not copied here.

Precision and radius by kind (a centroid of an area holds the place only within a radius):
  lake (OSM water=lake)   area, 3000 m     lake (no water=* or a 湖 name)  area, 1500 m
  pond (water=pond, 塘)   area, 300 m      park                           area, 600 m
  square (广场)           area, 300 m      riverside park (江滩)          area, 2000 m
  hospital                site, 300 m      campus / university            campus, 800 m
  metro_station (OSM stop_position, the metro group's radius)             point, 150 m
Every point is checked with geo.admin.locate; one outside Wuhan fails the build.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from geo import admin  # noqa: E402
from geo.scripts import simplified_reading  # noqa: E402

COLUMNS = ("id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision",
           "uncertainty_m", "method", "source", "source_datum", "licence", "district_code",
           "note")  # fmt: skip
SOURCE = "OSM {osm_type}/{osm_id} via whuyao/GeoClaw_Claude:data/wuhan/{file}@af1bf7a"
# read kind -> (gazetteer kind, precision, radius m, id prefix)
KINDS = {
    "lake": ("lake", "area", 1500, "lake"),
    "pond": ("lake", "area", 300, "lake"),
    "park": ("park", "area", 600, "park"),
    "square": ("park", "area", 300, "park"),
    "riverside": ("park", "area", 2000, "park"),
    "hospital": ("hospital", "site", 300, "hosp"),
    "university": ("university", "campus", 800, "uni"),
    "campus": ("campus", "campus", 800, "campus"),
    "metro_station": ("metro_station", "point", 150, "metro"),
}
BIG_LAKE_M = 3000  # OSM water=lake: the mapper's large lakes
# English tails, longest first: name_en is the pinyin of the rest and the tail's English.
TAILS = (
    ("社区卫生服务中心", "Community Health Centre"), ("社区卫生服务站", "Community Health Station"),
    ("卫生院", "Health Centre"), ("医院", "Hospital"), ("保健院", "Maternal and Child Health Hospital"),
    ("防治院", "Prevention and Treatment Hospital"), ("门诊部", "Clinic"), ("门诊", "Clinic"),
    ("体检中心", "Health Check Centre"), ("研究中心", "Centre"),
    ("公园", "Park"), ("广场", "Square"), ("江滩", "Riverside"), ("风情园", "Garden"), ("园", "Garden"),
    ("小镇", "Town"), ("苑", "Garden"), ("山", "Hill"),
    ("湖", "Lake"), ("塘", "Pond"), ("垄", "Pond"),
    ("校区", "Campus"), ("分校", "Branch Campus"), ("大学", "University"), ("学院", "College"),
    ("学校", "School"), ("站", "Station"),
)


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text))


def name_en(name: str) -> str:
    """Pinyin of the name without its tail, and the tail in English: 卓刀泉公园 -> Zhuodaoquan Park.
    A tail inside the name (院区, 东区) stays in pinyin."""
    for tail, english in TAILS:
        if name.endswith(tail) and len(name) > len(tail):
            return f"{_pinyin(name.removesuffix(tail)).capitalize()} {english}"
    return _pinyin(name).capitalize()


def _note(row: dict) -> str:
    parts = [f"OSM name '{row['name_written']}'" if row["name_written"] != row["name_zh"] else ""]
    if row["osm_kind"]:
        parts.append(f"OSM {'water' if row['layer'] == 'water' else 'kind'}={row['osm_kind']}")
    if row["layer"] != "metro_stations":
        parts.append("centroid of the OSM area" if row["osm_type"] == "way" else "OSM node")
    if row["other_feature_m"]:
        parts.append(f"{int(row['features'])} features of this name, the others {row['other_feature_m']} m away")
    if row["layer"] == "water":
        parts.append("OSM type not in the file: way inferred (the download reads nodes and ways only; a centroid is a way's)")
    if row["kind"] == "metro_station":
        parts.append("Line 2; OSM public_transport=stop_position (the metro group had no point for it)")
    return "; ".join(filter(None, parts))


def _row(row: dict, ids: set[str]) -> tuple[dict | None, str | None]:
    lon, lat = float(row["lon"]), float(row["lat"])
    area = admin.locate(lon, lat)
    if area is None or not area.code.startswith("4201"):
        return None, f"{row['name_zh']}: {lon:.6f},{lat:.6f} is outside Wuhan ({area and area.name})"
    if simplified_reading(row["name_zh"]) != row["name_zh"]:
        return None, f"{row['name_zh']}: name_zh is not simplified"
    kind, precision, radius, prefix = KINDS[row["kind"]]
    if row["kind"] == "lake" and row["osm_kind"] == "lake":
        radius = BIG_LAKE_M
    ident = f"{prefix}_{_pinyin(row['name_zh'].removesuffix('站'))}"
    if ident in ids:
        ident = f"{ident}_{row['osm_id']}"
    ids.add(ident)
    return {
        "id": ident, "name_zh": row["name_zh"], "aliases": row["aliases"], "name_en": name_en(row["name_zh"]),
        "kind": kind, "lon": f"{lon:.6f}", "lat": f"{lat:.6f}", "precision": precision,
        "uncertainty_m": str(radius), "method": "sourced", "source": SOURCE.format(**row),
        "source_datum": "WGS-84", "licence": "ODbL", "district_code": area.code, "note": _note(row),
    }, None  # fmt: skip


def build() -> tuple[list[dict], list[str]]:
    rows, errors, ids = [], [], set()
    for read in _read(HERE / "osm_read.tsv"):
        row, error = _row(read, ids)
        rows.extend(filter(None, [row]))
        errors.extend(filter(None, [error]))
    return rows, errors


def main() -> int:
    rows, errors = build()
    with (HERE / "places.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print("\n".join(errors) or f"{len(rows)} rows, 0 errors", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
