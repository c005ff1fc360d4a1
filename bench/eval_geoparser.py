"""Score the geoparser on the evaluation set: ``python bench/eval_geoparser.py [dir]``.

The default directory is ``seeds/eval`` (texts, gold lists and their sources in its README).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.evaluate import evaluate  # noqa: E402


def main(argv: list[str]) -> int:
    directory = Path(argv[1]) if len(argv) > 1 else ROOT / "seeds" / "eval"
    print(evaluate(directory).format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
