"""Build seeds/build/poi2/places.csv: points of interest the other groups lack.

    .venv/bin/python seeds/build/poi2/build.py STATIONS_SHP WIKIDATA_TSV...

Inputs (see SOURCES.md):
  STATIONS_SHP  Railway-station_oData.shp, unzipped from OpenQGIS/OMap-GeoDB@29eeb63
                oData-railway-station/Railway-station_oData.zip (OpenStreetMap, ODbL, WGS-84).
                Its named `station=train` points inside Wuhan give the national railway
                stations; the elevated metro stations OSM also tags `train` are dropped because
                a metro station of the metro group lies within METRO_NEAR_M of them.
  WIKIDATA_TSV  Wikidata query results (CC0) named in WD_EXTRACTS, e.g. hospital.001.wikidata.tsv
                from fititnt/sdm-test-data@c64bd08 (every hospital with a P625, 2024-08): the
                items listed in wd_names.csv (QID -> Chinese name, aliases, kind) are placed at
                their Wikidata point.
  manual.csv    hand-read rows, one per place, each with the page or file it was read from
                (Wikidata items, Wikipedia articles); all WGS-84.

Every name already held by seeds/gazetteer.csv or by another group's places.csv is skipped here
(the merge would drop it anyway), and every point is located with geo.admin.locate: a point
outside Wuhan (not 4201xx) stops the build.
"""
from __future__ import annotations

import csv
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OTHER_GROUPS = ("poi", "edu", "admin", "more", "gaps", "metro")
COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "note"]  # fmt: skip
KINDS = {"park", "lake", "hill", "river", "bridge", "landmark", "lab", "firm", "site", "hospital",
         "campus", "university"}  # fmt: skip
STATIONS_SOURCE = ("OpenStreetMap station=train point '{name}' via "
                   "OpenQGIS/OMap-GeoDB:oData-railway-station/Railway-station_oData.zip@29eeb63")
METRO_NEAR_M = 400  # an OSM `train` point this near a metro station is that (elevated) station
# OSM `train` points that are not passenger stations of that name in a Wuhan text.
STATION_SKIP = {
    "武汉北": "marshalling yard (武汉北编组站), not a passenger station",
    "贺胜桥": "贺胜桥 is a town of 咸宁市咸安区; its station lies on the city boundary",
}
# What other sources say of a kept station (Wikidata points read in obtito/GTA-WH's extract), and
# the radius that covers both readings.
STATION_NOTES = {
    "武昌东": ("Wikidata Q11124301 calls it a marshalling yard (编组站) and puts it 2.4 km NE: "
               "the yard is long", "2500"),
    "汉西": ("Wikidata Q11133374 agrees (30.595 114.2222)", "300"),
    "何刘": ("Wikidata Q90167288 agrees (55 m)", "300"),
    "余家湾": ("Wikidata Q10886543 agrees (40 m)", "300"),
    "新墩": ("Wikidata Q11082108 agrees (10 m)", "300"),
    "花山南": ("Wikidata Q28418347 agrees (coarse point)", "300"),
    "南湖东": ("Wikidata Q24839651 agrees (coarse point)", "300"),
}
# Pinyin of the station names kept (for id and name_en); a name missing here stops the build.
STATION_PINYIN = {
    "何刘": "Heliu", "新店": "Xindian", "舵落口": "Duoluokou", "汉西": "Hanxi", "武昌东": "Wuchangdong",
    "楠栂庙": "Nanmeimiao", "天河街": "Tianhejie", "闵集": "Minji", "左岭": "Zuoling",
    "花山南": "Huashannan", "南湖东": "Nanhudong", "祝家湾": "Zhujiawan", "毛陈": "Maochen",
    "横店西": "Hengdianxi", "横店东": "Hengdiandong", "黄陂": "Huangpi", "甘露山": "Ganlushan",
    "吴家山": "Wujiashan", "新沟": "Xingou", "滠口": "Shekou", "新墩": "Xindun",
    "丹水池": "Danshuichi", "余家湾": "Yujiawan", "大花岭": "Dahualing", "纸坊": "Zhifang",
    "乌龙泉": "Wulongquan", "山坡": "Shanpo", "乌龙泉东": "Wulongquandong", "山坡东": "Shanpodong",
    "葛店南": "Gediannan", "三汊埠": "Sanchabu", "新洲": "Xinzhou",
}  # fmt: skip


def metres(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)  # fmt: skip
    return 2 * 6371008.8 * math.asin(math.sqrt(a))


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def taken_names() -> tuple[set[str], list[dict]]:
    """Names (and aliases) other groups already hold, and the metro stations' rows."""
    from geo.admin import admin_names

    names, metro = set(admin_names()), []
    sources = [ROOT / "seeds" / "gazetteer.csv"]
    sources += [HERE.parent / g / "places.csv" for g in OTHER_GROUPS]
    for path in sources:
        for row in _read(path):
            names.update(filter(None, [row["name_zh"], *row["aliases"].split("|")]))
            if row["kind"] == "metro_station":
                metro.append(row)
    return names, metro


def station_rows(shp: str, taken: set[str], metro: list[dict], report: list[str]) -> list[dict]:
    """Named OSM railway stations in Wuhan that no group holds yet."""
    import geopandas as gpd

    from geo import admin

    frame = gpd.read_file(shp)
    frame = frame[(frame["station"] == "train") & frame["name"].notna()].cx[113.6:115.2:, 29.9:31.5]
    rows, seen = [], set()
    for _, point in frame.iterrows():
        name, lon, lat = point["name"].strip(), point.geometry.x, point.geometry.y
        area = admin.locate(lon, lat)
        if area is None or not str(area.code).startswith("4201"):
            continue
        near = min(metro, key=lambda m: metres(lon, lat, float(m["lon"]), float(m["lat"])))
        gap = metres(lon, lat, float(near["lon"]), float(near["lat"]))
        zh = f"{name}站"
        if gap < METRO_NEAR_M:
            report.append(f"station {zh}: {gap:.0f} m from metro {near['name_zh']}: the metro station")
        elif name in STATION_SKIP:
            report.append(f"station {zh}: skipped: {STATION_SKIP[name]}")
        elif zh in taken or name in seen:
            report.append(f"station {zh}: name already held")
        else:
            seen.add(name)
            extra, radius = STATION_NOTES.get(name, ("", "300"))
            pinyin = STATION_PINYIN.get(name)
            if pinyin is None:
                raise SystemExit(f"station {zh} ({lon:.5f},{lat:.5f}): add its pinyin to STATION_PINYIN")
            rows.append({
                "id": f"rail_{pinyin.lower()}", "name_zh": zh, "aliases": f"{zh.removesuffix('站')}火车站",
                "name_en": f"{pinyin} railway station", "kind": "landmark",
                "lon": f"{lon:.6f}", "lat": f"{lat:.6f}", "precision": "site" if int(radius) <= 300 else "area", "uncertainty_m": radius,
                "method": "sourced", "source": STATIONS_SOURCE.format(name=name),
                "source_datum": "WGS-84", "licence": "ODbL", "district_code": "",
                "note": "; ".join(filter(None, [
                    f"national railway station (OSM station=train); nearest metro station {gap / 1000:.1f} km",
                    extra])),
            })  # fmt: skip
    return rows


WD_EXTRACTS = {
    "hospital.001.wikidata.tsv": "fititnt/sdm-test-data:d/hospital.001.wikidata.tsv@c64bd08",
}


def wikidata_points(path: str) -> dict[str, tuple[list[tuple[float, float]], str]]:
    """Every P625 point and the label of every item in a Wikidata query result (TSV with
    `item`, `itemLabel` and `geo`)."""
    items: dict[str, tuple[list[tuple[float, float]], str]] = {}
    for row in _read_tsv(Path(path)):
        match = re.fullmatch(r"Point\(([-\d.]+) ([-\d.]+)\)", row["geo"].strip())
        if match:
            qid = row["item"].rsplit("/", 1)[-1]
            point = (float(match.group(1)), float(match.group(2)))
            points, _ = items.setdefault(qid, ([], row["itemLabel"]))
            if point not in points:
                points.append(point)
    return items


def wikidata_rows(paths: list[str], names: Path, taken: set[str], report: list[str]) -> list[dict]:
    """Rows for the items named in wd_names.csv, at their Wikidata point.

    An item with several P625 claims needs a `pick` (the claim to use, "lon lat") in wd_names.csv.
    """
    found: dict[str, tuple[list[tuple[float, float]], str, str]] = {}
    for path in paths:
        source = WD_EXTRACTS[Path(path).name]
        for qid, (points, label) in wikidata_points(path).items():
            found.setdefault(qid, (points, label, source))
    rows = []
    for wanted in _read(names):
        qid = wanted["qid"]
        if qid not in found:
            raise SystemExit(f"wd_names.csv: {qid} ({wanted['name_zh']}) is in no extract given")
        if wanted["name_zh"] in taken:
            report.append(f"wikidata {qid}: {wanted['name_zh']} already held by another group")
            continue
        points, label, source = found[qid]
        if wanted["pick"]:
            point = tuple(float(v) for v in wanted["pick"].split())
            if point not in points:
                raise SystemExit(f"wd_names.csv: {qid} has no claim at {wanted['pick']}")
        elif len(points) > 1:
            raise SystemExit(f"wd_names.csv: {qid} has {len(points)} points {points}: give a pick")
        else:
            point = points[0]
        rows.append({
            "id": wanted["id"], "name_zh": wanted["name_zh"], "aliases": wanted["aliases"],
            "name_en": label, "kind": wanted["kind"],
            "lon": f"{point[0]:.6f}", "lat": f"{point[1]:.6f}", "precision": wanted["precision"],
            "uncertainty_m": wanted["uncertainty_m"], "method": "sourced",
            "source": f"wikidata:{qid} via {source}", "source_datum": "WGS-84", "licence": "CC0",
            "district_code": "", "note": wanted["note"],
        })  # fmt: skip
    return rows


def manual_rows(path: Path, taken: set[str], report: list[str]) -> list[dict]:
    rows = []
    for row in _read(path):
        if row["name_zh"] in taken:
            report.append(f"manual {row['id']}: {row['name_zh']} already held by another group")
            continue
        rows.append({c: row.get(c, "") for c in COLUMNS} | {"method": "sourced", "source_datum": "WGS-84"})
    return rows


def check(rows: list[dict]) -> list[str]:
    """Locate every point; the district code is what admin.locate says."""
    from geo import admin

    errors, ids, names = [], set(), set()
    for row in rows:
        area = admin.locate(float(row["lon"]), float(row["lat"]))
        if area is None or not str(area.code).startswith("4201"):
            errors.append(f"{row['id']}: {row['lon']},{row['lat']} is outside Wuhan ({area})")
            continue
        row["district_code"] = str(area.code)
        if row["kind"] not in KINDS:
            errors.append(f"{row['id']}: kind {row['kind']!r} is not one of {sorted(KINDS)}")
        if row["id"] in ids or row["name_zh"] in names:
            errors.append(f"{row['id']}: duplicate id or name {row['name_zh']}")
        ids.add(row["id"])
        names.add(row["name_zh"])
    return errors


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    if len(argv) < 2:
        raise SystemExit(__doc__)
    shp, extracts = argv[0], argv[1:]
    taken, metro = taken_names()
    report: list[str] = []
    rows = station_rows(shp, taken, metro, report)
    rows += wikidata_rows(extracts, HERE / "wd_names.csv", taken, report)
    rows += manual_rows(HERE / "manual.csv", taken, report)
    out = HERE / "places.csv"
    errors = check(rows)
    for line in report + [f"ERROR {e}" for e in errors]:
        print(line)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    print(f"{len(rows)} rows written to {out} ({kinds}); {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
