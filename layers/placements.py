"""Names placed by hand, kept on disk per article: they survive a reload and a server restart.

One JSON file, ``placements.json``, in the user's data folder (``platformdirs``; the
environment variable ``WIM_DATA_DIR`` names another folder, as the tests do)::

    {"version": 1, "articles": {"<sha256 of the article text>": {"星河实验室": [114.3571, 30.5204]}}}

Coordinates are WGS-84 (lon, lat), as every export. Each change re-reads the file under a
lock, applies that one change and writes the whole file through ``layers.export.write_file``
(staged, read back, then ``os.replace``): two sessions never lose each other's placements,
and a reader never sees half a file. A damaged file is never overwritten nor dropped: it
is moved aside (``placements.damaged-<time>.json``) and ``problems`` says where.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import time
from pathlib import Path

from geo.errors import ExportError, WuhanMapError
from layers.export import write_file

APP_NAME = "wuhan-innovation-map"
FILE_NAME = "placements.json"
VERSION = 1
Placements = dict[str, tuple[float, float]]

try:  # POSIX; elsewhere the atomic replace still keeps the file whole
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None


class PlacementError(WuhanMapError):
    """The placements file cannot be read or written; the message names it."""


def article_key(text: str) -> str:
    """The key of an article's placements: the SHA-256 of its text (the same text, the same key)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def data_dir() -> Path:
    """``$WIM_DATA_DIR``, or the user's data folder for this application."""
    folder = os.environ.get("WIM_DATA_DIR")
    if folder:
        return Path(folder)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _point(name: str, value) -> tuple[float, float]:
    """A stored (lon, lat), checked: a pair of finite numbers on the globe."""
    if (not isinstance(value, list | tuple) or len(value) != 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)):  # fmt: skip
        raise ValueError(f"the placement of “{name}” is not a [lon, lat] pair: {value!r}")
    lon, lat = float(value[0]), float(value[1])
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError(f"the placement of “{name}” is not on the globe: {value!r}")
    return lon, lat


def _parse(raw: bytes) -> dict[str, Placements]:
    """The file's articles; ``ValueError`` saying what is wrong when it is not a placements file."""
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("articles"), dict):
        raise ValueError(f"not a version {VERSION} placements file")
    articles = {}
    for key, names in data["articles"].items():
        if not isinstance(names, dict):
            raise ValueError(f"the placements of article {key[:12]}… are not a mapping")
        articles[key] = {str(n): _point(n, v) for n, v in names.items()}
    return articles


class PlacementStore:
    """The placements file in ``folder`` (default ``data_dir()``)."""

    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder is not None else data_dir()
        self.path = self.folder / FILE_NAME
        self.problems: list[str] = []  # a damaged file set aside: say so, once per store

    def load(self, key: str) -> Placements:
        """The placements of one article (``article_key``); none when the file does not exist."""
        with self._locked():
            return dict(self._read().get(key, {}))

    def put(self, key: str, name: str, lon: float, lat: float) -> tuple[float, float] | None:
        """Place ``name`` at (lon, lat), WGS-84; the position it had before, or None."""
        point = _point(name, [round(float(lon), 6), round(float(lat), 6)])
        return self._change(key, name, point)

    def remove(self, key: str, name: str) -> tuple[float, float] | None:
        """Forget the placement of ``name``; the position it had, or None."""
        return self._change(key, name, None)

    def _change(self, key: str, name: str, point: tuple[float, float] | None):
        with self._locked():
            articles = self._read()
            names = articles.setdefault(key, {})
            before = names.pop(name, None)
            if point is not None:
                names[name] = point
            if not names:
                del articles[key]
            self._write(articles)
            return before

    def _read(self) -> dict[str, Placements]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as err:
            raise PlacementError(f"cannot read the placements file {self.path}: {err.strerror or err}") from err
        try:
            return _parse(raw)
        except (ValueError, UnicodeDecodeError) as err:  # JSONDecodeError is a ValueError
            self.problems.append(self._set_aside(err))
            return {}

    def _set_aside(self, err: Exception) -> str:
        """Move a damaged file out of the way, unchanged, and say where it is."""
        kept = self.folder / f"placements.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.json"
        try:
            os.replace(self.path, kept)
        except OSError as move:
            raise PlacementError(
                f"the placements file {self.path} is damaged ({err}) and cannot be moved aside "
                f"({move.strerror or move}); hand placements are not saved until it is fixed") from move
        return (f"the placements file {self.path} was damaged ({err}); it is kept unchanged as "
                f"{kept}, and placements start again in a new file")  # fmt: skip

    def _write(self, articles: dict[str, Placements]) -> None:
        body = json.dumps({"version": VERSION, "articles": {k: {n: list(p) for n, p in v.items()}
                                                            for k, v in articles.items()}},
                          ensure_ascii=False, indent=1, sort_keys=True)  # fmt: skip

        def write(tmp: Path) -> None:
            tmp.write_text(body, encoding="utf-8")

        def verify(tmp: Path) -> None:
            try:
                _parse(tmp.read_bytes())
            except (ValueError, UnicodeDecodeError) as err:
                raise ExportError(f"the written placements file is incomplete: {err}") from err

        try:
            write_file(self.path, write, verify, what=f"the placements file {self.path}")
        except ExportError as err:
            raise PlacementError(str(err)) from err

    @contextlib.contextmanager
    def _locked(self):
        """One reader-writer at a time across processes (sessions of other servers too)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.folder / ".placements.lock", "a+b")  # noqa: SIM115
        except OSError as err:
            raise PlacementError(f"cannot use the data folder {self.folder}: {err.strerror or err}") from err
        try:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX)
            yield
        finally:
            handle.close()  # closing releases the lock
