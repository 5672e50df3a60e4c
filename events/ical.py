"""
iCalendar (RFC 5545): the calendar feed of the events index (<index url>feed.ics, filtered with
the calendar's own query parameters, so a filtered view can be subscribed to as it is) and one
file per event (<event url>event.ics) for "add to calendar".

An event is one VEVENT with its repeat rule and cancelled dates (RRULE and EXDATE), not its
expanded occurrences: the reader's calendar expands it on Danish wall-clock time, as
events.recurrence does, and shows later changes to the series as one event.
"""

import datetime
import functools

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation

from icalendar import Calendar, Event, Timezone, vCalAddress, vDuration, vRecur

from core.locales import in_reader_language, pages_in_reader_language
from directory.models import OrganisationPage

from .filters import EventFilterForm
from .models import EventPage
from .recurrence import TIMEZONE, aware, cancelled_starts, wall_clock_span

__all__ = ["calendar_feed_response", "event_response"]

CONTENT_TYPE = "text/calendar; charset=utf-8"
# The feed keeps what happened in the last month, so a subscriber's calendar does not lose an
# event the moment it is over.
FEED_LOOKBACK = datetime.timedelta(days=30)
# How often a subscribed phone calendar should fetch the feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=6)
# The right-hand side of every UID. Fixed rather than the site's host name, so a subscriber does
# not see every event twice when the site moves to another address.
UID_DOMAIN = "voresishoj"


def calendar_feed_response(index, request):
    """The events a reader of the index's language sees, from a month ago on (or in the dates
    chosen), as a calendar to subscribe to."""
    with translation.override(index.locale.language_code):
        default_window = (timezone.now() - FEED_LOOKBACK, None)
        form = EventFilterForm(request.GET or None, default_window=default_window)
        start, end = form.window()
        events = form.filter(EventPage.objects.for_readers())
        events = events.during(start, end).for_listing()
        feed = new_calendar(index.title)
        for component in event_components(events.order_by("start", "pk"), request):
            feed.add_component(component)
    return calendar_response(feed, f'inline; filename="{index.slug}.ics"')


def event_response(event, request):
    """One event as a file to open in a calendar app."""
    with translation.override(event.locale.language_code):
        single = new_calendar(event.title)
        for component in event_components([event], request):
            single.add_component(component)
    return calendar_response(single, f'attachment; filename="{event.slug}.ics"')


def calendar_response(ical_calendar, disposition):
    response = HttpResponse(ical_calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = disposition
    return response


def new_calendar(name):
    language = translation.get_language() or settings.LANGUAGE_CODE
    ical_calendar = Calendar()
    ical_calendar.add("PRODID", f"-//Ishøj Kommune//{settings.WAGTAIL_SITE_NAME}//{language}")
    ical_calendar.add("VERSION", "2.0")
    ical_calendar.add("CALSCALE", "GREGORIAN")
    ical_calendar.add("METHOD", "PUBLISH")
    ical_calendar.add("X-WR-CALNAME", name)
    ical_calendar.add("X-WR-TIMEZONE", TIMEZONE.key)
    # RFC 7986's refresh interval, and the older name Apple and Microsoft read.
    ical_calendar.add("REFRESH-INTERVAL", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    ical_calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    # Always there, even in an empty feed: a calendar needs at least one component.
    ical_calendar.add_component(danish_time())
    return ical_calendar


@functools.cache
def danish_time():
    """The VTIMEZONE for Europe/Copenhagen, worked out once from the zoneinfo database."""
    return Timezone.from_tzid(TIMEZONE.key)


def event_components(events, request):
    """A VEVENT for each event, with organisers and themes named in the active language (a fixed
    number of queries: the events come with what a listing shows)."""
    events = list(events)
    organisers = {
        page.translation_key: page
        for page in pages_in_reader_language(
            OrganisationPage,
            [organiser.translation_key for event in events for organiser in event.organisers.all()],
        )
    }
    themes = [theme for event in events for theme in event.themes.all()]
    theme_names = {
        theme.pk: translated.name
        for theme, translated in zip(themes, in_reader_language(themes), strict=True)
    }
    return [event_component(event, request, organisers, theme_names) for event in events]


def event_component(event, request, organisers, theme_names):
    url = event.get_full_url(request)
    component = Event()
    component.add("UID", f"{event.translation_key}@{UID_DOMAIN}")
    component.add("DTSTAMP", event.last_published_at or timezone.now())
    if event.last_published_at:
        component.add("LAST-MODIFIED", event.last_published_at)
    add_dates(component, event)
    component.add("SUMMARY", event.title)
    component.add("DESCRIPTION", f"{event.lead}\n\n{url}")
    component.add("URL", url)
    if event.location_text:
        component.add("LOCATION", event.location_text)
    if event.place_id:
        component.add("GEO", (float(event.place.latitude), float(event.place.longitude)))
    add_organiser(component, event, organisers)
    names = [theme_names[theme.pk] for theme in event.themes.all()]
    if names:
        component.add("CATEGORIES", names)
    return component


def add_dates(component, event):
    """DTSTART and DTEND in Danish time (whole dates for an all-day event, the end exclusive),
    the repeat rule and the cancelled dates at the time the event starts."""
    first_start, first_end = wall_clock_span(event)
    if event.all_day:
        component.add("DTSTART", first_start.date())
        component.add("DTEND", first_end.date())
    else:
        component.add("DTSTART", aware(first_start))
        component.add("DTEND", aware(first_end))
    if not event.rrule:
        return
    rule = vRecur.from_ical(event.rrule)
    if event.all_day and "UNTIL" in rule:
        rule["UNTIL"] = [event.repeat_until]  # a date, like DTSTART (RFC 5545 3.3.10)
    component.add("RRULE", rule)
    cancelled = cancelled_starts(event, first_start)
    if cancelled and event.all_day:
        component.add("EXDATE", [moment.date() for moment in cancelled])
    elif cancelled:
        component.add("EXDATE", [aware(moment) for moment in cancelled])


def add_organiser(component, event, organisers):
    """Who hosts the event and whom to write to. RFC 5545 wants an address for ORGANIZER, so an
    event with no email to give has none; CONTACT still names the contact person."""
    hosts = [
        organisers[o.translation_key]
        for o in event.organisers.all()
        if o.translation_key in organisers
    ]
    if event.contact_email:
        name, email = (hosts[0].title if hosts else event.contact_name), event.contact_email
    else:
        host = next((host for host in hosts if host.email), None)
        name, email = (host.title, host.email) if host else ("", "")
    if email:
        organiser = vCalAddress(f"mailto:{email}")
        if name:
            organiser.params["CN"] = name
        component.add("ORGANIZER", organiser)
    contact = [event.contact_name, event.contact_phone, event.contact_email]
    if any(contact):
        component.add("CONTACT", ", ".join(part for part in contact if part))
