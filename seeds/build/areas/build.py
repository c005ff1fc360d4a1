#!/usr/bin/env python3
"""Build seeds/build/areas/places.csv: historic and colloquial areas, roads, and the few
subdistricts that have a Wikidata point of their own.

Usage (from the repository root, with the project's venv so that geo.admin is importable):
    .venv/bin/python seeds/build/areas/build.py

Inputs (all beside this script, except the metro list):
  wd_read.tsv          Wikidata P625 points transcribed from obtito/GTA-WH:data/wikidata-coords.json
                       @641020c (the repository has no snapshot to fetch; read page by page, `offset`
                       is the page). CC0, WGS-84.
  osm_roads_read.tsv   One vertex per road, transcribed from obtito/GTA-WH:data/osm/roads-land.json
                       @b659823 (OpenStreetMap ways, WGS-84, ODbL). Only vertices of ways the file
                       does not mark `"planned": true` (those are drawn by the game, not OSM).
  manual.csv           Which place each input row is: id, names, kind, uncertainty, method, note.
                       `input` is wikidata:<QID>, osm_road:<name> or station:<id in metro/places.csv>.
  ../metro/places.csv  Station points (OSM) for the areas placed at a station.

A road is a line: its row is one point on it, precision `area`, and unless manual.csv gives a
radius, the radius holds most roads of its class (below), not a measured half-length.
Every point is checked with geo.admin.locate; one outside Wuhan fails the build.
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
WD_SOURCE = "wikidata:{qid} via obtito/GTA-WH:data/wikidata-coords.json@641020c"
ROAD_SOURCE = "OpenStreetMap way vertex via obtito/GTA-WH:data/osm/roads-land.json@b659823 (offset {offset})"
# Radius (m) by OSM class when manual.csv gives none: long avenues, then main, then minor roads.
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


def _point(spec: str, wikidata: dict, roads: dict, stations: dict) -> tuple[float, float, str, str, str, int | None]:
    """(lon, lat, source, licence, datum, default radius) of a manual.csv `input`."""
    kind, _, key = spec.partition(":")
    if kind == "wikidata":
        row = wikidata[key]
        return float(row["lon"]), float(row["lat"]), WD_SOURCE.format(qid=key), "CC0", "WGS-84", None
    if kind == "osm_road":
        row = roads[key]
        return (float(row["lon"]), float(row["lat"]), ROAD_SOURCE.format(offset=row["offset"]),
                "ODbL", "WGS-84", _road_radius(key, row["highway"]))  # fmt: skip
    if kind == "station":
        row = stations[key]
        return float(row["lon"]), float(row["lat"]), row["source"], row["licence"], row["source_datum"], None
    raise ValueError(f"manual.csv input {spec!r}: expected wikidata:, osm_road: or station:")


def build() -> tuple[list[dict], list[str]]:
    """The rows, and the errors (a point outside Wuhan, an input that names nothing)."""
    wikidata = {r["qid"]: r for r in _read(HERE / "wd_read.tsv", "\t")}
    roads = {r["name"]: r for r in _read(HERE / "osm_roads_read.tsv", "\t")}
    stations = {r["id"]: r for r in _read(HERE.parent / "metro" / "places.csv")}
    rows, errors = [], []
    for entry in _read(HERE / "manual.csv"):
        try:
            lon, lat, source, licence, datum, radius = _point(entry["input"], wikidata, roads, stations)
        except KeyError as missing:
            errors.append(f"{entry['id']}: input {entry['input']!r} not found ({missing})")
            continue
        area = admin.locate(lon, lat)
        if area is None or not area.code.startswith("4201"):
            errors.append(f"{entry['id']}: {lon:.6f},{lat:.6f} is outside Wuhan ({area and area.name})")
            continue
        rows.append({
            **{c: entry.get(c, "") for c in COLUMNS},
            "lon": f"{lon:.6f}", "lat": f"{lat:.6f}",
            "uncertainty_m": entry["uncertainty_m"] or str(radius),
            "method": entry["method"] or "sourced", "source": source, "source_datum": datum,
            "licence": licence, "district_code": area.code,
            "note": _note(entry),
        })  # fmt: skip
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
