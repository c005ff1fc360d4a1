"""``python -m geo places PATH [--json]``: every place the article names, as a table or JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys

from geo.article import read_article
from geo.errors import WuhanMapError
from geo.places import LocatedMention, locate_mentions

_COLUMNS = ("name", "place_id", "kind", "lon", "lat", "district", "status", "start", "end",
            "paragraph")  # fmt: skip


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    places = commands.add_parser("places", help="list every place mention of an article")
    places.add_argument("path", help="a UTF-8 text file")
    places.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    return parser


def _cell(value) -> str:
    if value is None:
        return "-"
    return f"{value:.6f}" if isinstance(value, float) else str(value)


def format_table(rows: list[LocatedMention]) -> str:
    """A plain-text table, columns padded for CJK (two cells per wide character)."""
    cells = [_COLUMNS] + [tuple(_cell(getattr(r, c)) for c in _COLUMNS) for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(_COLUMNS))]
    return "\n".join(
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True))
        .rstrip() for row in cells
    )  # fmt: skip


def _width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        article = read_article(args.path)
        rows = locate_mentions(article)
    except WuhanMapError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if article.converted:
        print("note: the text is in traditional characters; places were looked up in simplified ones "
              "(OpenCC), and names are given in simplified characters", file=sys.stderr)
    if args.json:
        for row in rows:
            print(json.dumps(row.as_dict(), ensure_ascii=False))
    else:
        print(format_table(rows))
        counts = {s: sum(r.status == s for r in rows) for s in ("resolved", "outside", "unresolved")}
        print(f"\n{len(rows)} mentions: " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
