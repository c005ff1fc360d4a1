"""Build seeds/build/more/places.csv from manual.csv (hand-read values, one row per place).

    .venv/bin/python seeds/build/more/build.py [manual.csv] [places.csv]

Every coordinate in manual.csv was read from the public page named in its `source` column
(Wikipedia articles read through mirrors with the search tool). No bulk input exists for this
group: see SOURCES.md for the bulk sources that were looked for and not found.

The script
- converts GCJ-02 / BD-09 rows with prcoords (none at present: all sources are WGS-84);
- locates every point with geo.admin.locate and fails on a point outside Wuhan (4201xx);
- checks that a seat lies in the district it is the seat of;
- prints the distance from each row to the other readings of the same place noted in SOURCES.md.
"""
from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m", "method", "source", "source_datum", "licence", "district_code", "note"]

# Seat rows: the district (adcode) the point must fall in.
SEAT_DISTRICT = {"seat_wuchang": "420106", "seat_hanyang": "420105", "seat_hongshan": "420111"}

# Other readings of the same place (lon, lat, where) — printed, not used.
OTHER_READINGS = {
    "seat_wuchang": [(114.31054, 30.55628, "aroundus.com"), (114.3404, 30.5619, "en.wikipedia")],
    "seat_hanyang": [(114.265278, 30.549722, "ru.wikipedia"), (114.211944, 30.539722, "it.wikipedia")],
}


def metres(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371008.8 * math.asin(math.sqrt(a))


def to_wgs(row: dict) -> tuple[float, float]:
    lon, lat = float(row["lon"]), float(row["lat"])
    datum = row["source_datum"]
    if datum == "WGS-84":
        return lon, lat
    import prcoords  # only needed for converted rows
    if datum == "GCJ-02":
        lat, lon = prcoords.gcj_wgs_bored((lat, lon))
    elif datum == "BD-09":
        lat, lon = prcoords.bd_wgs((lat, lon))
    else:
        raise ValueError(f"{row['id']}: unknown datum {datum}")
    return lon, lat


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from geo import admin

    manual = Path(argv[1]) if len(argv) > 1 else HERE / "manual.csv"
    out = Path(argv[2]) if len(argv) > 2 else HERE / "places.csv"
    with manual.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    errors, ids, written = [], set(), []
    for row in rows:
        if row["id"] in ids:
            errors.append(f"{row['id']}: duplicate id")
        ids.add(row["id"])
        lon, lat = to_wgs(row)
        area = admin.locate(lon, lat)
        if area is None or not area.code.startswith("4201"):
            errors.append(f"{row['id']}: {lon},{lat} is outside Wuhan ({area and area.name})")
            continue
        want = SEAT_DISTRICT.get(row["id"])
        if want and area.code != want:
            errors.append(f"{row['id']}: point in {area.code} {area.name}, seat of {want}")
            continue
        for olon, olat, where in OTHER_READINGS.get(row["id"], []):
            print(f"{row['id']}: {where} reading is {metres(lon, lat, olon, olat):.0f} m away")
        written.append({**row, "lon": f"{lon:.6f}", "lat": f"{lat:.6f}", "district_code": area.code})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: r.get(c, "") for c in COLUMNS} for r in written)
    print(f"{len(written)} rows written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
