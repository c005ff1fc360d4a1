"""Styles as data: one entry per kind, shared by the web map, the standalone HTML and print maps."""

from __future__ import annotations

from types import MappingProxyType

# colour: stroke/marker colour; fill: polygon fill; label_en: legend text in English.
STYLES = MappingProxyType({
    "belt": {"colour": "#1b9e77", "fill": "#1b9e77", "label_zh": "创新发展带", "label_en": "Innovation belt"},
    "corridor": {"colour": "#d95f02", "fill": "#d95f02", "label_zh": "创新走廊", "label_en": "Innovation corridor"},
    "silicon_alley": {"colour": "#7570b3", "fill": "#7570b3", "label_zh": "硅巷", "label_en": "Silicon alley"},
    "innovation_park": {"colour": "#e7298a", "fill": "#e7298a", "label_zh": "锦鲤科创园区", "label_en": "Jinli innovation park"},
    "district": {"colour": "#555555", "fill": "#bbbbbb", "label_zh": "行政区", "label_en": "District"},
    "functional_area": {"colour": "#a6761d", "fill": "#a6761d", "label_zh": "功能区", "label_en": "Functional zone"},
    "lab": {"colour": "#e6ab02", "fill": "#e6ab02", "label_zh": "实验室", "label_en": "Laboratory"},
    "university": {"colour": "#386cb0", "fill": "#386cb0", "label_zh": "高校", "label_en": "University"},
    "firm": {"colour": "#66a61e", "fill": "#66a61e", "label_zh": "企业", "label_en": "Firm"},
    "site": {"colour": "#666666", "fill": "#999999", "label_zh": "项目与地点", "label_en": "Site or project"},
})  # fmt: skip
LAYER_LABELS = MappingProxyType({
    "zones": ("创新区域", "Innovation zones"),
    "districts": ("行政区", "Districts"),
    "functional_areas": ("功能区", "Functional zones"),
    "institutions": ("实验室与高校", "Labs and universities"),
    "firms": ("企业", "Firms"),
    "sites": ("项目与地点", "Sites and projects"),
    "outside": ("武汉以外", "Outside Wuhan"),
    "unplaced": ("未定位", "Not placed"),
})  # fmt: skip
DEFAULT_STYLE = MappingProxyType({"colour": "#333333", "fill": "#999999", "label_zh": "其他", "label_en": "Other"})
SELECTED_COLOUR = "#ff0000"
POINT_RADIUS = 7
ZONE_FILL_OPACITY = 0.25
DISTRICT_FILL_OPACITY = 0.04


def style_of(kind: str) -> MappingProxyType:
    """The style of ``kind``; an unknown kind gets the neutral default, never an error."""
    return STYLES.get(kind, DEFAULT_STYLE)
