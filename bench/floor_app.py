"""The floor for the app benchmark: a bare page holding one st_folium polygon, same assets.

Run by ``bench/bench_app.py`` beside the real app; it logs its runs the same way.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import folium
import streamlit as st
from streamlit_folium import st_folium

from layers.vendor import local_assets, stage_leaflet

if os.environ.get("WIM_RUN_LOG"):
    with open(os.environ["WIM_RUN_LOG"], "a", encoding="utf-8") as log:
        log.write(f"{time.time():.3f}\n")

st.set_page_config(page_title="floor", layout="wide")
stage_leaflet(Path(__file__).parent / "static")  # served from the script's folder
m = folium.Map(location=(30.55, 114.32), zoom_start=10, tiles=None)
assets = local_assets()
m.default_js, m.default_css = assets["js"], assets["css"]
square = {"type": "Feature", "id": "square", "properties": {"id": "square", "name": "方块"},
          "geometry": {"type": "Polygon", "coordinates": [[[114.2, 30.45], [114.45, 30.45],
                                                           [114.45, 30.65], [114.2, 30.65],
                                                           [114.2, 30.45]]]}}  # fmt: skip
folium.GeoJson({"type": "FeatureCollection", "features": [square]}, tooltip=folium.GeoJsonTooltip(["name"])).add_to(m)


def clicked() -> None:
    drawing = (st.session_state.get("floor") or {}).get("last_active_drawing") or {}
    st.session_state["picked"] = (drawing.get("properties") or {}).get("name")


st_folium(m, key="floor", height=620, returned_objects=["last_active_drawing"], on_change=clicked)
if st.session_state.get("picked"):
    st.subheader(f"picked {st.session_state['picked']}")
