"""
Where events reach the rest of the site: the next events on the home page, an organisation's and
a place's coming events on their pages, and stories and events that link each other, all in the
reader's language and in a bounded number of queries.
"""

import datetime
import re

import pytest

from events.factories import EventPageFactory
from events.models import EventPage
from tests.clock import on_every_day
from tests.conftest import event, story, translate
from tests.events.times import soon

pytestmark = pytest.mark.django_db


def section(response, heading_id):
    """The HTML of the <section> labelled by `heading_id`, or "" when the page has none."""
    found = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', response.text, re.S
    )
    return found.group(0) if found else ""


def linked_titles(html):
    return re.findall(r'<a href="[^"]*">([^<]+)</a>', html)


def happening(index, title, days, **fields):
    return event(index, title, start=soon(days), end=soon(days, 12), **fields)


def draft(index, title, days, organisers=(), **fields):
    """An event saved but never published, as a volunteer's draft is."""
    page = EventPageFactory(
        parent=index, title=title, start=soon(days), end=soon(days, 12), live=False, **fields
    )
    page.organisers.set(organisers)
    page.save()
    return page


@pytest.fixture
def cafe(event_index, glashuset, families_network):
    """A weekly event: it must take one place in a short list, not all of them."""
    return event(
        event_index,
        "Barselscafé",
        start=soon(1, 9),
        end=soon(1, 11),
        repeat="weekly",
        repeat_count=10,
        place=glashuset,
        organisers=[families_network],
    )


# The home page.


@on_every_day
def test_home_shows_each_events_next_occurrence_soonest_first(client, event_index, cafe):
    happening(event_index, "Byttemarked", 10)
    happening(event_index, "Ungerådets møde", 12)
    happening(event_index, "Affaldsindsamling", 13)
    happening(event_index, "Borgerværksted", 40)
    happening(event_index, "Sommerfest", -10)

    html = section(client.get("/"), "home-events-heading")

    assert linked_titles(html)[:4] == [
        "Barselscafé",
        "Byttemarked",
        "Ungerådets møde",
        "Affaldsindsamling",
    ]
    assert "Borgerværksted" not in html and "Sommerfest" not in html


@on_every_day
def test_home_links_to_the_calendar(client, event_index, cafe):
    html = section(client.get("/"), "home-events-heading")

    assert f'href="{event_index.url}"' in html


@on_every_day
def test_home_leaves_out_drafts_and_shows_nothing_without_events(client, event_index):
    draft(event_index, "Hemmelig fest", 2)

    response = client.get("/")

    assert response.status_code == 200
    assert "home-events-heading" not in response.text
    assert "Hemmelig fest" not in response.text


@on_every_day
def test_home_events_come_after_the_stories(client, story_index, event_index, cafe):
    story(story_index, "Lektiecaféen fylder år")

    text = client.get("/").text

    assert text.index("home-stories-heading") < text.index("home-events-heading")


@on_every_day
def test_turkish_home_shows_turkish_events_and_calendar_with_danish_fallback(
    client, translated_homes, event_index, cafe
):
    turkish_index = translate(event_index, "tr", title="Etkinlikler", slug="etkinlikler")
    translate(cafe, "tr", title="Bebek kafesi")
    happening(event_index, "Byttemarked", 3)

    html = section(client.get(translated_homes["tr"].url), "home-events-heading")

    assert linked_titles(html)[:2] == ["Bebek kafesi", "Byttemarked"]
    assert "Barselscafé" not in html
    assert f'href="{turkish_index.url}"' in html


# Organisations and places.


@on_every_day
def test_organisation_page_lists_its_coming_events_once_each(
    client, event_index, cafe, families_network, youth_council, bredekaergaard
):
    happening(event_index, "Byttemarked", 3, place=bredekaergaard, organisers=[families_network])
    happening(event_index, "Ungerådets møde", 4, organisers=[youth_council])
    happening(event_index, "Sommerfest", -10, organisers=[families_network])
    draft(event_index, "Hemmelig fest", 2, organisers=[families_network])

    html = section(client.get(families_network.url), "coming-events-heading")

    assert linked_titles(html) == ["Barselscafé", "Byttemarked"]
    assert f'href="{cafe.url}?date={soon(1).date().isoformat()}"' in html


@on_every_day
def test_organisation_without_coming_events_shows_no_section(client, youth_council, event_index):
    happening(event_index, "Sommerfest", -10, organisers=[youth_council])

    response = client.get(youth_council.url)

    assert response.status_code == 200
    assert "coming-events-heading" not in response.text


@on_every_day
def test_turkish_organisation_page_finds_events_linking_the_danish_one(
    client, translated_homes, directory, event_index, cafe, families_network
):
    translate(directory, "tr", title="Rehber")
    turkish_network = translate(families_network, "tr", title="Çocuklar için etkinlikler")
    translate(event_index, "tr", title="Etkinlikler", slug="etkinlikler")
    translate(cafe, "tr", title="Bebek kafesi")

    html = section(client.get(turkish_network.url), "coming-events-heading")

    assert linked_titles(html) == ["Bebek kafesi"]


@on_every_day
def test_place_page_lists_what_is_coming_up_there(
    client, event_index, cafe, glashuset, bredekaergaard
):
    happening(event_index, "Ungerådets møde", 4, place=glashuset)
    happening(event_index, "Byttemarked", 3, place=bredekaergaard)
    happening(event_index, "Sommerfest", -10, place=glashuset)
    draft(event_index, "Hemmelig fest", 2, place=glashuset)

    html = section(client.get(glashuset.url), "coming-events-heading")

    assert linked_titles(html) == ["Barselscafé", "Ungerådets møde"]


@on_every_day
def test_turkish_place_page_finds_events_at_the_danish_place(
    client, translated_homes, directory, event_index, cafe, glashuset
):
    translate(directory, "tr", title="Rehber")
    turkish_place = translate(glashuset, "tr", title="Cam Ev")

    html = section(client.get(turkish_place.url), "coming-events-heading")

    # The event is not translated: the Danish version stands in.
    assert linked_titles(html) == ["Barselscafé"]


# Stories and events.


def link_stories(event, *stories):
    """The event links the stories, as an editor ticks them in its "related stories"."""
    event.related_stories.add(*stories)
    event.save_revision().publish()


@pytest.fixture
def linked(story_index, event_index, cafe):
    """The café and a swap market that link a story, and the swap market an earlier one too."""
    about_cafe = story(story_index, "Mødre mødes i Glashuset", story_date=datetime.date(2026, 3, 1))
    link_stories(cafe, about_cafe)
    swap = happening(event_index, "Byttemarked", 3, related_stories=[about_cafe])
    earlier = story(story_index, "Sidste års byttemarked", story_date=datetime.date(2025, 9, 1))
    link_stories(swap, earlier)
    return {"story": about_cafe, "earlier": earlier, "swap": swap, "cafe": cafe}


@on_every_day
def test_event_page_lists_the_stories_it_links_newest_first(client, linked):
    cafe_html = section(client.get(linked["cafe"].url), "related-stories-heading")
    swap_html = section(client.get(linked["swap"].url), "related-stories-heading")

    assert linked_titles(cafe_html) == ["Mødre mødes i Glashuset"]
    assert linked_titles(swap_html) == ["Mødre mødes i Glashuset", "Sidste års byttemarked"]


def test_event_page_leaves_out_unpublished_stories(client, linked):
    linked["earlier"].unpublish()

    html = section(client.get(linked["swap"].url), "related-stories-heading")

    assert linked_titles(html) == ["Mødre mødes i Glashuset"]


@on_every_day
def test_story_page_shows_the_next_date_of_events_linking_it(client, linked, event_index):
    past = happening(event_index, "Sommerfest", -10)
    link_stories(past, linked["story"])

    html = section(client.get(linked["story"].url), "related-events-heading")

    assert re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', html) == [
        "Barselscafé",
        "Byttemarked",
    ]


def test_story_without_events_shows_no_events_section(client, story_index):
    page = story(story_index, "Lektiecaféen fylder år")

    assert "related-events-heading" not in client.get(page.url).text


@on_every_day
def test_links_between_stories_and_events_read_in_turkish(
    client, translated_homes, story_index, event_index, linked
):
    translate(story_index, "tr", title="Hikâyeler", slug="hikayeler")
    translate(event_index, "tr", title="Etkinlikler", slug="etkinlikler")
    turkish_story = translate(linked["story"], "tr", title="Anneler Cam Evde buluşuyor")
    turkish_cafe = translate(linked["cafe"], "tr", title="Bebek kafesi")

    story_html = section(client.get(turkish_story.url), "related-events-heading")
    cafe_html = section(client.get(turkish_cafe.url), "related-stories-heading")

    assert "Bebek kafesi" in story_html and "Barselscafé" not in story_html
    assert "Byttemarked" in story_html  # not translated: the Danish version stands in
    assert linked_titles(cafe_html) == ["Anneler Cam Evde buluşuyor"]


# Query counts.


def add_events(index, place, organisation, about, count):
    """`count` more events at `place` by `organisation`, one in five weekly, all linking the
    story `about`."""
    first = EventPage.objects.count()
    for number in range(first, first + count):
        weekly = number % 5 == 0
        happening(
            index,
            f"Aktivitet {number}",
            1 + number % 20,
            place=place,
            organisers=[organisation],
            repeat="weekly" if weekly else "",
            repeat_count=4 if weekly else None,
            related_stories=[about],
        )


@pytest.mark.parametrize("page_name", ["home", "organisation", "place", "story"])
def test_queries_do_not_grow_with_the_number_of_events(
    client,
    story_index,
    event_index,
    glashuset,
    families_network,
    page_name,
    django_assert_max_num_queries,
):
    about = story(story_index, "Mødre mødes i Glashuset")
    url, heading = {
        "home": ("/", "home-events-heading"),
        "organisation": (families_network.url, "coming-events-heading"),
        "place": (glashuset.url, "coming-events-heading"),
        "story": (about.url, "related-events-heading"),
    }[page_name]
    add_events(event_index, glashuset, families_network, about, 3)
    client.get(url)  # Wagtail's caches of sites and locales filled

    with django_assert_max_num_queries(60) as few:
        client.get(url)
    add_events(event_index, glashuset, families_network, about, 30)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)

    assert linked_titles(section(response, heading))
