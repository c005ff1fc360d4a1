#!/usr/bin/env python3
"""Build seeds/build/gaz3/places.csv: the roads of central Wuhan that the `areas` group left
unread (one OpenStreetMap vertex each), and a few schools, buildings and an institute that
earlier groups did not take (Wikidata and OpenStreetMap points).

Usage (from the repository root, with the project's venv so that geo.admin is importable):
    .venv/bin/python seeds/build/gaz3/build.py

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
  manual.csv          Which place each input row is: id, names, kind, radius, note. `input` is
                      osm_road:<name> or point:<key of points_read.tsv>. Names held by
                      seeds/gazetteer.csv or by an earlier group are not listed there
                      (merge_city.py would drop them).

A road is a line: its row is one point on it, precision `area`, and the radius is the one the
`areas` group uses for the class (a 大道 5 km, primary 3 km, secondary 2 km, tertiary 1 km),
not a measured half-length. Every point is checked with geo.admin.locate; one outside Wuhan
fails the build, and so does a manual row whose road was not transcribed.
"""

from __future__ import annotations

import csv
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


def _point(spec: str, roads: dict, points: dict) -> dict:
    """lon, lat, source, licence, radius and check note of a manual.csv `input`."""
    kind, _, key = spec.partition(":")
    if kind == "osm_road":
        road = roads[key]
        return {"lon": road["lon"], "lat": road["lat"], "licence": "ODbL", "check": "",
                "source": ROAD_SOURCE.format(offset=road["offset"]),
                "radius": str(_road_radius(key, road["highway"]))}  # fmt: skip
    if kind == "point":
        return {**points[key], "radius": ""}
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
    rows, errors = [], []
    for entry in _read(HERE / "manual.csv"):
        try:
            point = _point(entry["input"], roads, points)
        except KeyError as missing:
            errors.append(f"{entry['id']}: input {entry['input']!r} not found ({missing})")
            continue
        row, error = _row(entry, point)
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
