"""Where events appear beyond the calendar: the home page, organisations', places' and stories'
pages."""

from wagtail import hooks

from core.locales import default_locale
from core.sections import PageSection
from directory.models.organisations import ORGANISATION_SECTIONS_HOOK
from directory.models.places import PLACE_SECTIONS_HOOK
from home.models import HOME_SECTIONS_HOOK
from stories.models import STORY_SECTIONS_HOOK

from .calendar import upcoming
from .models import EventIndexPage, EventPage
from .relations import next_of_each

HOME_NEXT = 4
ORGANISATION_NEXT = 6
PLACE_NEXT = 6
# Just after the stories (stories.sections).
ORDER = 20


def calendar_for(locale):
    """The events calendar in `locale`, or the Danish one where it is not translated."""
    indexes = EventIndexPage.objects.live().public()
    return indexes.filter(locale=locale).first() or indexes.filter(locale=default_locale()).first()


@hooks.register(HOME_SECTIONS_HOOK)
def home_events(home, request):
    """The next events in the home page's language, each event once, and the way to the calendar."""
    occurrences = next_of_each(upcoming(EventPage.objects.for_readers()), HOME_NEXT)
    if not occurrences:
        return None
    return PageSection(
        "components/events/home_events.html",
        order=ORDER,
        context={"occurrences": occurrences, "index": calendar_for(home.locale)},
    )


@hooks.register(ORGANISATION_SECTIONS_HOOK)
def organisation_events(organisation, request):
    """The organisation's coming events, whichever language version of it the organisers
    chose: events link the Danish page, a Turkish reader is on the Turkish one."""
    keys = EventPage.objects.filter(
        organisers__translation_key=organisation.translation_key
    ).values("translation_key")
    occurrences = next_of_each(
        upcoming(EventPage.objects.for_readers().filter(translation_key__in=keys)),
        ORGANISATION_NEXT,
    )
    if not occurrences:
        return None
    return PageSection(
        "components/events/coming_events.html",
        order=ORDER,
        context={"occurrences": occurrences, "at_place": False},
    )


@hooks.register(PLACE_SECTIONS_HOOK)
def place_events(place, request):
    """What is coming up at the place, matched by translation key like the organisers."""
    keys = EventPage.objects.filter(place__translation_key=place.translation_key).values(
        "translation_key"
    )
    occurrences = next_of_each(
        upcoming(EventPage.objects.for_readers().filter(translation_key__in=keys)), PLACE_NEXT
    )
    if not occurrences:
        return None
    return PageSection(
        "components/events/coming_events.html",
        order=ORDER,
        context={"occurrences": occurrences, "at_place": True},
    )


@hooks.register(STORY_SECTIONS_HOOK)
def story_events(story, request):
    """
    The next date of each event that links the story, in the reader's language, soonest first.
    Events that are over are left out: on a story, events are an invitation to take part, and
    what already happened is what the story itself tells.
    """
    keys = EventPage.objects.filter(related_stories__translation_key=story.translation_key).values(
        "translation_key"
    )
    occurrences = next_of_each(
        upcoming(EventPage.objects.for_readers().filter(translation_key__in=keys))
    )
    if not occurrences:
        return None
    return PageSection(
        "components/events/story_events.html",
        order=ORDER,
        context={"occurrences": occurrences},
    )
