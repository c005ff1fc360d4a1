"""A module's mutant survival rate, estimated from a random sample of its mutants.

mutmut 2 tests every mutant in file order, and the finder's thousand take about three hours on
two shared cores: a run stopped part way gives the rate of the module's first functions, not of
the module. This draws ``--n`` mutants at random (a fixed ``--seed``: a run can be repeated) from
mutmut's cache, applies each to the module (``mutmut apply``), runs the module's tests (the list in
``bench/mutate.py``), puts the module back, and prints the survivors and the survival rate with
its 95% Wilson interval.

It edits the module in place, like mutmut: run it in a clone. mutmut registers every mutant in
its cache before it tests any, so a ``mutmut run`` stopped after its first seconds is enough:

    python bench/mutate_sample.py geo/finder.py --n 120 --seed 1
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.mutate import MODULES  # noqa: E402

TIMEOUT_S = 300  # a mutant that loops is killed by the clock (counted apart)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion k/n (sound at 0 and at small n)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def mutant_ids(module: str) -> list[int]:
    """Every mutant of ``module`` that mutmut registered, in its id order."""
    cache = ROOT / ".mutmut-cache"
    if not cache.exists():
        sys.exit(f"error: no mutmut cache in {ROOT}: start `mutmut run --paths-to-mutate {module}` first")
    with sqlite3.connect(f"file:{cache}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT mutant.id FROM mutant JOIN line ON mutant.line = line.id "
            "JOIN sourcefile ON line.sourcefile = sourcefile.id WHERE sourcefile.filename = ? ORDER BY mutant.id",
            (module,),
        ).fetchall()
    return [row[0] for row in rows]


def verdict(module: str, mutant: int) -> str:
    """'killed', 'survived' or 'timeout' for one mutant, or 'stale' when the cache holds it from
    an older version of the module (its line is gone); the module is put back whatever happens."""
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    tests = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", module, *MODULES[module]]
    try:
        if subprocess.run([mutmut, "apply", str(mutant)], cwd=ROOT, capture_output=True).returncode:
            return "stale"
        result = subprocess.run(tests, cwd=ROOT, capture_output=True, timeout=TIMEOUT_S)
        return "survived" if result.returncode == 0 else "killed"
    except subprocess.TimeoutExpired:
        return "timeout"
    finally:
        subprocess.run(["git", "checkout", "-q", "--", module], cwd=ROOT, check=True)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", choices=sorted(MODULES))
    parser.add_argument("--n", type=int, default=100, help="mutants to draw (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    ids = mutant_ids(args.module)
    drawn = sorted(random.Random(args.seed).sample(ids, min(args.n, len(ids))))
    results = {}
    for done, mutant in enumerate(drawn, 1):
        results[mutant] = verdict(args.module, mutant)
        print(f"{done}/{len(drawn)} mutant {mutant}: {results[mutant]}", flush=True)
    survived = [m for m, v in results.items() if v == "survived"]
    tested = [m for m, v in results.items() if v != "stale"]
    low, high = wilson(len(survived), len(tested))
    print(f"{args.module}: {len(tested)} of {len(ids)} mutants drawn at random (seed {args.seed}; "
          f"{len(drawn) - len(tested)} stale, left out): {len(survived)} survived "
          f"({len(survived) / max(len(tested), 1):.1%}, 95% interval {low:.1%}-{high:.1%}); "
          f"{sum(v == 'timeout' for v in results.values())} timed out")  # fmt: skip
    print("survivors (mutmut show ID):", " ".join(map(str, survived)) or "none")


if __name__ == "__main__":
    main(sys.argv[1:])
