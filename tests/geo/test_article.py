"""Every article passes one gate: size in UTF-8 (pasted or uploaded), encodable text, not empty."""

from __future__ import annotations

import pytest

from geo.article import MAX_ARTICLE_BYTES, decode_article, parse_article
from geo.errors import ArticleError

LIMIT = "the limit is 5,000,000"


def test_the_limit_is_five_million_bytes():
    assert MAX_ARTICLE_BYTES == 5_000_000


def test_pasted_text_exactly_at_the_limit_is_read_and_one_byte_over_is_refused():
    at_limit = "武" * (MAX_ARTICLE_BYTES // 3) + "ab"  # 3 bytes a character in UTF-8, then 2
    assert len(at_limit.encode("utf-8")) == MAX_ARTICLE_BYTES
    assert parse_article(at_limit).text == at_limit
    with pytest.raises(ArticleError, match=rf"\(pasted text\) is 5,000,001 bytes; {LIMIT}$"):
        parse_article(at_limit + "c")


def test_the_limit_counts_utf8_bytes_not_characters():
    text = "武" * (MAX_ARTICLE_BYTES // 3 + 1)  # fewer characters than the limit, more bytes
    assert len(text) < MAX_ARTICLE_BYTES
    with pytest.raises(ArticleError, match=LIMIT):
        parse_article(text)


def test_an_upload_exactly_at_the_limit_is_read_and_one_byte_over_is_refused():
    at_limit = b"a" * (MAX_ARTICLE_BYTES - 1) + b"\n"
    assert len(decode_article(at_limit, "a.txt").text) == MAX_ARTICLE_BYTES
    with pytest.raises(ArticleError, match=rf"a.txt is 5,000,001 bytes; {LIMIT}$"):
        decode_article(at_limit + b"b", "a.txt")


@pytest.mark.parametrize(
    ("text", "position"),
    [("武汉\ud800光谷", 2), ("\udcff", 0), ("abc\n\n" + "光谷" * 10 + "\udfff", 25)],
)
def test_a_lone_surrogate_is_refused_with_its_position(text, position):
    with pytest.raises(ArticleError, match=rf"\(pasted text\) is not valid text: .* at character "
                                           rf"{position} has no UTF-8 form"):  # fmt: skip
        parse_article(text)


def test_a_surrogate_pair_written_as_one_character_is_fine():
    assert parse_article("武汉😀").text == "武汉😀"


def test_empty_and_binary_text_are_refused():
    with pytest.raises(ArticleError, match=r"the article \(pasted text\) is empty"):
        parse_article(" \n\t ")
    with pytest.raises(ArticleError, match="looks binary"):
        parse_article("a\x00b", "x.txt")
