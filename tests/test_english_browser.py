"""In English, what a reader sees in the app is English: every visible string outside names and
quotations of the article (the definition of both is in ``tests/layers/test_one_language.py``).

The page is opened from a shared link (``?lang=en&zone=…``) with a zone's panel open, the sidebar
unfolded and a summary list shown, so the labels, the panel, the legend, the sidebar and the
summary are all on screen; its visible text (``innerText``, which skips hidden elements) is read
with the passages and the figures table left out (they quote the article), the article's headline
as printed taken out (a quotation too), and the language switch left out: it offers each language
in its own name, 中文 and English.
"""

from __future__ import annotations

import pytest

from geo.article import seed_article
from tests.browser import chromium_page, open_sidebar, streamlit_server
from tests.layers.test_one_language import foreign_runs

pytestmark = pytest.mark.browser

VISIBLE_TEXT_JS = """() => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('.wim-passage, .wim-figures, script, style').forEach((e) => e.remove());
  copy.querySelectorAll('[data-testid="stRadio"]').forEach((r) => {
    if (r.innerText.trim().startsWith('Language')) r.remove();
  });
  document.body.appendChild(copy);  // innerText needs layout; hidden parts stay hidden
  copy.style.position = 'absolute';
  const text = copy.innerText;
  copy.remove();
  return text;
}"""


@pytest.fixture(scope="module")
def server():
    with streamlit_server() as url:
        yield url


def test_in_english_every_visible_string_outside_names_and_quotations_is_english(server):
    with chromium_page() as (page, _):
        page.set_viewport_size({"width": 1400, "height": 900})
        page.goto(server + "/?lang=en&zone=hust_belt")
        page.locator('path[data-id="hust_belt"]').wait_for(timeout=90_000)
        page.get_by_role("heading", name="HUST Innovation and Development Belt").wait_for(timeout=30_000)
        open_sidebar(page)
        language = page.locator('[data-testid="stRadio"]', has_text="Language").inner_text()
        assert "中文" in language and "English" in language
        text = page.evaluate(VISIBLE_TEXT_JS)
        headline = seed_article().meta.headline
        assert headline in text  # shown, as printed
        text = text.replace(headline, "")
        assert "Legend" in text or "Layers and legend" in text  # the page really is in English
        assert "Hongshan District" in text
        assert foreign_runs(text) == []
