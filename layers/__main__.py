"""``python -m layers``: export layers, render maps, stage offline assets for the app.

    python -m layers export --out DIR [--format geojson|gpkg|csv] [--layers zones firms ...]
    python -m layers render --html map.html [--offline] | --png map.png [--lang en]
    python -m layers assets          # copy Leaflet from its PyPI package to ./static/vendor
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.article import read_article, seed_article
from geo.errors import WuhanMapError
from layers.build import build_layers
from layers.catalogue import LAYERS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m layers", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write the layers as files")
    export.add_argument("--out", required=True, help="folder to write into")
    export.add_argument("--format", default="geojson", choices=("geojson", "gpkg", "csv"))
    export.add_argument("--layers", nargs="+", choices=LAYERS, metavar="LAYER",
                        help=f"a subset of: {', '.join(LAYERS)}")  # fmt: skip
    render = commands.add_parser("render", help="write an embeddable map")
    target = render.add_mutually_exclusive_group(required=True)
    target.add_argument("--html", help="standalone HTML file")
    target.add_argument("--png", help="print map: .png, .svg or .pdf")
    render.add_argument("--offline", action="store_true", help="inline every script (HTML)")
    render.add_argument("--lang", default="zh", choices=("zh", "en"))
    commands.add_parser("assets", help="stage Leaflet for the Streamlit app (offline)")
    export.add_argument("--lang", default="zh", choices=("zh", "en"),
                        help="language of the display fields (name, kind_label, ...)")
    for sub in (export, render):
        sub.add_argument("--article", help="a UTF-8 article (default: the seed article)")
    return parser


def _article(path: str | None):
    return read_article(path) if path else seed_article()


def _export(args) -> None:
    from layers.export import export

    article = _article(args.article)
    layers = build_layers(article)
    for path in export(layers, args.out, args.format, args.layers, lang=args.lang, meta=article.meta,
                       csvw=True):
        print(path)


def _render(args) -> None:
    article = _article(args.article)
    layers = build_layers(article)
    if args.html:
        from layers.export import to_html
        from layers.standalone import iframe_snippet, render_standalone

        path = Path(args.html)
        to_html(render_standalone(layers, article, offline=args.offline, lang=args.lang), path)
        print(path)
        print(iframe_snippet(path.name))
    else:
        from layers.print_map import alt_text, render_print

        print(render_print(layers, args.png, lang=args.lang, meta=article.meta))
        print(alt_text(layers, args.lang, meta=article.meta))  # for the <img alt="..."> of a report


def _assets(_args) -> None:
    from layers.vendor import stage_leaflet

    print(stage_leaflet(Path("static")))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        {"export": _export, "render": _render, "assets": _assets}[args.command](args)
    except WuhanMapError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: {err.strerror or err}: {err.filename or ''}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
