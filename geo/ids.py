"""Feature ids: one spelling for the finder, the CLI, the layers, the exports and the app.

A curated place keeps its gazetteer id; everything else gets a prefixed id built here.

>>> area_id("420111"), user_id("星河实验室"), provider_id("nominatim", "光谷")
('adcode:420111', 'user:星河实验室', 'nominatim:光谷')
>>> within_id("adcode:420105", "汉阳树公园"), country_id("EG")
('within:adcode:420105:汉阳树公园', 'country:EG')
"""

from __future__ import annotations

AREA_PREFIX = "adcode:"
USER_PREFIX = "user:"
WITHIN_PREFIX = "within:"
COUNTRY_PREFIX = "country:"


def area_id(code: str) -> str:
    """An administrative area (province, city, district) by its adcode."""
    return f"{AREA_PREFIX}{code}"


def is_area_id(feature_id: str) -> bool:
    return feature_id.startswith(AREA_PREFIX)


def user_id(name: str) -> str:
    """A name the user placed by hand on the map."""
    return f"{USER_PREFIX}{name}"


def provider_id(provider: str, name: str) -> str:
    """A name placed by an online geocoder that has no id of its own for it."""
    return f"{provider}:{name}"


def within_id(parent_id: str, name: str) -> str:
    """An unknown name placed within a known place it names (光谷生物城 within 光谷)."""
    return f"{WITHIN_PREFIX}{parent_id}:{name}"


def is_within_id(feature_id: str) -> bool:
    return feature_id.startswith(WITHIN_PREFIX)


def country_id(code: str) -> str:
    """A country by its ISO 3166 code (found and listed, never drawn)."""
    return f"{COUNTRY_PREFIX}{code}"
