"""`make eval`'s script: it scores the sets it is given, and a wrong path is an error, not a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "eval_geoparser.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=300)  # fmt: skip


def test_a_path_that_is_no_set_is_named_in_an_error(tmp_path):
    result = run(str(tmp_path / "nope"))
    assert result.returncode == 2
    assert result.stderr == f"error: {tmp_path / 'nope'} is not an evaluation set (it needs texts/ and gold/)\n"
    assert "Traceback" not in result.stderr


def test_a_malformed_gold_list_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("他在洪山区工作。", encoding="utf-8")
    (tmp_path / "gold" / "a.csv").write_text("name,class,lon,lat,ref_source,tolerance_m,note\n"
                                             "洪山区,planet,,,,,\n", encoding="utf-8")  # fmt: skip
    result = run(str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {tmp_path}: ") and "a.csv:2: class 'planet'" in result.stderr
    assert "Traceback" not in result.stderr


def test_two_sets_are_scored_one_after_the_other(tmp_path):
    for name in ("one", "two"):
        (tmp_path / name / "texts").mkdir(parents=True)
        (tmp_path / name / "gold").mkdir()
        (tmp_path / name / "texts" / "a.txt").write_text("他在洪山区工作。", encoding="utf-8")
        (tmp_path / name / "gold" / "a.csv").write_text(
            "name,class,lon,lat,ref_source,tolerance_m,note\n洪山区,district,,,,,\n", encoding="utf-8")
    result = run(str(tmp_path / "one"), str(tmp_path / "two"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("overall") == 2
    assert f"== {tmp_path / 'one'}" in result.stdout and f"== {tmp_path / 'two'}" in result.stdout
