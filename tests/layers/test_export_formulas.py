"""CSV cells that a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").

Written against the public ``export(..., "csv")``; the neutralising itself is being built on the
exports branch, so this test fails until that branch is merged.
"""

from __future__ import annotations

import csv

import pytest

from layers.build import build_layers
from layers.export import export

FORMULAS = ["=HYPERLINK(\"http://x\",\"x\")", "+1+1", "-2+3", "@SUM(A1)"]
TRIGGERS = ("=", "+", "-", "@")


@pytest.fixture(scope="module")
def hostile_sites(article):
    layers = build_layers(article)
    sites = layers["sites"].head(len(FORMULAS)).copy()
    sites["name_zh"] = FORMULAS
    sites["name_en"] = FORMULAS[::-1]
    sites["source"] = FORMULAS
    return {"sites": sites}


def test_formula_cells_are_neutralised_and_keep_their_text(hostile_sites, tmp_path):
    (path,) = export(hostile_sites, tmp_path, "csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(FORMULAS)
    for row, formula in zip(rows, FORMULAS, strict=True):
        for column in ("name_zh", "name_en", "source"):
            cell = row[column]
            assert not cell.startswith(TRIGGERS), (column, cell)
        assert formula in row["name_zh"] and formula in row["source"]
        assert float(row["lon"]) > 113 and float(row["lat"]) > 29  # numbers stay numbers
