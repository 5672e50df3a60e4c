"""
The calendar's questions, answered for any listing, feed or finder: the occurrences of events in
order, and what "a day" and "a weekend" are. Which events a reader sees is asked of
`EventPage.objects` (events.querysets).

Every function here is a fixed number of queries whatever the number of events: events are
fetched once with what a listing shows, and expanded into occurrences in Python.
"""

import datetime

from django.utils import timezone

from core.locales import pages_in_reader_language
from directory.models import OrganisationPage

from .recurrence import TIMEZONE, expand, local

# The dates the calendar deals in. Far enough either way for any activity, and near enough that
# a window a year around any of them stays within what Python's dates can hold.
FIRST_DAY = datetime.date(2000, 1, 1)
LAST_DAY = datetime.date(2100, 12, 31)
# How far ahead the upcoming list and the feed look.
UPCOMING_HORIZON = datetime.timedelta(days=366)
# How far back the past events go.
PAST_HORIZON = datetime.timedelta(days=2 * 366)


def occurrences(events, start=None, end=None, tentative=False):
    """Every occurrence of `events` overlapping the window, in order of start."""
    found = []
    for event in events:
        found.extend(expand(event, start, end, tentative=tentative))
    found.sort(key=lambda occurrence: (occurrence.start, occurrence.event.title.casefold()))
    return found


def upcoming(events, start=None, end=None):
    """Occurrences from now (or `start`) until the horizon (or `end`), soonest first."""
    start = start or timezone.now()
    end = end or start + UPCOMING_HORIZON
    events = name_organisers_in_reader_language(events.during(start, end).for_listing())
    return occurrences(events, start, end)


def name_organisers_in_reader_language(events):
    """
    Give each event `organisers_in_reader_language`: its organisers' pages in the reader's
    language where translated (editors link the Danish pages). Two queries for all the events.
    """
    events = list(events)
    keys = {o.translation_key for event in events for o in event.organisers.all()}
    localized = {
        page.translation_key: page for page in pages_in_reader_language(OrganisationPage, keys)
    }
    for event in events:
        event.organisers_in_reader_language = [
            localized.get(organisation.translation_key, organisation)
            for organisation in event.organisers.all()
        ]
    return events


def parse_day(value):
    """The date in an address (?date=2027-03-07), or None when it is none the calendar shows."""
    try:
        day = datetime.date.fromisoformat(value or "")
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= LAST_DAY else None


def day_start(day):
    """Midnight at the beginning of `day` in Danish time."""
    return datetime.datetime.combine(day, datetime.time(), tzinfo=TIMEZONE)


def today():
    return local(timezone.now()).date()


def weekend_of(day):
    """The Saturday and Sunday of the weekend `day` lies in, or the next one on a weekday."""
    saturday = day + datetime.timedelta(days=(5 - day.weekday()) % 7)
    if day.weekday() == 6:
        saturday = day - datetime.timedelta(days=1)
    return saturday, saturday + datetime.timedelta(days=1)


def weekend_window(day):
    """The aware start and end of the weekend of `day` (Saturday 00:00 to Monday 00:00)."""
    saturday, sunday = weekend_of(day)
    return day_start(saturday), day_start(sunday + datetime.timedelta(days=1))


def group_by_day(occurrences):
    """[(date, [occurrences starting that day])] in order, for a list grouped by day."""
    days = {}
    for occurrence in occurrences:
        days.setdefault(occurrence.start.date(), []).append(occurrence)
    return list(days.items())
