"""The RSS 2.0 feed of a story index: <index url>feed.xml, one per language."""

from django.template.loader import render_to_string

from wagtail.models import Locale

import feedparser
import pytest

from directory.factories import ThemeFactory
from stories.factories import StoryPageFactory
from stories.feeds import FEED_LENGTH
from tests.conftest import story, translate


def parsed(response):
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


@pytest.fixture
def nature():
    return ThemeFactory(name="Natur og klima", slug="natur-og-klima")


@pytest.fixture
def beach_story(story_index, image, nature):
    return story(
        story_index,
        "Strandrensning ved Ishøj Strand",
        slug="strandrensning",
        lead="Naboer samlede 40 kilo affald & plastik.",
        hero_image=image,
        hero_image_alt="Frivillige på stranden",
        byline="Mette Holm",
        themes=[nature],
    )


def test_feed_is_valid_rss_with_absolute_links(client, story_index, beach_story):
    response = client.get(story_index.url + "feed.xml")
    feed = parsed(response)

    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert feed.version == "rss20"
    assert feed.feed.link == "http://localhost/gode-historier/"
    assert feed.feed.language == "da"
    [item] = feed.entries
    assert item.link == "http://localhost/gode-historier/strandrensning/"
    assert item.title == "Strandrensning ved Ishøj Strand"
    assert item.summary == "Naboer samlede 40 kilo affald &amp; plastik."
    assert item.author == "Mette Holm"
    assert [tag.term for tag in item.tags] == ["Natur og klima"]
    assert item.published_parsed


def test_feed_points_to_itself(client, story_index, beach_story):
    feed = parsed(client.get(story_index.url + "feed.xml"))

    assert {"rel": "self", "href": "http://localhost/gode-historier/feed.xml"}.items() <= next(
        link for link in feed.feed.links if link.rel == "self"
    ).items()


def test_feed_item_encloses_the_hero_image(client, story_index, beach_story):
    [item] = parsed(client.get(story_index.url + "feed.xml")).entries
    [enclosure] = item.enclosures

    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://testserver/media/images/")
    assert enclosure.href.endswith(".jpg")
    assert int(enclosure.length) > 0


def test_feed_guid_survives_a_new_slug(client, story_index, beach_story):
    before = parsed(client.get(story_index.url + "feed.xml")).entries[0].id
    beach_story.slug = "strandrens"
    beach_story.save_revision().publish()

    after = parsed(client.get(story_index.url + "feed.xml")).entries[0]

    assert after.link.endswith("/strandrens/")
    assert after.id == before


def test_feed_leaves_out_drafts_and_keeps_the_latest(client, story_index):
    for number in range(FEED_LENGTH + 2):
        story(story_index, f"Historie {number}")
    StoryPageFactory(parent=story_index, title="Kladde", live=False)

    titles = [item.title for item in parsed(client.get(story_index.url + "feed.xml")).entries]

    assert len(titles) == FEED_LENGTH
    assert "Kladde" not in titles
    assert titles[0] == f"Historie {FEED_LENGTH + 1}"  # published last, listed first


def test_each_language_has_its_own_feed(client, translated_homes, story_index, beach_story, nature):
    story(story_index, "Kun på dansk")
    english_index = translate(story_index, "en", title="Good stories")
    translate(beach_story, "en", title="Cleaning Ishøj beach", lead="Neighbours collected litter.")
    english_nature = nature.copy_for_translation(Locale.objects.get(language_code="en"))
    english_nature.name = "Nature and climate"
    english_nature.save()

    danish = parsed(client.get(story_index.url + "feed.xml"))
    english = parsed(client.get(english_index.url + "feed.xml"))

    assert english_index.url == "/en/gode-historier/"
    assert english.feed.language == "en"
    assert english.feed.title == "Good stories · Vores Ishøj"
    assert [item.title for item in english.entries] == ["Cleaning Ishøj beach"]
    assert english.entries[0].link == "http://localhost/en/gode-historier/strandrensning/"
    assert [tag.term for tag in english.entries[0].tags] == ["Nature and climate"]
    assert {item.title for item in danish.entries} == {"Kun på dansk", beach_story.title}


def test_feed_of_an_index_without_stories_is_valid(client, story_index):
    assert parsed(client.get(story_index.url + "feed.xml")).entries == []


def test_only_a_story_index_has_a_feed(client, story_index, beach_story):
    assert client.get(beach_story.url + "feed.xml").status_code == 404
    assert client.get("/feed.xml").status_code == 404
    assert client.get("/findes-ikke/feed.xml").status_code == 404


def test_feed_of_an_unpublished_index_is_not_found(client, story_index, beach_story):
    feed_url = story_index.url + "feed.xml"
    story_index.unpublish()

    assert client.get(feed_url).status_code == 404


def test_feed_runs_a_bounded_number_of_queries(
    client, story_index, image, nature, django_assert_max_num_queries
):
    for number in range(30):
        story(
            story_index,
            f"Historie {number}",
            hero_image=image,
            hero_image_alt="Stranden",
            themes=[nature],
            byline="Mette",
        )
    client.get(story_index.url + "feed.xml")  # the first request makes the renditions

    with django_assert_max_num_queries(15):
        feed = parsed(client.get(story_index.url + "feed.xml"))

    assert len(feed.entries) == FEED_LENGTH


def test_feed_link_for_the_page_head():
    html = render_to_string(
        "components/feed_link.html", {"feed_url": "/gode-historier/feed.xml", "feed_title": "Gode"}
    )

    assert (
        '<link rel="alternate" type="application/rss+xml" href="/gode-historier/feed.xml"'
        ' title="Gode (RSS)">'
    ) in html
