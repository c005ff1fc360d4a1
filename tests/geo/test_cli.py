"""``python -m geo places``: a table or JSON Lines; bad input is a message, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SEED = "seeds/changjiang_daily_innovation.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True,
                          timeout=60)  # fmt: skip


def test_json_lines_carry_the_required_fields():
    result = run("places", SEED, "--json")
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"name", "place_id", "kind", "lon", "lat", "district", "status", "start", "end",
            "paragraph"} <= set(rows[0])  # fmt: skip
    belt = next(r for r in rows if r["name"] == "环华科大创新发展带")
    assert (belt["place_id"], belt["status"], belt["district"]) == ("hust_belt", "resolved", "洪山区")


def test_table_is_readable_and_counts_statuses():
    result = run("places", SEED)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].split()[:3] == ["name", "place_id", "kind"]
    assert "mentions:" in result.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is binary"),
        ("武汉".encode("gbk"), "is not UTF-8 text"),
    ],
)
def test_bad_files_get_a_clear_message(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    result = run("places", str(path))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_missing_file_and_folder(tmp_path):
    missing = run("places", str(tmp_path / "nope.txt"))
    folder = run("places", str(tmp_path))
    assert "no such article file" in missing.stderr and missing.returncode == 2
    assert "is a folder" in folder.stderr and folder.returncode == 2


def test_bad_arguments_exit_nonzero_with_usage():
    result = run("places")
    assert result.returncode == 2 and "usage:" in result.stderr


def test_huge_input_is_refused_before_it_is_read_as_text():
    from geo.article import MAX_ARTICLE_BYTES, decode_article
    from geo.errors import ArticleError

    with pytest.raises(ArticleError, match="the limit is 5,000,000"):
        decode_article(b"a" * (MAX_ARTICLE_BYTES + 1), "big.txt")
