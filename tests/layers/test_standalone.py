"""``render_standalone``: one HTML file with the map, search and panel; no CDN offline, no injection."""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import replace
from importlib.resources import files
from pathlib import Path

import pytest

from geo.article import ArticleMeta, parse_article
from layers.build import build_layers
from layers.standalone import (
    _inline_script,
    article_line,
    head_meta,
    iframe_snippet,
    leaflet_css_inline,
    render_standalone,
    standalone_data,
    views_data,
)
from tests.browser import whole_panel

CHROMIUM = "/usr/bin/chromium"
SCRIPT_TEXT = "硚口太平洋的“海洋·锦鲤”<script>alert(1)</script>星河实验室。"
DATA_BLOCK = re.compile(r'<script type="application/json" id="wim-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def seed(article):
    return build_layers(article), article


@pytest.fixture(scope="module")
def script_article():
    article = parse_article(SCRIPT_TEXT)
    return build_layers(article), article


def features(data: dict) -> dict[str, dict]:
    return {f["id"]: f for layer in data["layers"] for f in layer["features"]["features"]}


def test_offline_page_references_no_cdn(seed):
    page = render_standalone(*seed, offline=True)
    # Tiles are the one thing fetched (CARTO's tile host is basemaps.cartocdn.com, for ?basemap=positron)
    page = re.sub(r'"url": "https://[a-z{}]+\.basemaps\.cartocdn\.com/light_all/\{z\}/\{x\}/\{y\}\.png"', "", page)
    for cdn in ("unpkg", "cdn.", "jsdelivr"):
        assert cdn not in page
    assert not re.search(r"<script[^>]*\ssrc=", page)
    assert not re.search(r"<link[^>]*\shref=[\"']?https?:", page)
    assert "Leaflet 1.9.4" in page  # inlined from django-js-lib-leaflet
    assert "url(images/" not in page  # Leaflet's control images travel as data URIs


def test_online_page_links_leaflet_from_unpkg_with_integrity(seed):
    page = render_standalone(*seed)
    assert re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', page) == [
        "https://unpkg.com/leaflet@1.9.4/dist/leaflet.css",
        "https://unpkg.com/leaflet@1.9.4/dist/leaflet.js",
    ]
    # Leaflet 1.9.4 as published on leafletjs.com/download.html (the sha256 of the packaged files)
    assert 'integrity="sha256-20nQCchB9co0qIjJZRGuk2/Z9VM+kNiyxNV1lvTlZBo="' in page
    assert 'integrity="sha256-p4NxAoJBhIIN+hmNHrzRCf9tD/miZyoHS5obTRR9BMY="' in page


@pytest.mark.parametrize("offline", [False, True])
def test_script_in_the_article_stays_data(script_article, offline):
    page = render_standalone(*script_article, offline=offline)
    assert "<script>alert(1)</script>" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert page.count("</script>") == page.count("<script")


def test_embedded_data_reads_back_whole(script_article):
    page = render_standalone(*script_article)
    embedded = json.loads(DATA_BLOCK.search(page).group(1))
    assert embedded == json.loads(json.dumps(standalone_data(*script_article)))
    runs = embedded["panels"]["ocean_jinli"]["passages"][0]["runs"]
    assert "".join(r["text"] for r in runs) == SCRIPT_TEXT


def test_title_is_escaped(seed):
    page = render_standalone(*seed, title="<b>Wuhan</b> & 武汉")
    assert "<title>&lt;b&gt;Wuhan&lt;/b&gt; &amp; 武汉</title>" in page


def test_data_is_rfc7946_and_lists_without_drawing(seed):
    data = standalone_data(*seed)
    by_id = features(data)
    belt = by_id["hust_belt"]
    ring = belt["geometry"]["coordinates"][0]
    lons, lats = zip(*ring, strict=True)
    assert belt["geometry"]["type"] == "Polygon"
    assert 114.0 < min(lons) < max(lons) < 114.7 and 30.3 < min(lats) < max(lats) < 30.8
    signed_area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False))
    assert signed_area > 0  # counter-clockwise exterior
    assert data["panels"]["hust_belt"]["members"] == [
        {"id": "hust", "name": "华中科技大学"}  # the page's language (zh): one name, not both
    ]
    listed_only = set(data["panels"]) - set(by_id)
    assert {"gdu", "adcode:440300"} <= listed_only  # unplaced and outside: searchable, not drawn
    assert all(not data["panels"][i]["drawn"] for i in listed_only)


def test_an_approximate_point_carries_its_uncertainty_circle(seed):
    hust = features(standalone_data(*seed))["hust"]
    assert hust["properties"]["uncertainty_m"] == 1000.0
    assert features(standalone_data(*seed))["yangtze_bridge"]["properties"]["uncertainty_m"] is None


def test_assets_ship_as_package_data():
    assets = files("layers") / "assets"
    assert {"standalone.html", "standalone.js", "wim.js", "wim.css"} <= {
        p.name for p in assets.iterdir()
    }


def test_iframe_snippet_escapes_the_source():
    assert iframe_snippet('map.html?a=1&b="x"', height=480) == (
        '<iframe src="map.html?a=1&amp;b=&quot;x&quot;" width="100%" height="480" '
        'style="border:0" loading="lazy" title="Wuhan Innovation Map"></iframe>'
    )


# ---- in a real browser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chromium():
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing (apt-get install -y chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


class Page:
    """A page of the offline HTML with every http(s) request aborted, and what it reported."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1200, "height": 760})
        self.errors, self.dialogs, self.requests = [], [], []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.url = path.as_uri()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        route.abort() if url.startswith("http") else route.continue_()

    def search(self, text: str, result: str):
        self.page.fill("#wim-search-input", text)
        self.page.locator("#wim-search-results button", has_text=result).first.click()

    def panel(self) -> str:
        return whole_panel(self.page).inner_text()


def open_offline(browser, tmp_path, layers, article, hash_: str = "", lang: str = "zh") -> Page:
    path = tmp_path / "map.html"
    path.write_text(render_standalone(layers, article, offline=True, lang=lang), "utf-8")
    page = Page(browser, path)
    page.page.goto(page.url + hash_)
    return page


@pytest.mark.browser
def test_offline_page_draws_searches_and_opens_the_panel(chromium, tmp_path, seed):
    page = open_offline(chromium, tmp_path, *seed)
    assert page.page.locator("path.leaflet-interactive").count() > 10

    page.search("华科", "环华科大创新发展带")
    panel = page.panel()
    assert "环华科大创新发展带" in panel and "500家" in panel and "近似 — 推断的近似范围" in panel
    assert (
        page.page.locator("#wim-panel mark.wim-mention", has_text="环华科大创新发展带").count() == 3
    )

    page.page.locator('path[data-id="chegu_corridor"]').dispatch_event("click")
    assert page.page.locator("#wim-panel h2").inner_text() == "车谷产业创新大走廊"
    page.page.locator('path[data-id="hust_belt"]').dispatch_event("click")
    assert page.page.locator("#wim-panel h2").inner_text() == "环华科大创新发展带"
    assert "500家" in page.panel()

    page.search("普宙", "普宙科技")  # unplaced: listed and searchable, never drawn
    assert "不在地图上" in page.panel()
    assert page.page.locator("#wim-panel .wim-unmapped").count() == 1

    assert page.errors == []
    assert {u.split("/")[2] for u in page.requests if u.startswith("http")} == {
        "tile.openstreetmap.org"
    }


@pytest.mark.browser
def test_a_real_click_and_a_shared_link_select_a_feature(chromium, tmp_path, seed):
    page = open_offline(chromium, tmp_path, *seed, hash_="#hust_belt")
    assert page.page.locator("#wim-panel h2").inner_text() == "环华科大创新发展带"
    # The link flies to the belt (0.5 s, longer on a busy machine): click once the point stands still.
    page.page.wait_for_function("""() => new Promise(resolve => {
      const rect = () => JSON.stringify(document.querySelector('path[data-id="hust"]').getBoundingClientRect());
      const before = rect();
      setTimeout(() => resolve(rect() === before), 300);
    })""")
    page.page.locator('path[data-id="hust"]').click()  # the campus point, on top of the belt
    assert page.page.locator("#wim-panel h2").inner_text() == "华中科技大学"
    page.page.wait_for_function("() => location.hash === '#hust'")  # a frame after the panel


@pytest.mark.browser
def test_a_link_to_a_multi_part_zone_frames_its_whole_extent(chromium, tmp_path, seed):
    page = open_offline(chromium, tmp_path, *seed, hash_="#nanhu_alley")
    assert page.page.locator("#wim-panel h2").inner_text() == "南湖硅巷"
    page.page.wait_for_timeout(1000)  # the fly-to
    ml, mt, mr, mb, zl, zt, zr, zb = page.page.evaluate("""() => {
      const map = document.querySelector('.wim-map').getBoundingClientRect();
      const zone = document.querySelector('path[data-id="nanhu_alley"]').getBoundingClientRect();
      return [map.left, map.top, map.right, map.bottom, zone.left, zone.top, zone.right, zone.bottom];
    }""")
    assert ml <= zl and mt <= zt and zr <= mr and zb <= mb  # both parts inside the view
    assert (zr - zl) > 0.3 * (mr - ml) or (zb - zt) > 0.3 * (mb - mt)  # and zoomed to them
    assert page.errors == []


@pytest.mark.browser
def test_a_panel_is_busy_until_its_passages_can_be_read(chromium, tmp_path, seed):
    # Passages are content-visibility: auto: until a rendering update finds them in view they have
    # no text for innerText or a screen reader. The panel must stay aria-busy until then (CI once
    # read a passage-less panel right after aria-busy turned false).
    page = open_offline(chromium, tmp_path, *seed)
    page.page.evaluate("""() => {
      const panel = document.querySelector('#wim-panel');
      window.wimAtDone = null;
      new MutationObserver(() => {
        if (panel.getAttribute('aria-busy') === 'false' && panel.querySelector('.wim-passage'))
          window.wimAtDone = [...panel.querySelectorAll('.wim-passage')].map((p) => p.innerText);
      }).observe(panel, {attributes: true, attributeFilter: ['aria-busy']});
    }""")
    page.search("华科", "环华科大创新发展带")
    whole_panel(page.page)
    read = page.page.evaluate("window.wimAtDone")
    assert read and all(text.strip() for text in read), read  # each passage readable when done


@pytest.mark.browser
def test_script_in_the_article_never_runs(chromium, tmp_path, script_article):
    page = open_offline(chromium, tmp_path, *script_article)
    page.search("锦鲤", "海洋·锦鲤")
    assert "<script>alert(1)</script>" in page.panel()  # shown as text
    page.page.locator('path[data-id="ocean_jinli"]').dispatch_event("mouseover")
    assert page.page.locator(".leaflet-tooltip").inner_text() == "海洋·锦鲤"  # one language
    assert page.page.locator("#wim-panel script").count() == 0
    assert page.dialogs == [] and page.errors == []


@pytest.mark.browser
def test_a_malformed_fragment_is_ignored(chromium, tmp_path, seed):
    page = open_offline(chromium, tmp_path, *seed, hash_="#%")
    assert page.page.locator("#wim-panel .wim-hint").count() == 1
    assert page.errors == []


@pytest.mark.browser
def test_escape_an_empty_map_click_and_a_cleared_search_deselect(chromium, tmp_path, seed):
    page = open_offline(chromium, tmp_path, *seed, hash_="#hust_belt")
    assert page.page.input_value("#wim-search-input").startswith("环华科大创新发展带")
    page.page.keyboard.press("Escape")
    assert page.page.locator("#wim-panel .wim-hint").count() == 1
    page.page.wait_for_function("() => location.hash === ''")  # the link follows a frame later
    page.search("华科", "环华科大创新发展带")
    page.page.fill("#wim-search-input", "")
    assert page.page.locator("#wim-panel .wim-hint").count() == 1
    page.search("华科", "环华科大创新发展带")
    # The outline and the flight to it come a frame after the panel: once the outline is there,
    # the setView below stops the flight (before, the flight could start after it, and land
    # Hongshan District under the click).
    page.page.locator(".leaflet-selection-pane path").wait_for()
    page.page.evaluate("window.wimView.map.setView([29.0, 113.0], 12, {animate: false})")  # no feature here
    page.page.locator(".wim-map").click(position={"x": 300, "y": 400})
    assert page.page.locator("#wim-panel .wim-hint").count() == 1
    assert page.errors == []


@pytest.mark.browser
def test_the_page_honours_a_view_link_like_the_app(chromium, tmp_path, seed):
    page = open_offline(chromium, tmp_path, *seed, hash_="?zone=hust_belt&lang=en&basemap=positron&layers=zones,sites")
    assert page.page.locator("#wim-panel h2").inner_text() == "HUST Innovation and Development Belt"
    assert page.page.evaluate("document.documentElement.lang") == "en"
    assert page.page.locator('path[data-id="wuchang_riverside"]').count() == 1  # sites shown
    assert page.page.locator('path[data-id="hust"], path[data-id="adcode:420111"]').count() == 0
    assert any("basemaps.cartocdn.com/light_all" in u for u in page.requests)
    page.page.goto(page.url + "?lang=xx&basemap=gaode&layers=nope#nanhu_alley")  # nothing usable: defaults
    assert page.page.locator("#wim-panel h2").inner_text() == "南湖硅巷"
    assert page.page.locator('path[data-id="hust"]').count() == 1
    assert page.errors == []


@pytest.mark.browser
def test_the_selection_is_outlined_on_top_and_the_zone_keeps_its_own_style(chromium, tmp_path, seed):
    from playwright.sync_api import expect

    page = open_offline(chromium, tmp_path, *seed)
    zone = page.page.locator('path[data-id="hust_belt"]')
    own = zone.get_attribute("stroke")
    page.search("华科", "环华科大创新发展带")
    # The outline comes the frame after the panel's (the panel is painted first): wait for it.
    outline = page.page.locator(".leaflet-selection-pane path")
    expect(outline).to_have_count(1)
    assert outline.get_attribute("stroke") == "#ff0000"  # catalogue.json: style.selected_colour
    assert outline.get_attribute("fill") == "none"  # an outline: the zone's own colour shows through
    assert zone.get_attribute("stroke") == own  # the zone's path is not restyled, so not repainted
    page.search("华中科技大学", "华中科技大学")  # a campus: its ring and its uncertainty circle
    expect(page.page.locator(".leaflet-selection-pane path")).to_have_count(2)
    expect(page.page.locator(".leaflet-selection-pane path.wim-uncertainty")).to_have_count(1)
    page.page.keyboard.press("Escape")
    assert page.page.locator(".leaflet-selection-pane path").count() == 0  # at once
    assert page.errors == []


@pytest.mark.browser
def test_a_downloaded_page_opens_on_the_view_it_was_taken_from(chromium, tmp_path, seed):
    from layers.export import export_bytes

    path = tmp_path / "view.html"
    path.write_bytes(export_bytes(seed[0], "html", article=seed[1], lang="en", names=["zones"],
                                  selected="chegu_corridor"))  # fmt: skip
    page = Page(chromium, path)
    page.page.goto(page.url)
    assert page.page.locator("#wim-panel h2").inner_text() == "Auto Valley Industrial Innovation Corridor"
    assert page.page.locator('path[data-id="hust"]').count() == 0
    # every layer is in the file: the layer control can show one the view had hidden
    page.page.evaluate("window.wimView.showLayers([...window.wimView.visibleLayers(), 'institutions'])")
    page.page.locator('path[data-id="hust"]').wait_for(state="attached")
    assert page.errors == []


@pytest.mark.browser
def test_a_panel_shows_its_head_at_once_and_its_body_after_that_paint(chromium, tmp_path, seed):
    # A pick's frame draws a few lines (name, kind, district, layer), the next one the rest; a
    # body still to come never lands in a later panel, nor under the hint.
    page = open_offline(chromium, tmp_path, *seed)
    head = page.page.evaluate("""() => {
      const panel = document.querySelector('#wim-panel');
      window.wimView.select('hust_belt', false);
      const head = [panel.querySelector('h2').textContent, panel.getAttribute('aria-busy'),
                    panel.querySelectorAll('.wim-facts').length, panel.querySelectorAll('h3').length];
      window.wimView.select('nanhu_alley', false);
      return head;
    }""")
    assert head == ["环华科大创新发展带", "true", 1, 0]
    panel = whole_panel(page.page)
    assert panel.locator("h2").inner_text() == "南湖硅巷"
    assert panel.locator("h3", has_text="坐标来源").count() == 1  # one body, its own
    assert panel.locator("mark.wim-mention", has_text="环华科大创新发展带").count() == 0
    page.page.evaluate("() => { window.wimView.select('hust_belt', false); window.wimView.deselect(); }")
    panel = whole_panel(page.page)
    assert panel.locator(".wim-hint").count() == 1 and panel.locator("h3").count() == 0
    assert page.errors == []


@pytest.mark.browser
def test_a_paragraph_link_scrolls_to_its_passage_and_keeps_the_selection(chromium, tmp_path, seed):
    page = open_offline(chromium, tmp_path, *seed, hash_="#hust_belt", lang="en")
    panel = whole_panel(page.page)  # figure rows are content-visibility: auto
    assert panel.locator("h2").inner_text() == "HUST Innovation and Development Belt"
    figure = panel.locator("table.wim-figures tbody tr").nth(1)
    assert figure.locator("td").first.inner_text() == "500家 科技企业"  # the noun it counts
    link = panel.locator("td.wim-sentence a.wim-para-no").first
    assert (link.inner_text(), link.get_attribute("href")) == ("¶18", "#wim-p18")
    passage = panel.locator("#wim-p18")
    page.page.evaluate("document.querySelector('.wim-side').scrollTop = 0")
    link.click()
    page.page.wait_for_function(
        "() => { const p = document.querySelector('#wim-p18').getBoundingClientRect();"
        " const s = document.querySelector('.wim-side').getBoundingClientRect();"
        " return p.top >= s.top && p.bottom <= s.bottom + 1; }")  # fmt: skip
    assert "wim-target" in passage.get_attribute("class")
    assert page.page.evaluate("location.hash") == "#hust_belt"  # the selection stays in the link
    source = panel.locator(".wim-source a").first
    assert (source.inner_text(), source.get_attribute("href")) == (
        "Wikidata Q1711196", "https://www.wikidata.org/wiki/Q1711196")
    assert "Hongshan District" in page.panel() and "Changjiang Daily" in page.page.inner_text("body")
    assert page.errors == []


HOSTILE_HTML = '<img src="x" onerror="alert(1)">'


def with_hostile_zone(layers: dict) -> dict:
    """A copy of ``layers`` where the HUST belt's English name (the panel's subtitle, drawn with
    wimEl), its district and a member without a page of its own are markup."""
    layers = {name: gdf.copy() for name, gdf in layers.items()}
    zones = layers["zones"]
    belt = zones["id"] == "hust_belt"
    zones.loc[belt, "name_en"] = HOSTILE_HTML
    zones.loc[belt, "district"] = HOSTILE_HTML
    hostile_member = [{"id": "", "name_zh": HOSTILE_HTML, "name_en": ""}]
    zones["members"] = [hostile_member if is_belt else m for is_belt, m in zip(belt, zones["members"], strict=True)]
    return layers


@pytest.mark.browser
def test_markup_in_a_name_a_district_and_a_member_list_stays_text(chromium, tmp_path, seed):
    """Every way the panel puts text in (wimEl, a definition list, an unlinked member) puts it
    in as text."""
    page = open_offline(chromium, tmp_path, with_hostile_zone(seed[0]), seed[1], hash_="#hust_belt")
    assert page.page.locator("#wim-panel h2").inner_text() == "环华科大创新发展带"
    assert page.page.locator("#wim-panel .wim-subtitle").inner_text() == HOSTILE_HTML
    assert page.page.locator("#wim-panel dd", has_text=HOSTILE_HTML).count() == 1
    assert page.page.locator("#wim-panel .wim-members li", has_text=HOSTILE_HTML).count() == 1
    assert page.page.locator("#wim-panel img").count() == 0
    assert page.dialogs == [] and page.errors == []


def test_the_page_head_says_which_article_it_maps_in_dublin_core_terms():
    article = replace(parse_article("正文。"), meta=ArticleMeta(
        "标题", "长江日报", "2024-09-06", "https://example.org/a?b=1&c=2"))
    assert head_meta(article, "zh").splitlines() == [
        '<meta name="description" content="长江日报《标题》，2024-09-06，https://example.org/a?b=1&amp;c=2">',
        '<meta name="dcterms.title" content="标题">',
        '<meta name="dcterms.publisher" content="长江日报">',
        '<meta name="dcterms.date" content="2024-09-06">',
        '<meta name="dcterms.source" content="https://example.org/a?b=1&amp;c=2">',
    ]


META = ArticleMeta("标题", "长江日报", "2024-09-06", "https://example.org/a?b=1&c=2")


@pytest.mark.parametrize(("meta", "lang", "line"), [
    (META, "zh", '<p class="wim-article-line">文章: 长江日报《标题》，2024-09-06 <a href="https://example.org/a?b=1&amp;c=2" '
                 'rel="noopener noreferrer">https://example.org/a?b=1&amp;c=2</a></p>'),
    (META, "en", '<p class="wim-article-line">Article: Changjiang Daily, 《标题》, 2024-09-06 '
                 '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">'
                 'https://example.org/a?b=1&amp;c=2</a></p>'),
    (replace(META, url="http://example.org/"), "zh",
     '<p class="wim-article-line">文章: 长江日报《标题》，2024-09-06 <a href="http://example.org/" '
     'rel="noopener noreferrer">http://example.org/</a></p>'),
    (replace(META, url="ftp://x"), "zh", '<p class="wim-article-line">文章: 长江日报《标题》，2024-09-06，ftp://x</p>'),
    (ArticleMeta(), "zh", ""),
])  # fmt: skip
def test_the_article_line_credits_the_article_and_links_only_a_web_address(meta, lang, line):
    assert article_line(replace(parse_article("正文。"), meta=meta), lang) == line


def test_leaflets_control_images_travel_inside_its_css_as_png_data():
    images = re.findall(r"url\(data:image/png;base64,([A-Za-z0-9+/=]+)\)", leaflet_css_inline())
    assert len(images) >= 3  # layers.png, layers-2x.png, marker-icon.png
    assert all(base64.b64decode(image).startswith(b"\x89PNG\r\n\x1a\n") for image in images)


def test_a_script_that_would_end_its_element_early_is_refused():
    with pytest.raises(ValueError, match=r"^a script to inline contains '</script' and would end its "
                                         r"element early$"):  # fmt: skip
        _inline_script("x = '</SCRIPT>';")


def test_the_offline_page_holds_leaflet_as_whole_style_and_script_elements(seed):
    page = render_standalone(*seed, offline=True)
    assert len(re.findall(r"(?:^|\n)<style>\n", page)) == 2  # the page's and Leaflet's
    assert len(re.findall(r"(?:^|\n)<script>\n", page)) == 2


def test_the_online_page_links_leaflets_script_as_an_element_of_its_own(seed):
    assert re.search(r'(?:^|\n)<script src="https://unpkg\.com/leaflet@1\.9\.4/dist/leaflet\.js"',
                     render_standalone(*seed))  # fmt: skip


@pytest.mark.parametrize(("start", "kept"), [
    ({"basemap": "gaode", "zone": "hust_belt"}, {"zone": "hust_belt"}),  # GCJ-02 tiles: opens on OSM
    ({"basemap": "positron"}, {"basemap": "positron"}),
    ({"basemap": None, "lang": "en"}, {"lang": "en"}),
])  # fmt: skip
def test_a_view_link_keeps_only_a_basemap_the_page_can_draw_on(seed, start, kept):
    assert views_data(*seed, "zh", start)["start"] == kept
