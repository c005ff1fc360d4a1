"""Mutation testing of the front end's JavaScript against the browser tests.

    .venv/bin/python bench/mutate_js.py layers/assets/standalone.js \
        [--mutation textContent-innerHTML] [--mutation drop-escape] [--mutation 'OLD=>NEW'] \
        [--tests "tests/layers/test_standalone.py -m browser"]

Each mutation names a rewrite; every place it applies gives one mutant (one site changed at a
time). For each mutant the file is rewritten in place, the tests run, and the file is put back
byte for byte (checked) before the next one. A mutant survives when the tests still pass.
``textContent-innerHTML``: a text assignment ``x.textContent = ...`` becomes ``x.innerHTML = ...``.
``drop-escape``: a call ``escapeHtml(...)`` (or ``escape(...)``/``esc(...)``) becomes ``String(...)``.
"""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILTIN = {
    "textContent-innerHTML": (re.compile(r"\.textContent(\s*=(?!=))"), r".innerHTML\1"),
    "drop-escape": (re.compile(r"(?<![\w.])(?:escapeHtml|escape|esc)\((?!\w*\)\s*\{)"), "String("),
}
DEFAULT_MUTATIONS = list(BUILTIN)
DEFAULT_TESTS = "tests/layers/test_standalone.py -m browser"


def rule(name: str) -> tuple[re.Pattern, str]:
    if name in BUILTIN:
        return BUILTIN[name]
    if "=>" not in name:
        raise SystemExit(f"unknown mutation {name!r}: use {', '.join(BUILTIN)} or 'OLD=>NEW'")
    old, new = name.split("=>", 1)
    return re.compile(re.escape(old)), new.replace("\\", "\\\\")


def mutants(source: str, name: str):
    """(line number, mutated source) for each site where ``name`` applies, one site at a time."""
    pattern, replacement = rule(name)
    for match in pattern.finditer(source):
        if _is_definition(source, match):
            continue
        mutated = source[: match.start()] + match.expand(replacement) + source[match.end():]
        yield source.count("\n", 0, match.start()) + 1, mutated


def _is_definition(source: str, match: re.Match) -> bool:
    line_start = source.rfind("\n", 0, match.start()) + 1
    return source[line_start : match.start()].rstrip().endswith("function")


def run_tests(tests: str) -> bool:
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *shlex.split(tests)]
    return subprocess.run(command, cwd=ROOT, capture_output=True).returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("js", type=Path, help="the JavaScript file to mutate")
    parser.add_argument("--mutation", action="append", help="a built-in name or 'OLD=>NEW'")
    parser.add_argument("--tests", default=DEFAULT_TESTS, help="pytest arguments")
    args = parser.parse_args(argv)
    path = args.js if args.js.is_absolute() else ROOT / args.js
    original = path.read_bytes()
    source = original.decode("utf-8")
    if not run_tests(args.tests):
        raise SystemExit("the tests fail on the unmutated file: fix them first")
    survived, total = [], 0
    try:
        for name in args.mutation or DEFAULT_MUTATIONS:
            for line, mutated in mutants(source, name):
                total += 1
                path.write_text(mutated, encoding="utf-8")
                killed = not run_tests(args.tests)
                path.write_bytes(original)
                print(f"{'killed  ' if killed else 'SURVIVED'} {name} at {path.name}:{line}", flush=True)
                if not killed:
                    survived.append(f"{name} at line {line}")
    finally:
        path.write_bytes(original)
    assert path.read_bytes() == original
    rate = f"{len(survived)}/{total}" if total else "0/0"
    print(f"{rate} mutants survived" + "".join(f"\n  {s}" for s in survived))
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
