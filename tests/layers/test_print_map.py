"""Print maps: a PNG, SVG or PDF of the layers, Chinese drawn with a real CJK font, nothing lost."""

from __future__ import annotations

import re
import warnings

import geopandas as gpd
import matplotlib
import numpy as np
import pytest
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from PIL import Image
from shapely.geometry import Point

from geo.article import parse_article
from geo.errors import ExportError
from layers.build import METRIC_CRS, build_layers
from layers.catalogue import STYLES
from layers.print_map import (
    APPROXIMATE_NOTE,
    TITLES,
    attribution,
    cjk_font_path,
    label_groups,
    missing_glyphs,
    print_figure,
    render_print,
)
from layers.water import WATER_FILL

# Published points (Wikidata, as recorded in seeds/wuhan_places.csv and seeds/gazetteer.csv).
EAST_LAKE = (114.383333, 30.566667)  # 东湖, Q845631
YANGTZE_BRIDGE = (114.282787, 30.552201)  # 武汉长江大桥 mid-river, Q8039097


@pytest.fixture(scope="module")
def layers(article):
    return build_layers(article)


def glyph_warnings(caught) -> list[str]:
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]


def svg_text(layers, path, **options) -> str:
    """The SVG with text kept as text (matplotlib writes glyph paths by default)."""
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        return render_print(layers, path, **options).read_text(encoding="utf-8")


def test_png_of_the_seed_article_is_an_a4_page_at_200_dpi(layers, tmp_path):
    path = render_print(layers, tmp_path / "map.png")
    assert path == tmp_path / "map.png"
    with Image.open(path) as image:
        assert (image.format, image.size) == ("PNG", (2338, 1654))
        assert len(image.convert("RGB").getcolors(maxcolors=1_000_000)) > 100  # not a blank page


def test_rendering_warns_of_no_missing_glyph(layers, tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        render_print(layers, tmp_path / "map.png")
    assert glyph_warnings(caught) == []


def test_the_missing_glyph_warning_is_what_default_fonts_give_for_chinese(tmp_path):
    figure = Figure()
    figure.text(0.5, 0.5, "武汉", family="DejaVu Sans")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(tmp_path / "boxes.png")
    assert glyph_warnings(caught)


def test_the_font_covers_every_text_the_map_can_draw(layers, article):
    names = [n for frame in layers.values() for n in (*frame["name_zh"], *frame["name_en"])]
    legend = [s[key] for s in STYLES.values() for key in ("label_zh", "label_en")]
    frame_text = [attribution("zh", article.meta), attribution("en", article.meta),
                  *APPROXIMATE_NOTE.values(), *TITLES.values(), "北图例"]
    assert cjk_font_path().name == "NotoSansCJKsc-Regular.otf"
    assert missing_glyphs(names + legend + frame_text) == set()
    assert missing_glyphs(["武汉 😀"]) == {"😀"}


def test_places_at_one_position_share_one_label(layers):
    groups = label_groups(layers)
    guangbutun = next(g for g in groups if "广埠屯" in g.names)
    assert (
        guangbutun.text
        == "广埠屯·锦鲤\n先进复合材料创新中心\n广埠屯\n中船722研究所旧址\n原武商量贩店"
    )
    labelled = sum(len(g.names) for g in groups)
    assert labelled == sum(len(layers[n]) for n in ("zones", "functional_areas", "institutions",
                                                   "firms", "sites"))  # fmt: skip


def test_english_map_uses_english_names_and_falls_back_to_chinese(layers, tmp_path):
    svg = svg_text(layers, tmp_path / "map.svg", lang="en")
    assert "Huazhong University of Science and Technology" in svg
    assert "Auto Valley Industrial Innovation Corridor" in svg
    assert "Wuhan innovation zones" in svg and "Legend" in svg
    assert "华中科技大学" not in svg
    # Districts are named in English too (seeds/admin_names_en.csv): no Chinese district name.
    assert "Caidian District" in svg and "Jiangxia District" in svg
    assert not any(name in svg for name in ("洪山区", "武昌区", "江夏区", "蔡甸区", "汉阳区"))


def test_chinese_map_carries_title_attribution_and_note_in_chinese(layers, article, tmp_path):
    svg = svg_text(layers, tmp_path / "map.svg", title="环华科大创新发展带", meta=article.meta)
    assert "环华科大创新发展带" in svg and "华中科技大学" in svg and "图例" in svg
    assert "边界：DataV.GeoAtlas（geotool-cn，仅供学习）" in svg
    assert "区域形状为推断的近似范围" in svg
    assert "Zone shapes are approximate" not in svg
    assert "文字：长江日报《武汉全力激发产业创新活力 全市共建“鱼跃成龙”创新生态》" in svg
    assert re.search(r">\d+ km<|\b\d+ km\b", svg), "no scale bar"


def test_pdf_is_written(layers, tmp_path):
    path = render_print(layers, tmp_path / "map.PDF")
    assert path.read_bytes()[:5] == b"%PDF-"


def test_unknown_suffix_names_it_and_the_allowed_ones(layers, tmp_path):
    with pytest.raises(
        ExportError, match=r"as '\.gif' \(map\.gif\): use one of \.png, \.svg, \.pdf$"
    ):
        render_print(layers, tmp_path / "map.gif")
    assert not (tmp_path / "map.gif").exists()


def test_unknown_layer_and_unwritable_folder_are_export_errors(layers, tmp_path):
    with pytest.raises(ExportError, match=r"unknown layer\(s\) \['roads'\]"):
        render_print(layers, tmp_path / "map.png", layer_names=["zones", "roads"])
    (tmp_path / "no").write_text("a file where the folder should be")
    with pytest.raises(ExportError, match="cannot write print map to .*map.png: "):
        render_print(layers, tmp_path / "no" / "such" / "map.png")


def test_an_article_with_markup_and_no_places_still_renders(tmp_path):
    empty = build_layers(parse_article("走访<script>alert(1)</script>星河实验室。"))
    path = render_print(empty, tmp_path / "empty.png")
    with Image.open(path) as image:
        assert image.format == "PNG"


def test_names_with_markup_or_dollars_print_as_plain_text(layers, tmp_path):
    site = layers["sites"].iloc[:1].assign(name_zh="<script>alert(1)</script> $x^$")
    svg = svg_text({**layers, "sites": site}, tmp_path / "map.svg")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; $x^$" in svg
    assert "<script>" not in svg


def test_rendering_leaves_no_pyplot_figure_behind(layers, tmp_path):
    from matplotlib import pyplot

    render_print(layers, tmp_path / "map.png")
    assert pyplot.get_fignums() == []


def pixels_near(figure: Figure, lon: float, lat: float, radius: int = 2) -> np.ndarray:
    """The RGB pixels within ``radius`` of a WGS-84 point on the drawn map."""
    figure.canvas.draw()
    rgba = np.asarray(figure.canvas.buffer_rgba())
    point = gpd.GeoSeries([Point(lon, lat)], crs=4326).to_crs(METRIC_CRS).iloc[0]
    x, y = figure.axes[0].transData.transform((point.x, point.y))
    row, col = round(rgba.shape[0] - y), round(x)
    return rgba[row - radius : row + radius + 1, col - radius : col + radius + 1, :3].reshape(-1, 3)


def is_water(pixels: np.ndarray, tolerance: int = 12) -> bool:
    """Some pixel has the water fill's colour (the district fill may tint it a little)."""
    fill = np.array([round(c * 255) for c in to_rgb(WATER_FILL)])
    return bool((np.abs(pixels.astype(int) - fill).max(axis=1) <= tolerance).any())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_city_map_draws_east_lake_and_the_yangtze_at_their_published_points(lang):
    figure = print_figure({}, lang, layer_names=[])
    assert is_water(pixels_near(figure, *EAST_LAKE))
    assert is_water(pixels_near(figure, *YANGTZE_BRIDGE))
    assert not is_water(pixels_near(figure, 114.296944, 30.546944))  # 黄鹤楼 (Q462372), on land


def test_the_seed_map_draws_east_lake_under_its_zones(layers):
    assert is_water(pixels_near(print_figure(layers), *EAST_LAKE))


@pytest.mark.parametrize(("lang", "names"), [("zh", ["长江", "汉江", "东湖"]),
                                             ("en", ["Yangtze River", "Han River", "East Lake"])])  # fmt: skip
def test_the_rivers_and_east_lake_are_labelled(layers, tmp_path, lang, names):
    svg = svg_text(layers, tmp_path / "map.svg", lang=lang)
    assert [name for name in names if f">{name}<" not in svg] == []


def test_the_alt_text_says_what_the_map_draws_in_its_language(layers, article):
    from layers.print_map import alt_text

    english = alt_text(layers, "en", meta=article.meta)
    assert english.startswith("Map of Wuhan: 12 innovation zones, 6 districts, ")
    assert "Zones: HUST Innovation and Development Belt, Auto Valley Industrial Innovation Corridor, " in english
    assert ", and 4 more. " in english  # 8 zones are named, the rest counted
    assert "the Yangtze, the Han River, East Lake" in english
    assert english.endswith("Text: Changjiang Daily, 《武汉全力激发产业创新活力 全市共建“鱼跃成龙”创新生态》.")
    chinese = alt_text(layers, "zh", meta=article.meta)
    assert chinese.startswith("武汉地图：12 创新区域，6 行政区，")
    assert "区域：环华科大创新发展带、车谷产业创新大走廊、" in chinese and "等4个。" in chinese


def test_the_alt_text_follows_the_chosen_layers_and_an_empty_map(layers):
    from layers.print_map import alt_text

    firms = alt_text(layers, "en", layer_names=["firms"])
    assert firms.startswith("Map of Wuhan: 6 firms. Drawn over")
    assert "Zones:" not in firms
    empty = {name: frame.iloc[0:0] for name, frame in layers.items()}
    assert alt_text(empty, "en").startswith("Map of Wuhan: no place to draw. ")


def test_the_png_carries_its_alt_text_as_its_description(layers, article, tmp_path):
    from layers.print_map import alt_text

    path = render_print(layers, tmp_path / "map.png", lang="en", meta=article.meta)
    with Image.open(path) as image:
        assert image.text["Description"] == alt_text(layers, "en", meta=article.meta)
        assert image.text["Description"].startswith("Map of Wuhan: 12 innovation zones")
