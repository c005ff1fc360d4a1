"""Mutation testing of the modules where a quiet bug costs most, each against its own tests.

    .venv/bin/python bench/mutate.py [MODULE ...]     # default: every module below

Runs mutmut 2 once per module with a runner that collects only the tests that exercise that
module (and the module's doctests), so a run fits on two cores; then prints each module's
mutants, survivors and survival rate. ``.venv/bin/mutmut show <id>`` shows one survivor.
mutmut 2 edits the module in place while it runs and restores it after each mutant: do not
run other tests in the same tree meanwhile.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# module -> the test files that guard it (the module itself is added for its doctests)
MODULES = {
    "geo/datums.py": ["tests/geo/test_datums.py", "tests/geo/test_datums_published.py"],
    "geo/facts.py": ["tests/geo/test_facts.py", "tests/geo/test_facts_exact.py"],
    "layers/atomic.py": ["tests/layers/test_atomic.py"],
    "layers/escape.py": ["tests/layers/test_escape.py"],
    "layers/export.py": ["tests/layers/test_export.py", "tests/layers/test_export_contract.py",
                         "tests/layers/test_export_formulas.py", "tests/layers/test_export_safety.py",
                         "tests/layers/test_export_view.py", "tests/layers/test_precision_exports.py",
                         "tests/layers/test_atomic.py", "tests/layers/test_export_verifiers.py",
                         "tests/layers/test_citations_panel.py"],
    "geo/finder.py": ["tests/geo/test_finder.py", "tests/geo/test_finder_words.py",
                      "tests/geo/test_unknown_names.py", "tests/geo/test_name_classes.py",
                      "tests/geo/test_city_areas.py", "tests/geo/test_finder_recall.py",
                      "tests/geo/test_finder_gauges.py", "tests/geo/test_finder_shortcuts.py"],
    "layers/panel.py": ["tests/layers/test_panel.py", "tests/layers/test_citations_panel.py",
                        "tests/layers/test_injection.py::test_panel_passage_keeps_markup_before_"
                        "between_and_after_mentions_as_text",
                        "tests/layers/test_injection.py::test_a_mention_made_of_markup_is_a_run_of_text"],
    "layers/standalone.py": ["tests/layers/test_standalone.py"],
    # The escaping paths of the folium map: the whole module is mutated, the tests are the map's.
    "layers/webmap.py": ["tests/layers/test_webmap.py", "tests/layers/test_injection.py",
                         "tests/layers/test_gaode_display.py", "tests/layers/test_map_first.py",
                         "tests/layers/test_webmap_edges.py"],
}


def mutmut(*args: str) -> subprocess.CompletedProcess:
    exe = str(Path(sys.executable).with_name("mutmut"))
    return subprocess.run([exe, *args], cwd=ROOT, capture_output=True, text=True)


def run(module: str) -> None:
    runner = f"{sys.executable} -m pytest -x -q -p no:cacheprovider {module} {' '.join(MODULES[module])}"
    result = mutmut("run", "--paths-to-mutate", module, "--runner", runner, "--no-progress")
    if result.returncode & 1:
        sys.exit(f"mutmut failed on {module}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")


def tally() -> dict[str, dict[str, list[int]]]:
    """module -> status -> mutant ids, read from mutmut's cache."""
    found: dict[str, dict[str, list[int]]] = {}
    with sqlite3.connect(ROOT / ".mutmut-cache") as db:
        rows = db.execute(
            "SELECT f.filename, m.status, m.id FROM Mutant m JOIN Line l ON m.line = l.id "
            "JOIN SourceFile f ON l.sourcefile = f.id ORDER BY m.id"
        ).fetchall()
    for module, status, mutant in rows:
        found.setdefault(module, {}).setdefault(status, []).append(mutant)
    return found


def main(argv: list[str]) -> None:
    chosen = argv or list(MODULES)
    unknown = [m for m in chosen if m not in MODULES]
    if unknown:
        sys.exit(f"unknown module {', '.join(unknown)}; choose from {', '.join(MODULES)}")
    for module in chosen:
        run(module)
    for module, statuses in tally().items():
        total = sum(len(ids) for ids in statuses.values())
        survived = statuses.get("bad_survived", []) + statuses.get("bad_timeout", [])
        print(f"{module}: {total} mutants, {len(survived)} survived ({len(survived) / total:.0%})"
              + (f": ids {', '.join(map(str, survived))}" if survived else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
