"""Build seeds/build/outside/places.csv from manual.csv: famous places outside Wuhan.

    .venv/bin/python seeds/build/outside/build.py [manual.csv] [places.csv]

Texts about Wuhan name lakes, towers, academies and historic prefectures elsewhere (洞庭湖,
岳阳楼, 岳麓书院, 岳州) to compare or to tell a history. They are found and marked outside
Wuhan; none is drawn, so no row has a coordinate. Each row names the region that holds the
place (`region`), and this script writes that region's adcode (geo.admin) as district_code, so
the code is read from the project's own region list, not typed.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "outside", "note"]


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from geo.admin import admin_names

    manual = Path(argv[1]) if len(argv) > 1 else HERE / "manual.csv"
    out = Path(argv[2]) if len(argv) > 2 else HERE / "places.csv"
    regions = admin_names()
    with manual.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    errors, written = [], []
    for row in rows:
        area = regions.get(row["region"])
        if area is None or area.code.startswith("4201"):
            errors.append(f"{row['id']}: region {row['region']!r} is unknown or in Wuhan")
            continue
        written.append({
            **{c: row.get(c, "") for c in ("id", "name_zh", "aliases", "name_en", "kind")},
            "precision": "none", "method": f"outside Wuhan: in {area.name}; not placed",
            "source_datum": "n/a", "district_code": area.code, "outside": "yes",
            "note": row["note"],
        })
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: r.get(c, "") for c in COLUMNS} for r in written)
    print(f"{len(written)} rows written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
