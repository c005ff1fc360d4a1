"""Hand placements on disk: per article, across restarts and sessions, never lost silently."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from layers.placements import PlacementStore, article_key, data_dir

KEY = article_key("南湖硅巷新开了星河实验室。")


def test_the_key_is_the_sha256_of_the_text():
    assert article_key("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_the_data_folder_follows_wim_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("WIM_DATA_DIR", str(tmp_path / "d"))
    assert data_dir() == tmp_path / "d"
    assert PlacementStore().path == tmp_path / "d" / "placements.json"


def test_a_placement_is_kept_by_a_new_store_in_the_same_folder(tmp_path):
    assert PlacementStore(tmp_path).put(KEY, "星河实验室", 114.35712345678, 30.5204) is None
    assert PlacementStore(tmp_path).load(KEY) == {"星河实验室": (114.357123, 30.5204)}
    assert PlacementStore(tmp_path).load(article_key("another text")) == {}
    on_disk = json.loads((tmp_path / "placements.json").read_text("utf-8"))
    assert on_disk == {"version": 1, "articles": {KEY: {"星河实验室": [114.357123, 30.5204]}}}


def test_moving_and_removing_return_the_position_before(tmp_path):
    store = PlacementStore(tmp_path)
    store.put(KEY, "星河实验室", 114.1, 30.1)
    assert store.put(KEY, "星河实验室", 114.2, 30.2) == (114.1, 30.1)
    assert store.remove(KEY, "星河实验室") == (114.2, 30.2)
    assert store.load(KEY) == {}
    assert json.loads(store.path.read_text("utf-8"))["articles"] == {}


@pytest.mark.parametrize("lon, lat", [(float("nan"), 30.0), (200.0, 30.0), (114.0, -91.0)])
def test_a_point_off_the_globe_is_refused(tmp_path, lon, lat):
    with pytest.raises(ValueError, match="星河实验室"):
        PlacementStore(tmp_path).put(KEY, "星河实验室", lon, lat)


@pytest.mark.parametrize("damage", [b'{"version": 1, "articles": {"k": {"x": [1', b"\xff\xfe",
                                    b'{"version": 1, "articles": {"k": {"x": "here"}}}', b"[]"])  # fmt: skip
def test_a_damaged_file_is_kept_aside_and_said_so(tmp_path, damage):
    (tmp_path / "placements.json").write_bytes(damage)
    store = PlacementStore(tmp_path)
    assert store.load(KEY) == {}
    (problem,) = store.problems
    (kept,) = tmp_path.glob("placements.damaged-*.json")
    assert kept.read_bytes() == damage  # nothing lost
    assert str(tmp_path / "placements.json") in problem and str(kept) in problem
    store.put(KEY, "星河实验室", 114.3, 30.5)  # and placing works again, in a new file
    assert PlacementStore(tmp_path).load(KEY) == {"星河实验室": (114.3, 30.5)}


PLACE_MANY = """
import sys
from layers.placements import PlacementStore
store, worker = PlacementStore(sys.argv[1]), int(sys.argv[2])
for i in range(15):
    store.put(sys.argv[3], f"名称{worker}-{i}", 114.0 + i / 100, 30.0 + worker / 100)
"""


def test_concurrent_sessions_lose_nothing(tmp_path):
    """Four processes (four servers, or sessions) place 15 names each into one file at once."""
    root = Path(__file__).resolve().parents[2]
    workers = [subprocess.Popen([sys.executable, "-c", PLACE_MANY, str(tmp_path), str(w), KEY], cwd=root)
               for w in range(4)]  # fmt: skip
    assert [w.wait(120) for w in workers] == [0, 0, 0, 0]
    placed = PlacementStore(tmp_path).load(KEY)
    assert len(placed) == 60
    assert placed["名称3-14"] == (114.14, 30.03)
    assert not list(tmp_path.glob(".export-*"))  # no staging folder left behind
