"""Build seeds/build/nature/places.csv: lakes, hills, parks and museums the other groups lack.

    .venv/bin/python seeds/build/nature/build.py

No bulk source of named lakes, hills or parks of Wuhan with coordinates could be read (see
SOURCES.md), so every row of `manual.csv` is an estimate, placed in one of three ways named by
its `anchor` column:

* a row id: the place is drawn at the point of that sourced row of seeds/gazetteer.csv or of
  another group's places.csv (a metro station named after a lake, the 街道 a page puts the place
  in, the lake a park lies on), with that row's source and datum and a radius that covers the place;
* ``extent:lon_min,lon_max,lat_min,lat_max``: a page gives the place's extent; the row is drawn at
  the centre of it, and the radius must hold the whole extent;
* ``district``: the official lake list (read on a page) names only the district; the row is drawn
  at the district's seat (a sourced row of the admin/more groups) or, with none, at geotool-cn's
  centre of the district, with the radius that holds the whole district, as merge_city.py does
  for listed 街道 without a point of their own.
* ``none``: the page puts the place in several districts (a river through 黄陂区 and 东西湖区), so
  no one point or circle short of the whole city would hold it: the row has no point (precision
  ``none``, as seeds/gazetteer.csv's not-placed rows), and its method says where the page puts
  it. The finder then finds the name and reports it as not placed instead of missing it.

Each row also names the district its page gives (`district`); the placed point must lie in it
(geo.admin.locate), which is what makes a metro station "the one named after this lake". Where
the page gives no district (two 里份), `district` is empty and the row takes the one locate gives.
Names another group already holds are skipped (the merge would drop them anyway).
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OTHER_GROUPS = ("poi", "edu", "admin", "more", "gaps", "metro", "areas", "poi2", "gaz3", "scenic")
sys.path[:0] = [str(ROOT), str(HERE.parent)]  # geo/, and estimates.py beside this group

from estimates import anchors_and_names, check_estimates, licence_of, read_rows, write_places  # noqa: E402

COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "note"]  # fmt: skip
KINDS = {"park", "lake", "hill", "river", "landmark", "site"}
MIN_RADIUS_M = 1000  # an estimate of a lake, hill or park is never finer than this
M_PER_DEG = 111_320.0


def _sourced(row: dict) -> bool:
    return bool(row["lon"]) and row["method"].startswith(("sourced", "converted from"))


def at_anchor(wanted: dict, anchor: dict) -> dict:
    """A place drawn at a sourced row's point; its radius may not be finer than the anchor's."""
    if not _sourced(anchor):
        raise SystemExit(f"{wanted['id']}: anchor {anchor['id']} is not a sourced, placed row")
    if int(wanted["uncertainty_m"]) < max(MIN_RADIUS_M, int(float(anchor["uncertainty_m"] or 0))):
        raise SystemExit(f"{wanted['id']}: radius {wanted['uncertainty_m']} is finer than its anchor's")
    return {
        "lon": float(anchor["lon"]), "lat": float(anchor["lat"]), "uncertainty_m": wanted["uncertainty_m"],
        "method": (f"estimate: drawn at {anchor['name_zh']} ({anchor['id']}, {anchor['file']})'s point, "
                   f"since {wanted['relation']}: {wanted['relation_source']}"),
        "source": f"the {anchor['name_zh']} point: {anchor['source']}",
        "source_datum": anchor["source_datum"], "licence": anchor.get("licence") or licence_of(anchor["source"]),
    }  # fmt: skip


def at_extent_centre(wanted: dict) -> dict:
    """A place drawn at the centre of the extent a page gives; the radius must hold the extent."""
    lon_min, lon_max, lat_min, lat_max = (float(v) for v in wanted["anchor"].removeprefix("extent:").split(","))
    lon, lat = (lon_min + lon_max) / 2, (lat_min + lat_max) / 2
    half_w = (lon_max - lon_min) / 2 * M_PER_DEG * math.cos(math.radians(lat))
    half_h = (lat_max - lat_min) / 2 * M_PER_DEG
    if int(wanted["uncertainty_m"]) < math.hypot(half_w, half_h):
        raise SystemExit(f"{wanted['id']}: radius {wanted['uncertainty_m']} does not hold the extent "
                         f"({math.hypot(half_w, half_h):.0f} m to its corners)")
    return {
        "lon": lon, "lat": lat, "uncertainty_m": wanted["uncertainty_m"],
        "method": (f"estimate: centre of the extent lon {lon_min}-{lon_max}, lat {lat_min}-{lat_max} "
                   f"that the page gives, since {wanted['relation']}: {wanted['relation_source']}"),
        "source": wanted["relation_source"].split(" ")[0], "source_datum": "WGS-84",
        "licence": "facts read on a public page (extent only)",
    }  # fmt: skip


def in_district(wanted: dict, anchors: dict[str, dict]) -> dict:
    """A place the page puts only in a district: at its seat, with the radius that holds it."""
    from geo import admin

    code = wanted["district"]
    seats = [r for r in anchors.values() if r["kind"] == "district_seat" and r["district_code"] == code
             and _sourced(r)]  # fmt: skip
    area = admin.area(code)
    if seats:
        seat = seats[0]
        lon, lat = float(seat["lon"]), float(seat["lat"])
        where, source = f"{seat['name_zh']} ({seat['id']}, {seat['file']})", f"the {seat['name_zh']} point: {seat['source']}"
        datum, licence = seat["source_datum"], seat.get("licence") or licence_of(seat["source"])
    else:
        lon, lat = area.lon, area.lat
        where, source = "the district's centre in geotool-cn (DataV.GeoAtlas)", "geotool-cn district centre"
        datum, licence = "WGS-84", "geotool-cn (package data)"
    return {
        "lon": lon, "lat": lat, "uncertainty_m": f"{admin.radius_m(code, lon, lat):.0f}",
        "method": (f"estimate: within {area.name}, since {wanted['relation']}: {wanted['relation_source']}; "
                   f"no point of its own read, placed at {where}"),
        "source": source, "source_datum": datum, "licence": licence,
    }  # fmt: skip


def not_placed(wanted: dict) -> dict:
    """A place a page puts in several districts (a river through two or more): no point at all.

    A district seat with a radius would claim one district, and a circle holding all of them
    would be most of the city; so the row is written as seeds/gazetteer.csv writes a place it
    cannot place (lon/lat empty, precision ``none``), and the method quotes where the page puts it.
    """
    if wanted["precision"] != "none" or wanted["uncertainty_m"]:
        raise SystemExit(f"{wanted['id']}: a row with anchor none has precision none and no radius")
    return {
        "lon": None, "lat": None, "uncertainty_m": "",
        "method": f"not placed: {wanted['relation']} ({wanted['relation_source']})",
        "source": "", "source_datum": "n/a", "licence": "",
    }  # fmt: skip


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}"


def estimate_rows(anchors: dict[str, dict], taken: set[str], report: list[str]) -> list[dict]:
    rows = []
    for wanted in read_rows(HERE / "manual.csv"):
        if wanted["name_zh"] in taken:
            report.append(f"{wanted['id']}: {wanted['name_zh']} already held by another group")
            continue
        if wanted["anchor"] == "none":
            placed = not_placed(wanted)
        elif wanted["anchor"] == "district":
            placed = in_district(wanted, anchors)
        elif wanted["anchor"].startswith("extent:"):
            placed = at_extent_centre(wanted)
        elif wanted["anchor"] in anchors:
            placed = at_anchor(wanted, anchors[wanted["anchor"]])
        else:
            raise SystemExit(f"{wanted['id']}: anchor {wanted['anchor']!r} is no row of the other groups")
        aliases = [a for a in wanted["aliases"].split("|") if a and a not in taken]
        if len(aliases) != len([a for a in wanted["aliases"].split("|") if a]):
            report.append(f"{wanted['id']}: some aliases already taken, dropped")
        rows.append({
            "id": wanted["id"], "name_zh": wanted["name_zh"], "aliases": "|".join(aliases),
            "name_en": wanted["name_en"], "kind": wanted["kind"],
            "lon": _coord(placed["lon"]), "lat": _coord(placed["lat"]), "precision": wanted["precision"],
            "uncertainty_m": placed["uncertainty_m"], "method": placed["method"], "source": placed["source"],
            "source_datum": placed["source_datum"], "licence": placed["licence"],
            "district_code": wanted["district"] or ("" if placed["lon"] is None else "from locate"),
            "note": wanted["note"],
        })  # fmt: skip
    return rows


def main() -> int:
    anchors, taken = anchors_and_names(ROOT, OTHER_GROUPS)
    report: list[str] = []
    rows = estimate_rows(anchors, taken, report)
    return write_places(HERE, ROOT, COLUMNS, rows, report, check_estimates(rows, KINDS), (26, 10))


if __name__ == "__main__":
    sys.exit(main())
