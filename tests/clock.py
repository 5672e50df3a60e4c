"""
The days the suite runs on. Every test runs with the clock frozen (and ticking from there) at
REFERENCE_DAY, the day the fixed dates in the tests were written around; a test whose result
depends on today is also run on every day of EVERY_DAY (`@on_every_day`), so that it passes on
any date: each day of the week, both daylight-saving changes and New Year in Danish time.
"""

import datetime

import pytest

from events.recurrence import TIMEZONE


def copenhagen(*args, fold=0):
    return datetime.datetime(*args, tzinfo=TIMEZONE, fold=fold)


# Wednesday, noon: far from midnight, so a test that takes a while stays on the same day.
REFERENCE_DAY = copenhagen(2026, 11, 25, 12, 0)

EVERY_DAY = {
    # An ordinary week in summer time.
    "monday": copenhagen(2027, 6, 7, 9, 0),
    # The Tuesday on which the suite first failed, a weekday before the month's first weekend.
    "tuesday-2026-12-01": copenhagen(2026, 12, 1, 8, 0),
    "wednesday": REFERENCE_DAY,
    # New Year's Eve, late: the coming week and month run into the next year.
    "thursday-new-years-eve": copenhagen(2026, 12, 31, 23, 0),
    # New Year in Denmark, while it is still the old year in UTC.
    "friday-new-year-0030": copenhagen(2027, 1, 1, 0, 30),
    # The Saturday before summer time ends: this weekend is 49 hours long.
    "saturday-before-autumn-dst": copenhagen(2027, 10, 30, 14, 0),
    # Sunday morning just after the clocks went forward: this weekend is 47 hours long.
    "sunday-spring-dst": copenhagen(2027, 3, 28, 3, 30),
    # The hour that happens twice, the second time, when summer time ends.
    "sunday-autumn-dst": copenhagen(2027, 10, 31, 2, 30, fold=1),
}

on_every_day = pytest.mark.parametrize(
    "frozen_day", EVERY_DAY.values(), ids=EVERY_DAY.keys(), indirect=True
)
