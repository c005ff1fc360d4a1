#!/usr/bin/env python3
"""Build seeds/build/gaz3/places.csv: the roads of central Wuhan that the `areas` group left
unread (one OpenStreetMap vertex each), and a few schools, buildings and an institute that
earlier groups did not take (Wikidata and OpenStreetMap points).

Usage (from the repository root, with the project's venv so that geo.admin is importable):
    .venv/bin/python seeds/build/gaz3/build.py [Railway-station_oData.shp]

With the shapefile (unzipped from OpenQGIS/OMap-GeoDB@29eeb63:oData-railway-station/
Railway-station_oData.zip), tram_read.tsv is first rewritten from it; without, it is read as is.

Inputs (beside this script):
  osm_roads_read.tsv  One vertex per road name, transcribed from obtito/GTA-WH:
                      data/osm/roads-land.json@b659823 (OpenStreetMap ways, WGS-84, ODbL), read
                      page by page (`offset` is the page). Only ways the file does not mark
                      `"planned": true` (planned ways are drawn by the game, not OSM).
  points_read.tsv     Single points: Wikidata P625 items (and one OSM feature) transcribed from
                      obtito/GTA-WH:data/osm-verification.json@bdde937 (each with the OSM point
                      of the same name it was checked against), and OSM features of a Tilezen
                      vector-tile extract (liuyanchen1994/vue-maptalks.three.demo:
                      public/data/buildSet.js@7b47305, WGS-84 lon/lat). `source` says which.
  tram_read.tsv       The named OpenStreetMap tram stops (railway=tram_stop, the 光谷 trams) inside
                      Wuhan of the OMap-GeoDB railway-station extract (WGS-84, ODbL): one point
                      per name (the first in file order), with the distance to its other
                      platform's point when there is one.
  manual.csv          Which place each input row is: id, names, kind, radius, note. `input` is
                      osm_road:<name> or point:<key of points_read.tsv>. Names held by
                      seeds/gazetteer.csv or by an earlier group are not listed there
                      (merge_city.py would drop them).

A tram stop is a place of its own (kind `landmark`, not `metro_station`, so that the merge derives
no neighbourhood from its bare name, which is often a road's or an estate's). A road is a line: its row is one point on it, precision `area`, and the radius is the one the
`areas` group uses for the class (a 大道 5 km, primary 3 km, secondary 2 km, tertiary 1 km),
not a measured half-length. Every point is checked with geo.admin.locate; one outside Wuhan
fails the build, and so does a manual row whose road was not transcribed.
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from geo import admin  # noqa: E402

COLUMNS = ("id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision",
           "uncertainty_m", "method", "source", "source_datum", "licence", "district_code",
           "note")  # fmt: skip
ROAD_SOURCE = "OpenStreetMap way vertex via obtito/GTA-WH:data/osm/roads-land.json@b659823 (offset {offset})"
# Radius (m) by OSM class when manual.csv gives none (the areas group's figures).
ROAD_RADIUS_M = {"avenue": 5000, "trunk": 5000, "primary": 3000, "secondary": 2000, "tertiary": 1000}
AVENUE_ENDINGS = ("大道", "快速通道")
TRAM_SOURCE = ("OpenStreetMap railway=tram_stop point '{name}' via "
               "OpenQGIS/OMap-GeoDB:oData-railway-station/Railway-station_oData.zip@29eeb63")
TRAM_COLUMNS = ("name", "lon", "lat", "platforms", "other_platform_m")


def _read(path: Path, delimiter: str = ",") -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def _road_radius(name: str, highway: str) -> int:
    """A 大道 runs for kilometres whatever its OSM class; other roads by class."""
    return ROAD_RADIUS_M["avenue" if name.endswith(AVENUE_ENDINGS) else highway]


def _note(entry: dict) -> str:
    """A road's note says first that its point is one point on a line."""
    if entry["kind"] != "road":
        return entry["note"]
    return "; ".join(filter(None, ("one point on a line", entry["note"])))


def _metres(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance on a sphere; plenty for two platforms of one stop."""
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(a))


def extract_trams(shp: str) -> list[dict]:
    """The named tram stops inside Wuhan of the OMap-GeoDB extract, one row per name.

    A stop is mapped as one point per platform; the first in file order is kept and the
    distance to the second is recorded, so a reviewer sees how far the stop spreads.
    """
    import pyogrio

    frame = pyogrio.read_dataframe(shp)
    stops: dict[str, list[tuple[float, float]]] = {}
    for name, kind, point in zip(frame["name"], frame["station"], frame.geometry, strict=True):
        if kind != "tram_stop" or not isinstance(name, str) or not name:
            continue  # unnamed points are read as NaN
        area = admin.locate(point.x, point.y)
        if area is not None and area.code.startswith("4201"):
            stops.setdefault(name, []).append((point.x, point.y))
    return [{"name": name, "lon": f"{pts[0][0]:.7f}", "lat": f"{pts[0][1]:.7f}", "platforms": str(len(pts)),
             "other_platform_m": f"{_metres(*pts[0], *pts[1]):.0f}" if len(pts) > 1 else ""}
            for name, pts in stops.items()]  # fmt: skip


def _tram_check(stop: dict) -> str:
    other = stop["other_platform_m"]
    return f"光谷有轨电车 (tram) stop; its other platform's point {other} m away" if other else "光谷有轨电车 (tram) stop; one point mapped"


def _point(spec: str, roads: dict, points: dict, trams: dict) -> dict:
    """lon, lat, source, licence, radius and check note of a manual.csv `input`."""
    kind, _, key = spec.partition(":")
    if kind == "osm_road":
        road = roads[key]
        return {"lon": road["lon"], "lat": road["lat"], "licence": "ODbL", "check": "",
                "source": ROAD_SOURCE.format(offset=road["offset"]),
                "radius": str(_road_radius(key, road["highway"]))}  # fmt: skip
    if kind == "point":
        return {**points[key], "radius": ""}
    if kind == "tram":
        stop = trams[key]
        return {"lon": stop["lon"], "lat": stop["lat"], "licence": "ODbL", "check": _tram_check(stop),
                "source": TRAM_SOURCE.format(name=key), "radius": ""}  # fmt: skip
    raise KeyError(f"unknown input kind {kind!r}")


def _row(entry: dict, point: dict) -> tuple[dict | None, str | None]:
    """The place row of one manual.csv entry, or the reason it fails."""
    lon, lat = float(point["lon"]), float(point["lat"])
    area = admin.locate(lon, lat)
    if area is None or not area.code.startswith("4201"):
        return None, f"{entry['id']}: {lon:.6f},{lat:.6f} is outside Wuhan ({area and area.name})"
    return {
        **{c: entry.get(c, "") for c in COLUMNS},
        "lon": f"{lon:.6f}", "lat": f"{lat:.6f}",
        "uncertainty_m": entry["uncertainty_m"] or point["radius"],
        "method": "sourced", "source": point["source"], "source_datum": "WGS-84",
        "licence": point["licence"], "district_code": area.code,
        "note": "; ".join(filter(None, (_note(entry), point["check"]))),
    }, None  # fmt: skip


def build() -> tuple[list[dict], list[str]]:
    """The rows, and the errors (a point outside Wuhan, an input that names nothing)."""
    roads = {r["name"]: r for r in _read(HERE / "osm_roads_read.tsv", "\t")}
    points = {r["key"]: r for r in _read(HERE / "points_read.tsv", "\t")}
    trams = {r["name"]: r for r in _read(HERE / "tram_read.tsv", "\t")}
    rows, errors = [], []
    for entry in _read(HERE / "manual.csv"):
        try:
            point = _point(entry["input"], roads, points, trams)
        except KeyError as missing:
            errors.append(f"{entry['id']}: input {entry['input']!r} not found ({missing})")
            continue
        row, error = _row(entry, point)
        rows.extend(filter(None, [row]))
        errors.extend(filter(None, [error]))
    return rows, errors


def _write(path: Path, columns: tuple, rows: list[dict], delimiter: str = ",") -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    if argv:
        _write(HERE / "tram_read.tsv", TRAM_COLUMNS, extract_trams(argv[0]), "\t")
    rows, errors = build()
    _write(HERE / "places.csv", COLUMNS, rows)
    print("\n".join(errors) or f"{len(rows)} rows, 0 errors", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
