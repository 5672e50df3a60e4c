"""schema.org Article data (JSON-LD) for a story page, so search engines and news apps can show it."""

from django.conf import settings
from django.utils.text import Truncator

from wagtail.images.models import SourceImageIOError

from directory.structured_data import SCHEMA

# One rendition for every place a story travels to: feeds, the API, search engines.
SYNDICATED_IMAGE = "width-1200|format-jpeg"
HEADLINE_MAX_LENGTH = 110  # what Google shows of an Article's headline


def _iso(moment):
    return moment.isoformat() if moment else None


def image_data(story, request):
    try:
        rendition = story.hero_image.get_rendition(SYNDICATED_IMAGE)
    except SourceImageIOError:  # the file is gone: the story page must still be served
        return None
    return {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "caption": story.hero_image_alt_text,
        "creditText": story.image_credit,
    }


def story_page_data(story, request):
    """`url` is the page's canonical address, the same as its <link rel="canonical">."""
    url = story.get_full_url(request)
    publisher = {
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": request.build_absolute_uri("/"),
    }
    data = {
        "@context": SCHEMA,
        "@type": "Article",
        "headline": Truncator(story.title).chars(HEADLINE_MAX_LENGTH),
        "description": story.lead,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": story.locale.language_code,
        "datePublished": _iso(story.first_published_at),
        "dateModified": _iso(story.last_published_at or story.first_published_at),
        "dateCreated": story.story_date.isoformat(),
        "author": ({"@type": "Person", "name": story.byline} if story.byline else publisher),
        "publisher": publisher,
        "image": image_data(story, request) if story.hero_image else None,
        "isBasedOn": story.inspiration_source_url if story.is_inspiration else None,
    }
    return {key: value for key, value in data.items() if value}
