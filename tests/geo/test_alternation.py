"""The finder's word lists become trie patterns; they must match exactly as the plain
longest-first alternation of the same words does (the oracle here is Python's own ``re`` on
``a|b|c``), only faster on a position where no word matches."""

import random
import re

from geo.finder import _alternation

WORDS = ["大道", "大桥", "大学城", "大学", "路", "街", "公园", "公园路", "园区", "园", "湖", "湖区", "a.b", "(?"]


def _plain(words: list[str]) -> str:
    return "(?:%s)" % "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def test_the_longest_word_wins_where_several_match():
    assert re.match(_alternation(WORDS), "大学城路").group() == "大学城"
    assert re.match(_alternation(WORDS), "公园路口").group() == "公园路"
    assert re.match(_alternation(WORDS), "湖区").group() == "湖区"


def test_a_shorter_word_is_tried_when_the_longer_one_leaves_no_match():
    """Backtracking into the pattern gives the next shorter word, as the alternation does."""
    assert re.fullmatch(_alternation(WORDS) + "区", "园区区").group() == "园区区"
    assert re.fullmatch(_alternation(WORDS) + "城", "大学城").group() == "大学城"


def test_words_with_pattern_characters_are_literal():
    assert re.fullmatch(_alternation(WORDS), "a.b") is not None
    assert re.fullmatch(_alternation(WORDS), "axb") is None
    assert re.fullmatch(_alternation(WORDS), "(?") is not None


def test_every_search_on_random_texts_finds_what_the_plain_alternation_finds():
    rng = random.Random(7)
    alphabet = "大学城道桥路街公园区湖ab.x"
    for _ in range(150):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))]
        trie, plain = re.compile(_alternation(words)), re.compile(_plain(words))
        followed, plain_followed = re.compile(_alternation(words) + "[区路]"), re.compile(_plain(words) + "[区路]")
        for _ in range(20):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], (words, text)
            assert [m.span() for m in followed.finditer(text)] == [m.span() for m in plain_followed.finditer(text)]
