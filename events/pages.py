"""What the event page shows besides its own fields: the date the reader came for, the next
dates, who and where in the reader's language, and what else happens that weekend."""

from django.utils import timezone

from core.locales import in_reader_language

from .calendar import parse_day
from .clashes import also_this_weekend
from .relations import localized_organisers, localized_place, related_stories
from .structured_data import event_page_data

NEXT_DATES = 8


def chosen_occurrence(event, request):
    """The occurrence on ?date=YYYY-MM-DD (listings link to it), else the next one, else the
    last one (a past event still shows when it was)."""
    day = parse_day(request.GET.get("date"))
    if day is not None:
        found = event.occurrence_on(day)
        if found is not None:
            return found
    found = event.next_occurrence()
    if found is not None:
        return found
    past = event.occurrences(end=timezone.now())
    return past[-1] if past else None


def event_page_context(event, request):
    # Read the cancelled dates once: every expansion below needs them.
    event.cancelled_date_list = [cancelled.date for cancelled in event.cancellations.all()]
    occurrence = chosen_occurrence(event, request)
    upcoming = event.occurrences(timezone.now())[: NEXT_DATES + 1] if event.repeat else []
    today = timezone.localdate()
    place, organisers = localized_place(event), localized_organisers(event)
    is_over = occurrence is None or occurrence.end <= timezone.now()
    return {
        "occurrence": occurrence,
        "is_over": is_over,
        "next_dates": [o for o in upcoming if o != occurrence][:NEXT_DATES],
        "cancelled_upcoming": [day for day in event.cancelled_dates if day >= today],
        "place": place,
        "organisers": organisers,
        "themes": in_reader_language(event.themes.all()),
        "target_groups": list(event.target_groups.all()),
        "languages": list(event.languages.all()),
        "also_this_weekend": [] if is_over else also_this_weekend(event, occurrence),
        "related_stories": related_stories(event),
        "structured_data": event_page_data(event, request, occurrence, place, organisers),
    }
