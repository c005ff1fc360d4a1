"""Writing layers: RFC 7946 GeoJSON per layer, one GeoPackage, a CSV of the points.

Every file is written beside its destination under a temporary name and moved
into place with ``os.replace``, so an interrupted export leaves the old file or
none, never half a file. GeoJSON goes through GDAL's RFC 7946 mode: lon/lat
WGS-84, counter-clockwise outer rings, six decimals, ``crs`` member dropped.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.errors import ExportError
from layers.record import file_columns

FORMATS = ("geojson", "gpkg", "csv")
CSV_COLUMNS = ("id", "name_zh", "name_en", "kind", "layer", "lon", "lat", "district",
               "district_code", "precision", "uncertainty_m", "approximate", "source")  # fmt: skip
GEOJSON_OPTIONS = {"RFC7946": "YES", "COORDINATE_PRECISION": 6, "ID_FIELD": "fid",
                   "WRITE_NAME": "NO"}  # fmt: skip


@contextlib.contextmanager
def atomic_path(path: Path):
    """A temporary path beside ``path``, moved onto it only if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    os.unlink(tmp)  # GDAL wants to create the file itself
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _checked(gdf: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise ExportError(f"layer {name!r} must be in EPSG:4326, not {gdf.crs}")
    return file_columns(gdf)  # JSON only here, at the file boundary


def to_geojson(gdf: gpd.GeoDataFrame, path: str | Path, name: str = "layer") -> Path:
    """One RFC 7946 FeatureCollection; the feature ``id`` is the ``id`` column, kept in properties too."""
    path = Path(path)
    frame = _checked(gdf, name).assign(fid=gdf["id"])
    with atomic_path(path) as tmp:
        frame.to_file(tmp, driver="GeoJSON", engine="pyogrio", layer_options=GEOJSON_OPTIONS)
    return path


def to_gpkg(layers: dict[str, gpd.GeoDataFrame], path: str | Path) -> Path:
    """Every non-empty layer as a table of one GeoPackage."""
    path = Path(path)
    with atomic_path(path) as tmp:
        for name, gdf in layers.items():
            if len(gdf):
                _checked(gdf, name).to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")
    return path


def points_table(layers: dict[str, gpd.GeoDataFrame]) -> pd.DataFrame:
    """Every point feature with ``lon``/``lat`` columns (polygons and unplaced rows left out)."""
    frames = []
    for gdf in layers.values():
        points = gdf[gdf.geometry.notna() & (gdf.geom_type == "Point")]
        frames.append(points.assign(lon=points.geometry.x.round(6), lat=points.geometry.y.round(6)))
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return table.reindex(columns=list(CSV_COLUMNS))


def to_csv(layers: dict[str, gpd.GeoDataFrame], path: str | Path) -> Path:
    """The points as UTF-8 CSV (with a BOM so spreadsheet programs read the Chinese right)."""
    path = Path(path)
    with atomic_path(path) as tmp:
        points_table(layers).to_csv(tmp, index=False, encoding="utf-8-sig")
    return path


def select(layers: dict[str, gpd.GeoDataFrame], names: Iterable[str] | None) -> dict:
    """The named layers; an unknown name is an ``ExportError`` listing the valid ones."""
    if not names:
        return dict(layers)
    unknown = [n for n in names if n not in layers]
    if unknown:
        raise ExportError(f"unknown layer {', '.join(unknown)}; choose from {', '.join(layers)}")
    return {n: layers[n] for n in names}


def export(layers: dict[str, gpd.GeoDataFrame], out_dir: str | Path, fmt: str = "geojson",
           names: Iterable[str] | None = None) -> list[Path]:  # fmt: skip
    """Write ``layers`` (or the ``names`` among them) to ``out_dir`` in ``fmt``; the paths written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    chosen = select(layers, names)
    out = Path(out_dir)
    try:
        if fmt == "gpkg":
            return [to_gpkg(chosen, out / "wuhan_innovation.gpkg")]
        if fmt == "csv":
            return [to_csv(chosen, out / "wuhan_innovation_points.csv")]
        return [to_geojson(gdf, out / f"{name}.geojson", name) for name, gdf in chosen.items()]
    except PermissionError as err:
        raise ExportError(f"cannot write to {out}: permission denied") from err
    except OSError as err:
        if isinstance(err, ExportError):
            raise
        raise ExportError(f"cannot write to {out}: {err.strerror or err}") from err
