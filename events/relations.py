"""
Stories and events that link each other, read in the reader's language.

Either side may hold the link (an event's "related stories", a story's "related events"), and
either may be stored on whichever language version an editor edited, so links are followed by
translation key both ways, like the directory's (directory.relations). Each function is a fixed
number of queries.
"""

from django.db.models import Q

from core.locales import pages_in_reader_language

from .calendar import for_readers, upcoming


def localized_place(event):
    """The event's place from the directory in the reader's language (Danish where it is not
    translated), or None."""
    from directory.models import PlacePage

    if not event.place_id:
        return None
    places = pages_in_reader_language(PlacePage, [event.place.translation_key])
    return places[0] if places else None


def localized_organisers(event):
    """The event's organisers in the reader's language (Danish where not translated)."""
    from directory.models import OrganisationPage

    keys = [organisation.translation_key for organisation in event.organisers.all()]
    return pages_in_reader_language(OrganisationPage, keys)


def related_stories(event):
    """Live stories the event links or that link the event, in the reader's language where
    translated and in Danish where not, newest first."""
    from stories.models import StoryPage

    key = event.translation_key
    keys = StoryPage.objects.filter(
        Q(events_linking_here__translation_key=key) | Q(related_events__translation_key=key)
    ).values_list("translation_key", flat=True)
    stories = pages_in_reader_language(StoryPage, keys)
    stories.sort(key=lambda story: (story.story_date, story.first_published_at), reverse=True)
    return stories


def next_of_each(occurrences, limit=None):
    """The first of each event's occurrences (soonest first), so a weekly event takes one place
    in a short list rather than all of them."""
    seen, found = set(), []
    for occurrence in occurrences:
        if occurrence.event.pk in seen:
            continue
        seen.add(occurrence.event.pk)
        found.append(occurrence)
        if limit and len(found) == limit:
            break
    return found


def related_events(story):
    """
    The next occurrence of each event the story links or that links the story, soonest first,
    in the reader's language. Events that are over are left out: on a story, events are an
    invitation to take part, and what already happened is what the story itself tells.
    """
    from .models import EventPage

    key = story.translation_key
    keys = EventPage.objects.filter(
        Q(stories_linking_here__translation_key=key) | Q(related_stories__translation_key=key)
    ).values("translation_key")
    return next_of_each(upcoming(for_readers().filter(translation_key__in=keys)))
