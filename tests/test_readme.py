"""The README's promises hold: its two commands exist, CI runs the same one, examples print what it shows."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def test_the_two_commands_are_make_run_and_make_test():
    block = re.search(r"## Two commands\n\n```sh\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines()]
    assert commands == ["make run", "make test"]
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(r"^run: .*\n\t\$\(BIN\)/streamlit run streamlit_app.py", makefile, re.M)
    assert re.search(r"^test: ", makefile, re.M)


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert re.search(r"^make test$", ci, re.M)
    assert "REQUIRE_BROWSER=1" in ci


def test_console_examples_print_what_the_readme_shows():
    block = re.search(r"```console\n(.*?)```", README, re.S).group(1)
    examples = re.findall(r"^\$ (.+)\n((?:(?!\$ ).*\n)*)", block, re.M)
    assert examples
    for command, expected in examples:
        command = command.replace(".venv/bin/python", str(Path(__import__("sys").executable)))
        result = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True,
                                timeout=120)  # fmt: skip
        assert result.stdout == expected, command


def test_the_geocode_cache_lifetimes_in_the_readme_are_the_code_s():
    from geo.geocoders.chain import ANSWER_TTL, DAY, MISS_TTL

    assert "answers for 180 days\nand \"not found\" for 7 days" in README
    assert (ANSWER_TTL / DAY, MISS_TTL / DAY) == (180, 7)
