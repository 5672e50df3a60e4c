"""The iCalendar feed of the events index (<index url>feed.ics) and one file per event
(<event url>event.ics), read back as a phone's calendar would."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import icalendar
import pytest
import recurring_ical_events

from directory.factories import ThemeFactory
from events.calendar import day_start
from events.factories import EventPageFactory
from events.recurrence import TIMEZONE, expand
from tests.clock import on_every_day
from tests.conftest import event, translate
from tests.events.times import at, soon

WINDOW = (
    datetime.datetime(2027, 1, 1, tzinfo=TIMEZONE),
    datetime.datetime(2028, 1, 1, tzinfo=TIMEZONE),
)


def parsed(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def feed(client, index, query=""):
    return parsed(client.get(index.url + "feed.ics" + query))


def by_title(ical_calendar):
    return {str(component["SUMMARY"]): component for component in ical_calendar.walk("VEVENT")}


@pytest.fixture
def nature():
    return ThemeFactory(name="Natur og klima", slug="natur-og-klima")


@pytest.fixture
def meeting(event_index, glashuset, youth_council, nature):
    return event(
        event_index,
        "Ungerådsmøde",
        slug="ungeraadsmoede",
        start=at(2027, 1, 12, 17, 0),
        end=at(2027, 1, 12, 19, 0),
        place=glashuset,
        organisers=[youth_council],
        target_groups=["young-people"],
        themes=[nature],
        contact_name="Sara Ali",
        contact_email="ungeraadet@example.dk",
    )


@pytest.fixture
def gathering(event_index, bredekaergaard, families_network):
    """The first Sunday of every month at 10, across the start of summer time on 28 March, with
    the April date cancelled."""
    return event(
        event_index,
        "Søndagssamling",
        start=at(2027, 2, 7, 10, 0),
        end=at(2027, 2, 7, 13, 0),
        repeat="monthly-weekday",
        repeat_count=6,
        cancelled=[datetime.date(2027, 4, 4)],
        place=bredekaergaard,
        organisers=[families_network],
        target_groups=["children-families"],
    )


@pytest.fixture
def town_festival(event_index):
    return event(
        event_index,
        "Byfest",
        start=at(2027, 6, 5, 0, 0),
        end=at(2027, 6, 6, 0, 0),
        all_day=True,
        address="Ishøj Bytorv, 2635 Ishøj",
    )


@pytest.fixture
def dinner(event_index):
    return event(
        event_index,
        "Mad, musik; og\nfællesskab",
        start=at(2027, 1, 20, 18, 0),
        end=at(2027, 1, 20, 21, 0),
        lead="Vi laver mad sammen; alle tager en ret med, og vi spiser ved lange borde. " * 3,
    )


@pytest.fixture
def calendar_events(meeting, gathering, town_festival, dinner):
    return [meeting, gathering, town_festival, dinner]


def test_feed_is_a_subscribable_calendar_in_danish_time(client, event_index, calendar_events):
    response = client.get(event_index.url + "feed.ics")
    ical_calendar = parsed(response)

    assert "attachment" not in response.get("Content-Disposition", "")
    assert ical_calendar["VERSION"] == "2.0"
    assert ical_calendar["PRODID"]
    assert ical_calendar["METHOD"] == "PUBLISH"
    assert ical_calendar["X-WR-CALNAME"] == event_index.title
    assert ical_calendar["X-WR-TIMEZONE"] == "Europe/Copenhagen"
    assert ical_calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=6)
    assert b"\r\nX-PUBLISHED-TTL:PT6H\r\n" in response.content
    assert [zone["TZID"] for zone in ical_calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    assert ical_calendar.get_missing_tzids() == set()
    assert len(ical_calendar.walk("VEVENT")) == 4


def test_every_event_has_uid_dtstamp_and_absolute_url(client, event_index, calendar_events):
    entries = by_title(feed(client, event_index))

    meeting = entries["Ungerådsmøde"]
    assert meeting["URL"] == "http://localhost/aktiviteter/ungeraadsmoede/"
    assert "http://localhost/aktiviteter/ungeraadsmoede/" in meeting["DESCRIPTION"]
    for entry in entries.values():
        assert entry["UID"]
        assert entry["DTSTAMP"].dt.tzinfo is not None


def test_uids_stay_the_same_between_requests(client, event_index, calendar_events):
    first = {str(entry["UID"]) for entry in feed(client, event_index).walk("VEVENT")}
    second = {str(entry["UID"]) for entry in feed(client, event_index).walk("VEVENT")}

    assert len(first) == 4
    assert first == second


def test_translated_event_keeps_the_uid_of_the_danish_one(
    client, translated_homes, event_index, meeting
):
    english_index = translate(event_index, "en", title="Activities")
    translate(meeting, "en", title="Youth council meeting")

    [danish] = feed(client, event_index).walk("VEVENT")
    [english] = feed(client, english_index).walk("VEVENT")

    assert english["SUMMARY"] == "Youth council meeting"
    assert english["UID"] == danish["UID"]
    assert english["URL"].startswith("http://localhost/en/")


def test_repeating_event_keeps_its_rule_and_cancelled_date(client, event_index, gathering):
    [entry] = feed(client, event_index).walk("VEVENT")

    assert entry["DTSTART"].dt == at(2027, 2, 7, 10, 0)
    assert entry["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert entry["DTEND"].dt == at(2027, 2, 7, 13, 0)
    assert entry["RRULE"] == icalendar.vRecur.from_ical("FREQ=MONTHLY;BYDAY=1SU;COUNT=6")
    [cancelled] = entry["EXDATE"].dts
    assert cancelled.dt == at(2027, 4, 4, 10, 0)
    assert entry["EXDATE"].params["TZID"] == "Europe/Copenhagen"


def test_phone_calendar_expands_the_feed_into_the_calendars_own_occurrences(
    client, event_index, calendar_events
):
    ical_calendar = feed(client, event_index)

    def local(moment):
        if isinstance(moment, datetime.datetime):
            return moment.astimezone(TIMEZONE)
        return day_start(moment)  # an all-day date

    expanded = sorted(
        (str(entry["SUMMARY"]), local(entry["DTSTART"].dt), local(entry["DTEND"].dt))
        for entry in recurring_ical_events.of(ical_calendar).between(*WINDOW)
    )
    ours = sorted(
        (occurrence.event.title, occurrence.start, occurrence.end)
        for calendar_event in calendar_events
        for occurrence in expand(calendar_event, *WINDOW)
    )

    assert expanded == ours
    sundays = [start for title, start, _end in expanded if title == "Søndagssamling"]
    assert [start.date() for start in sundays] == [
        datetime.date(2027, 2, 7),
        datetime.date(2027, 3, 7),
        datetime.date(2027, 5, 2),  # 4 April is cancelled; summer time began on 28 March
        datetime.date(2027, 6, 6),
        datetime.date(2027, 7, 4),
    ]
    assert {(start.hour, start.minute) for start in sundays} == {(10, 0)}


def test_all_day_event_is_whole_dates_with_the_end_after_the_last_day(
    client, event_index, town_festival
):
    response = client.get(event_index.url + "feed.ics")
    [entry] = parsed(response).walk("VEVENT")

    assert entry["DTSTART"].dt == datetime.date(2027, 6, 5)
    assert entry["DTEND"].dt == datetime.date(2027, 6, 7)
    assert b"DTSTART;VALUE=DATE:20270605" in response.content
    assert entry["LOCATION"] == "Ishøj Bytorv, 2635 Ishøj"
    assert "GEO" not in entry


def test_all_day_repeat_ends_on_a_date(client, event_index):
    event(
        event_index,
        "Sommerlejr",
        start=at(2027, 7, 5, 0, 0),
        end=at(2027, 7, 5, 0, 0),
        all_day=True,
        repeat="daily",
        repeat_until=datetime.date(2027, 7, 9),
        cancelled=[datetime.date(2027, 7, 7)],
    )

    ical_calendar = feed(client, event_index)
    [entry] = ical_calendar.walk("VEVENT")
    days = [o["DTSTART"].dt for o in recurring_ical_events.of(ical_calendar).between(*WINDOW)]

    assert entry["RRULE"]["UNTIL"] == [datetime.date(2027, 7, 9)]
    assert days == [datetime.date(2027, 7, day) for day in (5, 6, 8, 9)]


def test_commas_semicolons_and_newlines_survive_escaping_and_folding(client, event_index, dinner):
    response = client.get(event_index.url + "feed.ics")
    [entry] = parsed(response).walk("VEVENT")

    assert entry["SUMMARY"] == "Mad, musik; og\nfællesskab"
    assert entry["DESCRIPTION"].startswith(dinner.lead.strip())
    assert b"SUMMARY:Mad\\, musik\\; og\\nf" in response.content
    lines = response.content.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long description is folded


def test_place_gives_location_and_geo(client, event_index, meeting):
    [entry] = feed(client, event_index).walk("VEVENT")

    assert entry["LOCATION"] == "Glashuset, Vejleåparken 1, 2635 Ishøj"
    assert (entry["GEO"].latitude, entry["GEO"].longitude) == (55.623, 12.345)


def test_organiser_contact_and_themes(client, event_index, meeting):
    [entry] = feed(client, event_index).walk("VEVENT")

    assert entry["ORGANIZER"] == "mailto:ungeraadet@example.dk"
    assert entry["ORGANIZER"].params["CN"] == "Ungerådet"
    assert entry["CONTACT"] == "Sara Ali, ungeraadet@example.dk"
    assert entry["CATEGORIES"].cats == ["Natur og klima"]


def test_feed_filtered_by_target_group_has_only_those_events(client, event_index, calendar_events):
    entries = by_title(feed(client, event_index, "?target_group=children-families"))

    assert list(entries) == ["Søndagssamling"]


def test_feed_filtered_by_dates_has_only_events_in_them(client, event_index, calendar_events):
    entries = by_title(feed(client, event_index, "?from_date=2027-06-01&to_date=2027-06-30"))

    assert sorted(entries) == ["Byfest", "Søndagssamling"]


def test_drafts_and_unpublished_events_never_appear(client, event_index, meeting, gathering):
    EventPageFactory(parent=event_index, title="Kladde", live=False)
    gathering.unpublish()

    assert list(by_title(feed(client, event_index))) == ["Ungerådsmøde"]


@on_every_day
def test_feed_keeps_a_month_of_past_events(client, event_index):
    event(event_index, "For nylig", start=soon(-10), end=soon(-10, 12))
    event(event_index, "For længe siden", start=soon(-40), end=soon(-40, 12))

    assert list(by_title(feed(client, event_index))) == ["For nylig"]


def test_event_file_is_an_attachment_with_one_event(client, event_index, calendar_events, meeting):
    response = client.get(meeting.url + "event.ics")
    ical_calendar = parsed(response)

    assert response["Content-Disposition"] == 'attachment; filename="ungeraadsmoede.ics"'
    [entry] = ical_calendar.walk("VEVENT")
    assert entry["SUMMARY"] == "Ungerådsmøde"
    assert [zone["TZID"] for zone in ical_calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]


def test_feed_query_count_does_not_grow_with_the_number_of_events(
    client,
    django_assert_max_num_queries,
    event_index,
    calendar_events,
    glashuset,
    families_network,
    youth_council,
    nature,
):
    url = event_index.url + "feed.ics"
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(26):
        start = at(2027, 2, 1, 10, 0) + datetime.timedelta(days=number)
        repeating = number % 3 == 0
        event(
            event_index,
            f"Aktivitet {number}",
            start=start,
            end=start + datetime.timedelta(hours=2),
            repeat="weekly" if repeating else "",
            repeat_count=5,
            cancelled=[start.date() + datetime.timedelta(days=7)] if repeating else [],
            place=glashuset if number % 2 else None,
            organisers=[families_network, youth_council][: number % 3],
            themes=[nature] if number % 2 else [],
        )

    with django_assert_max_num_queries(len(few)):
        response = client.get(url)

    assert len(parsed(response).walk("VEVENT")) == 30
