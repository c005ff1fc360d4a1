"""Reading traditional characters: the text the finder reads, in simplified characters.

The gazetteer and the finder's word lists are written in simplified characters, so a page in
traditional characters (a zh.wikipedia page shown in zh-hant, a Hong Kong or Taiwan outlet, a
stored copy converted by a site) would name no place they know: 漢口 is not 汉口. OpenCC's
``t2s`` conversion gives the simplified reading. Every offset of a mention or a figure points
into the article as it was written, so the reading must keep the text's length: OpenCC
converts a few phrases to phrases of another length, and then the text is converted one
character at a time, which never changes a length.
"""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified_reading(text: str) -> str:
    """``text`` in simplified characters, of the same length, offset for offset.

    >>> simplified_reading("漢口江灘和黃鶴樓")
    '汉口江滩和黄鹤楼'
    >>> simplified_reading("武汉长江大桥")
    '武汉长江大桥'
    """
    if text.isascii():
        return text
    reading = _converter().convert(text)
    if len(reading) == len(text):
        return reading
    return "".join(_one_character(char) for char in text)


@cache
def _one_character(char: str) -> str:
    converted = _converter().convert(char)
    return converted if len(converted) == 1 else char
