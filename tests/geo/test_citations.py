"""Citations a reader can follow: a figure is a place's only when its clause names that place,
it comes with the noun it counts, the article says what it is (headline, outlet, date, URL), and
every Wuhan district has its English name."""

from __future__ import annotations

from pathlib import Path

from geo import admin
from geo.article import parse_article, read_article
from geo.places import locate_mentions, place_facts

REPO = Path(__file__).parents[2]


def _figures_of(text: str) -> dict[str, list[tuple[str, str]]]:
    article = parse_article(text)
    facts = place_facts(article, locate_mentions(article))
    return {key: [(f.text, f.noun) for f in entry.figures] for key, entry in facts.items()}


def test_800_square_km_is_not_hongshans_though_its_sentence_names_hongshan(article):
    """Seed ¶: 联动蔡甸、汉阳、江夏、洪山及洪湖、汉川等区域,深化“车谷联动”,做优800平方公里“一小时
    供应链圈”; the clause 做优800平方公里… names no place, and the sentence opens on six."""
    facts = place_facts(article, locate_mentions(article))
    hongshan = facts["adcode:420111"]
    assert "800平方公里" not in [f.text for f in hongshan.figures]
    for key in ("adcode:420114", "adcode:420105", "adcode:420115", "wedz"):
        assert "800平方公里" not in [f.text for f in facts[key].figures], key


def test_a_figure_in_the_clause_that_names_the_place_is_its():
    figures = _figures_of("洪山区集聚企业500家,武昌区新增项目20个。")
    assert figures["adcode:420111"] == [("500家", "企业")]
    assert figures["adcode:420106"] == [("20个", "项目")]


def test_a_figure_in_a_placeless_clause_belongs_to_the_one_place_the_sentence_opens_on(article):
    # 加快环华科大创新发展带建设,力争3年内孵化培育高成长科技企业500家,集聚高水平研发型企业1000家,
    # 汇聚科创人才超10万人,...
    facts = place_facts(article, locate_mentions(article))
    belt = [(f.text, f.noun) for f in facts["hust_belt"].figures]
    assert belt == [("3年内", ""), ("500家", "科技企业"), ("1000家", "研发型企业"),
                    ("超10万人", "科创人才")]


def test_a_sentence_opening_on_two_places_gives_neither_the_figures_of_other_clauses():
    figures = _figures_of("联动洪山区、江夏区,做优800平方公里供应链圈。")
    assert figures.get("adcode:420111", []) == []
    assert figures.get("adcode:420115", []) == []


def test_a_figure_keeps_its_clause_when_no_known_noun_is_beside_it(article):
    facts = place_facts(article, locate_mentions(article))
    six = next(f for f in facts["wedz"].figures if f.text == "6家")
    assert (six.noun, six.clause) == ("", "培育6家千亿级")


def test_the_seed_gives_its_headline_and_its_outlet_but_no_date_or_url(article):
    meta = article.meta
    assert meta.headline == "武汉全力激发产业创新活力 全市共建“鱼跃成龙”创新生态"
    assert meta.outlet == "长江日报"  # from the byline 采写:长江日报记者…, not from a photo credit
    assert (meta.date, meta.url) == ("", "")


def test_a_text_with_a_source_line_a_date_and_a_link():
    text = ("武汉新建两座公园\n\n来源:武汉发布\n\n2024年9月6日 16:34\n\n"
            "沌口万家湖建成公园。原文:https://example.org/a/1.html\n")
    meta = parse_article(text).meta
    assert (meta.headline, meta.outlet, meta.date, meta.url) == (
        "武汉新建两座公园", "武汉发布", "2024年9月6日", "https://example.org/a/1.html")
    assert meta.citation() == "《武汉新建两座公园》, 武汉发布, 2024年9月6日, https://example.org/a/1.html"


def test_a_text_without_them_still_reads():
    meta = parse_article("洪山区有很多大学,这是一个很长的句子,不是标题。").meta
    assert (meta.headline, meta.outlet, meta.date, meta.url) == ("", "", "", "")
    assert meta.citation() == ""


def test_a_photo_credit_is_not_the_outlet():
    text = "标题\n\n正文。\n\n新华社记者程敏 摄\n\n(长江日报记者蔡欣星)"
    assert parse_article(text).meta.outlet == "长江日报"


def test_the_eval_text_with_a_dateline():
    meta = read_article(REPO / "seeds/eval/texts/13_metro_line11_cjyun.txt").meta
    assert meta.headline == "武汉地铁线路更新 武昌多地可直达光谷、鄂州"
    assert meta.date == "2024-09-06"


def test_wuhans_districts_have_their_official_english_names():
    assert admin.english_name("420111") == "Hongshan District"
    assert admin.english_name("420112") == "Dongxihu District"
    assert admin.english_name("420113") == "Hannan District"
    assert admin.english_name("420102") == "Jiang'an District"
    assert admin.english_name("420100") == "Wuhan"
    names = {admin.english_name(d.code) for d in admin.districts_of(admin.WUHAN_CODE)}
    assert len(names) == 13 and all(n.endswith(" District") for n in names)


def test_other_regions_fall_back_to_cldr_or_pinyin():
    assert admin.english_name("EG") == "Egypt"  # CLDR
    assert admin.english_name("320500") == "Suzhou"  # 苏州市: pinyin of its short name
    assert admin.english_name("420984") == "Hanchuan"  # 汉川市, a county-level city
    assert admin.english_name("nope") == ""
