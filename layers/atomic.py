"""The one atomic, verified path every export file takes (``layers.export`` and the print maps).

A writer creates its file in a hidden temporary folder beside the destination (the same
file system, so ``os.replace`` is atomic). The file is flushed to disk, read back by its
verifier, and only then moved onto the destination: a reader sees the old file or the
new one, never half a file. A set of files is staged together and moved in only when
every file has been verified; if a move fails halfway, the files already moved are put
back. Every failure (GDAL, a full disk, a writer that stops after part of its bytes)
is an ``ExportError`` that names what was being written and why.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyogrio.errors

from geo.errors import ExportError

# What GDAL and the file system raise when a write fails; anything else is a bug and propagates.
WRITE_ERRORS = (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError)

FULL_DISK_BYTES = 64 * 1024  # less free space than this after a failed write: the disk is full
# Type aliases, read by type checkers only (annotations are not evaluated): no behaviour to
# mutate, so mutmut leaves them alone.
Writer = Callable[[Path], None]  # pragma: no mutate
Verifier = Callable[[Path], None]  # pragma: no mutate


def write_files(folder: str | Path, files: dict[str, tuple[Writer, Verifier]],
                what: str = "") -> list[Path]:  # fmt: skip
    """Write every file of ``files`` (name -> (writer, verifier)) into ``folder``, all or none.

    Each writer gets a temporary path to create; each verifier reads the result back
    and raises ``ExportError`` if it is not complete. Nothing in ``folder`` changes
    unless every file was written and verified. A failure reads "cannot write
    ``what``: reason" (``what`` defaults to "to FOLDER").
    """
    folder = Path(folder)
    what = what or f"to {folder}"
    with _guarded(what, folder):
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".export-", dir=folder))
    try:
        with _guarded(what, folder):
            for name, (write, verify) in files.items():
                write(staging / name)
                _sync(staging / name)
                verify(staging / name)
            _commit(staging, folder, list(files))
            _sync(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [folder / name for name in files]


def write_file(path: str | Path, write: Writer, verify: Verifier, what: str = "") -> Path:
    """``write_files`` for one file: ``path`` is replaced only by a verified, complete file."""
    path = Path(path)
    (written,) = write_files(path.parent, {path.name: (write, verify)}, what or f"to {path}")
    return written


@contextlib.contextmanager
def _guarded(what: str, folder: Path):
    """Turn a file-system or GDAL failure into an ``ExportError`` that names ``what``."""
    try:
        yield
    except ExportError:
        raise
    except WRITE_ERRORS as err:
        raise ExportError(f"cannot write {what}: {_reason(err, folder)}") from err


def _reason(err: Exception, folder: Path) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if getattr(err, "errno", None) == errno.ENOSPC or _nearly_full(folder):
        return "no space left on device"
    return getattr(err, "strerror", None) or str(err) or type(err).__name__


def _nearly_full(folder: Path) -> bool:
    """GDAL reports a full disk as "Cannot write feature" or a broken SQLite table: ask the disk."""
    try:
        return shutil.disk_usage(folder).free < FULL_DISK_BYTES
    except OSError:
        return False


def _sync(path: Path) -> None:
    """Flush ``path`` (a file or a folder) to the disk, so a crash cannot undo a rename."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _commit(staging: Path, folder: Path, names: list[str]) -> None:
    """Move the staged files into ``folder``; on a failure, put back the files already moved."""
    if len(names) == 1:
        os.replace(staging / names[0], folder / names[0])
        return
    backups = Path(tempfile.mkdtemp(dir=staging))  # a fresh name: never one of the files
    for name in names:
        if (folder / name).exists():
            _keep(folder / name, backups / name)
    moved: list[str] = []
    try:
        for name in names:
            os.replace(staging / name, folder / name)
            moved.append(name)
    except OSError:
        for name in reversed(moved):
            if (backups / name).exists():
                os.replace(backups / name, folder / name)
            else:
                os.unlink(folder / name)
        raise


def _keep(path: Path, backup: Path) -> None:
    try:
        os.link(path, backup)  # no data copied: needs no free space
    except OSError:
        shutil.copy2(path, backup)
