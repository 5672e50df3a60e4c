"""
`load_demo` fills the calendar for the coming three months in every language, with the
proposal's clash: a volunteer's draft of a litter collection on a swap market's weekend.

The tests read the session's demo (`demo`, tests/conftest.py); those about dates read it with its
events dated again as load_demo dates them on each day of EVERY_DAY (tests/clock.py).
"""

import datetime
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.db import transaction

from wagtail.models import Page, Revision, WorkflowState

import pytest
import time_machine

from demo.messages import messages_by_key
from demo.records import read
from events.calendar import today, weekend_of, weekend_window
from events.models import EventIndexPage, EventPage
from events.recurrence import local
from tests.clock import EVERY_DAY, REFERENCE_DAY

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "da"]


@pytest.fixture(scope="module", params=list(EVERY_DAY.values()), ids=list(EVERY_DAY))
def demo_dated_on(request, demo_site, django_db_blocker):
    """
    The session's demo with its events (and the volunteer's draft) removed and loaded again on a
    day of EVERY_DAY, as load_demo would date them that day; rolled back after the module's
    tests of that day.
    """
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        time_machine.travel(request.param, tick=True),
    ):
        if request.param != REFERENCE_DAY:  # the day the session's demo was loaded on
            Page.objects.type(EventPage).delete()
            call_command("load_demo", stdout=StringIO())
        yield request.param
        transaction.set_rollback(True)


@pytest.fixture
def demo_dated_on_every_day(demo_dated_on, django_db_blocker):
    """A test on the demo dated on a day of EVERY_DAY, run on that day."""
    with (
        time_machine.travel(demo_dated_on, tick=True),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield
        transaction.set_rollback(True)


def danish(slug):
    return EventPage.objects.get(locale__language_code="da", slug=slug)


def test_an_events_calendar_in_every_language(demo):
    indexes = EventIndexPage.objects.live()
    languages = indexes.values_list("locale__language_code", flat=True)
    assert sorted(languages) == sorted(code for code, _name in settings.LANGUAGES)
    assert indexes.get(locale__language_code="da").show_in_menus


def test_every_language_has_text_for_every_published_event(demo):
    events = {r["key"] for r in read("events") if r["model"] == "events.eventpage"}
    published = {r["key"] for r in read("events") if "author" not in r} & events
    for code in OTHER_LANGUAGES:
        assert published <= set(messages_by_key(code)), code


def test_at_least_25_danish_events_each_live_in_every_language(demo):
    danish = EventPage.objects.filter(locale__language_code="da")
    assert danish.count() >= 25
    for event in danish.live():
        translations = event.get_translations().live()
        languages = set(translations.values_list("locale__language_code", flat=True))
        assert languages == set(OTHER_LANGUAGES), event.title


def test_events_fall_in_the_coming_three_months(demo_dated_on_every_day):
    # From tomorrow, or from this weekend's Saturday when the demo is loaded at the weekend:
    # the Saturday and Sunday activities start on the weekend the demo is loaded in.
    earliest = min(today() + datetime.timedelta(days=1), weekend_of(today())[0])
    horizon = today() + datetime.timedelta(days=100)
    for event in EventPage.objects.filter(locale__language_code="da"):
        first = local(event.start).date()
        assert earliest <= first <= horizon, event.title


def test_demo_events_pass_validation(demo_dated_on_every_day):
    for event in EventPage.objects.specific():
        event.full_clean()


def test_first_sunday_repeats_monthly_with_a_cancelled_date(demo_dated_on_every_day):
    event = danish("foerste-soendag-paa-bredekaergaard")
    assert "FREQ=MONTHLY" in event.rrule and "BYDAY=1SU" in event.rrule
    assert event.cancelled_dates
    dates = [occurrence.date for occurrence in event.occurrences()]
    assert all(day.weekday() == 6 and day.day <= 7 for day in dates)
    assert not set(event.cancelled_dates) & set(dates)


def test_the_swap_markets_take_turns_between_the_two_places(demo_dated_on_every_day):
    farm = danish("byttemarked-paa-bredekaergaard")
    glass_house = danish("byttemarked-i-glashuset")
    assert farm.live and farm.place.slug == "bredekaergaard"
    assert glass_house.place.slug == "glashuset"
    months = sorted(
        (occurrence.date.year, occurrence.date.month, event.place.slug)
        for event in (farm, glass_house)
        for occurrence in event.occurrences()
    )
    places = [place for _year, _month, place in months]
    assert len(places) >= 4
    assert all(a != b for a, b in zip(places, places[1:], strict=False))
    for event in (farm, glass_house):
        assert "INTERVAL=2" in event.rrule
        assert event.organisers.filter(slug="aktiviteter-for-boern").exists()
        assert event.target_groups.filter(code="children-families").exists()


def test_the_litter_collection_waits_in_moderation(demo):
    draft = danish("affaldsindsamling-med-dn")
    assert not draft.live
    assert not draft.get_translations().exists()
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by.username == draft.owner.username == "frivillig"


def test_the_litter_collection_shares_a_swap_markets_weekend(demo_dated_on_every_day):
    draft = danish("affaldsindsamling-med-dn")
    swap_market = danish("byttemarked-paa-bredekaergaard")
    weekend = weekend_of(local(draft.start).date())
    assert weekend in {weekend_of(o.date) for o in swap_market.occurrences()}
    assert today() + datetime.timedelta(days=7) <= weekend[0]
    assert weekend[0] <= today() + datetime.timedelta(weeks=8)
    assert set(draft.themes.all()) & set(swap_market.themes.all())
    codes = set(draft.target_groups.values_list("code", flat=True))
    assert codes == {"children-families", "everyone"}


def test_families_find_something_this_weekend_in_turkish(demo_dated_on_every_day):
    start, end = weekend_window(today())
    turkish = EventPage.objects.live().filter(
        locale__language_code="tr", target_groups__code="children-families"
    )
    assert any(event.occurrences(start, end) for event in turkish)


def test_some_events_are_hosted_together_paid_all_day_or_at_an_address(demo):
    danish = EventPage.objects.live().filter(locale__language_code="da")
    assert any(event.organisers.count() > 1 for event in danish)
    paid = danish.filter(is_free=False)
    assert paid.exists()
    assert all(event.price and event.registration_url for event in paid)
    assert danish.filter(all_day=True).exists()
    assert danish.filter(place__isnull=True).exclude(address="").exists()
    assert danish.filter(related_stories__isnull=False).exists()


def test_running_the_demo_again_creates_nothing(demo):
    def counts():
        return (
            Page.objects.count(),
            EventPage.objects.count(),
            Revision.objects.count(),
            WorkflowState.objects.count(),
        )

    before = counts()
    call_command("load_demo", stdout=StringIO())
    assert counts() == before
