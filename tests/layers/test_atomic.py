"""The one atomic write path: a destination holds its old file or a verified new one, never half.

Plain text writers stand in for GDAL here, so each rule is checked alone and fast; the real
formats, a full tmpfs and partial writers are in test_export.py and test_export_safety.py.
"""

from __future__ import annotations

import errno
import os
from collections import namedtuple
from pathlib import Path

import pyogrio.errors
import pytest

from geo.errors import ExportError
from layers import atomic
from layers.atomic import write_file, write_files


def text(content: str):
    """A writer of ``content`` and a verifier that reads it back."""

    def write(path: Path) -> None:
        path.write_text(content, encoding="utf-8")

    def verify(path: Path) -> None:
        if path.read_text(encoding="utf-8") != content:
            raise ExportError(f"{path.name} reads back wrong")

    return write, verify


def failing(err: Exception):
    def write(path: Path) -> None:
        path.write_text("half", encoding="utf-8")
        raise err

    return write, text("")[1]


def listing(folder: Path) -> dict[str, str]:
    """Every entry of ``folder``, hidden ones included, with its text."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_a_file_is_staged_in_a_hidden_folder_beside_its_destination(tmp_path):
    seen = []
    write, verify = text("new")

    def spy(path: Path) -> None:
        seen.append(path)
        write(path)

    assert write_file(tmp_path / "a.txt", spy, verify) == tmp_path / "a.txt"
    (staged,) = seen
    assert staged.name == "a.txt"
    assert staged.parent.parent == tmp_path  # same file system: os.replace is atomic
    assert staged.parent.name.startswith(".export-")  # hidden from a listing of *.txt meanwhile
    assert listing(tmp_path) == {"a.txt": "new"}  # the staging folder is gone


def test_missing_folders_are_created(tmp_path):
    write_file(tmp_path / "x" / "y" / "a.txt", *text("new"))
    assert listing(tmp_path / "x" / "y") == {"a.txt": "new"}


def test_a_set_replaces_every_old_file_together(tmp_path):
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "b.txt").write_text("old b")
    written = write_files(tmp_path, {"a.txt": text("new a"), "b.txt": text("new b"), "c.txt": text("new c")})
    assert written == [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"]
    assert listing(tmp_path) == {"a.txt": "new a", "b.txt": "new b", "c.txt": "new c"}


def test_a_set_of_two_arrives_whole(tmp_path):
    write_files(tmp_path, {"a.txt": text("new a"), "b.txt": text("new b")})
    assert listing(tmp_path) == {"a.txt": "new a", "b.txt": "new b"}


def test_a_file_that_fails_verification_leaves_the_whole_old_set(tmp_path):
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "b.txt").write_text("old b")
    write_b, _ = text("new b")
    with pytest.raises(ExportError, match=r"^b\.txt reads back wrong$"):
        write_files(tmp_path, {"a.txt": text("new a"), "b.txt": (write_b, text("other")[1])})
    assert listing(tmp_path) == {"a.txt": "old a", "b.txt": "old b"}


@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-linked backups", "copied backups"])
def test_a_move_that_fails_halfway_puts_back_the_old_files_and_removes_the_new(tmp_path, monkeypatch, hard_links):
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "c.txt").write_text("old c")
    real_replace, moves = os.replace, []

    def replace_then_fail(src, dst):
        moves.append(Path(dst).name)
        if Path(dst).parent == tmp_path and Path(dst).name == "c.txt":
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_then_fail)
    if not hard_links:
        monkeypatch.setattr(os, "link", lambda *_: (_ for _ in ()).throw(OSError(errno.EPERM, "no links")))
    files = {"a.txt": text("new a"), "b.txt": text("new b"), "c.txt": text("new c")}
    with pytest.raises(ExportError, match=r": Input/output error$"):
        write_files(tmp_path, files)
    assert moves[:3] == ["a.txt", "b.txt", "c.txt"]  # a and b were in place when c failed
    assert listing(tmp_path) == {"a.txt": "old a", "c.txt": "old c"}  # b had no old file: removed


@pytest.mark.parametrize(("err", "reason"), [
    (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    (OSError(errno.ENOSPC, "No space left on device"), "no space left on device"),
    (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    (pyogrio.errors.DataSourceError("GDAL said no"), "GDAL said no"),
    (OSError(), "OSError"),
])  # fmt: skip
def test_a_failed_write_is_an_export_error_naming_the_file_and_the_reason(tmp_path, err, reason):
    (tmp_path / "a.txt").write_text("old")
    with pytest.raises(ExportError) as caught:
        write_file(tmp_path / "a.txt", *failing(err))
    assert str(caught.value) == f"cannot write to {tmp_path / 'a.txt'}: {reason}"
    assert listing(tmp_path) == {"a.txt": "old"}


def test_the_caller_names_what_is_written(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_file(tmp_path / "map.png", *failing(OSError(errno.EIO, "Input/output error")), what="the print map")
    assert str(caught.value) == "cannot write the print map: Input/output error"


def test_a_set_that_fails_names_its_folder(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_files(tmp_path, {"a.txt": failing(OSError(errno.EIO, "Input/output error"))})
    assert str(caught.value) == f"cannot write to {tmp_path}: Input/output error"


Usage = namedtuple("Usage", "total used free")


@pytest.mark.parametrize(("free", "reason"), [
    (64 * 1024 - 1, "no space left on device"),  # GDAL's own words hide a full disk: ask the disk
    (64 * 1024, "Cannot write feature"),
])  # fmt: skip
def test_a_gdal_failure_on_a_nearly_full_disk_is_called_a_full_disk(tmp_path, monkeypatch, free, reason):
    monkeypatch.setattr(atomic.shutil, "disk_usage", lambda _: Usage(10**9, 10**9 - free, free))
    with pytest.raises(ExportError) as caught:
        write_file(tmp_path / "a.geojson", *failing(pyogrio.errors.DataLayerError("Cannot write feature")))
    assert str(caught.value).endswith(f": {reason}")


def test_a_folder_under_a_file_is_reported_as_such_not_as_a_full_disk(tmp_path):
    (tmp_path / "file.txt").write_text("a file")
    with pytest.raises(ExportError) as caught:
        write_file(tmp_path / "file.txt" / "sub" / "a.txt", *text("new"))
    assert str(caught.value) == f"cannot write to {tmp_path / 'file.txt' / 'sub' / 'a.txt'}: Not a directory"


def test_a_cleanup_that_fails_does_not_hide_the_write_error(tmp_path):
    import shutil

    def write_and_lose_the_staging_folder(path: Path) -> None:
        shutil.rmtree(path.parent)  # say, a temp cleaner ran
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(ExportError, match=r": Input/output error$"):
        write_file(tmp_path / "a.txt", write_and_lose_the_staging_folder, text("")[1])
    assert listing(tmp_path) == {}


def test_the_file_and_its_folder_reach_the_disk_before_the_call_returns(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def record(fd: int) -> None:
        synced.append(Path(os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", record)
    write_file(tmp_path / "a.txt", *text("new"))
    staged, folder = synced
    assert (staged.name, staged.parent.parent, folder) == ("a.txt", tmp_path, tmp_path)
