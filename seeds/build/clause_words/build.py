"""Build ``seeds/clause_words.txt``: common words no unknown place name holds before its tail.

Also ``seeds/clause_word_nouns.txt``: the dictionary's nouns that hold such a word (根据地 holds
根据, 下水道 holds 下水), so that the finder, matching longest first, reads them as the nouns
they are and does not cut a name there (鄂东抗日根据地旧址).

An unknown candidate such as 说起小区, 得知社区 or 签约项目全覆盖园区 is a clause that ends in a
place word, not a name. The finder's hand list (``never_in_a_name`` in finder_words.toml) names
the words seen so far; this list generalises it from a dictionary of the language: the words that
jieba's dictionary (jieba 0.42.1, ``jieba/dict.txt``, MIT licence; word, frequency, part-of-speech
tag per line) tags as a verb (v), adverb (d), preposition (p), conjunction (c) or pronoun (r), of
two to four Chinese characters and at least ``MIN_FREQUENCY`` occurrences in its corpus.

Dropped from the list, so that no known name is ever cut:
- every word that occurs inside a name or alias of the gazetteer (解放 of 解放公园, 建设 of
  建设大道), of China's regions, or of the finder's place words and tails;
- the words that say what a facility is for (seeds/generic_facility_words.txt: 休闲, 展览), and
  those the dictionary itself joins to a place's tail as a noun (加油站, 驾驶台, 种植园, 阅读站):
  they name a facility's purpose (自动驾驶示范区, 泽林健身中心), not a clause;
- the words of ``keep.txt`` beside this script, each with the real name it was seen in.

The finder uses the list only on unknown candidates and only before their tail, and never on
roads or localities (a road is often named for a verb: 大成路, 安定路).

Usage: .venv/bin/pip install jieba==0.42.1 && .venv/bin/python seeds/build/clause_words/build.py
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib.resources import files
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1]
sys.path.insert(0, str(SEEDS.parent))
from geo.admin import admin_names  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402

TAGS = frozenset({"v", "d", "p", "c", "r"})
NOUN_TAGS = frozenset({"n", "ns", "nz", "nt", "nr", "vn", "s", "j"})
MIN_NOUN_FREQUENCY = 50
MIN_PURPOSE_FREQUENCY = 10
MIN_FREQUENCY = 200
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
OUT = SEEDS / "clause_words.txt"
NOUNS_OUT = SEEDS / "clause_word_nouns.txt"


def _lines(path: Path) -> list[str]:
    return [line.split("#")[0].strip() for line in path.read_text("utf-8").splitlines()
            if line.split("#")[0].strip()]  # fmt: skip


def _dictionary() -> list[tuple[str, int, str]]:
    """jieba's dictionary: (word, frequency, tag) per line."""
    import jieba

    if jieba.__version__ != "0.42.1":
        raise SystemExit(f"jieba {jieba.__version__}: this list is built from 0.42.1's dictionary")
    rows = []
    for line in files("jieba").joinpath("dict.txt").read_text("utf-8").splitlines():
        word, frequency, tag = line.split()
        rows.append((word, int(frequency), tag))
    return rows


def dictionary_words(rows: list[tuple[str, int, str]]) -> list[str]:
    """The dictionary's words of the clause tags, in its order."""
    return [w for w, f, t in rows if t in TAGS and f >= MIN_FREQUENCY and _HAN.fullmatch(w)]


def nouns_holding(rows: list[tuple[str, int, str]], words: list[str]) -> list[str]:
    """The dictionary's nouns of three or more characters that hold one of ``words``."""
    found = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    return [w for w, f, t in rows if t in NOUN_TAGS and f >= MIN_NOUN_FREQUENCY and len(w) >= 3
            and re.fullmatch(r"[\u4e00-\u9fff]+", w) and found.search(w)]  # fmt: skip


def protected_names() -> str:
    """Every name a clause word must not cut, one per line, to search words in."""
    gazetteer = load_gazetteer()
    names = set(gazetteer.names)
    names |= set(admin_names())
    finder_words = tomllib.loads((SEEDS / "finder_words.toml").read_text("utf-8"))
    for key in ("candidate_suffixes", "short_suffixes", "extension_suffixes", "estate_suffixes",
                "road_tails", "line_tails", "closing_tails", "cut_word_exceptions"):
        names |= set(finder_words.get(key, ()))
    names |= set(_lines(SEEDS / "place_words.txt")) | set(_lines(SEEDS / "generic_facility_words.txt"))
    return "\n".join(sorted(names))


def _tails() -> set[str]:
    finder_words = tomllib.loads((SEEDS / "finder_words.toml").read_text("utf-8"))
    return {t for key in ("candidate_suffixes", "short_suffixes", "extension_suffixes") for t in finder_words[key]}


def purpose_words(rows: list[tuple[str, int, str]], words: list[str]) -> set[str]:
    """The words the dictionary joins to a place's tail in a noun of its own (加油 + 站, 驾驶 + 台),
    a noun of some use (not 不少台, a count)."""
    nouns = {w for w, f, t in rows if t in NOUN_TAGS and f >= MIN_PURPOSE_FREQUENCY}
    tails = _tails()
    return {w for w in words if any(w + tail in nouns for tail in tails)}


def main() -> int:
    rows = _dictionary()
    names, keep = protected_names(), set(_lines(HERE / "keep.txt"))
    words = [w for w in dictionary_words(rows) if w not in keep and w not in names]
    purposes = purpose_words(rows, words)
    words = [w for w in words if w not in purposes]
    nouns = nouns_holding(rows, words)
    source = "seeds/build/clause_words/build.py from jieba 0.42.1's dictionary (MIT licence)"
    header = [
        "# Common words no unknown place name holds before its tail (说起 + 小区 is a clause).",
        f"# Built by {source}:",
        f"# its verbs, adverbs, prepositions, conjunctions and pronouns of {MIN_FREQUENCY}+ occurrences,",
        "# less every word inside a gazetteer name, the words naming a facility's purpose and the words",
        "# of keep.txt. Do not edit by hand.",
    ]
    OUT.write_text("\n".join([*header, *words]) + "\n", encoding="utf-8")
    header = [
        "# Nouns holding a word of clause_words.txt (根据地 holds 根据): read whole, they cut no name.",
        f"# Built by {source}: its nouns of three or more characters and {MIN_NOUN_FREQUENCY}+ occurrences.",
        "# Do not edit by hand.",
    ]
    NOUNS_OUT.write_text("\n".join([*header, *nouns]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words)} words; {NOUNS_OUT}: {len(nouns)} nouns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
