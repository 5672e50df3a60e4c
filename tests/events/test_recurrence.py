"""Repeat rules expand into dated occurrences at the same local time, summer or winter."""

import datetime

import pytest

from events.models import EventCancellation, EventPage
from events.recurrence import expand, series_end
from tests.events.times import at


def unsaved_event(start, end, cancelled=(), **fields):
    event = EventPage(title="Fællesspisning", start=start, end=end, **fields)
    event.cancellations = [EventCancellation(date=day) for day in cancelled]
    return event


@pytest.mark.django_db
def test_first_sunday_of_every_month_keeps_ten_oclock_across_both_summer_time_changes():
    event = unsaved_event(
        at(2027, 2, 7, 10, 0), at(2027, 2, 7, 13, 0), repeat="monthly-weekday", repeat_count=10
    )

    assert event.rrule == "FREQ=MONTHLY;BYDAY=1SU;COUNT=10"
    starts = [occurrence.start for occurrence in expand(event)]
    assert [start.date() for start in starts] == [
        datetime.date(2027, 2, 7),
        datetime.date(2027, 3, 7),
        datetime.date(2027, 4, 4),  # summer time began on 28 March
        datetime.date(2027, 5, 2),
        datetime.date(2027, 6, 6),
        datetime.date(2027, 7, 4),
        datetime.date(2027, 8, 1),
        datetime.date(2027, 9, 5),
        datetime.date(2027, 10, 3),
        datetime.date(2027, 11, 7),  # winter time began on 31 October
    ]
    assert {(start.hour, start.minute) for start in starts} == {(10, 0)}
    assert {start.utcoffset() for start in starts} == {
        datetime.timedelta(hours=1),
        datetime.timedelta(hours=2),
    }
    assert starts[2].astimezone(datetime.UTC).hour == 8
    assert starts[9].astimezone(datetime.UTC).hour == 9


@pytest.mark.django_db
def test_weekly_event_skips_its_cancelled_dates_and_stops_at_its_last_date():
    event = unsaved_event(
        at(2026, 12, 1, 9, 30),
        at(2026, 12, 1, 11, 30),
        repeat="weekly",
        repeat_until=datetime.date(2026, 12, 29),
        cancelled=[datetime.date(2026, 12, 22)],
    )

    dates = [occurrence.start.date() for occurrence in expand(event)]

    assert dates == [
        datetime.date(2026, 12, 1),
        datetime.date(2026, 12, 8),
        datetime.date(2026, 12, 15),
        datetime.date(2026, 12, 29),
    ]
    assert series_end(event) == at(2026, 12, 29, 11, 30)


@pytest.mark.django_db
def test_window_returns_only_the_occurrences_that_overlap_it():
    event = unsaved_event(at(2027, 1, 4, 17, 0), at(2027, 1, 4, 19, 0), repeat="daily")

    found = expand(event, at(2027, 1, 10, 18, 0), at(2027, 1, 12, 0, 0))

    # The 10th is still going on at 18:00; the 12th starts after the window.
    assert [o.start for o in found] == [at(2027, 1, 10, 17, 0), at(2027, 1, 11, 17, 0)]
    assert series_end(event) is None


@pytest.mark.django_db
def test_every_other_week_and_last_weekday_of_the_month():
    fortnightly = unsaved_event(
        at(2027, 1, 6, 16, 0),
        at(2027, 1, 6, 18, 0),
        repeat="weekly",
        repeat_interval=2,
        repeat_count=3,
    )
    last_friday = unsaved_event(
        at(2027, 1, 29, 19, 0), at(2027, 1, 29, 22, 0), repeat="monthly-weekday", repeat_count=3
    )

    assert [o.start.day for o in expand(fortnightly)] == [6, 20, 3]
    assert last_friday.rrule == "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3"
    assert [o.start.date() for o in expand(last_friday)] == [
        datetime.date(2027, 1, 29),
        datetime.date(2027, 2, 26),
        datetime.date(2027, 3, 26),
    ]


@pytest.mark.django_db
def test_all_day_event_lasts_whole_days_in_local_time():
    event = unsaved_event(at(2027, 6, 5, 0, 0), at(2027, 6, 6, 0, 0), all_day=True)

    (occurrence,) = expand(event)

    assert occurrence.start == at(2027, 6, 5, 0, 0)
    assert occurrence.end == at(2027, 6, 7, 0, 0)
    assert occurrence.days == [datetime.date(2027, 6, 5), datetime.date(2027, 6, 6)]
