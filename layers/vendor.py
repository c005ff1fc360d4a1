"""Leaflet from its PyPI package (django-js-lib-leaflet), for pages that must work offline.

streamlit-folium loads each CDN script in turn and stops at the first that fails,
so with no network (or behind the firewall that blocks cdn.jsdelivr.net for many
users in mainland China) a default map is blank. Serving Leaflet ourselves fixes both.
"""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

LEAFLET_FILES = ("leaflet.js", "leaflet-src.esm.js", "leaflet.css")
STATIC_URL = "app/static/vendor/leaflet"


def leaflet_dir() -> Path:
    """The folder of the installed Leaflet 1.9.4 files."""
    return Path(str(files("js_lib_leaflet").joinpath("static", "js_lib_leaflet")))


def stage_leaflet(static_dir: Path) -> Path:
    """Copy Leaflet (and its images) under ``static_dir/vendor/leaflet`` for Streamlit's static serving."""
    target = static_dir / "vendor" / "leaflet"
    target.mkdir(parents=True, exist_ok=True)
    source = leaflet_dir()
    for name in LEAFLET_FILES:
        shutil.copy2(source / name, target / name)
    shutil.copytree(source / "images", target / "images", dirs_exist_ok=True)
    return target


def local_assets(base_url: str = "/" + STATIC_URL) -> dict[str, list[tuple[str, str]]]:
    """folium ``default_js``/``default_css`` replacements pointing at the staged files."""
    return {
        "js": [("leaflet", f"{base_url}/leaflet.js")],
        "css": [("leaflet_css", f"{base_url}/leaflet.css")],
    }
