"""
The press kit of a story: a print-ready page (<story url>press/) and the same as plain text
(<story url>press.txt) to paste into Ishøj Nyt or a press release, with the press contact and the
images in full resolution with their credits.

Both are in the story's language, and both are refused for drafts and restricted stories as the
story itself is: the print-ready page is a route of the story (StoryPage.press), press.txt a file
beside it (core.routing).
"""

from dataclasses import dataclass
from pathlib import Path

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.timezone import localdate

from wagtail.images.models import AbstractImage

from .plain_text import story_as_text

__all__ = ["PressImage", "press_text", "press_view", "story_images"]


@dataclass(frozen=True)
class PressImage:
    """An image of the story as the press needs it: the original file, and who to credit."""

    image: AbstractImage
    alt: str
    caption: str
    credit: str

    @property
    def file_type(self):
        return Path(self.image.file.name).suffix.lstrip(".").upper()


def story_images(story):
    """The hero image and every image in the body, each once, in the order readers see them."""
    found = []
    if story.hero_image:
        found.append(
            PressImage(story.hero_image, story.hero_image_alt_text, "", story.image_credit)
        )
    for block in story.body:
        image = block.value.get("image") if block.block_type == "image" else None
        if image:
            alt = getattr(image, "contextual_alt_text", "") or ""
            found.append(PressImage(image, alt, block.value.get("caption", ""), image.credit))
    unique = {}
    for press_image in found:
        unique.setdefault(press_image.image.pk, press_image)
    return list(unique.values())


def published_date(story):
    return localdate(story.first_published_at) if story.first_published_at else story.story_date


def press_contact(story):
    """The contact lines that are filled in, or an empty dict when there is no press contact."""
    contact = {
        "name": story.press_contact_name,
        "role": story.press_contact_role,
        "phone": story.press_contact_phone,
        "email": story.press_contact_email,
    }
    return contact if any(contact.values()) else {}


def press_view(story, request):
    images = story_images(story)
    hero = images[0] if images and images[0].image == story.hero_image else None
    context = {
        "page": story,
        "self": story,
        "hero": hero,
        "downloads": [
            {"image": item, "url": request.build_absolute_uri(item.image.file.url)}
            for item in images
        ],
        "contact": press_contact(story),
        "published": published_date(story),
        "canonical_url": story.get_full_url(request),
        "press_text_url": story.get_url(request) + "press.txt",
    }
    return TemplateResponse(request, "pages/stories/story_press.html", context)


def press_text(story, request):
    language_code = story.locale.language_code
    with translation.override(language_code):
        dateline = date_format(published_date(story), "DATE_FORMAT")
        text = story_as_text(story, request, dateline=dateline, contact=press_contact(story))
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(False, f"{story.slug}.txt")
    response["Content-Language"] = language_code
    response["X-Robots-Tag"] = "noindex"
    return response
