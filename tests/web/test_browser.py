"""The real pages in headless Chromium: highlights, network, map, search, disputes, hostile text.

Needs Debian's chromium (CI installs it) and the playwright Python package, which drives it
through `executable_path`; no browser is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest

pytestmark = [pytest.mark.browser]

CHROMIUM = os.environ.get("NEWSINTEL_TEST_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


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


# ------------------------------------------------------------------ the analyst's workflow


@pytest.fixture(scope="module")
def rich_server(rich_db):
    from conftest import running_server
    from newsintel.web.app import create_app

    with running_server(create_app(db=rich_db)) as url:
        yield url


def test_find_an_actor_filter_its_events_export_geojson_open_the_disputes(rich_server, page):
    page.goto(f"{rich_server}/actors")
    page.fill("form.filters input[name=q]", "shabaab")
    page.click("form.filters button")
    page.locator("table.actors a", has_text="al-Shabaab").click()
    page.wait_for_url("**/actors/al-shabaab")
    assert "1–4 of 4 events" in page.locator("#events .pager").inner_text()  # the raid and its copy
    page.click("text=filter its events")
    page.wait_for_url("**/events?actor=al-shabaab")
    page.fill("input[name=since]", "2024-03-01")
    page.fill("input[name=until]", "2024-03-31")
    page.fill("input[name=place_country]", "som")
    page.click("form.filters button")  # the blank boxes are sent too, as a form does
    page.wait_for_url("**/events?**place_country=som**")
    assert page.locator("#event-count").text_content() == "2 events"
    assert page.locator("table.events td", has_text="raided").count() == 2
    with page.expect_download() as download_info:
        page.click("a.download[data-format=geojson]")
    with open(download_info.value.path(), encoding="utf-8") as handle:
        collection = json.load(handle)
    assert [f["properties"]["document_id"] for f in collection["features"]] == ["raid", "raid-copy"]
    page.click("header.top a:has-text('Disputes')")
    dispute = page.locator(".dispute").first
    assert "2 copies" in dispute.inner_text()
    dispute.locator("h2 a").click()
    page.wait_for_url("**/claims/k*")
    assert "disputes · 1 independent origin" in page.locator(".sides").text_content()


def test_documents_sort_filter_and_page_through_the_forms(rich_server, page):
    page.goto(rich_server)
    page.click("th a[data-sort=events]")
    page.click("th a[data-sort=events]")  # again: most events first
    first = page.locator("table.documents tr").nth(1)
    assert first.locator("td.num").first.inner_text() == "2"
    page.select_option("select[name=publisher]", "Other Wire")
    page.click("form.filters button")
    rows = page.locator("table.documents tr")
    assert rows.count() == 2 and "1–1 of 1 documents" in page.locator(".pager").inner_text()
    page.select_option("select[name=publisher]", "")
    page.select_option("select[name=has_events]", "false")
    page.click("form.filters button")
    assert page.locator("table.documents tr").count() == 2


def test_a_bad_filter_shows_an_error_page_naming_the_field(server, page):
    page.goto(f"{server}/events")
    page.fill("input[name=country]", "Somalia")
    page.click("form.filters button")
    assert page.locator("h1").inner_text() == "422 · Invalid request"
    assert page.locator(".problems li b").all_inner_texts() == ["country"]


def test_network_form_labels_that_do_not_overlap_and_zoom_and_pan(server, page):
    page.goto(f"{server}/network")
    page.fill("input[name=code]", "")
    page.select_option("select[name=mode]", "")
    page.click("form.filters button")
    assert page.locator("svg.network circle").count() == 2
    boxes = page.eval_on_selector_all(
        "svg.network text.node-label",
        "els => els.map(e => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; })",
    )
    assert len(boxes) == 2
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    svg = page.locator("svg.network")
    start = svg.get_attribute("viewBox")
    page.click("button[data-zoom=in]")
    zoomed = svg.get_attribute("viewBox")
    assert float(zoomed.split()[2]) < float(start.split()[2])
    box = svg.bounding_box()
    page.mouse.move(box["x"] + 50, box["y"] + 50)
    page.mouse.down()
    page.mouse.move(box["x"] + 150, box["y"] + 90, steps=5)
    page.mouse.up()
    assert float(svg.get_attribute("viewBox").split()[0]) < float(zoomed.split()[0])
    page.click("button[data-zoom=reset]")
    assert [float(v) for v in svg.get_attribute("viewBox").split()] == [float(v) for v in start.split()]


def test_long_words_wrap_and_bidi_controls_show(rich_server, page):
    from urllib.parse import quote

    from conftest import ODD_ID

    page.goto(f"{rich_server}/documents/{quote(ODD_ID, safe='')}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1300
    article = page.locator(".article").inner_text()
    assert "⟦U+202E⟧gnp.exe⟦U+202C⟧ and nothing more" in article
    page.goto(rich_server)
    page.locator("table.documents a", has_text="Police said the convoy").click()
    assert page.locator("h1").inner_text() == "Untitled document"


def test_claims_sourcing_and_the_timeline_link_to_their_lists(rich_server, page):
    page.goto(f"{rich_server}/sourcing")
    page.click("table.sourcing a:has-text('Other Wire')")
    assert page.locator("table.documents tr").count() == 2
    page.goto(f"{rich_server}/claims")
    page.select_option("select[name=disputed]", "true")
    page.click("form.filters button")
    assert page.locator("table.clusters tr").count() == 2
    page.goto(f"{rich_server}/events")
    page.click("svg.timeline a.month[data-month='2024-03']")
    page.wait_for_url("**/events?since=2024-03-01&until=2024-03-31")
    assert page.locator("#event-count").text_content() == "4 events"
    page.click("svg.worldmap a.has-events[data-country=SOM]")
    assert page.locator("#event-count").text_content() == "2 events"
