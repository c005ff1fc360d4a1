"""From an article to located mentions and, per place, the passages and figures about it.

This is the module a notebook user needs: ``locate_mentions(article)`` and
``place_facts(article, mentions)``.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from geo import admin
from geo.article import Article
from geo.facts import Figure, clause_span, sentences_at
from geo.finder import (
    ADMIN_UNIT_SUFFIXES,
    LINE_TAILS,
    ROAD_TAILS,
    Mention,
    Target,
    find_mentions,
    named_after,
)
from geo.gazetteer import Gazetteer, Place, load_gazetteer
from geo.geocoders import GeocoderChain, Placement, make_chain
from geo.ids import area_id, country_id, provider_id, within_id

RESOLVED, OUTSIDE, UNRESOLVED = "resolved", "outside", "unresolved"
_WUHAN_ANCESTORS = {admin.HUBEI_CODE, "CN"}


@dataclass(frozen=True)
class LocatedMention:
    """A mention with where it is: the row of ``python -m geo places``."""

    name: str
    place_id: str
    kind: str
    lon: float | None
    lat: float | None
    district: str
    district_code: str
    status: str
    start: int
    end: int
    paragraph: int
    provider: str = ""
    precision: str = ""
    uncertainty_m: float | None = None
    note: str = ""

    def as_dict(self) -> dict:
        return dict(self.__dict__)


# Parts of a longer name that say where it lies (光谷 in 光谷生物城), rather than what it is.
_CONTAINER_KINDS = frozenset({
    "functional_area", "planning_zone", "subdistrict", "town", "region", "lake", "hill", "park",
    "belt", "corridor", "silicon_alley", "innovation_park", "district", "city", "province",
})  # fmt: skip
_BRANCHED_KINDS = frozenset({"university", "campus", "hospital", "lab", "firm"})
# A name within a point-sized parent (光谷广场 -> 光谷广场综合体) lies within this much of it.
MIN_WITHIN_M = 1000.0
# A road's point is one vertex of a line whose length the gazetteer does not hold: a building on
# it (胜利街332号, 2.6 km from the vertex read) may stand anywhere along it.
MIN_WITHIN_ROAD_M = 3000.0


def _area_row(mention: Mention, gazetteer: Gazetteer) -> dict:
    return _area_fields(mention.target.area, gazetteer)


def _area_fields(area: admin.AdminArea, gazetteer: Gazetteer) -> dict:
    """A region at its seat (区政府) where one is sourced, with the radius that holds all of it."""
    inside = area.in_wuhan or area.code in _WUHAN_ANCESTORS
    if area.level == "country":
        return dict(place_id=country_id(area.code), kind="country", lon=None, lat=None,
                    district="", district_code="", status=RESOLVED if inside else OUTSIDE,
                    provider="cldr", precision="country")  # fmt: skip
    seat = _seat(area.code, gazetteer)
    lon, lat = (seat.lon, seat.lat) if seat else (area.lon, area.lat)
    return dict(
        place_id=area_id(area.code), kind=area.level, lon=lon, lat=lat,
        district=area.name if area.level == "district" else "", district_code=area.code,
        status=RESOLVED if inside else OUTSIDE, provider="geotool-cn", precision=area.level,
        uncertainty_m=admin.radius_m(area.code, lon, lat) if area.in_wuhan else None,
        note=f"seat: {seat.name_zh}" if seat else "",
    )  # fmt: skip


def _seat(code: str, gazetteer: Gazetteer) -> Place | None:
    return gazetteer.seats.get(code)


def _place_row(mention: Mention) -> dict:
    place = mention.target.place
    status = OUTSIDE if place.outside else RESOLVED if place.placed else UNRESOLVED
    area = admin.area(place.district_code) if place.district_code else None
    return dict(
        place_id=place.id, kind=place.kind, lon=place.lon, lat=place.lat,
        district=area.name if area else "", district_code=place.district_code,
        status=status, provider="gazetteer" if place.placed else "",
        precision=place.precision, uncertainty_m=place.uncertainty_m,
    )  # fmt: skip


def _unplaced_place_row(place: Place, gazetteer: Gazetteer) -> dict | None:
    """A known place with no point of its own, placed within its functional area or district.

    长江存储's site is not sourced, but the gazetteer knows it is in 东湖高新区: the map shows
    it there, at the area's level, never as a precise dot.
    """
    parent = gazetteer.names.get(place.functional_area)
    if parent is not None and parent.placed:
        fields = _place_row(Mention(parent.name_zh, 0, 0, 0, Target(place=parent)))
        fields["precision"] = _coarser(fields["precision"], "area")
        where = parent.name_zh
    elif place.district_code and (area := admin.area(place.district_code)) is not None:
        fields = _area_fields(area, gazetteer)
        where = area.name
    else:
        return None
    return {**fields, "place_id": place.id, "kind": place.kind, "provider": "within",
            "note": f"within {where}: its own site is not sourced"}  # fmt: skip


def _container(parts: tuple[Target, ...]) -> Target:
    """The part of a longer name that says where it lies: the last region-like part, else the first."""
    for part in reversed(parts):
        kind = part.place.kind if part.place else part.area.level
        if kind in _CONTAINER_KINDS:
            return part
    return parts[0]


def _within_row(mention: Mention, gazetteer: Gazetteer) -> dict:
    """An unknown name inside a known one, placed within it at the parent's level, never as a dot."""
    parent = _container(mention.parts)
    parent_name = parent.place.name_zh if parent.place else parent.area.name
    if parent.place and mention.branch and parent.place.kind in _BRANCHED_KINDS:
        return _unplaced_row(f"a branch of {parent_name} whose site is not known")
    if parent.place and _another_of_its_kind(mention.name, parent):
        return _unplaced_row(f"another site named after {parent_name}; where it is is not known")
    outside = not parent.area.in_wuhan if parent.area is not None else parent.place.outside
    if outside and (mention.name.endswith((*ROAD_TAILS, *_BUILDINGS_NAMED_AFTER_CITIES))
                    or _A_ROAD_AT_THE_HEAD.match(mention.name)):  # fmt: skip
        return _unplaced_row(f"named after {parent_name}, not in it")  # 中山路, 襄阳大厦, 青岛路双创街区
    if mention.name.endswith(LINE_TAILS):
        return _unplaced_row("a line: where it runs is not known")
    if parent.place and parent.place.kind in _NATURAL_KINDS and mention.name.endswith(_COLLEGE_TAILS):
        return _unplaced_row(f"named after {parent_name}; where it is is not known")  # 东湖学院 is in 江夏
    if parent.area is not None and parent.area.level in ("province", "country"):
        # 湖北 + 财经学院: somewhere in the province or the country, in Wuhan or not; no point.
        status = UNRESOLVED if parent.area.code in _WUHAN_ANCESTORS else OUTSIDE
        return {**_unplaced_row(f"somewhere in {parent_name}"), "status": status}
    if parent.area is not None:
        fields = _area_fields(parent.area, gazetteer)
    elif parent.place.kind == "river":
        return _unplaced_row(f"on the {parent_name}; where along it is not known")
    elif not parent.place.placed or parent.place.outside:
        status = OUTSIDE if parent.place.outside else UNRESOLVED
        return {**_unplaced_row(f"within {parent_name}, which has no point"), "status": status}
    else:
        fields = _place_row(Mention(parent_name, 0, 0, 0, parent))
        fields["precision"] = _coarser(fields["precision"], "area")
        floor = MIN_WITHIN_ROAD_M if parent.place.kind == "road" else MIN_WITHIN_M
        fields["uncertainty_m"] = max(fields["uncertainty_m"] or 0.0, floor)
    return {**fields, "place_id": within_id(parent.id, mention.name), "kind": "candidate",
            "provider": "within", "note": f"within {parent_name}: not in the gazetteer itself"}  # fmt: skip


# A college named after a lake or a hill (东湖学院, 18 km from East Lake) takes its name, not its site.
_NATURAL_KINDS = ("lake", "hill")
_COLLEGE_TAILS = ("大学", "学院")
# Buildings and estates named after a city far away, as roads are (襄阳大厦, 上海公寓): where the
# text names one, it stands in the city the text is about as often as in the namesake.
_BUILDINGS_NAMED_AFTER_CITIES = ("大厦", "大楼", "公寓", "小区")
# A name opening with a road named after that city (青岛路 + 双创街区): the road's, in Wuhan.
_A_ROAD_AT_THE_HEAD = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:大道|路|街|巷)")


def _another_of_its_kind(name: str, parent: Target) -> bool:
    """武汉美术馆 + 琴台馆: a building's name going on to the same tail with a name of its own
    names a second building (a branch, an annex), not a part of the first; it lies anywhere, so
    it is not placed there."""
    own = parent.place.name_zh
    return (parent.place.precision in ("point", "site") and len(name) - len(own) >= 3
            and name.startswith(own) and name[-1] == own[-1])  # 黄鹤楼 + 主楼 is its own tower


def _coarser(precision: str, floor: str) -> str:
    order = ("point", "site", "campus", "area", "district", "city")
    return max(precision, floor, key=lambda p: order.index(p) if p in order else -1)


def _unplaced_row(note: str) -> dict:
    return dict(place_id="", kind="candidate", lon=None, lat=None, district="",
                district_code="", status=UNRESOLVED, note=note)  # fmt: skip


def _candidate_row(mention: Mention, chain: GeocoderChain) -> dict:
    placement: Placement | None = chain.locate(mention.name)
    if placement is None:
        return dict(place_id="", kind="candidate", lon=None, lat=None, district="",
                    district_code="", status=UNRESOLVED,
                    note=chain.failures.get(mention.name, ""))  # fmt: skip
    area = admin.locate(placement.lon, placement.lat)
    inside = area is not None and area.in_wuhan
    return dict(
        place_id=placement.place_id or provider_id(placement.provider, mention.name), kind="candidate",
        lon=placement.lon, lat=placement.lat, district=area.name if area else "",
        district_code=area.code if area else "", status=RESOLVED if inside else OUTSIDE,
        provider=placement.provider, precision=placement.precision,
        uncertainty_m=placement.uncertainty_m,
    )  # fmt: skip


@cache
def _offline_chain() -> GeocoderChain:
    """The default chain (gazetteer only), built once: a geopy geocoder loads SSL settings."""
    return make_chain()


def locate_mentions(article: Article, gazetteer: Gazetteer | None = None,
                    chain: GeocoderChain | None = None) -> list[LocatedMention]:  # fmt: skip
    """Every mention of ``article`` with its place, point, district and status."""
    gazetteer = gazetteer or load_gazetteer()
    chain = chain or _offline_chain()
    mentions = find_mentions(article, gazetteer)
    located, previous = [], None
    for mention in mentions:
        located.append(_locate_one(article.reading, mention, previous, gazetteer, chain))
        previous = mention
    located = _placed_where_the_text_says(article.reading, mentions, located, gazetteer)
    located = _placed_like_the_same_name(mentions, located)
    located = [_the_other_namesake(article.reading, fields) for fields in located]
    return [LocatedMention(name=m.name, start=m.start, end=m.end, paragraph=m.paragraph, **fields)
            for m, fields in zip(mentions, located, strict=True)]  # fmt: skip


@cache
def shared_names() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Places of Wuhan whose name another place of Wuhan shares (seeds/shared_names.csv): by the
    gazetteer's place id, the other one and the words of a text that speaks of it."""
    rows = csv.DictReader(io.StringIO(files("seeds").joinpath("shared_names.csv").read_text("utf-8")))
    return {row["place_id"]: (row["other"], tuple(row["context"].split("|"))) for row in rows}


def _the_other_namesake(text: str, fields: dict) -> dict:
    """莲花湖 in a text on 蔡甸 is 蔡甸's lakes, not 汉阳's 莲花湖 23 km away: where the text names the
    other place's surroundings, the name is left unplaced rather than drawn on the wrong one."""
    shared = shared_names().get(fields.get("place_id", ""))
    if shared is None or fields["status"] != RESOLVED or not any(word in text for word in shared[1]):
        return fields
    return _unplaced_row(f"two places share this name; the text may mean {shared[0]}")


def _locate_one(text: str, mention: Mention, previous: Mention | None, gazetteer: Gazetteer,
                chain: GeocoderChain) -> dict:  # fmt: skip
    """One mention's place fields, from its own name and the name just before it."""
    eponym = named_after(mention)
    if mention.namesake is not None:
        like = getattr(mention.namesake, "name_zh", None) or mention.namesake.name
        return _unplaced_row(f"a place of Wuhan named like {like}; its site is not known")
    if (mention.target is None or mention.name.endswith("租界")) and (
            outer := _outside_unit_named_before(text, mention, previous)):  # fmt: skip
        return {**_unplaced_row(f"within {outer}, outside Wuhan: named just before it"), "status": OUTSIDE}
    if mention.target is None and mention.parts and eponym is None:
        return _within_row(mention, gazetteer)
    if mention.target is None:
        fields = _candidate_row(mention, chain)
        if fields["status"] == UNRESOLVED and (parent := _named_just_before(
                text, mention, previous)) is not None:  # fmt: skip
            fields = _within_row(Mention(mention.name, 0, 0, 0, None, (parent,)), gazetteer)
            fields["note"] = fields["note"].replace("not in the gazetteer itself",
                                                    "named just before it")  # fmt: skip
        elif fields["status"] == UNRESOLVED and eponym is not None:
            fields["note"] = _eponym_note(eponym, mention.name)
        return fields
    if mention.target.place is not None:
        fields = _place_row(mention)
        if fields["status"] == UNRESOLVED:
            fields = _unplaced_place_row(mention.target.place, gazetteer) or fields
        return fields
    return _area_row(mention, gazetteer)


# 户部巷位于武汉市武昌区最繁华的司门口: the text says where an unknown name lies.
_LIES_IN = re.compile(r"[，,]?(?:位于|地处|坐落于|坐落在|座落于|座落在)")
# Between the places of one "where" (武汉市武昌区 … 司门口): a few words, no clause's end.
_WHERE_GAP = re.compile(r"[^，,。；;：:！？!?、\n（）()]{0,6}")


def _placed_where_the_text_says(text: str, mentions: list[Mention], located: list[dict],
                                gazetteer: Gazetteer) -> list[dict]:  # fmt: skip
    """An unknown name followed by 位于 (地处, 坐落于) and places is placed within the last of them."""
    result = list(located)
    for i, (mention, fields) in enumerate(zip(mentions, located, strict=True)):
        if mention.target is not None or fields["status"] != UNRESOLVED:
            continue
        verb = _LIES_IN.match(text, mention.end)
        parent = verb and _where(text, verb.end(), mentions[i + 1:], located[i + 1:])
        if parent:
            row = _within_row(Mention(mention.name, 0, 0, 0, None, (parent,)), gazetteer)
            if row["status"] == RESOLVED:
                result[i] = {**row, "note": row["note"].replace(
                    "not in the gazetteer itself", "the text says it lies there")}  # fmt: skip
    return result


def _where(text: str, pos: int, mentions: list[Mention], located: list[dict]) -> Target | None:
    """The most precise known place in the run of names that starts at ``pos``."""
    parent = None
    for mention, fields in zip(mentions, located, strict=False):
        gap = _WHERE_GAP.fullmatch(text, pos, mention.start)
        if gap is None:
            break
        if mention.target is not None and fields["status"] == RESOLVED and _says_where(mention.target):
            parent = mention.target
        pos = mention.end
    return parent


def _says_where(target: Target) -> bool:
    """A district or a known place with a point: not the city, province or a river."""
    if target.area is not None:
        return target.area.level == "district" and target.area.in_wuhan
    return target.place.placed and not target.place.outside and target.place.kind != "river"


def _placed_like_the_same_name(mentions: list[Mention], located: list[dict]) -> list[dict]:
    """An unknown name left unplaced where another mention of it in the text is placed, also
    under its region's name (硚口区崇仁兴华小学, then 崇仁兴华小学)."""
    placed = {}
    for mention, fields in zip(mentions, located, strict=True):
        if mention.target is None and fields["status"] == RESOLVED and fields.get("lon") is not None:
            placed.setdefault(mention.name, fields)
            region = _region_named_first(mention)
            if region and len(mention.name) - len(region) >= 3:
                placed.setdefault(mention.name[len(region):], fields)
    return [{**placed[m.name], "note": f"where the text places {m.name} elsewhere"}
            if m.target is None and f["status"] == UNRESOLVED and m.name in placed else f
            for m, f in zip(mentions, located, strict=True)]  # fmt: skip


def _region_named_first(mention: Mention) -> str:
    """The full name of the Wuhan region an unknown name opens with (硚口区 in 硚口区崇仁兴华小学,
    武汉市 in 武汉市光谷第二小学), or ""."""
    names = admin.admin_names()
    for length in (5, 4, 3):
        area = names.get(mention.name[:length])
        if area is not None and area.in_wuhan and area.name == mention.name[:length]:
            return area.name
    return ""


def _eponym_note(area: admin.AdminArea, name: str) -> str:
    """Why a road named after a region is not placed in it (江夏街, 中山路)."""
    if area.in_wuhan:
        return f"named after {area.name}; where it {'runs' if name.endswith(ROAD_TAILS) else 'lies'} is not known"
    return f"named after {area.name}, not in it"


# What may stand between a district and a name within it: 江岸区二七路, 洪山区的仁和路公园.
_WITHIN_LINKS = frozenset({"", "的", "境内", "境内的", "辖区", "辖区内", "辖区内的", "内的"})
_PARENT_KINDS = frozenset({"functional_area", "planning_zone", "subdistrict", "town"})


# Parts of a city named after its units or its concessions (上海 + 英租界 is not 汉口's).
_PARTS_OF_A_CITY = (*ADMIN_UNIT_SUFFIXES, "租界")


def _outside_unit_named_before(text: str, mention: Mention, previous: Mention | None) -> str:
    """沔阳县 + 沙湖乡, 鄂州市 + 葛店镇, 上海 + 英租界: a unit or a concession right after a place
    outside Wuhan is a part of it, not the namesake inside Wuhan (沙湖 in 武昌, 汉口's 英租界) its own
    name holds. The outer place's name, or ""."""
    if (previous is None or previous.target is None or not mention.name.endswith(_PARTS_OF_A_CITY)
            or text[previous.end:mention.start] not in _WITHIN_LINKS):  # fmt: skip
        return ""
    target = previous.target
    if target.area is not None:  # 湖北省 + 泽林镇 may lie in Wuhan: the province holds it
        outside = not target.area.in_wuhan and target.area.code not in _WUHAN_ANCESTORS
    else:
        outside = target.place.outside
    return previous.name if outside else ""


def _named_just_before(text: str, mention: Mention, previous: Mention | None) -> Target | None:
    """The district or zone the text names right before an unknown name, as its parent.

    Only a full name (江岸区, not 武昌 in 武昌、汉口江滩) directly before the name, or linked by
    的 or 境内, says where it lies.
    """
    if previous is None or previous.target is None or text[previous.end:mention.start] not in (
            _WITHIN_LINKS):  # fmt: skip
        return None
    target = previous.target
    if target.area is not None:
        full = previous.name == target.area.name and target.area.level == "district"
        return target if full and target.area.in_wuhan else None
    return target if target.place.kind in _PARENT_KINDS and target.place.placed else None


@dataclass
class PlaceFacts:
    """What the article says about one place: the paragraphs naming it, figures in its sentences."""

    place_id: str
    mentions: list[LocatedMention] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


def place_facts(article: Article, mentions: list[LocatedMention]) -> dict[str, PlaceFacts]:
    """Per place id, the mentions, the paragraphs that name it and the figures beside its name.

    Linear in the mentions: each paragraph is split into sentences once, and each
    mention finds its sentence by bisection.
    """
    facts: dict[str, PlaceFacts] = {}
    for mention in mentions:
        if mention.place_id:
            facts.setdefault(mention.place_id, PlaceFacts(mention.place_id)).mentions.append(mention)
    named = _NamedPlaces(sorted((m.start, m.place_id) for m in mentions if m.place_id))
    for entry in facts.values():
        entry.paragraphs = list(dict.fromkeys(m.paragraph for m in entry.mentions))
        entry.figures = _figures_beside(article, entry, named)
    return facts


@dataclass(frozen=True)
class _NamedPlaces:
    """Every placed mention's (start, place id), in text order: which places a span names."""

    spans: list[tuple[int, str]]

    def within(self, start: int, end: int) -> set[str]:
        low = bisect_left(self.spans, (start, ""))
        high = bisect_left(self.spans, (end, ""))
        return {place for _, place in self.spans[low:high]}


def _topic(text: str, start: int, end: int, named: _NamedPlaces) -> set[str]:
    """The places named by the first clause of ``text[start:end]`` that names any."""
    position = start
    while position < end:
        clause = clause_span(text, position, position)
        places = named.within(clause[0], min(clause[1], end))
        if places:
            return places
        position = clause[1] + 1
    return set()


def _figures_beside(article: Article, entry: PlaceFacts, named: _NamedPlaces) -> list[Figure]:
    """The figures that speak of the place, from the sentences that name it.

    A figure belongs to the place when the clause that holds it names the place
    (...做优800平方公里 is not 洪山's, though 洪山 is named earlier in its sentence),
    or when its clause names no place and the first clause of the sentence that names a
    place names this place alone: "加快环华科大创新发展带建设,力争...企业500家" is about
    the belt.
    """
    text = article.reading
    chosen = []
    for sentence in sentences_at(article, (m.start for m in entry.mentions)):
        topic = _topic(text, sentence.start, sentence.end, named)
        for figure in sentence.figures:
            places = named.within(*clause_span(text, figure.start, figure.end))
            if entry.place_id in places or (not places and topic == {entry.place_id}):
                chosen.append(figure)
    return chosen
