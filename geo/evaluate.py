"""Scoring the geoparser against hand-made gold lists (``seeds/eval/``).

Each text ``texts/NN_slug.txt`` has a gold list ``gold/NN_slug.csv`` with the columns
``name,class,lon,lat,ref_source,tolerance_m,note``: one row per distinct place the text
names, ``name`` being the surface form exactly as in the text. Two rows that are the same
place under two forms say ``same as <other name>`` in ``note``. Mentions come from
``geo.places.locate_mentions(geo.article.parse_article(text))``.

Definitions (every distance in metres on the WGS-84 ellipsoid, ``pyproj.Geod.inv``):

- **found**: a gold place is found if some mention's text (``text[m.start:m.end]``) equals
  the gold name, or a name of the same place (``same as``).
- **placed**: found, and a mention of it is (a) for a gold row of class ``outside``: of
  status "outside"; (b) otherwise: of status "resolved" with a point within
  ``tolerance_m`` of the reference point, or an honest approximation: a precision coarser
  than point/site/building whose distance is within the mention's ``uncertainty_m``.
  Rows with no reference point (lines, roads, rivers, places with no source) count toward
  found only; the placed rate is over rows with a point or of class ``outside``.
- **misplaced**: a resolved mention, below city level (its precision is not ``city`` and its
  kind is not city or province), of a gold place with a reference point, whose point is
  farther than ``max(tolerance_m, uncertainty_m or 0)`` from the reference: a wrong dot that
  does not say so. A resolved mention of a gold ``outside`` place (a dot in Wuhan for a place
  outside it) is misplaced too. Rate = misplaced / resolved mentions matched to such gold
  rows (mentions, not places: a wrong dot repeated five times counts five times).
- **false positive**: a mention (any status) whose span overlaps no occurrence, in the text,
  of any gold name. Rate = false positives / all mentions.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from pyproj import Geod

CLASSES = frozenset({
    "city", "district", "subdistrict", "town", "metro_station", "metro_line", "road",
    "university", "campus", "hospital", "park", "lake", "river", "hill", "bridge", "landmark",
    "zone", "lab", "firm", "outside",
})  # fmt: skip
FINE_PRECISIONS = frozenset({"point", "site", "building"})
CITY_KINDS = frozenset({"city", "province"})
GOLD_COLUMNS = ("name", "class", "lon", "lat", "ref_source", "tolerance_m", "note")
_SAME_AS = re.compile(r"same as\s+([^;,，；\s]+)")
_GEOD = Geod(ellps="WGS84")


@dataclass(frozen=True)
class GoldRow:
    """One place of a gold list."""

    name: str
    cls: str
    lon: float | None
    lat: float | None
    ref_source: str = ""
    tolerance_m: float = 0.0
    note: str = ""

    @property
    def has_point(self) -> bool:
        return self.lon is not None and self.lat is not None

    @property
    def placeable(self) -> bool:
        """Counted in the placed rate: a reference point, or a place outside Wuhan."""
        return self.has_point or self.cls == "outside"

    @property
    def same_as(self) -> str | None:
        match = _SAME_AS.search(self.note)
        return match.group(1) if match else None


@dataclass
class TextScore:
    """The score of one text; the lists name what a developer can act on."""

    name: str
    gold: int = 0
    found: int = 0
    placeable: int = 0
    placed: int = 0
    resolved_matched: int = 0
    misplaced: int = 0
    mentions: int = 0
    false_positives: int = 0
    misses: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    misplacements: list[tuple[str, float | None]] = field(default_factory=list)
    false_positive_names: list[str] = field(default_factory=list)

    @property
    def found_rate(self) -> float:
        return _rate(self.found, self.gold)

    @property
    def placed_rate(self) -> float:
        return _rate(self.placed, self.placeable)

    @property
    def misplaced_rate(self) -> float:
        return _rate(self.misplaced, self.resolved_matched)

    @property
    def false_positive_rate(self) -> float:
        return _rate(self.false_positives, self.mentions)

    def add(self, other: TextScore) -> None:
        """Add ``other``'s counts (for the overall line); the lists are not merged."""
        for name in ("gold", "found", "placeable", "placed", "resolved_matched", "misplaced",
                     "mentions", "false_positives"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Report:
    texts: list[TextScore]
    overall: TextScore

    def format(self) -> str:
        return format_report(self)


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else math.nan


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance in metres between two WGS-84 points."""
    return abs(_GEOD.inv(lon1, lat1, lon2, lat2)[2])


def _number(value: str) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


def read_gold(path: str | Path) -> list[GoldRow]:
    """A gold CSV as rows; raises ``ValueError`` naming the line for a malformed row."""
    path = Path(path)
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != GOLD_COLUMNS:
            raise ValueError(f"{path}: header must be {','.join(GOLD_COLUMNS)}")
        for line, raw in enumerate(reader, start=2):
            row = GoldRow(
                name=raw["name"].strip(), cls=raw["class"].strip(), lon=_number(raw["lon"]),
                lat=_number(raw["lat"]), ref_source=raw["ref_source"].strip(),
                tolerance_m=_number(raw["tolerance_m"]) or 0.0, note=raw["note"].strip(),
            )  # fmt: skip
            if not row.name:
                raise ValueError(f"{path}:{line}: empty name")
            if row.cls not in CLASSES:
                raise ValueError(f"{path}:{line}: class {row.cls!r} is not one of the classes")
            if (row.lon is None) != (row.lat is None):
                raise ValueError(f"{path}:{line}: lon and lat must both be given or both empty")
            if row.has_point and row.tolerance_m <= 0:
                raise ValueError(f"{path}:{line}: a row with a point needs tolerance_m > 0")
            rows.append(row)
    return rows


def _groups(rows: list[GoldRow]) -> dict[str, set[str]]:
    """For each gold name, every name of the same place (``same as`` links, both ways)."""
    names = {row.name: {row.name} for row in rows}
    for row in rows:
        other = row.same_as
        if other:
            merged = names[row.name] | names.get(other, {other})
            for name in merged:
                names[name] = merged
    return names


def _surface(text: str, mention) -> str:
    start, end = getattr(mention, "start", None), getattr(mention, "end", None)
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return text[start:end]
    return mention.name


def _occurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    spans = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + 1)
    return spans


def _is_city_level(mention) -> bool:
    return (getattr(mention, "precision", "") == "city"
            or getattr(mention, "kind", "") in CITY_KINDS)  # fmt: skip


def _within(row: GoldRow, mention) -> tuple[bool, float | None]:
    """Whether a resolved mention's point counts as placed for ``row``, and its distance."""
    lon, lat = getattr(mention, "lon", None), getattr(mention, "lat", None)
    if lon is None or lat is None or not row.has_point:
        return False, None
    dist = distance_m(row.lon, row.lat, lon, lat)
    if dist <= row.tolerance_m:
        return True, dist
    uncertainty = getattr(mention, "uncertainty_m", None)
    coarse = getattr(mention, "precision", "") not in FINE_PRECISIONS
    return bool(coarse and uncertainty is not None and dist <= uncertainty), dist


def score(text: str, gold_rows: list[GoldRow], mentions: list, name: str = "") -> TextScore:
    """Score one text's mentions against its gold rows (see the module docstring)."""
    result = TextScore(name=name, gold=len(gold_rows), mentions=len(mentions),
                       placeable=sum(1 for row in gold_rows if row.placeable))
    groups = _groups(gold_rows)
    by_surface: dict[str, list] = {}
    for mention in mentions:
        by_surface.setdefault(_surface(text, mention), []).append(mention)
    row_by_name = {row.name: row for row in gold_rows}

    for row in gold_rows:
        names = groups.get(row.name, {row.name})
        matched = [m for n in sorted(names) for m in by_surface.get(n, [])]
        if not matched:
            result.misses.append(row.name)
            continue
        result.found += 1
        if not row.placeable:
            continue
        if row.cls == "outside":
            ok = any(m.status == "outside" for m in matched)
        else:
            ok = any(m.status == "resolved" and _within(row, m)[0] for m in matched)
        if ok:
            result.placed += 1
        else:
            result.unplaced.append(row.name)

    for surface, matched in by_surface.items():
        row = row_by_name.get(surface)
        if row is None or not row.placeable:
            continue
        for mention in matched:
            if mention.status != "resolved" or _is_city_level(mention):
                continue
            result.resolved_matched += 1
            if row.cls == "outside":
                result.misplaced += 1
                result.misplacements.append((surface, None))
                continue
            _, dist = _within(row, mention)
            uncertainty = getattr(mention, "uncertainty_m", None) or 0.0
            if dist is None or dist > max(row.tolerance_m, uncertainty):
                result.misplaced += 1
                result.misplacements.append((surface, dist))

    gold_spans = _occurrences(text, set(row_by_name) | {n for g in groups.values() for n in g})
    for mention in mentions:
        start, end = mention.start, mention.end
        if not any(start < g_end and g_start < end for g_start, g_end in gold_spans):
            result.false_positives += 1
            result.false_positive_names.append(_surface(text, mention))
    return result


def evaluate(directory: str | Path = "seeds/eval", locate=None) -> Report:
    """Score every ``texts/*.txt`` of ``directory`` against ``gold/<same stem>.csv``.

    ``locate`` maps a text to its mentions; by default the real pipeline.
    """
    directory = Path(directory)
    if locate is None:
        from geo.article import parse_article
        from geo.places import locate_mentions

        def locate(text: str) -> list:
            return locate_mentions(parse_article(text))

    texts = sorted((directory / "texts").glob("*.txt"))
    if not texts:
        raise FileNotFoundError(f"no texts in {directory / 'texts'}")
    scores = []
    overall = TextScore(name="overall")
    for path in texts:
        gold_path = directory / "gold" / f"{path.stem}.csv"
        if not gold_path.exists():
            raise FileNotFoundError(f"no gold list {gold_path} for {path}")
        text = path.read_text(encoding="utf-8")
        one = score(text, read_gold(gold_path), list(locate(text)), name=path.stem)
        scores.append(one)
        overall.add(one)
    return Report(scores, overall)


def _pct(value: float) -> str:
    return "   n/a" if math.isnan(value) else f"{100 * value:5.1f}%"


def _line(s: TextScore) -> str:
    return (f"{s.name:<28} {s.gold:>4} {_pct(s.found_rate)} {_pct(s.placed_rate)} "
            f"{s.misplaced:>4} {_pct(s.misplaced_rate)} {s.false_positives:>4} "
            f"{_pct(s.false_positive_rate)}")  # fmt: skip


def format_report(report: Report) -> str:
    """A table per text and overall, then what was missed, misplaced or wrongly found."""
    head = (f"{'text':<28} {'gold':>4} {'found':>6} {'placed':>6} {'misp':>4} {'rate':>6} "
            f"{'FP':>4} {'rate':>6}")  # fmt: skip
    lines = [head, "-" * len(head)]
    lines += [_line(s) for s in report.texts]
    lines += ["-" * len(head), _line(report.overall), ""]
    for s in report.texts:
        parts = []
        if s.misses:
            parts.append("  missed: " + "、".join(s.misses))
        if s.unplaced:
            parts.append("  found, not placed: " + "、".join(s.unplaced))
        if s.misplacements:
            shown = [f"{n} ({'in Wuhan, is outside' if d is None else f'{d / 1000:.1f} km'})"
                     for n, d in s.misplacements]  # fmt: skip
            parts.append("  misplaced: " + "、".join(shown))
        if s.false_positive_names:
            parts.append("  false positives: " + "、".join(s.false_positive_names))
        if parts:
            lines.append(f"{s.name}:")
            lines.extend(parts)
    return "\n".join(lines)
