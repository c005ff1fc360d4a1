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
from layers.catalogue import labelled, layer_label, style_of
from layers.escape import FORMULA_STARTS, neutralise  # noqa: F401 - FORMULA_STARTS: part of this module's interface
from layers.panel import district_name, name_in
from layers.record import feature_of, file_columns

FORMATS = ("geojson", "gpkg", "csv")
DOWNLOADS = (*FORMATS, "html", "png", "svg", "pdf")
GPKG_NAME = "wuhan_innovation.gpkg"
CSV_NAME = "wuhan_innovation_points.csv"
# Display fields (``name``, ``kind_label``, ``layer_label``, ``district_name``) are in the
# export's language; both names and the codes stay beside them. ``article_*`` say what the
# layers were read from (``geo.article.ArticleMeta``), on every row: a row travels alone.
ARTICLE_COLUMNS = ("article_headline", "article_outlet", "article_date", "article_url")
CSV_COLUMNS = ("id", "name", "name_zh", "name_en", "kind", "kind_label", "layer", "layer_label",
               "lon", "lat", "district", "district_name", "district_code", "precision",
               "uncertainty_m", "approximate", "source", *ARTICLE_COLUMNS)  # fmt: skip
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


def article_of(layers, meta=None):
    """``meta`` when given, else the ``ArticleMeta`` that ``build_layers`` left in a frame's
    ``attrs``: a caller that only has the layers still exports their article."""
    if meta is not None:
        return meta
    frames = layers.values() if isinstance(layers, dict) else [layers]
    return next((f.attrs["article"] for f in frames if f.attrs.get("article") is not None), None)


def with_display(gdf: gpd.GeoDataFrame, lang: str = "zh", meta=None) -> gpd.GeoDataFrame:
    """``gdf`` with its display fields in ``lang`` and the article's ``article_*`` fields."""
    meta = article_of(gdf, meta)
    records = [feature_of(row) for row in gdf.to_dict("records")]
    article = (meta.as_dict() if meta is not None else {}) or {}
    return gdf.assign(
        name=[name_in(lang, r.name_zh, r.name_en) for r in records],
        kind_label=[labelled(style_of(r.kind), lang) for r in records],
        layer_label=[layer_label(r.layer, lang) for r in records],
        district_name=[district_name(r, lang) for r in records],
        **{f"article_{key}": [article.get(key, "")] * len(gdf) for key in
           ("headline", "outlet", "date", "url")},
    )  # fmt: skip


def _checked(gdf: gpd.GeoDataFrame, name: str, lang: str = "zh", meta=None) -> gpd.GeoDataFrame:
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise ExportError(f"layer {name!r} must be in EPSG:4326, not {gdf.crs}")
    return file_columns(with_display(gdf, lang, meta))  # JSON only here, at the file boundary


def _described(meta, lang: str) -> dict[str, str]:
    """What the file says of the article, as text, in ``lang``; empty when nothing is known."""
    if meta is None or not any(meta.as_dict().values()):
        return {}
    return {"description": meta.credit(lang), **{f"article_{k}": v for k, v in meta.as_dict().items()}}


def _geojson_file(gdf: gpd.GeoDataFrame, name: str, lang: str = "zh",
                  meta=None) -> tuple[Writer, Verifier]:  # fmt: skip
    meta = article_of(gdf, meta)
    frame = _checked(gdf, name, lang, meta).assign(fid=gdf["id"])
    options = dict(GEOJSON_OPTIONS)
    described = _described(meta, lang)
    if described:
        # RFC 7946 §6.1 foreign members: the collection says which article it maps.
        options["DESCRIPTION"] = described["description"]
        foreign = {"article": meta.as_dict(), "lang": lang}
        options["FOREIGN_MEMBERS_COLLECTION"] = json.dumps(foreign, ensure_ascii=False)

    def write(tmp: Path) -> None:
        frame.to_file(tmp, driver="GeoJSON", engine="pyogrio", layer_options=options)

    return write, verify_geojson(len(frame))


def to_geojson(gdf: gpd.GeoDataFrame, path: str | Path, name: str = "layer", *,
               lang: str = "zh", meta=None) -> Path:  # fmt: skip
    """One RFC 7946 FeatureCollection; the feature ``id`` is the ``id`` column, kept in properties too.

    With ``meta`` (``geo.article.ArticleMeta``) the collection carries ``description``
    and an ``article`` foreign member, and every feature its ``article_*`` properties.
    """
    return write_file(path, *_geojson_file(gdf, name, lang, meta))


def to_gpkg(layers: dict[str, gpd.GeoDataFrame], path: str | Path, *, lang: str = "zh",
            meta=None) -> Path:  # fmt: skip
    """Every layer as a table of one GeoPackage; an empty layer is an empty table.

    With ``meta`` each table's description (``gpkg_contents``) is the article's credit line
    and the file's metadata (``gpkg_metadata``) holds its headline, outlet, date and URL.
    """
    meta = article_of(layers, meta)
    chosen = {name: _checked(gdf, name, lang, meta) for name, gdf in layers.items()}
    described = _described(meta, lang)

    def write(tmp: Path) -> None:
        for name, gdf in chosen.items():
            options = {"DESCRIPTION": described["description"]} if described else {}
            gdf.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio", layer_options=options,
                        metadata=described or None)  # fmt: skip

    verify = verify_gpkg({name: len(gdf) for name, gdf in chosen.items()})
    return write_file(path, write, verify)


def points_table(layers: dict[str, gpd.GeoDataFrame], lang: str = "zh", meta=None) -> pd.DataFrame:
    """Every point feature with ``lon``/``lat`` columns (polygons and unplaced rows left out),
    its display fields in ``lang`` and the article's ``article_*`` fields."""
    meta = article_of(layers, meta)
    frames = []
    for gdf in (gdf for gdf in layers.values() if len(gdf)):  # an empty layer adds no row
        points = gdf[gdf.geometry.notna() & (gdf.geom_type == "Point")]
        points = with_display(points, lang, meta) if len(points) else points
        frames.append(points.assign(lon=points.geometry.x.round(6), lat=points.geometry.y.round(6)))
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return table.reindex(columns=list(CSV_COLUMNS))


def to_csv(layers: dict[str, gpd.GeoDataFrame], path: str | Path, *, lang: str = "zh",
           meta=None) -> Path:  # fmt: skip
    """The points as UTF-8 CSV (with a BOM so spreadsheet programs read the Chinese right).

    Text cells that start like a formula (``=``, ``+``, ``-``, ``@``, tab, CR) get a
    leading apostrophe, so opening the file never runs anything. The article's headline,
    outlet, date and URL are the ``article_*`` columns of every row (a CSV has no header
    comment that every reader skips); ``export`` also writes a CSVW sidecar beside it.
    """
    table = points_table(layers, lang, article_of(layers, meta))
    text = table.astype(object).map(neutralise) if len(table) else table

    def write(tmp: Path) -> None:
        # CRLF line ends (RFC 4180) also make the writer quote a bare CR inside a cell.
        text.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n")

    return write_file(path, write, verify_csv(CSV_COLUMNS, len(table)))


def csvw_metadata(csv_name: str, lang: str, meta) -> dict:
    """The W3C CSV-on-the-Web sidecar (``<file>.csv-metadata.json``): the table's title,
    publisher, date and source are the article's, in Dublin Core terms."""
    found = meta.as_dict() if meta is not None else {}
    return {"@context": "http://www.w3.org/ns/csvw", "url": csv_name, "dc:language": lang,
            "dc:title": found.get("headline", ""), "dc:publisher": found.get("outlet", ""),
            "dc:date": found.get("date", ""), "dc:source": found.get("url", ""),
            "tableSchema": {"columns": [{"name": c, "titles": c} for c in CSV_COLUMNS]}}  # fmt: skip


def to_csvw(path: str | Path, csv_name: str, lang: str, meta) -> Path:
    """Write the CSVW sidecar of ``csv_name`` atomically."""
    body = json.dumps(csvw_metadata(csv_name, lang, meta), ensure_ascii=False, indent=1)

    def write(tmp: Path) -> None:
        tmp.write_text(body, encoding="utf-8")

    def verify(tmp: Path) -> None:
        if json.loads(tmp.read_text("utf-8")).get("url") != csv_name:
            raise _incomplete(tmp, "the CSVW sidecar does not name its table")

    return write_file(path, write, verify)


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
           names: Iterable[str] | None = None, *, lang: str = "zh", meta=None,
           csvw: bool = False) -> list[Path]:  # fmt: skip
    """Write ``layers`` (or the ``names`` among them) to ``out_dir`` in ``fmt``; the paths written.

    GeoJSON is one file per layer, written all together or not at all. Display fields
    are in ``lang``; ``meta`` (the article's ``ArticleMeta``) goes into every file's
    metadata. With ``csvw`` a CSV also gets its W3C CSVW sidecar ``<name>.csv-metadata.json``
    (the article as the table's Dublin Core title, publisher, date and source).
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    chosen = select(layers, names)
    out = Path(out_dir)
    if fmt == "gpkg":
        return [to_gpkg(chosen, out / GPKG_NAME, lang=lang, meta=meta)]
    if fmt == "csv":
        meta = article_of(chosen, meta)
        written = [to_csv(chosen, out / CSV_NAME, lang=lang, meta=meta)]
        if csvw:
            written.append(to_csvw(out / f"{CSV_NAME}-metadata.json", CSV_NAME, lang, meta))
        return written
    files = {f"{name}.geojson": _geojson_file(gdf, name, lang, meta) for name, gdf in chosen.items()}
    return write_files(out, files)


def export_bytes(layers: dict[str, gpd.GeoDataFrame], fmt: str, name: str = "", *,
                 article=None, lang: str = "zh", names: Iterable[str] | None = None,
                 selected: str | None = None, basemap: str = "osm") -> bytes:  # fmt: skip
    """One download's bytes, written and verified through the same path as a file export.

    ``fmt`` is one of ``DOWNLOADS``; "html" needs the ``article`` the layers were built from.
    Every format carries the article's metadata (``article``'s, else the layers' own).
    A download follows the view it was asked from:

    - ``names``, the visible layers: GeoJSON (one FeatureCollection, each feature naming its
      ``layer``), GeoPackage (one table each), CSV and the print maps hold only those; the
      HTML page holds every layer and opens with only those shown.
    - ``lang``: the display fields of the data, the print maps and the HTML page.
    - ``selected`` and ``basemap``: where the HTML page opens; a selection never filters data.

    Without ``names``, GeoJSON needs the layer ``name`` (the CLI's one file per layer).
    """
    meta = article.meta if article is not None else article_of(layers)
    if fmt not in DOWNLOADS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(DOWNLOADS)}")
    if fmt == "geojson" and not name and names is None:
        raise ExportError("a GeoJSON download is one layer: name it")
    shown = list(names) if names is not None else None
    if name or shown is None:
        chosen = select(layers, [name] if name else None)
    else:
        chosen = select(layers, shown) if shown else {}  # no layer shown: none downloaded
    with tempfile.TemporaryDirectory(prefix="wuhan-map-") as tmp:
        if fmt == "html":
            from layers.standalone import render_standalone

            if article is None:
                raise ExportError("the HTML page needs the article the layers were built from")
            page = render_standalone(layers, article, offline=True, lang=lang,
                                     start={"zone": selected, "basemap": basemap, "layers": shown})  # fmt: skip
            path = to_html(page, Path(tmp) / "map.html")
        elif fmt in ("png", "svg", "pdf"):
            from layers.print_map import render_print

            path = render_print(chosen, Path(tmp) / f"map.{fmt}", lang=lang, layer_names=list(chosen),
                                meta=meta)  # fmt: skip
        elif fmt == "geojson" and not name:
            path = to_geojson(_one_frame(chosen), Path(tmp) / "view.geojson", "view", lang=lang, meta=meta)
        else:
            path = export(chosen, tmp, fmt, lang=lang, meta=meta)[0]
        return path.read_bytes()


def _one_frame(layers: dict[str, gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """The layers' rows as one frame (each row names its ``layer``), EPSG:4326."""
    for name, gdf in layers.items():
        if gdf.crs is None or gdf.crs.to_epsg() != 4326:
            raise ExportError(f"layer {name!r} must be in EPSG:4326, not {gdf.crs}")
    frames = [gdf for gdf in layers.values() if len(gdf)]
    if not frames:
        return gpd.GeoDataFrame({"id": []}, geometry=[], crs=4326)
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=4326)
