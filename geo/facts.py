"""Figures and targets in the article (亿元, 家, %, 万人, 平方公里, target years), with offsets.

A figure is a literal span of the article: its ``text`` is ``article.text[start:end]``
and it belongs to the sentence quoted with it. Nothing is computed or rounded, so
no number can appear in a panel that the article does not print.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from weakref import WeakKeyDictionary

from geo.article import Article, Paragraph

_NUMBER = r"(?:\d+(?:\.\d+)?|(?P<zh>[一二两三四五六七八九十百千]+))"
_UNITS = (
    "平方公里", "年内", "亿元", "万元", "万人", "万家", "家", "项", "个", "套", "%", "倍", "人", "亿",
)  # fmt: skip
_FIGURE = re.compile(
    r"(?P<qual>超|近|逾|约|达|突破|超过)?(?P<num>%s)(?:多|余)?(?P<scale>亿级|百亿级|千亿级)?"
    r"(?P<unit>%s)?" % (_NUMBER, "|".join(map(re.escape, _UNITS)))
)
_YEAR = re.compile(r"(?:到|至|在)?(?P<year>20\d\d)年")
_SENTENCE = re.compile(r"[^。!?;!?;]+[。!?;!?;]?")
_TARGET_WORDS = ("力争", "目标", "将", "到20", "计划", "下一步")
# A clause: what lies between two of these in a sentence (full- and half-width).
_CLAUSE_BREAKS = "，,；;：:。！？!?"
_ITEM_BREAKS = _CLAUSE_BREAKS + "、"
# Units that are not counts of something (a time window, a target year): they take no noun.
_NOUNLESS_UNITS = ("年内", "年 (target year)")


@dataclass(frozen=True)
class Figure:
    """A number with its unit as printed, the noun it counts, its sentence and where it stands.

    ``noun`` is a word of the article beside the figure (企业 for 500家 in
    高成长科技企业500家), "" when its clause holds no known noun; ``clause`` is then
    what a reader needs to know what it counts.
    """

    text: str
    unit: str
    start: int
    end: int
    paragraph: int
    sentence: str
    target: bool
    noun: str = ""
    clause: str = ""


def sentences(paragraph: Paragraph) -> list[tuple[int, int]]:
    """(start, end) offsets in the article of each sentence of ``paragraph``."""
    return [
        (paragraph.start + m.start(), paragraph.start + m.end())
        for m in _SENTENCE.finditer(paragraph.text)
    ]


def _is_target(sentence: str) -> bool:
    return any(word in sentence for word in _TARGET_WORDS)


def _figures_in(article: Article, start: int, end: int, paragraph: int) -> list[Figure]:
    sentence = article.text[start:end]
    found = []
    for match in _FIGURE.finditer(article.text, start, end):
        # Chinese numerals count only as a size class (千亿级): alone they are words (五个坚持).
        if match.group("scale") or (match.group("unit") and not match.group("zh")):
            unit = "级 (size class)" if match.group("scale") else match.group("unit")
            found.append(_figure(article, match.span(), unit, paragraph, sentence))
    for match in _YEAR.finditer(article.text, start, end):
        if _is_target(sentence) and int(match.group("year")) >= 2026:
            span = match.span("year")[0], match.end()
            found.append(_figure(article, span, "年 (target year)", paragraph, sentence))
    return found


def _figure(article: Article, span: tuple[int, int], unit: str, paragraph: int,
            sentence: str) -> Figure:  # fmt: skip
    start, end = span
    clause = clause_span(article.text, start, end, _ITEM_BREAKS)
    return Figure(
        text=article.text[start:end], unit=unit, start=start, end=end,
        paragraph=paragraph, sentence=sentence.strip(), target=_is_target(sentence),
        noun="" if unit in _NOUNLESS_UNITS else counted_noun(article.text, span, clause),
        clause=article.text[clause[0]:clause[1]].strip(),
    )  # fmt: skip


def clause_span(text: str, start: int, end: int, breaks: str = _CLAUSE_BREAKS) -> tuple[int, int]:
    """The clause of ``text`` that holds ``start``..``end``: between the nearest ``breaks``
    (or line ends) on either side.

    >>> t = "联动洪山等区域,做优800平方公里“一小时供应链圈”;"
    >>> s, e = clause_span(t, 11, 18)
    >>> t[s:e]
    '做优800平方公里“一小时供应链圈”'
    """
    left = max(text.rfind(c, 0, start) for c in breaks + "\n") + 1
    rights = [i for i in (text.find(c, end) for c in breaks + "\n") if i >= 0]
    return left, min(rights, default=len(text))


@cache
def _nouns() -> tuple[str, ...]:
    """The counted nouns of ``seeds/figure_nouns.txt``, longest first."""
    lines = files("seeds").joinpath("figure_nouns.txt").read_text("utf-8").splitlines()
    return tuple(sorted({w.strip() for w in lines if w.strip() and not w.startswith("#")},
                        key=len, reverse=True))  # fmt: skip


def counted_noun(text: str, span: tuple[int, int], clause: tuple[int, int]) -> str:
    """The known noun nearest the figure in its clause, after it first (500家企业), else before
    it (企业500家); "" when the clause holds none.

    >>> counted_noun("培育高成长科技企业500家", (9, 13), (0, 13))
    '科技企业'
    >>> counted_noun("吸引40多家生态企业落地", (2, 6), (0, 12))
    '生态企业'
    """
    after = _nearest(text[span[1]:clause[1]], from_end=False)
    return after or _nearest(text[clause[0]:span[0]], from_end=True)


def _nearest(part: str, from_end: bool) -> str:
    best, best_distance = "", len(part) + 1
    for noun in _nouns():
        at = part.rfind(noun) if from_end else part.find(noun)
        if at < 0:
            continue
        distance = len(part) - (at + len(noun)) if from_end else at
        if distance < best_distance:
            best, best_distance = noun, distance
    return best


def figures(article: Article, paragraph_index: int) -> list[Figure]:
    """Every figure in one paragraph, in text order.

    >>> from geo.article import parse_article
    >>> a = parse_article("力争3年内孵化企业500家,汇聚人才超10万人。")
    >>> [f.text for f in figures(a, 0)]
    ['3年内', '500家', '超10万人']
    """
    paragraph = article.paragraphs[paragraph_index]
    found = []
    for start, end in sentences(paragraph):
        found.extend(_figures_in(article, start, end, paragraph_index))
    return sorted(found, key=lambda f: f.start)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article, with the figures in it (in text order)."""

    start: int
    end: int
    paragraph: int
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class _ParagraphSentences:
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...]

    def at(self, offset: int) -> Sentence | None:
        position = bisect_right(self.starts, offset) - 1
        if position >= 0 and offset < self.sentences[position].end:
            return self.sentences[position]
        return None


# Sentences and figures of each paragraph, found once per article: a place named in 2,000
# sentences of one paragraph would otherwise re-split that paragraph 2,000 times.
_SENTENCES: WeakKeyDictionary[Article, dict[int, _ParagraphSentences]] = WeakKeyDictionary()


def _paragraph_sentences(article: Article, index: int) -> _ParagraphSentences:
    found = _SENTENCES.setdefault(article, {})
    if index not in found:
        by_sentence = [
            Sentence(start, end, index, tuple(sorted(_figures_in(article, start, end, index),
                                                     key=lambda f: f.start)))
            for start, end in sentences(article.paragraphs[index])
        ]  # fmt: skip
        found[index] = _ParagraphSentences(tuple(by_sentence), tuple(s.start for s in by_sentence))
    return found[index]


def sentences_at(article: Article, offsets: Iterable[int]) -> list[Sentence]:
    """The sentences that hold any of ``offsets``, each once, in text order.

    Linear in the number of offsets (a bisect each) once a paragraph has been split.

    >>> from geo.article import parse_article
    >>> a = parse_article("光谷有500家企业。车谷有300家。光谷再添1个实验室。")
    >>> [(s.start, [f.text for f in s.figures]) for s in sentences_at(a, [0, 20, 1])]
    [(0, ['500家']), (18, ['1个'])]
    """
    chosen: dict[int, Sentence] = {}
    for offset in offsets:
        try:
            paragraph = article.paragraph_at(offset)
        except IndexError:
            continue
        sentence = _paragraph_sentences(article, paragraph.index).at(offset)
        if sentence is not None:
            chosen[sentence.start] = sentence
    return [chosen[start] for start in sorted(chosen)]
