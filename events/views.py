"""
The calendar's views, all on the events index and all filtered by the same plain GET form:
upcoming events grouped by day, this weekend, a month grid and past events.

Each view fetches the events once (events.calendar) and expands them into occurrences in
Python, so the number of queries stays the same whatever the number of events.
"""

import calendar as calendar_module
import datetime

from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from core.routing import live_page_at

from . import calendar
from .filters import EventFilterForm

OCCURRENCES_PER_PAGE = 30


def _render(index, request, view, form, **context):
    # The reader's choices, without the empty ones the form sends, for the other views' links
    # and the feed.
    feed_query = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        chosen = [value for value in values if value]
        if chosen and name not in ("page", "date"):
            feed_query.setlist(name, chosen)
    context.update(
        view=view,
        filter_form=form,
        filter_query=feed_query.urlencode(),
        views=_views(index, request),
    )
    return index.render(request, context_overrides=context)


def _views(index, request):
    """The tabs above the calendar: (name, label, url)."""
    base = index.get_url(request)
    return [
        ("upcoming", _("Upcoming"), base + index.reverse_subpage("upcoming")),
        ("weekend", _("This weekend"), base + index.reverse_subpage("weekend")),
        ("month", _("Month"), base + index.reverse_subpage("this_month")),
        ("past", _("Past events"), base + index.reverse_subpage("past")),
    ]


def _events(index, form):
    return form.filter(calendar.for_readers())


def _paginated_days(request, occurrences):
    page = Paginator(occurrences, OCCURRENCES_PER_PAGE).get_page(request.GET.get("page"))
    return page, calendar.group_by_day(page.object_list)


def upcoming(index, request):
    now = timezone.now()
    form = EventFilterForm(request.GET or None, default_window=(now, None))
    start, end = form.window()
    end = end or max(start, now) + calendar.UPCOMING_HORIZON
    occurrences = calendar.upcoming(_events(index, form), start, end)
    page, days = _paginated_days(request, occurrences)
    return _render(index, request, "upcoming", form, occurrences=page, days=days)


def weekend(index, request):
    """This weekend, or the weekend of ?date=YYYY-MM-DD, with links to the next and previous."""
    form = EventFilterForm(request.GET or None, dates=False)
    day = calendar.parse_day(request.GET.get("date")) or calendar.today()
    saturday, sunday = calendar.weekend_of(day)
    start, end = calendar.weekend_window(day)
    occurrences = calendar.upcoming(_events(index, form), start, end)
    week = datetime.timedelta(days=7)
    return _render(
        index,
        request,
        "weekend",
        form,
        days=calendar.group_by_day(occurrences),
        occurrence_count=len(occurrences),
        saturday=saturday,
        sunday=sunday,
        is_this_weekend=saturday == calendar.weekend_of(calendar.today())[0],
        previous_weekend=(saturday - week).isoformat(),
        next_weekend=(saturday + week).isoformat(),
    )


def month_grid(index, request, year=None, month=None):
    """A month as an HTML table, Monday first, with each day's events."""
    form = EventFilterForm(request.GET or None, dates=False)
    today = calendar.today()
    year, month = int(year or today.year), int(month or today.month)
    if not (1 <= month <= 12 and calendar.FIRST_DAY.year <= year <= calendar.LAST_DAY.year):
        raise Http404
    first = datetime.date(year, month, 1)
    weeks = calendar_module.Calendar(firstweekday=0).monthdatescalendar(year, month)
    start = calendar.day_start(weeks[0][0])
    end = calendar.day_start(weeks[-1][-1] + datetime.timedelta(days=1))
    occurrences = calendar.upcoming(_events(index, form), start, end)
    by_day = {}
    for occurrence in occurrences:
        for day in occurrence.days:
            by_day.setdefault(day, []).append(occurrence)
    previous_month = (first - datetime.timedelta(days=1)).replace(day=1)
    next_month = (first + datetime.timedelta(days=32)).replace(day=1)
    return _render(
        index,
        request,
        "month",
        form,
        month=first,
        weeks=[[(day, day.month == month, by_day.get(day, [])) for day in week] for week in weeks],
        weekdays=weeks[0],
        today=today,
        occurrence_count=sum(1 for o in occurrences if o.start.month == month),
        previous_month_url=_month_url(index, request, previous_month),
        next_month_url=_month_url(index, request, next_month),
    )


def _month_url(index, request, first):
    month = {"year": f"{first.year}", "month": f"{first:%m}"}
    return index.get_url(request) + index.reverse_subpage("month", kwargs=month)


def past(index, request):
    """What has happened, newest first, as far back as calendar.PAST_HORIZON."""
    now = timezone.now()
    form = EventFilterForm(request.GET or None, default_window=(now - calendar.PAST_HORIZON, now))
    start, end = form.window()
    end = min(end, now)
    occurrences = calendar.upcoming(_events(index, form), start, end)
    occurrences = [o for o in reversed(occurrences) if o.start < now]
    page, days = _paginated_days(request, occurrences)
    return _render(index, request, "past", form, occurrences=page, days=days)


@require_GET
def calendar_feed(request, page_path):
    """<calendar url>feed.ics: the upcoming calendar to subscribe to, filtered like the views."""
    from .ical import calendar_feed_response
    from .models import EventIndexPage

    return calendar_feed_response(live_page_at(request, page_path, EventIndexPage), request)


@require_GET
def event_file(request, page_path):
    """<event url>event.ics: one event, to add to a calendar."""
    from .ical import event_response
    from .models import EventPage

    return event_response(live_page_at(request, page_path, EventPage), request)
