"""
The events' views (registered for their pages: see core.routing). On the events index, all
filtered by the same plain GET form: upcoming events grouped by day, this weekend, a month grid,
past events and the iCalendar feed (feed.ics); on an event, its page and its event.ics.

Each calendar view fetches the events once (EventPage.objects) and expands them into occurrences
in Python, so the number of queries stays the same whatever the number of events.
"""

import calendar as calendar_module
import datetime

from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.routing import page_view

from . import calendar
from .filters import EventFilterForm
from .ical import calendar_feed_response, event_response
from .models import EventIndexPage, EventPage
from .pages import event_page_context

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


def _events(form):
    return form.filter(EventPage.objects.for_readers())


def _paginated_days(request, occurrences):
    page = Paginator(occurrences, OCCURRENCES_PER_PAGE).get_page(request.GET.get("page"))
    return page, calendar.group_by_day(page.object_list)


@page_view(EventIndexPage, "upcoming")
def upcoming(index, request):
    now = timezone.now()
    form = EventFilterForm(request.GET or None, default_window=(now, None))
    start, end = form.window()
    end = end or max(start, now) + calendar.UPCOMING_HORIZON
    occurrences = calendar.upcoming(_events(form), start, end)
    page, days = _paginated_days(request, occurrences)
    return _render(index, request, "upcoming", form, occurrences=page, days=days)


@page_view(EventIndexPage, "weekend")
def weekend(index, request):
    """This weekend, or the weekend of ?date=YYYY-MM-DD, with links to the next and previous."""
    form = EventFilterForm(request.GET or None, dates=False)
    day = calendar.parse_day(request.GET.get("date")) or calendar.today()
    saturday, sunday = calendar.weekend_of(day)
    start, end = calendar.weekend_window(day)
    occurrences = calendar.upcoming(_events(form), start, end)
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


@page_view(EventIndexPage, "month")
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
    occurrences = calendar.upcoming(_events(form), start, end)
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


@page_view(EventIndexPage, "past")
def past(index, request):
    """What has happened, newest first, as far back as calendar.PAST_HORIZON."""
    now = timezone.now()
    form = EventFilterForm(request.GET or None, default_window=(now - calendar.PAST_HORIZON, now))
    start, end = form.window()
    end = min(end, now)
    occurrences = calendar.upcoming(_events(form), start, end)
    occurrences = [o for o in reversed(occurrences) if o.start < now]
    page, days = _paginated_days(request, occurrences)
    return _render(index, request, "past", form, occurrences=page, days=days)


@page_view(EventIndexPage, "feed.ics")
def calendar_feed(index, request):
    """The upcoming calendar to subscribe to, filtered like the views."""
    return calendar_feed_response(index, request)


@page_view(EventPage, "event")
def event_page(event, request):
    return event.render(request, context_overrides=event_page_context(event, request))


@page_view(EventPage, "event.ics")
def event_file(event, request):
    """One event, to add to a calendar."""
    return event_response(event, request)
