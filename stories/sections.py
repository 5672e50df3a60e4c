"""Where stories appear beyond their index: the home page and the organisations' pages."""

from core.locales import pages_in_reader_language
from core.sections import PageSection

from .models import StoryIndexPage, StoryPage

HOME_LATEST = 4
HOME_FEATURED = 2
ORGANISATION_STORIES = 6


def home_stories(home, request):
    """The editors' featured stories first, then the latest others, in the home page's language."""
    stories = StoryPage.objects.live().public().filter(locale=home.locale).for_listing()
    featured = list(stories.filter(featured=True).order_by("-story_date")[:HOME_FEATURED])
    latest = list(
        stories.exclude(pk__in=[story.pk for story in featured]).newest_first()[:HOME_LATEST]
    )
    if not featured and not latest:
        return None
    index = StoryIndexPage.objects.live().filter(locale=home.locale).first()
    return PageSection(
        "components/stories/home_stories.html",
        order=10,
        context={"featured": featured, "latest": latest, "index": index},
    )


def organisation_stories(organisation, request):
    """Stories the organisation took part in, in the reader's language where translated."""
    keys = (
        StoryPage.objects.live()
        .filter(organisations__translation_key=organisation.translation_key)
        .values_list("translation_key", flat=True)
    )
    stories = pages_in_reader_language(StoryPage, keys)
    if not stories:
        return None
    stories.sort(key=lambda story: story.story_date, reverse=True)
    return PageSection(
        "components/stories/organisation_stories.html",
        order=10,
        context={"stories": stories[:ORGANISATION_STORIES]},
    )
