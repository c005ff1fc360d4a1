"""What the groups of estimated places (scenic, nature) share: reading the other groups' rows (the
anchors) and their names, an anchor's licence, the check of every row before it is written, and
the writing of ``places.csv`` with a report.

Each group's ``build.py`` imports this file from beside it (``sys.path`` holds ``seeds/build``).
"""

from __future__ import annotations

import csv
from pathlib import Path


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def anchors_and_names(root: Path, groups: tuple[str, ...]) -> tuple[dict[str, dict], set[str]]:
    """Every row of ``seeds/gazetteer.csv`` and of the ``groups``' ``places.csv`` by id (the first
    of an id wins), and every name or alias they hold."""
    from geo.admin import admin_names

    rows = {}
    names = set(admin_names())
    build = root / "seeds" / "build"
    for path in [root / "seeds" / "gazetteer.csv", *(build / g / "places.csv" for g in groups)]:
        for row in read_rows(path):
            names.update(filter(None, [row["name_zh"], *row["aliases"].split("|")]))
            rows.setdefault(row["id"], {**row, "file": str(path.relative_to(root))})
    return rows, names


def licence_of(source: str) -> str:
    """The licence of an anchor from seeds/gazetteer.csv (which has no licence column)."""
    text = source.lower()
    if "openstreetmap" in text:
        return "ODbL"
    if "wikidata" in text:
        return "CC0"
    if "wikipedia" in text:
        return "CC BY-SA 4.0"
    return "unknown (public repository)"


def check_estimates(rows: list[dict], kinds: set[str]) -> list[str]:
    """Locate every point: it must lie in Wuhan, and in the district its page gives when a row
    gives one (an empty or ``from locate`` district is filled in from the point). A row with no
    point must say so with precision ``none``."""
    from geo import admin

    errors, ids, names = [], set(), set()
    for row in rows:
        area = admin.locate(float(row["lon"]), float(row["lat"])) if row["lon"] else None
        if not row["lon"]:  # a not-placed row: nothing to locate
            if row["precision"] != "none":
                errors.append(f"{row['id']}: no point, but precision {row['precision']}")
        elif area is None or not str(area.code).startswith("4201"):
            errors.append(f"{row['id']}: {row['lon']},{row['lat']} is outside Wuhan ({area})")
        elif row["district_code"] in ("", "from locate"):
            row["district_code"] = str(area.code)
        elif str(area.code) != row["district_code"]:
            errors.append(f"{row['id']}: {row['lon']},{row['lat']} lies in {area.name} ({area.code}), "
                          f"its page puts it in {row['district_code']}")
        if row["kind"] not in kinds:
            errors.append(f"{row['id']}: kind {row['kind']!r} is not one of {sorted(kinds)}")
        if row["precision"] in ("point", "site"):
            errors.append(f"{row['id']}: an estimate is never of precision {row['precision']}")
        if row["id"] in ids or row["name_zh"] in names:
            errors.append(f"{row['id']}: duplicate id or name {row['name_zh']}")
        ids.add(row["id"])
        names.add(row["name_zh"])
    return errors


def write_places(here: Path, root: Path, columns: list[str], rows: list[dict], report: list[str],
                 errors: list[str], widths: tuple[int, int]) -> int:
    """Print the report and the errors, write ``places.csv`` and list its rows; 1 on errors."""
    for line in report + [f"ERROR {e}" for e in errors]:
        print(line)
    out = here / "places.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    print(f"{len(rows)} rows written to {out.relative_to(root)} ({kinds}); {len(errors)} errors")
    for row in rows:
        print(f"  {row['id']:{widths[0]}} {row['name_zh']:{widths[1]}} {row['district_code']} r={row['uncertainty_m']}")
    return 1 if errors else 0
