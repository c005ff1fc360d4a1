"""Writing layers and maps: the formats, their verifiers, and the app's in-memory downloads.

Every file (GeoJSON, GeoPackage, CSV, the standalone HTML page, and the PNG, SVG and
PDF print maps, for the CLI and for in-memory downloads) goes through the one atomic,
verified path of ``layers.atomic``: written beside its destination, parsed back by
the verifier here, then moved in; a set of files all together or not at all. Every
failure is an ``ExportError``.

GeoJSON goes through GDAL's RFC 7946 mode: lon/lat WGS-84, counter-clockwise
outer rings, six decimals, ``crs`` member dropped.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

import geopandas as gpd
import pandas as pd
import pyogrio
import pyogrio.errors

from geo.errors import ExportError
from layers.atomic import WRITE_ERRORS, Verifier, Writer, write_file, write_files
from layers.escape import FORMULA_STARTS, neutralise  # noqa: F401 - FORMULA_STARTS: part of this module's interface
from layers.record import file_columns

FORMATS = ("geojson", "gpkg", "csv")
DOWNLOADS = (*FORMATS, "html", "png", "svg", "pdf")
GPKG_NAME = "wuhan_innovation.gpkg"
CSV_NAME = "wuhan_innovation_points.csv"
CSV_COLUMNS = ("id", "name_zh", "name_en", "kind", "layer", "lon", "lat", "district",
               "district_code", "precision", "uncertainty_m", "approximate", "source")  # fmt: skip
GEOJSON_OPTIONS = {"RFC7946": "YES", "COORDINATE_PRECISION": 6, "ID_FIELD": "fid",
                   "WRITE_NAME": "NO"}  # fmt: skip


# --- verifiers: each reads the written file back ----------------------------------------------


def _incomplete(path: Path, why: str) -> ExportError:
    return ExportError(f"the written file {path.name} is incomplete or invalid: {why}")


def verify_geojson(features: int) -> Verifier:
    def verify(path: Path) -> None:
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise _incomplete(path, f"not JSON ({err})") from err
        if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
            raise _incomplete(path, "not a FeatureCollection")
        if len(data.get("features", ())) != features:
            raise _incomplete(path, f"{len(data['features'])} features, expected {features}")

    return verify


def verify_gpkg(counts: dict[str, int]) -> Verifier:
    def verify(path: Path) -> None:
        try:
            found = {str(name) for name, _ in pyogrio.list_layers(path)}
            rows = {name: len(pyogrio.read_dataframe(path, layer=name)) for name in counts}
        except WRITE_ERRORS as err:
            raise _incomplete(path, f"GDAL cannot read it back ({err})") from err
        if found != set(counts) or rows != counts:
            raise _incomplete(path, f"layers {rows}, expected {counts}")

    return verify


def verify_csv(columns: Iterable[str], rows: int) -> Verifier:
    def verify(path: Path) -> None:
        try:
            text = path.read_bytes().decode("utf-8-sig")
            table = list(csv.reader(io.StringIO(text, newline="")))
        except (UnicodeDecodeError, csv.Error) as err:
            raise _incomplete(path, f"not a UTF-8 CSV ({err})") from err
        if not table or table[0] != list(columns):
            raise _incomplete(path, "the header row is missing or wrong")
        if len(table) - 1 != rows:
            raise _incomplete(path, f"{len(table) - 1} rows, expected {rows}")

    return verify


def verify_png(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or not data.endswith(b"IEND\xaeB`\x82"):
        raise _incomplete(path, f"not a whole PNG ({len(data)} bytes)")


def verify_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise _incomplete(path, f"not a whole PDF ({len(data)} bytes)")


def verify_svg(path: Path) -> None:
    try:
        root = ElementTree.fromstring(path.read_bytes())
    except ElementTree.ParseError as err:
        raise _incomplete(path, f"not well-formed SVG ({err})") from err
    if not root.tag.endswith("svg"):
        raise _incomplete(path, f"the root element is {root.tag}, not svg")


def verify_html(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace").rstrip()
    if not text.lower().endswith("</html>"):
        raise _incomplete(path, "the page does not end with </html>")


VERIFY_PRINT = {".png": verify_png, ".svg": verify_svg, ".pdf": verify_pdf}


# --- the formats ---------------------------------------------------------------------------------


def _checked(gdf: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise ExportError(f"layer {name!r} must be in EPSG:4326, not {gdf.crs}")
    return file_columns(gdf)  # JSON only here, at the file boundary


def _geojson_file(gdf: gpd.GeoDataFrame, name: str) -> tuple[Writer, Verifier]:
    frame = _checked(gdf, name).assign(fid=gdf["id"])

    def write(tmp: Path) -> None:
        frame.to_file(tmp, driver="GeoJSON", engine="pyogrio", layer_options=GEOJSON_OPTIONS)

    return write, verify_geojson(len(frame))


def to_geojson(gdf: gpd.GeoDataFrame, path: str | Path, name: str = "layer") -> Path:
    """One RFC 7946 FeatureCollection; the feature ``id`` is the ``id`` column, kept in properties too."""
    return write_file(path, *_geojson_file(gdf, name))


def to_gpkg(layers: dict[str, gpd.GeoDataFrame], path: str | Path) -> Path:
    """Every layer as a table of one GeoPackage; an empty layer is an empty table."""
    chosen = {name: _checked(gdf, name) for name, gdf in layers.items()}

    def write(tmp: Path) -> None:
        for name, gdf in chosen.items():
            gdf.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")

    verify = verify_gpkg({name: len(gdf) for name, gdf in chosen.items()})
    return write_file(path, write, verify)


def points_table(layers: dict[str, gpd.GeoDataFrame]) -> pd.DataFrame:
    """Every point feature with ``lon``/``lat`` columns (polygons and unplaced rows left out)."""
    frames = []
    for gdf in (gdf for gdf in layers.values() if len(gdf)):  # an empty layer adds no row
        points = gdf[gdf.geometry.notna() & (gdf.geom_type == "Point")]
        frames.append(points.assign(lon=points.geometry.x.round(6), lat=points.geometry.y.round(6)))
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return table.reindex(columns=list(CSV_COLUMNS))


def to_csv(layers: dict[str, gpd.GeoDataFrame], path: str | Path) -> Path:
    """The points as UTF-8 CSV (with a BOM so spreadsheet programs read the Chinese right).

    Text cells that start like a formula (``=``, ``+``, ``-``, ``@``, tab, CR) get a
    leading apostrophe, so opening the file never runs anything.
    """
    table = points_table(layers)
    text = table.astype(object).map(neutralise) if len(table) else table

    def write(tmp: Path) -> None:
        # CRLF line ends (RFC 4180) also make the writer quote a bare CR inside a cell.
        text.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n")

    return write_file(path, write, verify_csv(CSV_COLUMNS, len(table)))


def to_html(page: str, path: str | Path) -> Path:
    """A standalone HTML page (``layers.standalone.render_standalone``) written atomically."""

    def write(tmp: Path) -> None:
        tmp.write_text(page, encoding="utf-8")

    return write_file(path, write, verify_html)


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
    """Write ``layers`` (or the ``names`` among them) to ``out_dir`` in ``fmt``; the paths written.

    GeoJSON is one file per layer, written all together or not at all.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    chosen = select(layers, names)
    out = Path(out_dir)
    if fmt == "gpkg":
        return [to_gpkg(chosen, out / GPKG_NAME)]
    if fmt == "csv":
        return [to_csv(chosen, out / CSV_NAME)]
    files = {f"{name}.geojson": _geojson_file(gdf, name) for name, gdf in chosen.items()}
    return write_files(out, files)


def export_bytes(layers: dict[str, gpd.GeoDataFrame], fmt: str, name: str = "", *,
                 article=None, lang: str = "zh") -> bytes:  # fmt: skip
    """One download's bytes, written and verified through the same path as a file export.

    ``fmt`` is one of ``DOWNLOADS``; GeoJSON needs the layer ``name``; "html" needs the
    ``article`` the layers were built from; "png", "svg" and "pdf" are print maps in ``lang``.
    """
    if fmt not in DOWNLOADS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(DOWNLOADS)}")
    if fmt == "geojson" and not name:
        raise ExportError("a GeoJSON download is one layer: name it")
    with tempfile.TemporaryDirectory(prefix="wuhan-map-") as tmp:
        if fmt == "html":
            from layers.standalone import render_standalone

            if article is None:
                raise ExportError("the HTML page needs the article the layers were built from")
            path = to_html(render_standalone(layers, article, offline=True), Path(tmp) / "map.html")
        elif fmt in ("png", "svg", "pdf"):
            from layers.print_map import render_print

            path = render_print(layers, Path(tmp) / f"map.{fmt}", lang=lang)
        else:
            (path,) = export(layers, tmp, fmt, [name] if name else None)
        return path.read_bytes()
