#!/usr/bin/env python3
"""Build seeds/build/poi/places.csv from
  1. wd_read.tsv  - Wikidata P625 coordinates transcribed (QID, label, lat, lon) from
                    obtito/GTA-WH:data/wikidata-coords.json@641020c (read page by page with the
                    search tool's read_file; the repository could not be fetched as a snapshot),
  2. manual.csv   - the selected rows: ref = wd:QID (sourced Wikidata point), anchor:wd:QID
                    (estimate placed at that Wikidata point), osm (OSM point given in lon/lat),
                    gcj (GCJ-02 point given in lon/lat, converted with prcoords).
Every row is checked with the project's admin.locate (must fall in a Wuhan district).
Usage: .venv/bin/python build.py wd_read.tsv manual.csv places.csv
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import prcoords

from geo import admin

WD_SRC = "wikidata:{q} via obtito/GTA-WH:data/wikidata-coords.json@641020c"
COLS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m", "method", "source", "source_datum", "licence", "district_code", "note"]
KINDS = {"park", "lake", "hill", "river", "bridge", "landmark", "lab", "firm", "road", "site"}


def main(wd_path, manual_path, out_path):
    wd = {}
    with open(wd_path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            wd[r["qid"]] = (float(r["lon"]), float(r["lat"]), r["name"])
    rows, errors, seen = [], [], set()
    with open(manual_path, encoding="utf-8") as f:
        for m in csv.DictReader(f):
            ref = m["ref"]
            out = {k: m.get(k, "") for k in COLS}
            if ref.startswith("wd:") or ref.startswith("anchor:wd:"):
                q = ref.split("wd:")[1]
                lon, lat, label = wd[q]
                src = WD_SRC.format(q=q)
                out["source"] = src if not m["source"] else src + "; " + m["source"]
                out["source_datum"] = "WGS-84"
                out["licence"] = "CC0" if not m["source"] else "CC0 (coordinate); page cited for the anchor relation"
            elif ref == "osm":
                lon, lat = float(m["lon"]), float(m["lat"])
            elif ref == "gcj":
                lat, lon = prcoords.gcj_wgs_bored((float(m["lat"]), float(m["lon"])))
            else:
                raise SystemExit("bad ref " + ref)
            out["lon"], out["lat"] = f"{lon:.6f}", f"{lat:.6f}"
            a = admin.locate(lon, lat)
            if a is None or not str(a.code).startswith("4201"):
                errors.append(f"{m['id']}: {lon},{lat} outside Wuhan ({a})")
                continue
            out["district_code"] = str(a.code)
            if m["kind"] not in KINDS:
                errors.append(f"{m['id']}: bad kind {m['kind']}")
            if m["id"] in seen:
                errors.append(f"{m['id']}: duplicate id")
            seen.add(m["id"])
            rows.append(out)
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} rows written to {out_path}; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
