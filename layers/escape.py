"""Every escape between our text and a reader that would run it, in one place.

Article text, place names, file names and ``?zone=`` values are data. Each reader has
its own dangerous characters: Streamlit renders Markdown, math and HTML (``plain``), a
``<script>`` element ends at ``</script>`` (``script_json``), and a spreadsheet runs a
cell that starts like a formula (``neutralise``). The folium map escapes with
``html.escape`` and the page's script puts text in with ``textContent`` only.
"""

from __future__ import annotations

import json
import re

# Streamlit Markdown's special characters: emphasis, links, images, headings, lists, tables,
# math, HTML, and the ``:emoji:``/``:color[...]`` directives.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:=&\"'])")
# Replaced one by one: str.replace scans at C speed, a translate table looks up every character
# (about 100 ms for a page's megabyte of JSON).
_JSON_IN_HTML = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain(text: object) -> str:
    r"""``text`` with every Markdown, math and HTML character escaped: shown as it is.

    >>> plain("[x](http://a) $y$")
    '\\[x\\]\\(http\\:\\/\\/a\\) \\$y\\$'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("/", "\\/")


def script_json(value) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&``.

    >>> script_json({"text": "</script><b>&"})
    '{"text": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    encoded = json.dumps(value, ensure_ascii=False)
    for character, escape in _JSON_IN_HTML:
        encoded = encoded.replace(character, escape)
    return encoded


def neutralise(value):
    """A text cell a spreadsheet would run as a formula, made inert with a leading apostrophe.

    >>> [neutralise(v) for v in ("=HYPERLINK(1)", "-1+2", "武汉", -1.5)]
    ["'=HYPERLINK(1)", "'-1+2", '武汉', -1.5]
    """
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
