"""Reading an article and cutting it into paragraphs whose offsets point into the original text.

Every fact we show is quoted with the paragraph it comes from, so offsets are
always into the untouched text: nothing is normalised before it is indexed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from importlib.resources import files
from pathlib import Path

from geo.errors import ArticleError

MAX_ARTICLE_BYTES = 5_000_000
SEED_ARTICLE = "changjiang_daily_innovation.txt"
SEED_SOURCE = "长江日报 (Changjiang Daily): 武汉全力激发产业创新活力 全市共建“鱼跃成龙”创新生态"

_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


@dataclass(frozen=True)
class Paragraph:
    """One block of text between blank lines; ``start``/``end`` index the article text."""

    index: int
    start: int
    end: int
    text: str
    heading: bool


@dataclass(frozen=True, eq=False)
class Article:
    """An article's text and its paragraphs."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    source: str = ""

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph that holds character ``offset``."""
        position = bisect_right(self._starts, offset) - 1
        if position >= 0 and offset < self.paragraphs[position].end:
            return self.paragraphs[position]
        raise IndexError(f"offset {offset} is outside every paragraph")

    @cached_property
    def _starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Blocks separated by blank lines, stripped of surrounding spaces, with their offsets.

    >>> [p.text for p in split_paragraphs("## 标题\\n\\n第一段。\\n\\n  第二段  ")]
    ['## 标题', '第一段。', '第二段']
    """
    paragraphs = []
    for match in _PARAGRAPH.finditer(text):
        raw = match.group()
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        end = start + len(raw.strip())
        body = text[start:end]
        paragraphs.append(
            Paragraph(len(paragraphs), start, end, body, body.startswith("#"))
        )
    return tuple(paragraphs)


def check_size(size: int, name: str) -> None:
    """Refuse an article of more than ``MAX_ARTICLE_BYTES`` bytes of UTF-8, pasted or uploaded.

    >>> check_size(MAX_ARTICLE_BYTES, "a.txt")
    >>> check_size(MAX_ARTICLE_BYTES + 1, "a.txt")
    Traceback (most recent call last):
    ...
    geo.errors.ArticleError: the article a.txt is 5,000,001 bytes; the limit is 5,000,000
    """
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"the article {name} is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,}")


def _utf8_size(text: str, name: str) -> int:
    """The size of ``text`` in UTF-8; a lone surrogate (no UTF-8 form) is named with its position."""
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError as err:
        raise ArticleError(
            f"the article {name} is not valid text: {text[err.start]!r} at character "
            f"{err.start} has no UTF-8 form (a lone surrogate)"
        ) from err


def parse_article(text: str, source: str = "") -> Article:
    """An ``Article`` from text, pasted or decoded; the one gate every article passes.

    Raises ``ArticleError`` when there is no text to read, when it is larger than
    ``MAX_ARTICLE_BYTES`` in UTF-8 (the same limit as an upload), or when it holds a
    character that cannot be written as UTF-8.
    """
    name = source or "(pasted text)"
    check_size(_utf8_size(text, name), name)
    if not text.strip():
        raise ArticleError(f"the article {name} is empty")
    if "\x00" in text:
        raise ArticleError(f"the article {name} looks binary (NUL bytes)")
    return Article(text=text, paragraphs=split_paragraphs(text), source=source)


def decode_article(data: bytes, source: str = "") -> Article:
    """An ``Article`` from raw bytes (an upload or a file), refusing binary and non-UTF-8 data."""
    name = source or "(uploaded file)"
    check_size(len(data), name)
    if b"\x00" in data:
        raise ArticleError(f"the article {name} is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"the article {name} is not UTF-8 text (bad byte at position {err.start})"
        ) from err
    return parse_article(text, source)


def read_article(path: str | Path) -> Article:
    """Read an article file; every failure is an ``ArticleError`` that names the path."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as err:
        raise ArticleError(f"no such article file: {path}") from err
    except IsADirectoryError as err:
        raise ArticleError(f"{path} is a folder, not an article file") from err
    except OSError as err:
        raise ArticleError(f"cannot read the article {path}: {err.strerror}") from err
    return decode_article(data, str(path))


def seed_article() -> Article:
    """The Changjiang Daily article shipped in ``seeds/``."""
    data = files("seeds").joinpath(SEED_ARTICLE).read_bytes()
    return decode_article(data, SEED_SOURCE)
