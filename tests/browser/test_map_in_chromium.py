"""The map in real Chromium: markers from places.geojson, filters, popups, accessibility."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from directory.models import MapPage

pytestmark = pytest.mark.browser

MARKERS = ".leaflet-marker-icon"


def visible_markers(page):
    """Places on the map: single markers count 1, a cluster counts the places inside it."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-marker-icon')]
            .map(icon => icon.classList.contains('marker-cluster')
                ? parseInt(icon.textContent, 10) : 1)
            .reduce((sum, n) => sum + n, 0)"""
    )


def open_map(page, language="da", query=""):
    url = MapPage.objects.get(locale__language_code=language).url
    page.goto(url + query)
    page.wait_for_selector("[data-map][data-markers]")
    return url


def test_markers_appear_and_a_filter_changes_them(page_and_watch):
    page, watch = page_and_watch
    open_map(page)
    everything = visible_markers(page)
    listed = page.locator(".map-list__place").count()
    assert everything == listed == int(page.get_attribute("[data-map]", "data-markers")) > 5

    page.locator("select[name=target_group]").select_option("children-families")
    page.locator(".filter-form button[type=submit]").click()
    page.wait_for_url("**target_group=children-families**")
    page.wait_for_selector("[data-map][data-markers]")
    filtered = visible_markers(page)
    assert 0 < filtered < everything
    assert filtered == page.locator(".map-list__place").count()
    assert watch.console_errors == []
    assert watch.foreign_requests == []


def test_a_popup_links_to_the_organisation(page_and_watch):
    page, _watch = page_and_watch
    open_map(page, query="?target_group=children-families")
    page.locator(f"{MARKERS}:not(.marker-cluster)").first.click(force=True)
    link = page.locator(".leaflet-popup-content ul a").first
    name = link.inner_text()
    link.click()
    assert page.locator("h1").inner_text() == name


def test_arabic_map_has_no_serious_accessibility_violations(page_and_watch):
    page, watch = page_and_watch
    open_map(page, "ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    violations = [
        v["id"]
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert violations == []
    assert watch.foreign_requests == []
