"""
What the public API (core.api, /api/v2/pages/?type=stories.StoryPage) tells about a story.

Everything a site or newsroom needs to republish a story, with its credit. The press contact is
left out on purpose: it is a person's phone number and e-mail, given for journalists who read the
press kit, not for harvesting in bulk; `press_url` points to the press kit instead.
"""

from django.utils import translation

from wagtail.api import APIField
from wagtail.images.models import SourceImageIOError

from rest_framework.fields import Field

from core.locales import in_reader_language

from .structured_data import SYNDICATED_IMAGE

__all__ = ["STORY_API_FIELDS"]


class StoryField(Field):
    """A read-only value computed from the whole story, in the story's own language."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, story):
        with translation.override(story.locale.language_code):
            return self.represent(story)

    def represent(self, story):
        raise NotImplementedError


class ThemeNamesField(StoryField):
    """Editors link the Danish themes; a story in English lists their English names."""

    def represent(self, story):
        return [theme.name for theme in in_reader_language(story.themes.all())]


class NeighbourhoodNameField(StoryField):
    def represent(self, story):
        if not story.neighbourhood:
            return None
        return in_reader_language(story.neighbourhood).name


class HeroImageField(StoryField):
    """The hero image with the story's own alt text and the credit republishers must print."""

    def represent(self, story):
        image = story.hero_image
        if image is None:
            return None
        request = self.context["request"]
        try:
            rendition = image.get_rendition(SYNDICATED_IMAGE)
        except SourceImageIOError:  # the file is gone from storage: the story is still worth having
            return None
        return {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": story.hero_image_alt_text,
            "credit": story.image_credit,
            "original_url": request.build_absolute_uri(image.file.url),
        }


class PressKitUrlField(StoryField):
    def represent(self, story):
        url = story.get_full_url(self.context["request"])
        return url and url + story.reverse_subpage("press")


STORY_API_FIELDS = [
    APIField("lead"),
    APIField("story_date"),
    APIField("byline"),
    APIField("hero_image", serializer=HeroImageField()),
    APIField("body"),
    APIField("themes", serializer=ThemeNamesField()),
    APIField("tags"),
    APIField("neighbourhood", serializer=NeighbourhoodNameField()),
    APIField("is_inspiration"),
    APIField("inspiration_source_url"),
    APIField("press_url", serializer=PressKitUrlField()),
]
