"""schema.org Article data (JSON-LD) of a story page."""

import json
import re

from wagtail.images.models import SourceImageIOError

import pytest

from stories.structured_data import story_page_data
from tests.conftest import story


@pytest.fixture
def beach_story(story_index, image):
    return story(
        story_index,
        "Strandrensning ved Ishøj Strand",
        slug="strandrensning",
        lead="Naboer samlede 40 kilo affald.",
        hero_image=image,
        hero_image_alt="Frivillige på stranden",
        hero_image_credit="Aisha Khan",
        byline="Mette Holm",
    )


def data_on_page(client, page):
    html = client.get(page.url).content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_story_is_an_article_with_headline_dates_and_author(client, beach_story):
    data = data_on_page(client, beach_story)
    beach_story.refresh_from_db()

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == "Strandrensning ved Ishøj Strand"
    assert data["description"] == "Naboer samlede 40 kilo affald."
    assert data["inLanguage"] == "da"
    assert data["datePublished"].startswith(str(beach_story.first_published_at.date()))
    assert data["dateModified"]
    assert data["author"] == {"@type": "Person", "name": "Mette Holm"}
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Vores Ishøj",
        "url": "http://testserver/",
    }


def test_article_url_is_the_canonical_address(client, beach_story):
    data = data_on_page(client, beach_story)

    assert data["url"] == data["mainEntityOfPage"] == beach_story.get_full_url()


def test_article_image_is_absolute_with_size_and_credit(client, beach_story):
    image = data_on_page(client, beach_story)["image"]

    assert image["@type"] == "ImageObject"
    assert image["url"].startswith("http://testserver/media/images/")
    assert (image["width"], image["height"]) == (1200, 675)
    assert image["creditText"] == "Aisha Khan"
    assert image["caption"] == "Frivillige på stranden"


def test_story_without_byline_is_by_the_publisher(rf, story_index):
    page = story(story_index, "Uden forfatter")

    data = story_page_data(page, rf.get(page.url))

    assert data["author"] == data["publisher"]
    assert "image" not in data


def test_long_headline_is_shortened_for_search_engines(rf, story_index):
    page = story(story_index, "Lang " * 40)

    assert len(story_page_data(page, rf.get(page.url))["headline"]) <= 110


def test_inspiration_names_its_source(rf, story_index):
    page = story(
        story_index,
        "Byhaver i Roskilde",
        is_inspiration=True,
        inspiration_source_url="https://example.dk/byhaver",
    )

    assert story_page_data(page, rf.get(page.url))["isBasedOn"] == "https://example.dk/byhaver"


def test_missing_image_file_does_not_break_the_story(client, beach_story, monkeypatch):
    def missing(*args, **kwargs):
        raise SourceImageIOError("gone")

    monkeypatch.setattr(type(beach_story.hero_image), "get_rendition", missing)

    data = story_page_data(beach_story, client.get("/").wsgi_request)

    assert "image" not in data
    assert data["headline"] == "Strandrensning ved Ishøj Strand"


def test_json_ld_cannot_close_its_script_element(client, story_index):
    page = story(story_index, "</script><script>alert(1)</script>")

    html = client.get(page.url).content.decode()

    assert "<script>alert(1)" not in html
    assert data_on_page(client, page)["headline"] == "</script><script>alert(1)</script>"
