"""
An event's place, organisers and stories, read in the reader's language.

Links are stored on whichever language version an editor edited, so they are followed by
translation key, like the directory's (directory.relations). Each function is a fixed number of
queries.
"""

from core.locales import pages_in_reader_language
from directory.models import OrganisationPage, PlacePage
from stories.models import StoryPage


def localized_place(event):
    """The event's place from the directory in the reader's language (Danish where it is not
    translated), or None."""
    if not event.place_id:
        return None
    places = pages_in_reader_language(PlacePage, [event.place.translation_key])
    return places[0] if places else None


def localized_organisers(event):
    """The event's organisers in the reader's language (Danish where not translated)."""
    keys = [organisation.translation_key for organisation in event.organisers.all()]
    return pages_in_reader_language(OrganisationPage, keys)


def related_stories(event):
    """Live stories the event links, in the reader's language where translated and in Danish
    where not, newest first."""
    keys = StoryPage.objects.filter(
        events_linking_here__translation_key=event.translation_key
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
