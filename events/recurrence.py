"""
When an event happens: its repeat rule as RFC 5545 text (RRULE and EXDATE), and its dated
occurrences in local Danish time.

Rules are expanded by python-dateutil on the local wall-clock time, and each occurrence is then
placed in Europe/Copenhagen, so an event at 10:00 stays at 10:00 on both sides of a change to
or from summer time. This module knows nothing about pages: `expand` takes any object with the
fields of an event (see events.models.EventPage), which is what lets the clash finder and the
tests use it on unsaved pages and on drafts.
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _

from dateutil.rrule import rrulestr

TIMEZONE = ZoneInfo("Europe/Copenhagen")
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# An event that repeats without end is expanded this far ahead at most.
OPEN_ENDED_HORIZON = datetime.timedelta(days=2 * 366)


class Repeat(models.TextChoices):
    NEVER = "", _("Does not repeat")
    DAILY = "daily", _("Every day")
    WEEKLY = "weekly", _("Every week, on the same weekday")
    MONTHLY_WEEKDAY = (
        "monthly-weekday",
        _("Every month, on the same weekday (for example the first Sunday)"),
    )
    MONTHLY_DATE = "monthly-date", _("Every month, on the same date")


def local(moment):
    """An aware datetime in Danish time."""
    return moment.astimezone(TIMEZONE)


def weekday_position(day):
    """1 for the first Sunday of a month, 2 for the second…, -1 for the last when it is the
    fifth: a fifth Sunday does not exist in most months."""
    position = (day.day - 1) // 7 + 1
    return -1 if position == 5 else position


def rrule_text(event, floating=False):
    """
    The event's repeat rule as an RFC 5545 RRULE value, or "" when it does not repeat.

    RFC 5545 wants UNTIL in UTC next to a DTSTART with a time zone; `floating` gives it in local
    time instead, for expanding the rule on local wall-clock times (see naive_starts).
    """
    if not event.repeat:
        return ""
    start = local(event.start)
    parts = []
    if event.repeat == Repeat.DAILY:
        parts.append("FREQ=DAILY")
    elif event.repeat == Repeat.WEEKLY:
        parts += ["FREQ=WEEKLY", f"BYDAY={WEEKDAY_CODES[start.weekday()]}"]
    elif event.repeat == Repeat.MONTHLY_WEEKDAY:
        position = weekday_position(start.date())
        parts += ["FREQ=MONTHLY", f"BYDAY={position}{WEEKDAY_CODES[start.weekday()]}"]
    elif event.repeat == Repeat.MONTHLY_DATE:
        parts += ["FREQ=MONTHLY", f"BYMONTHDAY={start.day}"]
    if (event.repeat_interval or 1) > 1:
        parts.append(f"INTERVAL={event.repeat_interval}")
    if event.repeat_count:
        parts.append(f"COUNT={event.repeat_count}")
    elif event.repeat_until:
        last_moment = datetime.datetime.combine(event.repeat_until, datetime.time(23, 59, 59))
        if floating:
            parts.append("UNTIL=" + last_moment.strftime("%Y%m%dT%H%M%S"))
        else:
            # UNTIL must be in UTC when DTSTART carries a time zone (RFC 5545 3.3.10).
            utc = aware(last_moment).astimezone(datetime.UTC)
            parts.append("UNTIL=" + utc.strftime("%Y%m%dT%H%M%SZ"))
    return ";".join(parts)


@dataclass(frozen=True)
class Occurrence:
    """One dated time an event happens. `start` and `end` are aware, in Danish time; for an
    all-day event they are midnight of its first day and midnight after its last."""

    event: object = field(compare=False)
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool = False
    tentative: bool = False

    @property
    def key(self):
        return (self.event.pk, self.start)

    @property
    def date(self):
        return self.start.date()

    @property
    def days(self):
        """Every date the occurrence touches (an all-day end is exclusive)."""
        last = (self.end - datetime.timedelta(microseconds=1)).date()
        day, days = self.start.date(), []
        while day <= max(last, self.start.date()):
            days.append(day)
            day += datetime.timedelta(days=1)
        return days

    def overlaps(self, start, end):
        return self.start < end and start < self.end


def wall_clock_span(event):
    """The event's first start and end as naive local times (all-day: whole days)."""
    start, end = local(event.start), local(event.end or event.start)
    if event.all_day:
        first = datetime.datetime.combine(start.date(), datetime.time())
        last = datetime.datetime.combine(max(end.date(), start.date()), datetime.time())
        return first, last + datetime.timedelta(days=1)
    start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    return start, max(end, start)


def cancelled_starts(event, naive_start):
    """The naive local start of each cancelled date, as EXDATE needs them."""
    return [datetime.datetime.combine(day, naive_start.time()) for day in cancelled_dates(event)]


def cancelled_dates(event):
    dates = getattr(event, "cancelled_date_list", None)
    if dates is None:
        dates = [cancellation.date for cancellation in event.cancellations.all()]
    return sorted(set(dates))


def naive_starts(event, window_start=None, window_end=None):
    """Naive local starts of every occurrence from `window_start` to `window_end` (naive local)."""
    first_start, first_end = wall_clock_span(event)
    rule = rrule_text(event, floating=True)
    if not rule:
        return [first_start]
    ruleset = rrulestr(f"RRULE:{rule}", dtstart=first_start, forceset=True)
    for cancelled in cancelled_starts(event, first_start):
        ruleset.exdate(cancelled)
    duration = first_end - first_start
    lower = (window_start - duration) if window_start else first_start
    upper = window_end or (first_start + OPEN_ENDED_HORIZON)
    return ruleset.between(lower, upper, inc=True)


def aware(naive):
    """Place a naive local time in Danish time (a time skipped by summer time moves forward)."""
    return naive.replace(tzinfo=TIMEZONE)


def expand(event, window_start=None, window_end=None, tentative=False):
    """
    The occurrences of `event` that overlap the window (aware datetimes; both optional), in
    order. Without a window end, a rule without end is expanded OPEN_ENDED_HORIZON ahead.
    """
    first_start, first_end = wall_clock_span(event)
    duration = first_end - first_start
    naive_window_start = local(window_start).replace(tzinfo=None) if window_start else None
    naive_window_end = local(window_end).replace(tzinfo=None) if window_end else None
    occurrences = []
    for naive_start in naive_starts(event, naive_window_start, naive_window_end):
        start, end = aware(naive_start), aware(naive_start + duration)
        if window_start and end <= window_start and not (start == end == window_start):
            continue
        if window_end and start >= window_end:
            continue
        occurrences.append(
            Occurrence(event, start, end, all_day=event.all_day, tentative=tentative)
        )
    return occurrences


def series_end(event):
    """When the last occurrence ends, or None when the event repeats without end."""
    if event.repeat and not (event.repeat_count or event.repeat_until):
        return None
    first_start, first_end = wall_clock_span(event)
    starts = naive_starts(event, window_end=first_start + datetime.timedelta(days=3660))
    last_start = starts[-1] if starts else first_start
    return aware(last_start + (first_end - first_start))


POSITION_NAMES = {
    1: _("first"),
    2: _("second"),
    3: _("third"),
    4: _("fourth"),
    -1: _("last"),
}


def describe(event):
    """The repeat rule in words, for residents: "Every week", "The first Sunday of every month"."""
    from django.utils.formats import date_format
    from django.utils.translation import gettext, ngettext

    if not event.repeat:
        return ""
    start = local(event.start)
    interval = event.repeat_interval or 1
    weekday = date_format(start, "l")
    if event.repeat == Repeat.DAILY:
        text = ngettext("Every day", "Every %(counter)s days", interval) % {"counter": interval}
    elif event.repeat == Repeat.WEEKLY:
        text = ngettext("Every %(weekday)s", "Every %(counter)s weeks on %(weekday)s", interval) % {
            "counter": interval,
            "weekday": weekday,
        }
    elif event.repeat == Repeat.MONTHLY_WEEKDAY:
        position = POSITION_NAMES[weekday_position(start.date())]
        text = ngettext(
            "The %(position)s %(weekday)s of every month",
            "The %(position)s %(weekday)s of every %(counter)s months",
            interval,
        ) % {"position": position, "weekday": weekday, "counter": interval}
    else:
        text = ngettext(
            "Every month on day %(day)s", "Every %(counter)s months on day %(day)s", interval
        ) % {"day": start.day, "counter": interval}
    if event.repeat_until:
        text = gettext("%(rule)s, until %(day)s") % {
            "rule": text,
            "day": date_format(event.repeat_until, "DATE_FORMAT"),
        }
    elif event.repeat_count:
        text = ngettext("%(rule)s, once", "%(rule)s, %(counter)s times", event.repeat_count) % {
            "rule": text,
            "counter": event.repeat_count,
        }
    return text
