"""
When a demo event happens: its record's "schedule" is a rule relative to the day load_demo runs,
so the calendar always has its coming three months filled. "on" is one of

- ["next", weekday, days]: the first such weekday at least `days` days from today, outside the
  Christmas week;
- ["nth", n, weekday, days]: the first date at least `days` days away that is the n-th such
  weekday of its month (the repeat rule "monthly-weekday" keeps that position), outside the
  Christmas week;
- ["this-weekend", day]: the Saturday (0) or Sunday (1) of this weekend, so families always find
  something "this weekend", whatever the day of the demo;
- ["month-after", key]: the same position of the same weekday one month after event `key`;
- ["weekend-of", key, day]: the Saturday (0) or Sunday (1) of the weekend of event `key`.

"time" holds Danish wall-clock times (an all-day event has none); "weeks" repeats a weekly event
for that many weeks (the last date is repeat_until); "cancel" lists which occurrences (1 for the
first) are cancelled, besides the holidays the associations close on unless "open_on_holidays";
"skip" cancels the dates on which event `key` takes over the same room. Dates that depend on
another event follow that event as it is in the database, so a later load keeps them together.
"""

import datetime

from events.calendar import today, weekend_of
from events.models import EventCancellation
from events.recurrence import aware, local, series_end, weekday_position

__all__ = ["is_holiday", "schedule"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Days the associations close: a repeating event skips them, unless it is open on holidays.
HOLIDAYS = {(12, 24), (12, 25), (12, 26), (12, 31), (1, 1)}


def schedule(event, rule, events):
    """Date the unsaved `event` by `rule`; `events` holds the demo events by key."""
    day = first_date(rule["on"], today(), events)
    event.start, event.end = _times(rule, event.all_day, day)
    weeks = rule.get("weeks")
    event.repeat_until = day + datetime.timedelta(weeks=weeks - 1) if weeks else None
    dates = _cancelled_dates(event, rule, events)
    event.cancellations = [EventCancellation(date=date) for date in dates]


def first_date(on, from_day, events):
    kind, *args = on
    if kind in ("next", "nth"):
        position = args.pop(0) if kind == "nth" else None
        weekday, days = WEEKDAYS.index(args[0]), args[1]
        day = _next_weekday(from_day + datetime.timedelta(days=days), weekday)
        while _is_holiday_week(day) or position not in (None, weekday_position(day)):
            day += datetime.timedelta(days=7)
        return day
    if kind == "this-weekend":
        return weekend_of(from_day)[args[0]]
    if kind == "month-after":
        return _same_position_next_month(local(events[args[0]].start).date())
    if kind == "weekend-of":
        return weekend_of(local(events[args[0]].start).date())[args[1]]
    raise ValueError(f"Unknown date rule {on!r}")


def is_holiday(day):
    return (day.month, day.day) in HOLIDAYS


def _is_holiday_week(day):
    """Between Christmas and New Year nobody plans a first meeting."""
    return (day.month, day.day) >= (12, 21) or (day.month, day.day) <= (1, 1)


def _next_weekday(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _same_position_next_month(day):
    """The n-th weekday of the month after `day`, where `day` is the n-th of its month."""
    first_of_next = (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    first = _next_weekday(first_of_next, day.weekday())
    return first + datetime.timedelta(weeks=weekday_position(day) - 1)


def _times(rule, all_day, day):
    """Aware start and end in Danish time; an all-day event runs from midnight to midnight."""
    if all_day:
        start = datetime.datetime.combine(day, datetime.time())
        return aware(start), aware(start + datetime.timedelta(hours=23, minutes=59))
    start, end = (datetime.time.fromisoformat(value) for value in rule["time"])
    return aware(datetime.datetime.combine(day, start)), aware(datetime.datetime.combine(day, end))


def _cancelled_dates(event, rule, events):
    """Occurrences by number, holidays, and the dates another event takes over."""
    event.cancellations = []
    dates = []
    if event.repeat and not rule.get("open_on_holidays"):
        dates += [o.date for o in event.occurrences() if is_holiday(o.date)]
    if rule.get("cancel"):
        occurrences = event.occurrences()
        dates += [occurrences[number - 1].date for number in rule["cancel"]]
    if rule.get("skip"):
        other = events[rule["skip"]]
        dates += [o.date for o in other.occurrences(event.start, series_end(event))]
    return sorted(set(dates))
