#!/usr/bin/env python3
"""Build seeds/build/edu/places.csv (universities, campuses, hospitals of Wuhan).

Usage (run with the project's venv so that geo.admin and prcoords import):
    .venv/bin/python seeds/build/edu/build.py [WIKIDATA_COORDS_JSON [OSM_VERIFICATION_JSON]]

Inputs
  manual.csv (beside this script): one row per place, hand-read from the sources
      named in its `source` column, with the coordinate exactly as the source
      gives it (src_lat, src_lon) and the source's datum.
  WIKIDATA_COORDS_JSON (optional): obtito/GTA-WH data/wikidata-coords.json
      (Wikidata P625 extract, CC0).  When given, every row with a QID is checked
      against it (rows with check=wd): the coordinate must match to 1e-6 deg,
      else the build fails.
  OSM_VERIFICATION_JSON (optional): obtito/GTA-WH data/osm-verification.json
      (OpenStreetMap points found through Photon for the same QIDs, ODbL);
      rows with check=osm must match its osm_lat/osm_lon for their QID.

Output: places.csv with the columns of the shared brief; GCJ-02 / BD-09 points
are converted with prcoords; every point is located with geo.admin and must
fall inside Wuhan (adcode 4201xx), else the build fails.
"""
import csv
import json
import os
import sys
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import prcoords  # noqa: E402

from geo import admin  # noqa: E402

COLS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision",
        "uncertainty_m", "method", "source", "source_datum", "licence",
        "district_code", "note"]
KINDS = {"university", "campus", "hospital"}


def to_wgs(lat, lon, datum):
    if datum == "WGS-84":
        return lat, lon, "sourced"
    if datum == "GCJ-02":
        c = prcoords.gcj_wgs_bored((lat, lon))
        return c.lat, c.lon, "converted from GCJ-02 (prcoords)"
    if datum == "BD-09":
        c = prcoords.bd_wgs((lat, lon))
        return c.lat, c.lon, "converted from BD-09 (prcoords)"
    raise ValueError(f"unknown datum {datum}")


def load_wikidata(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {x["qid"]: (x["lat"], x["lon"]) for x in data["landmarks"]}


def load_osm(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {x["qid"]: (x["osm_lat"], x["osm_lon"]) for x in data["results"] if "osm_lat" in x}


def main(argv):
    wd = load_wikidata(argv[1]) if len(argv) > 1 else None
    osm = load_osm(argv[2]) if len(argv) > 2 else None
    rows, ids, errors = [], set(), []
    with open(os.path.join(HERE, "manual.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["id"] in ids:
                errors.append(f"duplicate id {r['id']}")
            ids.add(r["id"])
            if r["kind"] not in KINDS:
                errors.append(f"{r['id']}: bad kind {r['kind']}")
            slat, slon = float(r["src_lat"]), float(r["src_lon"])
            ext = {"wd": wd, "osm": osm}.get(r["check"])
            if ext is not None:
                ref = ext.get(r["qid"])
                if ref is None or abs(ref[0] - slat) > 1e-6 or abs(ref[1] - slon) > 1e-6:
                    errors.append(f"{r['id']}: {r['check']} {r['qid']} does not match the extract ({ref})")
            lat, lon, method = to_wgs(slat, slon, r["source_datum"])
            note = r["note"]
            if note.startswith("ESTIMATE:"):
                method = "estimate: " + note[len("ESTIMATE:"):].strip().split(";")[0]
            a = admin.locate(lon, lat)
            if a is None or not str(a.code).startswith("4201"):
                errors.append(f"{r['id']}: point {lon},{lat} not inside Wuhan ({a})")
                continue
            rows.append({
                "id": r["id"], "name_zh": r["name_zh"], "aliases": r["aliases"],
                "name_en": r["name_en"], "kind": r["kind"],
                "lon": f"{lon:.6f}", "lat": f"{lat:.6f}",
                "precision": r["precision"], "uncertainty_m": r["uncertainty_m"],
                "method": method, "source": r["source"],
                "source_datum": r["source_datum"], "licence": r["licence"],
                "district_code": str(a.code), "note": f"{note} [admin.locate: {a.name}]",
            })
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with open(os.path.join(HERE, "places.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    by_kind = {}
    for r in rows:
        by_kind[r["kind"]] = by_kind.get(r["kind"], 0) + 1
    print(f"wrote {len(rows)} rows: {by_kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
