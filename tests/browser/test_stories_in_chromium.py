"""Stories and the public forms in real Chromium: accessible, right to left, nothing foreign."""

from wagtail.models import Locale

import pytest

from contributions.models import StoryTipPage, VolunteerSignupPage
from stories.models import StoryIndexPage, StoryPage
from tests.browser.test_site_in_chromium import serious_violations

pytestmark = pytest.mark.browser


def in_language(model, code):
    return model.objects.get(locale__language_code=code)


def swap_market(code="da"):
    danish = StoryPage.objects.get(slug="byttemarkedet-der-trak-gaester")
    return danish.get_translation(Locale.objects.get(language_code=code))


def test_stories_and_forms_are_accessible_in_danish_arabic_and_urdu(page_and_watch):
    page, watch = page_and_watch
    urls = [
        in_language(StoryIndexPage, "da").url,
        swap_market().url,
        swap_market().url + "press/",
        in_language(StoryIndexPage, "ar").url + "?inspiration=on",
        swap_market("ar").url,
        in_language(StoryTipPage, "ur").url,
        in_language(VolunteerSignupPage, "ar").url,
    ]
    for url in urls:
        page.goto(url)
        assert serious_violations(page) == [], url
    assert watch.console_errors == []
    assert watch.foreign_requests == []


def test_arabic_story_reads_right_to_left(page_and_watch):
    page, _watch = page_and_watch
    page.goto(swap_market("ar").url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".lead").evaluate("el => getComputedStyle(el).direction") == "rtl"


def test_copy_link_button_copies_the_story_address(page_and_watch, browser):
    page, _watch = page_and_watch
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(swap_market().url)
    page.get_by_role("button", name="Kopiér link").click()
    assert page.evaluate("navigator.clipboard.readText()").endswith(swap_market().url)
