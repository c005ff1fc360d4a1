"""Build seeds/build/regions/places.csv from manual.csv: regions larger than Wuhan that hold it.

    .venv/bin/python seeds/build/regions/build.py [manual.csv] [places.csv]

Texts place Wuhan in regions larger than the city (华中地区, 中部地区, 长江中游). They are
places, but no point stands for them on a map of Wuhan and no circle holds them: each row is
found and reported not placed (no coordinate, precision none), as the eval gold lists count
them (found only), never drawn inside the city and never marked outside it either.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "outside", "note"]


def main(argv: list[str]) -> int:
    manual = Path(argv[1]) if len(argv) > 1 else HERE / "manual.csv"
    out = Path(argv[2]) if len(argv) > 2 else HERE / "places.csv"
    with manual.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    written = [{
        **{c: row[c] for c in ("id", "name_zh", "aliases", "name_en", "note")},
        "kind": "region", "precision": "none", "source_datum": "n/a", "outside": "no",
        "method": "not placed: a region larger than Wuhan that holds it",
    } for row in rows]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: r.get(c, "") for c in COLUMNS} for r in written)
    print(f"{len(written)} rows written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
