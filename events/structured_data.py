"""
schema.org Event data (JSON-LD) for an event page, so search engines can show the activity: when
(with the offset of Danish time on that date), where, who hosts it, in which languages and at
what price, and for a repeating event its schedule.
"""

import datetime
import re

from wagtail.images.models import SourceImageIOError

from directory.structured_data import SCHEMA, place_data
from stories.structured_data import SYNDICATED_IMAGE

from .recurrence import TIMEZONE, Repeat, local, wall_clock_span, weekday_position
from .relations import localized_organisers, localized_place

__all__ = ["event_page_data"]

FREQUENCIES = {
    Repeat.DAILY: "D",
    Repeat.WEEKLY: "W",
    Repeat.MONTHLY_WEEKDAY: "M",
    Repeat.MONTHLY_DATE: "M",
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AMOUNT = re.compile(r"\d+(?:[.,]\d+)?")


def event_page_data(event, request, occurrence=None, place=None, organisers=None):
    """The event on `occurrence`, else on its next date, else on its first; None when it has no
    date left at all (every one cancelled). `place` and `organisers` in the reader's language,
    when the caller has them already (see events.relations)."""
    occurrence = occurrence or event.next_occurrence() or next(iter(event.occurrences()), None)
    if occurrence is None:
        return None
    url = event.get_full_url(request)
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": event.title,
        "description": event.lead,
        "url": url,
        **dates(occurrence),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "location": location_data(event, request, place or localized_place(event)),
        "organizer": organiser_data(
            request, localized_organisers(event) if organisers is None else organisers
        ),
        "inLanguage": [language.code for language in event.languages.all()]
        or event.locale.language_code,
        "isAccessibleForFree": event.is_free,
        "offers": offer_data(event, url),
        "image": image_url(event, request) if event.hero_image else None,
        "eventSchedule": schedule_data(event) if event.repeat else None,
    }
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def dates(occurrence):
    """Date and time with the offset of that day; whole dates for an all-day event (its last
    day, not the midnight after it)."""
    if occurrence.all_day:
        last_day = occurrence.end.date() - datetime.timedelta(days=1)
        return {
            "startDate": occurrence.start.date().isoformat(),
            "endDate": max(last_day, occurrence.start.date()).isoformat(),
        }
    return {"startDate": occurrence.start.isoformat(), "endDate": occurrence.end.isoformat()}


def location_data(event, request, place):
    """The place from the directory, in the reader's language; else the address written."""
    if place is not None:
        return place_data(place, request)
    return {"@type": "Place", "name": event.location_text, "address": event.location_text}


def organiser_data(request, organisations):
    organisers = []
    for organisation in organisations:
        data = {
            "@type": "Organization",
            "name": organisation.title,
            "url": organisation.get_full_url(request),
        }
        if organisation.email:
            data["email"] = organisation.email
        organisers.append(data)
    return organisers


def offer_data(event, url):
    """Free: a price of 0 kroner. Otherwise the price as the editor wrote it, and as a number
    when the text holds exactly one amount ("50 kr.")."""
    offer = {"@type": "Offer", "url": event.registration_url or url, "priceCurrency": "DKK"}
    if event.is_free:
        return {**offer, "price": 0}
    offer["description"] = event.price
    amounts = AMOUNT.findall(event.price)
    if len(amounts) == 1:
        offer["price"] = amounts[0].replace(",", ".")
    return offer


def image_url(event, request):
    try:
        rendition = event.hero_image.get_rendition(SYNDICATED_IMAGE)
    except SourceImageIOError:  # the file is gone: the event page must still be served
        return None
    return request.build_absolute_uri(rendition.url)


def schedule_data(event):
    """How the event repeats, as schema.org's Schedule (the counterpart of its RRULE)."""
    start, end = local(event.start), local(event.end)
    schedule = {
        "@type": "Schedule",
        "repeatFrequency": f"P{event.repeat_interval or 1}{FREQUENCIES[event.repeat]}",
        "startDate": start.date().isoformat(),
        "scheduleTimezone": TIMEZONE.key,
    }
    if event.repeat in (Repeat.WEEKLY, Repeat.MONTHLY_WEEKDAY):
        schedule["byDay"] = f"{SCHEMA}/{WEEKDAYS[start.weekday()]}"
    if event.repeat == Repeat.MONTHLY_WEEKDAY:
        position = weekday_position(start.date())
        # schema.org counts weeks 1 to 5 only: "the last" cannot be said, so it is left out.
        if position > 0:
            schedule["byMonthWeek"] = position
    if event.repeat == Repeat.MONTHLY_DATE:
        schedule["byMonthDay"] = start.day
    if not event.all_day:
        schedule["startTime"] = start.time().isoformat()
        schedule["endTime"] = end.time().isoformat()
    if event.repeat_count:
        schedule["repeatCount"] = event.repeat_count
    if event.series_end:
        schedule["endDate"] = last_date(event).isoformat()
    if event.cancelled_dates:
        schedule["exceptDate"] = [day.isoformat() for day in event.cancelled_dates]
    return schedule


def last_date(event):
    """The date the last occurrence starts on (series_end is when it ends)."""
    first_start, first_end = wall_clock_span(event)
    return (local(event.series_end).replace(tzinfo=None) - (first_end - first_start)).date()
