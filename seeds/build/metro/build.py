#!/usr/bin/env python3
"""Build seeds/build/metro/places.csv: Wuhan Metro stations (WGS-84) plus the three main railway stations.

Inputs (paths as arguments; fetched snapshots are never copied into the project):
  1. OSM_SHP   Railway-station_oData.shp (unzipped from oData-railway-station/Railway-station_oData.zip
               of OpenQGIS/OMap-GeoDB@29eeb63; OpenStreetMap data, ODbL, WGS-84; fields: name, station).
  2. LIST_JSON data/cities/wuhan.json of MDJHX2018/china-metro-visualization@d88e1ab (station names,
               pinyin and line membership as published on Amap's public subway page).
  3. MANUAL    manual.csv beside this script (hand-read rows, already in output format; may be empty).

Method. Every coordinate written comes from the OSM extract, never from the station list. The list
is a GCJ-02 schematic of names; its points are converted to WGS-84 with prcoords only to tell which
OSM station point is which station (many OSM points in that extract have no name). A station is kept
only if an OSM station point lies within MAX_M of it and, where the OSM point has a name, that name
agrees. Every kept point is checked with the project's admin.locate.

Usage: .venv/bin/python build.py OSM_SHP LIST_JSON [MANUAL] [OUT_CSV]
"""
from __future__ import annotations

import csv
import json
import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import geopandas as gpd  # noqa: E402
import prcoords  # noqa: E402

from geo import admin  # noqa: E402

MAX_M = 250.0          # normal largest distance list point (converted) -> OSM point
MAX_FAR_M = 400.0      # accepted for an unnamed point only if no other list station claims it (large interchanges)
AMBIG_RATIO = 1.0      # an unnamed OSM point may serve one list station only
OSM_SRC = "OpenQGIS/OMap-GeoDB:oData-railway-station/Railway-station_oData.zip@29eeb63 (OSM extract, data 2025-01/02)"
LIST_SRC = "MDJHX2018/china-metro-visualization:data/cities/wuhan.json@d88e1ab"
COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "note"]
T2S = str.maketrans({"紗": "纱", "機": "机", "場": "场", "園": "园", "廣": "广", "東": "东", "門": "门",
                     "漢": "汉", "號": "号", "線": "线", "灣": "湾", "華": "华", "橋": "桥", "陽": "阳"})
# The three national railway stations: OSM 'train' point name -> (name_zh, name_en, Wikidata QID)
RAILWAY = {"武汉": ("武汉站", "Wuhan railway station", "Q584376"),
           "汉口": ("汉口站", "Hankou railway station", "Q1010546"),
           "武昌": ("武昌站", "Wuchang railway station", "Q5959771")}


def dist_m(lon1, lat1, lon2, lat2):
    k = math.pi / 180
    return 6371008.8 * math.hypot((lon2 - lon1) * k * math.cos((lat1 + lat2) / 2 * k), (lat2 - lat1) * k)


def norm(name: str) -> str:
    name = (name or "").strip().translate(T2S)
    name = re.sub(r"[（(].*?[）)]", "", name)
    return name[:-1] if name.endswith("站") and len(name) > 2 else name


def base_name(name: str) -> str:
    return re.sub(r"[（(].*?[）)]", "", name).strip()


def pinyin_words(py: str) -> str:
    py = py.split("(")[0].strip()
    return "".join(w.lower() for w in py.split())


def name_en(py: str, zh: str = "") -> str:
    s = pinyin_words(py)
    for suffix_zh, suffix_py, suffix_en in (("火车站", "huochezhan", " Railway Station"),
                                            ("东站", "dongzhan", " East Railway Station")):
        if zh.endswith(suffix_zh) and s.endswith(suffix_py):
            s = s[: -len(suffix_py)]
            return s[:1].upper() + s[1:] + suffix_en + " (metro)"
    return s[:1].upper() + s[1:] + " Station"


def line_key(ln: str):
    m = re.match(r"(\d+)号线", ln)
    return (int(m.group(1)), ln) if m else (21, ln)


def line_label(ln: str) -> str:
    m = re.match(r"(\d+)号线", ln)
    return f"Line {m.group(1)}" if m else ("Line 21 (Yangluo)" if ln == "阳逻线" else ln)


def load_osm(shp: str):
    g = gpd.read_file(shp)
    g = g.cx[113.6:115.2, 29.9:31.4]
    pts = []
    for i, r in enumerate(g.itertuples()):
        nm = r.name if isinstance(r.name, str) else ""
        pts.append({"i": i, "name": nm, "type": r.station, "lon": r.geometry.x, "lat": r.geometry.y})
    return pts


def main(argv):
    shp, lst = argv[1], argv[2]
    here = Path(__file__).resolve().parent
    manual = Path(argv[3]) if len(argv) > 3 else here / "manual.csv"
    out = Path(argv[4]) if len(argv) > 4 else here / "places.csv"

    osm = load_osm(shp)
    cands = [p for p in osm if p["type"] in ("subway", "train")]
    stations = json.load(open(lst, encoding="utf-8"))["stations"]

    # 1. nearest OSM point for each list station
    prop, conv = [], {}
    for s in stations:
        c = prcoords.gcj_wgs_bored((s["lat"], s["lng"]))
        conv[s["name"]] = (c.lon, c.lat)
        ds = sorted(((dist_m(c.lon, c.lat, p["lon"], p["lat"]), p) for p in cands), key=lambda t: t[0])
        want = norm(s["name"])
        # prefer an OSM point carrying the same name (subway before train) within MAX_M
        same = [(d, p) for d, p in ds if d <= MAX_M and norm(p["name"]) == want]
        same.sort(key=lambda t: (t[1]["type"] != "subway", t[0]))
        if same:
            d, p = same[0]
            prop.append((s, d, p, "named"))
            continue
        # otherwise the nearest unnamed subway point, unless a differently named subway point is nearer
        # (differently named national-railway 'train' points do not block: metro stations lie under them)
        unnamed = [(d, p) for d, p in ds if p["type"] == "subway" and not p["name"]]
        rival = [(d, p) for d, p in ds if p["type"] == "subway" and p["name"]]
        if not unnamed or unnamed[0][0] > MAX_FAR_M:
            d = unnamed[0][0] if unnamed else float("inf")
            prop.append((s, d, None, f"no usable OSM station point within {MAX_FAR_M:.0f} m (nearest unnamed {d:.0f} m)"))
            continue
        d, p = unnamed[0]
        if rival and rival[0][0] < d:
            prop.append((s, d, None, f"a differently named OSM subway point ({rival[0][1]['name']}, "
                                     f"{rival[0][0]:.0f} m) is nearer than the nearest unnamed one ({d:.0f} m)"))
        else:
            prop.append((s, d, p, "unnamed"))

    # 2. an unnamed OSM point may be claimed by one list station only
    claims = {}
    for s, d, p, how in prop:
        if p is not None:
            claims.setdefault(p["i"], []).append(s["name"])

    rows, dropped, seen_ids = [], [], set()
    for s, d, p, how in prop:
        if p is None:
            dropped.append((s["name"], how))
            continue
        if len(claims[p["i"]]) > 1:
            dropped.append((s["name"], f"OSM point shared with {claims[p['i']]}"))
            continue
        if d > MAX_M:
            # a far match must be mutual: no other list station lies nearer to that OSM point
            other = min(conv, key=lambda k: dist_m(conv[k][0], conv[k][1], p["lon"], p["lat"]))
            if other != s["name"]:
                dropped.append((s["name"], f"far OSM point ({d:.0f} m) is nearer to {other}"))
                continue
        a = admin.locate(p["lon"], p["lat"])
        if a is None or not str(a.code).startswith("4201"):
            dropped.append((s["name"], f"OSM point lies outside Wuhan per admin.locate ({a.name if a else None})"))
            continue
        far = d > MAX_M
        bn = base_name(s["name"])
        # every metro name takes 站, also after 火车站 / 东站 (汉口火车站站, 武汉东站站), so that it never equals
        # the name of the railway station it serves
        name_zh = bn + "站"
        alias = bn + "地铁站"
        lines = sorted(set(s["lineNames"]), key=line_key)
        pid = "metro_" + pinyin_words(s["pinyin"])
        while pid in seen_ids:
            pid += "_2"
        seen_ids.add(pid)
        note = "|".join(line_label(x) for x in lines)
        extra = []
        if bn != s["name"]:
            extra.append(f"listed as {s['name']}")
        extra.append(f"OSM point {'named ' + p['name'] if p['name'] else 'unnamed'} ({p['type']}), "
                     f"{d:.0f} m from the converted list point"
                     + (" (large interchange: OSM point may mark one line's platform)" if far else ""))
        rows.append({"id": pid, "name_zh": name_zh, "aliases": alias, "name_en": name_en(s["pinyin"], bn),
                     "kind": "metro_station", "lon": f"{p['lon']:.6f}", "lat": f"{p['lat']:.6f}",
                     "precision": "site" if far else "point", "uncertainty_m": 400 if far else 150, "method": "sourced",
                     "source": f"{OSM_SRC}; station identity and lines: {LIST_SRC}",
                     "source_datum": "WGS-84", "licence": "ODbL", "district_code": a.code,
                     "note": note + "; " + "; ".join(extra)})

    # 3. the three national railway stations (kind=landmark), from the same OSM extract
    for osm_name, (zh, en, qid) in RAILWAY.items():
        ps = [p for p in osm if p["type"] == "train" and p["name"] == osm_name]
        if len(ps) != 1:
            dropped.append((zh, f"{len(ps)} OSM train points named {osm_name}"))
            continue
        p = ps[0]
        a = admin.locate(p["lon"], p["lat"])
        rows.append({"id": "landmark_" + en.split()[0].lower() + "_railway_station", "name_zh": zh,
                     "aliases": zh.replace("站", "火车站"), "name_en": en.title(),
                     "kind": "landmark", "lon": f"{p['lon']:.6f}", "lat": f"{p['lat']:.6f}", "precision": "site",
                     "uncertainty_m": 300, "method": "sourced", "source": OSM_SRC, "source_datum": "WGS-84",
                     "licence": "ODbL", "district_code": a.code if a else "",
                     "note": f"national railway station (not a metro station); Wikidata {qid}"})

    # 4. hand-read rows
    if manual.exists():
        with open(manual, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                a = admin.locate(float(r["lon"]), float(r["lat"]))
                if a is None or str(a.code) != r["district_code"]:
                    raise SystemExit(f"manual row {r['id']}: admin.locate gives {a and a.code}, row says {r['district_code']}")
                if r["id"] in seen_ids or any(x["name_zh"] == r["name_zh"] for x in rows):
                    dropped.append((r["name_zh"], "manual row duplicates a derived row"))
                    continue
                rows.append(r)

    # checks
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        a = admin.locate(float(r["lon"]), float(r["lat"]))
        assert a is not None and str(a.code) == str(r["district_code"]), r["id"]

    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {out}")
    print(f"left out {len(dropped)}:")
    for n, why in dropped:
        print(f"  {n}: {why}")


if __name__ == "__main__":
    main(sys.argv)
