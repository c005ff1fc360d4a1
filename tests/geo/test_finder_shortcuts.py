"""The finder's shortcuts find exactly what a plain scan of the whole text finds.

The finder skips most of the text: it looks for a line only just before a key like 号线, for a
candidate only within reach of a suffix, and for cut words only in the runs of Chinese that hold
a short name. Each shortcut must give the same matches as the plain regex scan it replaces;
here the plain scan is the oracle, on texts drawn from the characters each pattern cares about.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geo import finder
from geo.article import parse_article

LINE_CHARS = "武汉市地铁轨道交通号线一二三四五六七十环内中外国省道GS0123456789阳逻前川纸坊蔡甸机场东西延期路、。a "
CANDIDATE_CHARS = "东湖路街区园城站大学新校科技产业光谷中心和的与在A1·,。、 "
CUT_CHARS = "位于在和与及至从向沿途经过建设立东西南北湖路山街、,。 1"


def texts(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, max_size=80)


@settings(max_examples=400, deadline=None)
@given(texts(LINE_CHARS))
def test_lines_are_the_matches_of_a_whole_scan(text):
    assert [m.span() for m in finder._line_matches(text)] == [
        m.span() for m in finder._LINE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts(CANDIDATE_CHARS), st.integers(min_value=0, max_value=80))
def test_the_next_candidate_is_the_one_a_scan_from_the_same_place_finds(text, pos):
    pos = min(pos, len(text))
    expected = finder._CANDIDATE.search(text, pos)
    found = finder._next_candidate(text, pos, finder._suffix_starts(text))
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400, deadline=None)
@given(texts(CANDIDATE_CHARS))
def test_the_suffix_automaton_finds_every_place_a_suffix_opens(text):
    """One pass of the automaton gives the positions a regex search from each one would."""
    expected = [p for p in range(len(text)) if finder._SUFFIX_AT.match(text, p)]
    assert finder._suffix_starts(text) == expected


@settings(max_examples=400, deadline=None)
@given(texts(CUT_CHARS))
def test_cut_words_of_a_run_end_where_a_scan_of_the_whole_text_ends_them(text):
    # The scan reads overlapping cut words as the later one (途经 + 经过 is read up to 过).
    whole = {m.end() for m in finder._cut_words(text, 0, len(text))}
    clauses: dict[int, set[int]] = {}
    for at in range(len(text) + 1):
        assert (at in finder._cut_ends_in_clause(text, at, clauses)) == (at in whole), at


def test_a_line_far_from_the_text_start_is_found_whole():
    text = "市民可在" * 30 + "乘坐武汉市轨道交通十一号线东延线到达"
    assert [text[s:e] for s, e in finder.find_lines(text, [])] == ["武汉市轨道交通十一号线东延线"]


def test_a_cut_word_ending_inside_a_longer_one_does_not_open_a_name():
    # 设立 is the word the scan reads; 设 alone must not count as a cut before 立.
    text = "这里设立蒋家墩。"
    assert 3 not in finder._cut_ends_in_clause(text, 3, {})
    assert 4 in finder._cut_ends_in_clause(text, 4, {})
    # 途经 and 经过 overlap: the clause is cut after 过 (4), not inside 经过 (3).
    text = "沿途经过泽林湖,"
    assert 3 not in finder._cut_ends_in_clause(text, 3, {})
    assert 4 in finder._cut_ends_in_clause(text, 4, {})


def test_numbered_road_tails_are_the_regexs_matches():
    """The literal scan for 路 finds the same tails as the regex over every character."""
    import random

    rng = random.Random(1)
    chars = "一二三四五六七八九十马路口段线网过东西南北的和"
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 14)))
        assert [m.span() for m in finder._numbered_road_tails(text)] == [
            m.span() for m in finder._NUMBERED_ROAD_TAIL.finditer(text)], text


def test_a_lake_opened_inside_a_longer_word_is_no_name():
    """设 ends no word inside 设立: 立泽湖 is not opened by it."""
    assert "立泽湖" not in [m.name for m in finder.find_mentions(parse_article("这里设立泽湖。"))]
