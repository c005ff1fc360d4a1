#!/usr/bin/env python3
"""Build seeds/build/gaz3/places.csv: the roads of central Wuhan that the `areas` group left
unread, one OpenStreetMap vertex each.

Usage (from the repository root, with the project's venv so that geo.admin is importable):
    .venv/bin/python seeds/build/gaz3/build.py

Inputs (beside this script):
  osm_roads_read.tsv  One vertex per road name, transcribed from obtito/GTA-WH:
                      data/osm/roads-land.json@b659823 (OpenStreetMap ways, WGS-84, ODbL), read
                      page by page (`offset` is the page). Only ways the file does not mark
                      `"planned": true` (planned ways are drawn by the game, not OSM).
  manual.csv          Which place each road is: id, names, kind, radius (if not by class), note.
                      `input` is osm_road:<name>. Names held by seeds/gazetteer.csv or by an
                      earlier group are not listed there (merge_city.py would drop them).

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


def _row(entry: dict, road: dict) -> tuple[dict | None, str | None]:
    """The place row of one manual.csv entry, or the reason it fails."""
    lon, lat = float(road["lon"]), float(road["lat"])
    area = admin.locate(lon, lat)
    if area is None or not area.code.startswith("4201"):
        return None, f"{entry['id']}: {lon:.6f},{lat:.6f} is outside Wuhan ({area and area.name})"
    radius = entry["uncertainty_m"] or str(_road_radius(road["name"], road["highway"]))
    return {
        **{c: entry.get(c, "") for c in COLUMNS},
        "lon": f"{lon:.6f}", "lat": f"{lat:.6f}", "uncertainty_m": radius,
        "method": "sourced", "source": ROAD_SOURCE.format(offset=road["offset"]),
        "source_datum": "WGS-84", "licence": "ODbL", "district_code": area.code,
        "note": _note(entry),
    }, None  # fmt: skip


def build() -> tuple[list[dict], list[str]]:
    """The rows, and the errors (a point outside Wuhan, an input that names nothing)."""
    roads = {r["name"]: r for r in _read(HERE / "osm_roads_read.tsv", "\t")}
    rows, errors = [], []
    for entry in _read(HERE / "manual.csv"):
        kind, _, name = entry["input"].partition(":")
        if kind != "osm_road" or name not in roads:
            errors.append(f"{entry['id']}: input {entry['input']!r} is not a transcribed road")
            continue
        row, error = _row(entry, roads[name])
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
