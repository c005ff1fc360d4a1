"""Score the geoparser on evaluation sets: ``python bench/eval_geoparser.py [DIR ...]``.

The default directory is ``seeds/eval`` (texts, gold lists and their sources in its README).
Each set's report gives, per text, the rates and the names it missed or placed wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.evaluate import evaluate  # noqa: E402


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="*", type=Path, default=[ROOT / "seeds" / "eval"],
                        metavar="DIR", help="a set: DIR/texts/*.txt and DIR/gold/*.csv")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv[1:])
    for directory in args.directories:
        if not (directory / "texts").is_dir() or not (directory / "gold").is_dir():
            print(f"error: {directory} is not an evaluation set (it needs texts/ and gold/)",
                  file=sys.stderr)
            return 2
    for directory in args.directories:
        try:
            report = evaluate(directory)
        except (OSError, ValueError) as err:
            print(f"error: {directory}: {err}", file=sys.stderr)
            return 2
        if len(args.directories) > 1:
            print(f"== {directory}")
        print(report.format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
