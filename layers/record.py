"""The feature contract: one typed record per map feature, built once by ``layers.build``.

A layer's GeoDataFrame holds these fields as columns; ``figures``, ``passages`` and
``members`` are lists of plain dicts (``as_dict`` of the small records below), never
JSON strings. JSON exists only at the file boundary: ``file_columns`` encodes them
for GDAL, and ``feature_of`` reads a row (from a frame or a file) back into a record.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields

NESTED = ("figures", "passages", "members")


@dataclass(frozen=True)
class FigureRef:
    """A figure or target quoted from the article; offsets index the article text."""

    text: str
    unit: str
    target: bool
    sentence: str
    start: int
    end: int
    paragraph: int
    noun: str = ""  # the noun it counts (企业 for 500家), "" when its clause holds no known one
    clause: str = ""  # the clause that holds it: what it counts when there is no noun


@dataclass(frozen=True)
class Passage:
    """A paragraph that names the feature, with the mention spans in it (article offsets)."""

    paragraph: int
    start: int
    end: int
    mentions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Member:
    """A place inside a zone, named from the gazetteer the layers were built with."""

    id: str
    name_zh: str
    name_en: str = ""


@dataclass
class Feature:
    """One map feature: names in both languages, kind, layer, placement and its evidence."""

    id: str
    name_zh: str
    name_en: str
    kind: str
    layer: str
    geometry: object
    district: str = ""
    district_code: str = ""
    approximate: bool = False
    how_drawn: str = ""
    precision: str = ""
    uncertainty_m: float | None = None
    source: str = ""
    summary: str = ""
    figures: tuple[FigureRef, ...] = ()
    passages: tuple[Passage, ...] = ()
    members: tuple[Member, ...] = field(default_factory=tuple)

    def as_row(self) -> dict:
        """The record as a frame row: nested records become lists of plain dicts."""
        row = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in NESTED:
            row[name] = [_plain(asdict(x)) for x in row[name]]
        return row


COLUMNS = tuple(f.name for f in fields(Feature))
_TYPES = {"figures": FigureRef, "passages": Passage, "members": Member}


def _plain(value: dict) -> dict:
    if "mentions" in value:
        value["mentions"] = [list(span) for span in value["mentions"]]
    return value


def _nested(name: str, value) -> tuple:
    if isinstance(value, str):
        value = json.loads(value) if value else []
    if value is None or (isinstance(value, float) and math.isnan(value)):
        value = []
    kind = _TYPES[name]
    items = [kind(**item) for item in value]
    if name == "passages":
        items = [Passage(p.paragraph, p.start, p.end, tuple(map(tuple, p.mentions))) for p in items]
    return tuple(items)


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def feature_of(row) -> Feature:
    """A frame row (or a row read back from a GeoJSON/GPKG file) as a ``Feature``."""
    values = {name: row[name] for name in COLUMNS if name in row}
    for name in NESTED:
        values[name] = _nested(name, values.get(name))
    for name in ("name_en", "district", "district_code", "how_drawn", "precision", "source", "summary"):
        values[name] = _text(values.get(name))
    uncertainty = values.get("uncertainty_m")
    values["uncertainty_m"] = None if uncertainty is None or math.isnan(uncertainty) else float(uncertainty)
    values["approximate"] = bool(values.get("approximate"))
    return Feature(**values)


def file_columns(gdf):
    """A copy of ``gdf`` with the nested columns as JSON text, as GDAL files hold them."""
    encoded = {
        name: [json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v for v in gdf[name]]
        for name in NESTED if name in gdf.columns
    }  # fmt: skip
    return gdf.assign(**encoded) if encoded else gdf
