"""Build seeds/build/regions/places.csv from manual.csv: regions larger than Wuhan that hold it.

    .venv/bin/python seeds/build/regions/build.py

Texts place Wuhan in regions larger than the city (华中地区, 中部地区, 长江中游). They are
places, but no point stands for them on a map of Wuhan and no circle holds them: each row is
found and reported not placed (no coordinate, precision none), as the eval gold lists count
them (found only), never drawn inside the city and never marked outside it either.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))  # estimates.py beside this group

from estimates import read_rows, write_places  # noqa: E402

COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "outside", "note"]  # fmt: skip
NOT_PLACED = {"kind": "region", "precision": "none", "source_datum": "n/a", "outside": "no",
              "method": "not placed: a region larger than Wuhan that holds it"}  # fmt: skip


def main() -> int:
    rows = [{c: "" for c in COLUMNS} | {c: row[c] for c in ("id", "name_zh", "aliases", "name_en", "note")}
            | NOT_PLACED for row in read_rows(HERE / "manual.csv")]  # fmt: skip
    return write_places(HERE, ROOT, COLUMNS, rows, [], [], (28, 8))


if __name__ == "__main__":
    sys.exit(main())
