"""Classes of names the finder used to miss or cut wrongly, each shown on made-up sentences.

泽林, 梧桐 and 泽 are names no gazetteer knows; the rules are about the shape of the text
around a name, never about one name.
"""

from __future__ import annotations

from geo.article import parse_article
from geo.finder import find_mentions


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(parse_article(text))]


def test_one_character_before_a_long_tail_after_a_region_is_one_name():
    """汉阳 + 泽 + 艺术区: one character is no name of its own, so the whole run is the name,
    not a unit of 汉阳; with two characters (泽林) or a unit's own tail (街道) it is a name within
    the region."""
    assert names("周末去汉阳泽艺术区看展。") == ["汉阳泽艺术区"]
    assert names("他们来到洪山泽林艺术区。") == ["洪山", "泽林艺术区"]
    assert names("他们来到江夏泽林街道。") == ["江夏", "泽林街道"]
