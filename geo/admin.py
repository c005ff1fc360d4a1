"""China's provinces, cities and districts, offline, from the ``geotool-cn`` package.

geotool-cn ships DataV.GeoAtlas boundaries (from Amap, converted by the package to
WGS-84). Their licence is "for learning and exchange only"; the README says so.
Its polygons are reached through one private call, wrapped here and nowhere else,
so an upgrade that moves it breaks one function.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import GeoToolCN
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import unary_union

WUHAN_CODE = "420100"
HUBEI_CODE = "420000"
_SCALE = 1e5  # geotool-cn stores vertices as integers of 1e-5 degree
_LEVEL_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "地区", "林区", "省", "市", "区", "县", "盟", "旗")
# Names that are also ordinary words (东方 is a city in Hainan); matching them tags prose.
_GENERIC_NAMES = frozenset({
    "城区", "郊区", "矿区", "新区", "市辖区", "东方", "和平", "新华", "朝阳", "长安", "老城区",
    "新城区", "开发区", "高新区", "城中区", "市中区", "中区", "东区", "西区", "南区", "北区",
    "公安", "城关", "郊县", "新市", "华容", "滨江区",
})  # fmt: skip


@dataclass(frozen=True)
class AdminArea:
    """One administrative region: ``level`` is province, city or district (county level)."""

    code: str
    name: str
    level: str
    lon: float | None
    lat: float | None

    @property
    def in_wuhan(self) -> bool:
        """True for Wuhan itself and its districts."""
        return self.code[:4] == WUHAN_CODE[:4]


@cache
def _tool() -> GeoToolCN.GeoTool:
    return GeoToolCN.GeoTool()


def _area(region: GeoToolCN.Region) -> AdminArea:
    return AdminArea(region.code, region.name, region.level, region.longitude, region.latitude)


@cache  # geotool-cn looks a code up by a linear search; there are a few thousand codes
def area(code: str) -> AdminArea | None:
    """The region with adcode ``code``, or None."""
    region = _tool().get_region(code)
    return _area(region) if region else None


def locate(lon: float, lat: float) -> AdminArea | None:
    """The county-level region (district) holding the WGS-84 point, or None outside China."""
    result = _tool().reverse(lat, lon)
    if result.district is None:
        return None
    return _area(result.district)


def short_name(name: str) -> str:
    """``name`` without its level suffix: 洪山区 -> 洪山, 湖北省 -> 湖北, 武汉市 -> 武汉."""
    for suffix in _LEVEL_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@cache
def admin_names() -> dict[str, AdminArea]:
    """Every name the finder should know for a region, mapped to that region.

    Full names for every region of China. Short forms (洪湖 for 洪湖市) only for
    provinces, prefecture-level cities and the county-level regions of Hubei:
    across all of China the short forms of districts are everyday words
    (和平, 城关, 新华...). Where two regions share a name, the one in Wuhan or
    else the higher level wins, so 朝阳区 is never silently both.
    """
    names: dict[str, AdminArea] = {}
    for level in ("district", "city", "province"):
        for region in _tool().list_regions(level):
            admin = _area(region)
            forms = {admin.name}
            if level != "district" or admin.code.startswith(HUBEI_CODE[:2]):
                forms.add(short_name(admin.name))
            for form in forms - _GENERIC_NAMES:
                current = names.get(form)
                if current is None or not current.in_wuhan:
                    names[form] = admin
    for nickname, code in nicknames().items():
        names.setdefault(nickname, area(code))
    return names


@cache
def nicknames() -> dict[str, str]:
    """Nicknames texts use for a region (江城 for Wuhan), from ``seeds/region_nicknames.csv``."""
    with files("seeds").joinpath("region_nicknames.csv").open(encoding="utf-8") as handle:
        return {row["nickname"]: row["code"] for row in csv.DictReader(handle)}


@cache
def district_shape(code: str) -> MultiPolygon:
    """The WGS-84 boundary of a county-level region (or a city, as the union of its districts)."""
    data = _tool()._data
    index = data.index_of(code, "district")
    if index is None:
        parts = [district_shape(a.code) for a in districts_of(code)]
        if not parts:
            raise LookupError(f"no boundary for adcode {code!r} in geotool-cn")
        return MultiPolygon(_polygons(unary_union(parts)))
    _, polygons = data.geometry(index)
    return MultiPolygon(
        [
            Polygon(_ring(rings[0]), [_ring(hole) for hole in rings[1:]])
            for rings in polygons
        ]
    )


def _ring(ring) -> list[tuple[float, float]]:
    xs, ys = ring
    return [(x / _SCALE, y / _SCALE) for x, y in zip(xs, ys, strict=True)]


def _polygons(geometry) -> list[Polygon]:
    return list(geometry.geoms) if hasattr(geometry, "geoms") else [geometry]


def districts_of(city_code: str) -> list[AdminArea]:
    """The county-level regions of a prefecture-level city, in adcode order."""
    prefix = city_code[:4]
    return [
        _area(r) for r in _tool().list_regions("district") if r.code.startswith(prefix)
    ]


@cache
def country_names() -> dict[str, AdminArea]:
    """Countries by their Chinese names, from the Unicode CLDR (through Babel): 美国, 日本, 中国.

    They have no point here: a country is found and listed, never drawn as a dot.
    """
    from babel import Locale

    names = {}
    for code, name in Locale("zh").territories.items():
        if code.isalpha() and len(name) >= 2:
            names[name] = AdminArea(code=code, name=name, level="country", lon=None, lat=None)
    return names


@cache
def radius_m(code: str, lon: float, lat: float) -> float:
    """How far, in metres, the region's boundary reaches from (lon, lat): a circle that holds it all.

    Measured in UTM 50N (Wuhan's zone), rounded up to 100 m.
    """
    from pyproj import Transformer

    to_utm = Transformer.from_crs(4326, 32650, always_xy=True).transform
    shape = district_shape(code)
    x0, y0 = to_utm(lon, lat)
    far = 0.0
    for polygon in shape.geoms:
        xs, ys = to_utm(*polygon.exterior.coords.xy)
        far = max(far, max(((x - x0) ** 2 + (y - y0) ** 2) ** 0.5 for x, y in zip(xs, ys, strict=True)))
    return float(-(-far // 100) * 100)


# The English word of a region's suffix (洪山区 -> Hongshan District); 市 and the rest take none.
_SUFFIX_WORDS_EN = {"区": " District", "县": " County", "省": " Province"}


@cache
def _official_english() -> dict[str, str]:
    """adcode -> English name, from ``seeds/admin_names_en.csv`` (the city's own English site)."""
    with files("seeds").joinpath("admin_names_en.csv").open(encoding="utf-8") as handle:
        return {row["code"]: row["name_en"] for row in csv.DictReader(handle)}


def english_name(code: str) -> str:
    """The English name of a region: official where sourced, else CLDR, else Hanyu Pinyin.

    Wuhan's districts come from ``seeds/admin_names_en.csv``; a country from the
    Unicode CLDR (through Babel); any other region (苏州市, 汉川市) is romanised from its
    short name with ``pypinyin`` and the word of its suffix (区 District, 县 County), a documented fallback, not an
    official name. "" when there is no such region.

    >>> english_name("420111"), english_name("420112"), english_name("EG")
    ('Hongshan District', 'Dongxihu District', 'Egypt')
    """
    if code in _official_english():
        return _official_english()[code]
    if code.isalpha():
        from babel import Locale

        return Locale("en").territories.get(code, "")
    region = area(code)
    if region is None:
        return ""
    short = short_name(region.name)
    return romanised(short) + _SUFFIX_WORDS_EN.get(region.name[len(short):], "")


def romanised(name: str) -> str:
    """Hanyu Pinyin of a Chinese place name, one capitalised word: 苏州 -> Suzhou.

    >>> romanised("苏州"), romanised("汉川")
    ('Suzhou', 'Hanchuan')
    """
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).capitalize()
