"""From an article to located mentions and, per place, the passages and figures about it.

This is the module a notebook user needs: ``locate_mentions(article)`` and
``place_facts(article, mentions)``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from geo import admin
from geo.article import Article
from geo.facts import Figure, figures, sentences
from geo.finder import Mention, find_mentions
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.geocoders import GeocoderChain, Placement, make_chain
from geo.ids import area_id, provider_id

RESOLVED, OUTSIDE, UNRESOLVED = "resolved", "outside", "unresolved"
_WUHAN_ANCESTORS = {admin.HUBEI_CODE}


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


def _area_row(mention: Mention) -> dict:
    area = mention.target.area
    inside = area.in_wuhan or area.code in _WUHAN_ANCESTORS
    return dict(
        place_id=area_id(area.code), kind=area.level, lon=area.lon, lat=area.lat,
        district=area.name if area.level == "district" else "", district_code=area.code,
        status=RESOLVED if inside else OUTSIDE, provider="geotool-cn", precision=area.level,
    )  # fmt: skip


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


def _candidate_row(mention: Mention, chain: GeocoderChain) -> dict:
    placement: Placement | None = chain.locate(mention.name)
    if placement is None:
        return dict(place_id="", kind="candidate", lon=None, lat=None, district="",
                    district_code="", status=UNRESOLVED)  # fmt: skip
    area = admin.locate(placement.lon, placement.lat)
    inside = area is not None and area.in_wuhan
    return dict(
        place_id=placement.place_id or provider_id(placement.provider, mention.name), kind="candidate",
        lon=placement.lon, lat=placement.lat, district=area.name if area else "",
        district_code=area.code if area else "", status=RESOLVED if inside else OUTSIDE,
        provider=placement.provider, precision=placement.precision,
        uncertainty_m=placement.uncertainty_m,
    )  # fmt: skip


def locate_mentions(article: Article, gazetteer: Gazetteer | None = None,
                    chain: GeocoderChain | None = None) -> list[LocatedMention]:  # fmt: skip
    """Every mention of ``article`` with its place, point, district and status."""
    gazetteer = gazetteer or load_gazetteer()
    chain = chain or make_chain()
    rows = []
    for mention in find_mentions(article, gazetteer):
        if mention.target is None:
            fields = _candidate_row(mention, chain)
        elif mention.target.place is not None:
            fields = _place_row(mention)
        else:
            fields = _area_row(mention)
        rows.append(LocatedMention(
            name=mention.name, start=mention.start, end=mention.end,
            paragraph=mention.paragraph, **fields,
        ))  # fmt: skip
    return rows


@dataclass
class PlaceFacts:
    """What the article says about one place: the paragraphs naming it, figures in its sentences."""

    place_id: str
    mentions: list[LocatedMention] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


def place_facts(article: Article, mentions: list[LocatedMention]) -> dict[str, PlaceFacts]:
    """Per place id, the mentions, the paragraphs that name it and the figures beside its name."""
    facts: dict[str, PlaceFacts] = defaultdict(lambda: PlaceFacts(""))
    for mention in mentions:
        if not mention.place_id:
            continue
        entry = facts[mention.place_id]
        entry.place_id = mention.place_id
        entry.mentions.append(mention)
        if mention.paragraph not in entry.paragraphs:
            entry.paragraphs.append(mention.paragraph)
    for entry in facts.values():
        entry.figures = _figures_beside(article, entry)
    return dict(facts)


def _figures_beside(article: Article, entry: PlaceFacts) -> list[Figure]:
    """Figures in the sentences that name the place: a paragraph often speaks of several."""
    starts = [m.start for m in entry.mentions]
    found = []
    for index in entry.paragraphs:
        for start, end in sentences(article.paragraphs[index]):
            if any(start <= s < end for s in starts):
                found.extend(f for f in figures(article, index) if start <= f.start < end)
    return found
