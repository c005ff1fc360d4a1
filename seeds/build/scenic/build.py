"""Build seeds/build/scenic/places.csv: scenic areas, hills and lakes the other groups lack.

    .venv/bin/python seeds/build/scenic/build.py

No public point of their own could be read for these places (see SOURCES.md), so each row of
`manual.csv` is an estimate: it names an anchor (a sourced row of seeds/gazetteer.csv or of another
group's places.csv), the relation that ties the place to it, and the page that states that
relation. The row is drawn at the anchor's point, with the anchor's source and datum, and a
radius (`uncertainty_m`) that covers the place around it. Names another group already holds are
skipped (the merge would drop them anyway), and every point is located with geo.admin.locate:
a point outside Wuhan (not 4201xx) stops the build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OTHER_GROUPS = ("poi", "edu", "admin", "more", "gaps", "metro", "areas", "poi2", "gaz3")
sys.path[:0] = [str(ROOT), str(HERE.parent)]  # geo/, and estimates.py beside this group

from estimates import anchors_and_names, check_estimates, licence_of, read_rows, write_places  # noqa: E402

COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "note"]  # fmt: skip
KINDS = {"park", "lake", "hill", "landmark", "site"}
MIN_RADIUS_M = 1000  # an estimate of a hill, lake or scenic area is never finer than this


def estimate_rows(anchors: dict[str, dict], taken: set[str], report: list[str]) -> list[dict]:
    rows = []
    for wanted in read_rows(HERE / "manual.csv"):
        if wanted["name_zh"] in taken:
            report.append(f"{wanted['id']}: {wanted['name_zh']} already held by another group")
            continue
        anchor = anchors.get(wanted["anchor"])
        if anchor is None or not anchor["lon"] or not anchor["method"].startswith(("sourced", "converted from")):
            raise SystemExit(f"{wanted['id']}: anchor {wanted['anchor']} is not a sourced, placed row")
        if int(wanted["uncertainty_m"]) < max(MIN_RADIUS_M, int(float(anchor["uncertainty_m"] or 0))):
            raise SystemExit(f"{wanted['id']}: radius {wanted['uncertainty_m']} is finer than its anchor's")
        aliases = [a for a in wanted["aliases"].split("|") if a and a not in taken]
        if len(aliases) != len([a for a in wanted["aliases"].split("|") if a]):
            report.append(f"{wanted['id']}: some aliases already taken, dropped")
        rows.append({
            "id": wanted["id"], "name_zh": wanted["name_zh"], "aliases": "|".join(aliases),
            "name_en": wanted["name_en"], "kind": wanted["kind"],
            "lon": f"{float(anchor['lon']):.6f}", "lat": f"{float(anchor['lat']):.6f}",
            "precision": wanted["precision"], "uncertainty_m": wanted["uncertainty_m"],
            "method": (f"estimate: drawn at {anchor['name_zh']} ({anchor['id']}, {anchor['file']})'s point, "
                       f"since {wanted['relation']}: {wanted['relation_source']}"),
            "source": f"the {anchor['name_zh']} point: {anchor['source']}",
            "source_datum": anchor["source_datum"], "licence": anchor.get("licence") or licence_of(anchor["source"]),
            "district_code": "", "note": wanted["note"],
        })  # fmt: skip
    return rows


def main() -> int:
    anchors, taken = anchors_and_names(ROOT, OTHER_GROUPS)
    report: list[str] = []
    rows = estimate_rows(anchors, taken, report)
    return write_places(HERE, ROOT, COLUMNS, rows, report, check_estimates(rows, KINDS), (24, 8))


if __name__ == "__main__":
    sys.exit(main())
