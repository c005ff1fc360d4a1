"""Exports never lose a file: a failed write, a full disk or a half-written file leaves the old
files byte-identical and no leftovers; an article with no places exports empty layers."""

from __future__ import annotations

import csv
import errno
import gc
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from matplotlib.figure import Figure

from geo.article import parse_article
from geo.errors import ExportError
from layers.build import LAYERS, build_layers
from layers.export import (
    CSV_COLUMNS,
    DOWNLOADS,
    export,
    export_bytes,
    to_csv,
    to_geojson,
    to_html,
)
from layers.print_map import render_print
from layers.standalone import render_standalone

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def layers(article):
    return build_layers(article)


@pytest.fixture(scope="module")
def empty():
    return build_layers(parse_article("这篇文章没有提到任何地方。"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_geojson_writer_failing_after_partial_bytes_leaves_the_old_set(layers, tmp_path, monkeypatch):
    export(layers, tmp_path)
    before = snapshot(tmp_path)
    calls, real_to_file = [], gpd.GeoDataFrame.to_file

    def partial_then_full(self, path, **kwargs):
        calls.append(path)
        if len(calls) < 3:
            return real_to_file(self, path, **kwargs)
        Path(path).write_text('{"type": "FeatureCollection", "features": [')
        disk_full()  # the third layer runs out of space after part of its bytes

    monkeypatch.setattr(gpd.GeoDataFrame, "to_file", partial_then_full)
    with pytest.raises(ExportError, match=r"cannot write to .*: no space left on device$"):
        export(layers, tmp_path)
    assert snapshot(tmp_path) == before


def test_a_writer_that_stops_silently_is_caught_by_reading_the_file_back(layers, tmp_path,
                                                                         monkeypatch):  # fmt: skip
    export(layers, tmp_path)
    before = snapshot(tmp_path)

    def truncated(self, path, **_kwargs):
        Path(path).write_text('{"type": "FeatureCollection", "features": [')

    monkeypatch.setattr(gpd.GeoDataFrame, "to_file", truncated)
    with pytest.raises(ExportError, match=r"zones.geojson is incomplete or invalid: not JSON"):
        export(layers, tmp_path)
    assert snapshot(tmp_path) == before


def test_a_move_that_fails_halfway_puts_the_old_files_back(layers, tmp_path, monkeypatch):
    export(layers, tmp_path)
    before = snapshot(tmp_path)
    real_replace, moves = os.replace, []

    def flaky_replace(src, dst):
        moves.append(dst)
        if len(moves) == 4:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    with pytest.raises(ExportError, match="Input/output error"):
        export(layers, tmp_path)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("fmt", ["csv", "gpkg", "html", "png", "svg", "pdf"])
def test_every_single_file_format_keeps_the_old_file_on_a_partial_write(
    layers, article, tmp_path, monkeypatch, fmt
):
    path = write_one(fmt, layers, article, tmp_path)
    before = snapshot(tmp_path)

    start = b"\x89PNG\r\n\x1a\n<svg><!DOCTYPE html><html>%PDF-1.4 id,name"

    def partial(self, target, *args, **kwargs):
        Path(target).write_bytes(start)
        disk_full()

    def partial_text(self, *args, **kwargs):
        self.write_bytes(start)
        disk_full()

    monkeypatch.setattr(gpd.GeoDataFrame, "to_file", partial)
    monkeypatch.setattr(pd.DataFrame, "to_csv", partial)
    monkeypatch.setattr(Path, "write_text", partial_text)
    monkeypatch.setattr(Figure, "savefig", partial)
    with pytest.raises(ExportError, match="no space left on device"):
        write_one(fmt, layers, article, tmp_path)
    assert snapshot(tmp_path) == before and path.exists()


def write_one(fmt: str, layers, article, folder: Path) -> Path:
    if fmt == "html":
        return to_html(render_standalone(layers, article), folder / "map.html")
    if fmt in ("png", "svg", "pdf"):
        return render_print(layers, folder / f"map.{fmt}")
    (path,) = export(layers, folder, fmt)
    return path


def test_an_article_with_no_places_exports_empty_layers_in_every_format(empty, tmp_path):
    geojson = export(empty, tmp_path)
    assert [json.loads(p.read_text("utf-8"))["features"] for p in geojson] == [[]] * len(LAYERS)
    (gpkg,) = export(empty, tmp_path, "gpkg")
    assert [str(name) for name, _ in pyogrio.list_layers(gpkg)] == list(LAYERS)
    assert all(len(gpd.read_file(gpkg, layer=name)) == 0 for name in LAYERS)
    (table,) = export(empty, tmp_path, "csv")
    assert table.read_bytes().decode("utf-8-sig") == ",".join(CSV_COLUMNS) + "\r\n"


def test_csv_cells_that_look_like_formulas_are_neutralised(layers, tmp_path):
    firms = layers["sites"].iloc[:4].copy()
    firms["name_zh"] = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"]
    firms["name_en"] = ["\tcmd", "\rcmd", "plain", "a=b"]
    text = to_csv({"firms": firms}, tmp_path / "p.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["name_zh"] for r in rows] == ["'=HYPERLINK(\"http://x\")", "'+1+1", "'-2+3",
                                             "'@SUM(A1)"]  # fmt: skip
    assert [r["name_en"] for r in rows] == ["'\tcmd", "'\rcmd", "plain", "a=b"]
    assert float(rows[0]["lon"]) == round(firms.geometry.iloc[0].x, 6)


@pytest.mark.parametrize("fmt", DOWNLOADS)
def test_downloads_are_verified_bytes(layers, article, fmt):
    name = "zones" if fmt == "geojson" else ""
    data = export_bytes(layers, fmt, name, article=article)
    starts = {"geojson": b"{", "gpkg": b"SQLite format 3\x00", "csv": "\ufeffid,".encode(),
              "html": b"<!DOCTYPE html>", "png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF-"}
    assert data.startswith(starts[fmt])


def test_a_geojson_download_names_its_layer(layers):
    with pytest.raises(ExportError, match="a GeoJSON download is one layer: name it"):
        export_bytes(layers, "geojson")


def test_export_to_a_single_file_replaces_it_whole(layers, tmp_path):
    path = to_geojson(layers["firms"], tmp_path / "firms.geojson")
    to_geojson(layers["zones"], path)
    assert len(json.loads(path.read_text("utf-8"))["features"]) == len(layers["zones"])
    assert snapshot(tmp_path).keys() == {"firms.geojson"}


# --- a real full disk: a 1 MB tmpfs (root only; .ci/run runs as root) ---------------------------


@pytest.fixture
def small_disk():
    if os.geteuid() != 0:
        pytest.skip("mounting a 1 MB tmpfs needs root (CI runs as root)")
    # Not under tmp_path: another pytest session may rotate that folder while it is mounted.
    mount = Path(tempfile.mkdtemp(prefix="small-disk-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        message = f"cannot mount a tmpfs: {done.stderr.strip()}"
        if os.environ.get("REQUIRE_TMPFS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield mount
    finally:
        gc.collect()  # a writer that failed mid-file (matplotlib's PDF backend) may hold it open
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "--lazy", str(mount)], check=True)
        mount.rmdir()


def fill(folder: Path, leave: int = 4096) -> None:
    """Fill the file system of ``folder``, then free ``leave`` bytes: writes start, then fail."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError as err:
        assert err.errno == errno.ENOSPC
    finally:
        os.close(fd)
    os.truncate(filler, max(0, filler.stat().st_size - leave))


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv", "html", "png", "svg", "pdf"])
def test_a_full_disk_is_an_export_error_and_the_old_files_stay(layers, article, small_disk, fmt):
    out = small_disk / "out"
    out.mkdir()
    names = {"geojson": [f"{n}.geojson" for n in LAYERS], "gpkg": ["wuhan_innovation.gpkg"],
             "csv": ["wuhan_innovation_points.csv"]}.get(fmt, [f"map.{fmt}"])  # fmt: skip
    for name in names:
        (out / name).write_bytes(f"the old {name}".encode())
    before = snapshot(out)
    fill(small_disk)
    with pytest.raises(ExportError, match=r"cannot write .*: no space left on device$"):
        write_one(fmt, layers, article, out)
    assert snapshot(out) == before


def test_the_cli_on_a_full_disk_prints_an_error_and_exits_2(small_disk):
    fill(small_disk, leave=0)
    for fmt in ("geojson", "gpkg", "csv"):
        result = subprocess.run([sys.executable, "-m", "layers", "export", "--out",
                                 str(small_disk / "out"), "--format", fmt],
                                capture_output=True, text=True, cwd=ROOT, timeout=120)  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("error: cannot write to")
        assert "no space left on device" in result.stderr and "Traceback" not in result.stderr
    out = small_disk / "out"
    assert not out.exists() or not any(out.iterdir())
