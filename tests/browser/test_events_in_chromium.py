"""
The calendar on the demo in real Chromium: a resident reading Turkish finds this weekend's
activities for families, adds one to their phone's calendar and subscribes to the feed; every
calendar view is accessible, reads right to left in Arabic and Urdu, and calls no other host.
"""

import datetime
from pathlib import Path

from django.utils import translation

import pytest
import recurring_ical_events
from icalendar import Calendar

from events.calendar import today, weekend_window
from events.models import EventIndexPage, EventPage
from events.recurrence import local
from tests.browser.test_site_in_chromium import serious_violations

pytestmark = pytest.mark.browser


def calendar_in(code):
    return EventIndexPage.objects.get(locale__language_code=code)


def family_events_this_weekend(code):
    """Titles of the live family events on the coming weekend, as the database has them."""
    start, end = weekend_window(today())
    with translation.override(code):
        events = EventPage.objects.for_readers().filter(target_groups__code="children-families")
        return {event.title for event in events if event.occurrences(start, end)}


def test_resident_finds_this_weekend_for_families_in_turkish_and_takes_it_home(
    page_and_watch, demo_server
):
    page, watch = page_and_watch
    expected = family_events_this_weekend("tr")
    assert expected, "the demo always has a family activity on the coming weekend"

    page.goto("/tr/")
    page.locator(".main-nav").get_by_role("link", name=calendar_in("tr").title).click()
    page.locator(".calendar__views a[href$='/weekend/']").click()
    page.locator("select[name=target_group]").select_option("children-families")
    page.locator(".filter-form button[type=submit]").click()

    page.wait_for_url("**/weekend/?*target_group=children-families*")
    assert page.locator("html").get_attribute("lang") == "tr"
    shown = set(page.locator(".card__title a").all_inner_texts())
    assert shown == expected

    # Add the first one to the phone's calendar: an .ics file with the Turkish title.
    first = page.locator(".card--event").first
    title = first.locator(".card__title a").inner_text()
    first.locator(".card__title a").click()
    with page.expect_download() as download_info:
        page.locator(".event__add a").click()
    event_file = Calendar.from_ical(Path(download_info.value.path()).read_bytes())
    (vevent,) = event_file.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == title
    assert vevent["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert event_file.walk("VTIMEZONE")

    # Subscribe: the webcal link keeps the filter, and its https twin is a calendar of the
    # same family activities, at the same local times as the page.
    page.go_back()
    subscribe = page.locator(".subscribe__links a[href^='webcal://']").get_attribute("href")
    assert subscribe.endswith("feed.ics?target_group=children-families")
    feed = page.request.get(subscribe.replace("webcal://", "http://", 1))
    assert feed.headers["content-type"].startswith("text/calendar")
    subscribed = Calendar.from_ical(feed.body())
    start, end = weekend_window(today())
    weekend = recurring_ical_events.of(subscribed).between(start, end)
    assert {str(occurrence["SUMMARY"]) for occurrence in weekend} == expected
    for occurrence in weekend:
        assert local(occurrence["DTSTART"].dt).utcoffset() in {
            datetime.timedelta(hours=1),
            datetime.timedelta(hours=2),
        }
    assert watch.console_errors == []
    assert watch.foreign_requests == []


def test_calendar_views_are_accessible_and_right_to_left(page_and_watch):
    page, watch = page_and_watch
    danish, arabic, urdu = calendar_in("da"), calendar_in("ar"), calendar_in("ur")
    with translation.override("ar"):
        event = EventPage.objects.for_readers().filter(repeat="").first()
    urls = [
        danish.url,
        danish.url + "weekend/?target_group=children-families",
        danish.url + "month/",
        danish.url + "past/",
        arabic.url,
        arabic.url + "month/",
        urdu.url + "weekend/",
        event.url,
    ]
    for url in urls:
        page.goto(url)
        assert serious_violations(page) == [], url
    page.goto(arabic.url + "month/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".month__grid").evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert watch.console_errors == []
    assert watch.foreign_requests == []
