"""Build seeds/build/historic/places.csv from manual.csv: Wuhan's historic place names.

    .venv/bin/python seeds/build/historic/build.py

History texts about Wuhan name the area's old units and places: commanderies and prefectures
(江夏郡, 郢州, 汉阳府, 武昌府), old counties (沙羡县, 江夏县, 黄陂县), old states (邾国, 楚国), old
cities and forts (夏口, 鲁山城, 却月城) and old waters (云梦泽, 夏水, 鄂渚). Each row of
`manual.csv` is a name read on a page (its address in `source`) with what it was (`what`) and
where the page puts it, and is written as kind `historic` in one of three ways (`place`):

* a district of Wuhan (江夏区): a page says where it was inside today's Wuhan precisely enough
  for one district (`where` quotes it). The row is an estimate at that district's seat (a sourced
  row of the admin group) with the radius that holds the whole district, precision `district`,
  as merge_city.py places listed 街道 with no point of their own;
* ``outside:<region>``: a unit wider than Wuhan or seated outside it (江夏郡, 南郡, 邾县):
  `outside: yes`, no coordinate, the region's adcode (geo.admin) as district_code, as the outside
  group does;
* empty: in Wuhan, but no page places it within one district, or pages differ (`why` says
  which): no coordinate, precision `none`, method ``not placed: <why>``. The finder finds the
  name and reports it as not placed.

A name another group, seeds/gazetteer.csv or China's region names already hold is an error
here (SOURCES.md lists the names left out for that reason).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(HERE.parent)]  # geo/, and estimates.py beside this group

from estimates import anchors_and_names, check_estimates, licence_of, read_rows, write_places  # noqa: E402

COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "outside", "note"]  # fmt: skip
# Every group merged before this one (merge_city.py's GROUPS up to regions).
OTHER_GROUPS = ("poi", "edu", "admin", "more", "gaps", "metro", "areas", "poi2", "gaz3", "scenic", "osm_sample",
                "nature", "villages", "outside", "regions")  # fmt: skip
# Landmarks of the gazetteer a page places a name by, when it names no district (曹公城 by 沙湖).
LANDMARKS = {"hist_caogong_city": "lake_sha"}


def _in_district(row: dict, anchors: dict[str, dict]) -> dict:
    """A name a page places within one district of Wuhan: at the district's seat, with the radius
    that holds the whole district."""
    from geo import admin

    area = admin.admin_names()[row["place"]]
    seat = next(r for r in anchors.values() if r["kind"] == "district_seat" and r["district_code"] == area.code
                and r["method"].startswith("sourced"))  # fmt: skip
    landmark = anchors.get(LANDMARKS.get(row["id"], ""))
    if landmark is not None and landmark["district_code"] != area.code:
        raise SystemExit(f"{row['id']}: {landmark['name_zh']} lies in {landmark['district_code']}, not {area.name}")
    by = f" ({landmark['name_zh']}, {landmark['id']}, lies in it)" if landmark else ""
    lon, lat = float(seat["lon"]), float(seat["lat"])
    return {
        "lon": f"{lon:.6f}", "lat": f"{lat:.6f}", "precision": "district",
        "uncertainty_m": f"{admin.radius_m(area.code, lon, lat):.0f}",
        "method": f"estimate: {row['where']}, placed at {area.name}{by}: the {seat['name_zh']} point, "
                  f"with the radius that holds the district",
        "source": f"page: {row['source']}; point: {seat['source']}", "source_datum": seat["source_datum"],
        "licence": seat.get("licence") or licence_of(seat["source"]), "district_code": area.code, "outside": "no",
    }  # fmt: skip


def _outside(row: dict) -> dict:
    from geo import admin

    region = row["place"].removeprefix("outside:")
    area = admin.admin_names().get(region)
    if area is None or area.code.startswith("4201"):
        raise SystemExit(f"{row['id']}: region {region!r} is unknown or in Wuhan")
    return {"precision": "none", "method": f"outside Wuhan: in {area.name}; not placed: {row['why']}",
            "source": f"page: {row['source']}", "source_datum": "n/a", "district_code": area.code,
            "outside": "yes"}  # fmt: skip


def _not_placed(row: dict) -> dict:
    return {"precision": "none", "method": f"not placed: {row['why']}", "source": f"page: {row['source']}",
            "source_datum": "n/a", "outside": "no"}  # fmt: skip


def main() -> int:
    anchors, taken = anchors_and_names(ROOT, OTHER_GROUPS)
    rows, errors, counts = [], [], {"placed": 0, "not placed": 0, "outside": 0}
    for row in read_rows(HERE / "manual.csv"):
        names = [row["name_zh"], *filter(None, row["aliases"].split("|"))]
        if held := [n for n in names if n in taken]:
            errors.append(f"{row['id']}: {held} already held by another group or a region name")
        if len(row["name_zh"]) < 2:
            errors.append(f"{row['id']}: a one-character name cannot be found safely")
        if row["place"].startswith("outside:"):
            how, counts["outside"] = _outside(row), counts["outside"] + 1
        elif row["place"]:
            how, counts["placed"] = _in_district(row, anchors), counts["placed"] + 1
        else:
            how, counts["not placed"] = _not_placed(row), counts["not placed"] + 1
        note = "; ".join(filter(None, [f"{row['what']}", row["note"]]))
        rows.append({**dict.fromkeys(COLUMNS, ""), **{c: row[c] for c in ("id", "name_zh", "aliases", "name_en")},
                     "kind": "historic", "note": note, **how})  # fmt: skip
    placed = [r for r in rows if r["lon"]]
    errors += check_estimates(placed, {"historic"})
    return write_places(HERE, ROOT, COLUMNS, rows, [f"{counts}"], errors, (28, 8))


if __name__ == "__main__":
    sys.exit(main())
