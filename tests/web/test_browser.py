"""The real pages in headless Chromium: highlights, network, map, search, disputes, hostile text.

Needs Debian's chromium (CI installs it) and the playwright Python package, which drives it
through `executable_path`; no browser is downloaded.
"""

from __future__ import annotations

import os
import shutil

import pytest

pytestmark = [pytest.mark.browser]

CHROMIUM = os.environ.get("NEWSINTEL_TEST_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(corpus_db):
    from conftest import running_server

    from newsintel.web.app import create_app

    with running_server(create_app(db=corpus_db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the [dev] extra)")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def test_document_page_highlights_and_hover_shows_speaker(server, page):
    page.goto(f"{server}/documents/raid")
    text = page.locator(".article p")
    speakers = text.locator(".hl-speaker").all_inner_texts()
    assert {"the army", "The militants"} <= set(speakers) and "Ahmed Nur" in "".join(speakers)
    assert text.locator(".hl-place").first.inner_text() == "Kismayo"
    assert "denied" in text.locator(".hl-cue").all_inner_texts()
    text.locator(".hl-quote", has_text="We destroyed the camp").first.hover()
    info = page.locator("#quote-info").inner_text()
    assert info.startswith("Colonel Ahmed Nur (named)") and "cue: “said Colonel”" in info
    assert page.locator("td.mode-reported").count() == 1


def test_network_and_map_render(server, page):
    page.goto(f"{server}/network")
    assert page.locator("svg.network circle").count() == 2
    assert page.locator("svg.network line").count() == 1
    page.goto(f"{server}/events")
    assert page.locator("svg.worldmap a.has-events").count() == 1
    assert page.locator("svg.worldmap a.has-events").get_attribute("data-country") == "SOM"
    assert page.locator("svg.timeline rect").count() >= 1
    box = page.locator("svg.worldmap").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 150


def test_search_box_finds_documents(server, page):
    page.goto(server)
    page.fill("input[type=search]", "Kismayo")
    page.press("input[type=search]", "Enter")
    page.wait_for_url("**/search?q=Kismayo")
    links = page.locator("table a")
    assert links.count() == 1 and links.first.inner_text() == "Troops raid camp near Kismayo"


def test_follow_a_dispute_to_its_document(server, page):
    page.goto(f"{server}/disputes")
    dispute = page.locator(".dispute").first
    assert "Government troops raided a militant camp" in dispute.inner_text()
    assert "al-Shabaab" in dispute.locator(".sides > div").nth(1).inner_text()
    dispute.locator("a", has_text="open").first.click()
    page.wait_for_url("**/documents/raid")
    assert page.locator("h1").inner_text() == "Troops raid camp near Kismayo"


def test_hostile_document_is_shown_as_text_and_runs_nothing(server, page):
    page.goto(f"{server}/documents/hostile")
    page.wait_for_load_state("load")
    article = page.locator(".article").inner_text()
    assert '<script>window.__pwned = 1; alert("x")</script>' in article
    assert '<img src=x onerror="window.__pwned = 2">' in article
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.locator(".article a").count() == 0  # the javascript: link is text, not a link
    page.locator(".hl-quote").first.hover()
    assert page.evaluate("window.__pwned") is None
