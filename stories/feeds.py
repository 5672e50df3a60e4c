"""
RSS 2.0 feed of a story index: its latest stories, in the index's language (<index url>feed.xml).

Newest *published* first, unlike the index (ordered by the date of the story): a feed reader must
see a story the day it is published, even when it tells of something that happened last month.
"""

import uuid

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.images.models import SourceImageIOError

from core.locales import in_reader_language

from .structured_data import SYNDICATED_IMAGE

__all__ = ["FEED_LENGTH", "story_feed_response"]

FEED_LENGTH = 20


def story_feed_response(request, index):
    """The feed of `index`, its channel and categories in the index's language."""
    with translation.override(index.locale.language_code):
        return StoryFeed()(request, index=index)


class StoryFeed(Feed):
    """One instance per request (see story_feed_response): it keeps the request, the language and
    the names of the themes between Django's calls."""

    item_guid_is_permalink = False

    def get_object(self, request, index):
        self.request = request
        self.language_code = index.locale.language_code
        return index

    def title(self, index):
        return f"{index.title} · {settings.WAGTAIL_SITE_NAME}"

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return index.get_full_url(self.request) + "feed.xml"

    def description(self, index):
        return index.intro or index.search_description or _("Good stories from Ishøj.")

    def items(self, index):
        stories = (
            index.stories()
            .prefetch_related("themes")
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )
        stories = list(stories)
        themes = [theme for story in stories for theme in story.themes.all()]
        names = [theme.name for theme in in_reader_language(themes)]
        self.theme_names = dict(zip([theme.pk for theme in themes], names, strict=True))
        return stories

    def item_title(self, story):
        return escape(story.title)  # RSS titles may hold HTML: escaped, as Django's default does

    def item_description(self, story):
        return escape(story.lead)

    def item_link(self, story):
        return story.get_full_url(self.request)

    def item_guid(self, story):
        """Stable when an editor changes the slug, so a reader never sees a story twice."""
        return uuid.uuid5(story.translation_key, self.language_code).urn

    def item_pubdate(self, story):
        return story.first_published_at

    def item_author_name(self, story):
        return story.byline or None

    def item_categories(self, story):
        return [self.theme_names[theme.pk] for theme in story.themes.all()]

    def item_enclosures(self, story):
        if not story.hero_image:
            return []
        try:
            rendition = story.hero_image.get_rendition(SYNDICATED_IMAGE)
            length = rendition.file.size
        except (SourceImageIOError, OSError):  # the file is missing: the story goes out without
            return []
        return [
            Enclosure(self.request.build_absolute_uri(rendition.url), str(length), "image/jpeg")
        ]
