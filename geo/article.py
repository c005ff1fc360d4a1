"""Reading an article and cutting it into paragraphs whose offsets point into the original text.

Every fact we show is quoted with the paragraph it comes from, so offsets are
always into the untouched text: nothing is normalised before it is indexed.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

from geo.errors import ArticleError
from geo.scripts import simplified_reading

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


@dataclass(frozen=True)
class ArticleMeta:
    """What the text says of itself: headline, outlet, date and URL; "" for what it does not give.

    Read from the text only (``article_meta``), never guessed: the seed gives its
    headline and, in its byline, its outlet, but no date or URL.
    """

    headline: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"headline": self.headline, "outlet": self.outlet, "date": self.date, "url": self.url}

    def citation(self) -> str:
        """One line: 《headline》, outlet, date, URL (whatever is known)."""
        parts = [f"《{self.headline}》" if self.headline else "", self.outlet, self.date, self.url]
        return ", ".join(p for p in parts if p)

    def credit(self, lang: str) -> str:
        """The credit line of a map in ``lang``: the outlet (in English where its English name
        is known), the headline in 《》 as printed, the date and the URL.

        >>> ArticleMeta("标题", "长江日报", "2024-09-06").credit("en")
        'Changjiang Daily, 《标题》, 2024-09-06'
        >>> ArticleMeta("标题", "长江日报").credit("zh")
        '长江日报《标题》'
        """
        outlet = outlet_name(self.outlet, lang)
        headline = f"《{self.headline}》" if self.headline else ""
        if lang == "zh":
            return "，".join(p for p in (outlet + headline, self.date, self.url) if p)
        return ", ".join(p for p in (outlet, headline, self.date, self.url) if p)


@cache
def _outlets_en() -> dict[str, str]:
    with files("seeds").joinpath("outlets_en.csv").open(encoding="utf-8") as handle:
        return {row["name_zh"]: row["name_en"] for row in csv.DictReader(handle)}


def outlet_name(outlet: str, lang: str) -> str:
    """An outlet's name in ``lang``: 长江日报 is Changjiang Daily in English
    (``seeds/outlets_en.csv``); an outlet not listed keeps its own name."""
    return _outlets_en().get(outlet, outlet) if lang == "en" else outlet


@dataclass(frozen=True, eq=False)
class Article:
    """An article's text, its paragraphs and what it says of itself (``meta``)."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    source: str = ""
    meta: ArticleMeta = ArticleMeta()
    # The text in simplified characters, offset for offset (geo.scripts): what the finder
    # reads, so that 漢口 is 汉口; quotes come from ``text``, as written. "" means ``text``.
    simplified: str = ""

    @property
    def reading(self) -> str:
        """The text the finder reads: ``simplified`` where the article has traditional characters."""
        return self.simplified or self.text

    @property
    def converted(self) -> bool:
        """Whether the article was read through a conversion from traditional characters."""
        return bool(self.simplified)  # set only where the reading differs from the text

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
    paragraphs = split_paragraphs(text)
    reading = simplified_reading(text)
    return Article(text=text, paragraphs=paragraphs, source=source,
                   meta=article_meta(text, paragraphs), simplified=reading if reading != text else "")  # fmt: skip


HEAD_PARAGRAPHS = 6  # a headline, a date or a 来源 line stands in the first few blocks
_OUTLET = (r"(?:新华社|中新社|人民网|长江云|[\u4e00-\u9fff]{2,6}?"
           r"(?:日报|晚报|早报|商报|新闻网|新闻|电视台|广播电视台))")  # fmt: skip
_SOURCE_LINE = re.compile(r"^(?:来源|稿源|出处)[:：]\s*(?P<outlet>\S.{0,30}?)\s*$", re.M)
_BYLINE = re.compile(r"(?P<outlet>%s)(?:全媒)?(?:记者|通讯员)(?![^\n]*摄\s*$)" % _OUTLET, re.M)
_DATE = re.compile(r"(?P<date>20\d\d-\d{1,2}-\d{1,2}|20\d\d年\d{1,2}月\d{1,2}日)")
_URL = re.compile(r"https?://[^\s<>\"'，。）)]+")
_SENTENCE_END = ("。", "!", "?", "！", "？", ";", "；", ":", "：")


def article_meta(text: str, paragraphs: tuple[Paragraph, ...]) -> ArticleMeta:
    """Headline, outlet, date and URL, when the text gives them.

    - headline: the first Markdown heading (``# ...``) of the head, else a short first
      block that is not a sentence;
    - outlet: a ``来源:`` line of the head, else the first reporter's byline (长江日报记者…),
      never a photo credit (…摄);
    - date: a ``2024-09-06`` or ``2024年9月6日`` in a short block of the head;
    - url: the first ``http(s)://`` address in the text.
    """
    head = paragraphs[:HEAD_PARAGRAPHS]
    source = next((_SOURCE_LINE.search(p.text) for p in head if _SOURCE_LINE.search(p.text)), None)
    byline = _BYLINE.search(text)
    date = next((m for p in head if len(p.text) <= 60 and (m := _DATE.search(p.text))), None)
    url = _URL.search(text)
    return ArticleMeta(
        headline=_headline(head),
        outlet=source.group("outlet") if source else byline.group("outlet") if byline else "",
        date=date.group("date") if date else "",
        url=url.group() if url else "",
    )  # fmt: skip


def _headline(head: tuple[Paragraph, ...]) -> str:
    heading = next((p for p in head if p.text.startswith("# ")), None)
    if heading is not None:
        return heading.text.lstrip("# ").strip()
    first = head[0].text.strip() if head else ""
    short = 0 < len(first) <= 40 and "\n" not in first and not first.endswith(_SENTENCE_END)
    other = _DATE.search(first) or _SOURCE_LINE.search(first) or _BYLINE.search(first)
    return first if short and not other else ""


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
