"""Times for event tests, in Danish time: fixed ones, and ones relative to today so that tests
about what is coming do not go out of date."""

import datetime

from django.utils import timezone

from events.recurrence import TIMEZONE


def at(*args):
    return datetime.datetime(*args, tzinfo=TIMEZONE)


def soon(days, hour=10):
    """A time `days` from today (negative: ago)."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=TIMEZONE)
