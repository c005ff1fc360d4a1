"""Feature ids: one spelling for the finder, the CLI, the layers, the exports and the app.

A curated place keeps its gazetteer id; everything else gets a prefixed id built here.

>>> area_id("420111"), user_id("星河实验室"), provider_id("nominatim", "光谷")
('adcode:420111', 'user:星河实验室', 'nominatim:光谷')
"""

from __future__ import annotations

AREA_PREFIX = "adcode:"
USER_PREFIX = "user:"


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
