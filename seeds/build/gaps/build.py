#!/usr/bin/env python3
"""Build seeds/build/gaps/subdistricts.csv and seeds/build/gaps/places.csv.

Usage (project venv, so that geo.admin and prcoords import):
    .venv/bin/python seeds/build/gaps/build.py STREETS_CSV AREAS_CSV UNIVERSITY_LIST_JS

  STREETS_CSV, AREAS_CSV: dist/streets.csv and dist/areas.csv of
      modood/Administrative-divisions-of-China @57a0aa9 (NBS 2023 统计用区划代码, WTFPL)
      (git -C <gitdir> show HEAD:dist/streets.csv > streets.csv)
  UNIVERSITY_LIST_JS: util/universityList.js of whr810012/uni-soket-ai @2b95dae
      (a Baidu-map place-search result list, BD-09); only the entries whose Baidu
      uid is named in manual.csv are used, one point per place.

Every point is converted to WGS-84 with prcoords and located with geo.admin;
a point outside Wuhan (adcode 4201xx) fails the build.
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
DIVSRC = "NBS 2023 统计用区划代码 via modood/Administrative-divisions-of-China:dist/streets.csv@57a0aa9"
UNISRC = "whr810012/uni-soket-ai:util/universityList.js@2b95dae (Baidu place uid {uid}, entry '{name}')"


def build_subdistricts(streets, areas):
    dname = {}
    with open(areas, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["code"].startswith("4201"):
                dname[r["code"]] = r["name"]
    out = []
    with open(streets, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cityCode"] == "4201":
                out.append({"code": r["code"], "name_zh": r["name"],
                            "district_code": r["areaCode"],
                            "district_name": dname[r["areaCode"]], "source": DIVSRC})
    out.sort(key=lambda r: r["code"])
    with open(os.path.join(HERE, "subdistricts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["code", "name_zh", "district_code", "district_name", "source"])
        w.writeheader()
        w.writerows(out)
    return out


def load_unilist(path):
    s = open(path, encoding="utf-8").read()
    s = s[s.index("["):].rstrip().rstrip(";")
    return {(x.get("uid"), x["name"]): x for x in json.loads(s)}


def main(argv):
    subs = build_subdistricts(argv[1], argv[2])
    uni = load_unilist(argv[3])
    rows, errors, ids = [], [], set()
    with open(os.path.join(HERE, "manual.csv"), encoding="utf-8") as f:
        for m in csv.DictReader(f):
            if m["id"] in ids:
                errors.append(f"duplicate id {m['id']}")
            ids.add(m["id"])
            e = uni.get((m["src_key"], m["src_name"]))
            if e is None:
                errors.append(f"{m['id']}: uid {m['src_key']} not found as '{m['src_name']}'")
                continue
            c = prcoords.bd_wgs((e["location"]["lat"], e["location"]["lng"]))
            a = admin.locate(c.lon, c.lat)
            if a is None or not str(a.code).startswith("4201"):
                errors.append(f"{m['id']}: point {c.lon:.6f},{c.lat:.6f} outside Wuhan ({a})")
                continue
            note = m["note"]
            if e.get("area") and e["area"] != a.name:
                note += f"; source lists {e['area']}, boundaries give {a.name}"
            rows.append({
                "id": m["id"], "name_zh": m["name_zh"], "aliases": m["aliases"],
                "name_en": m["name_en"], "kind": m["kind"],
                "lon": f"{c.lon:.6f}", "lat": f"{c.lat:.6f}",
                "precision": m["precision"], "uncertainty_m": m["uncertainty_m"],
                "method": "converted from BD-09 (prcoords)",
                "source": UNISRC.format(uid=m["src_key"], name=m["src_name"]),
                "source_datum": "BD-09", "licence": "unknown (no licence file; Baidu-derived)",
                "district_code": str(a.code), "note": note})
    if errors:
        sys.exit("\n".join(errors))
    with open(os.path.join(HERE, "places.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    print(f"subdistricts.csv: {len(subs)} units; places.csv: {len(rows)} rows")


if __name__ == "__main__":
    main(sys.argv)
