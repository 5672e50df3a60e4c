"""
Files beside pages (<story>/press.txt, <stories>/feed.xml, <calendar>/feed.ics, <event>/event.ics,
<map>/places.geojson) come through one route, which serves them only as their page would be
served: live, and to readers who may see it.
"""

from django.apps import apps

from wagtail.models import PageViewRestriction

import pytest

from core.routing import PageFilesMixin, registered_view
from directory.factories import MapPageFactory
from stories.factories import StoryPageFactory
from tests.conftest import event, story
from tests.events.times import soon

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(story_index, event_index, map_page):
    return {
        "story": story(story_index, "Lektiecaféen fylder år"),
        "stories": story_index,
        "calendar": event_index,
        "event": event(event_index, "Byttemarked", start=soon(3), end=soon(3, 12)),
        "map": map_page,
    }


FILES = [
    ("story", "press.txt"),
    ("stories", "feed.xml"),
    ("calendar", "feed.ics"),
    ("event", "event.ics"),
    ("map", "places.geojson"),
]


@pytest.mark.parametrize(("page_name", "file_name"), FILES)
def test_every_file_is_served_beside_its_page(client, pages, page_name, file_name):
    assert client.get(pages[page_name].url + file_name).status_code == 200


@pytest.mark.parametrize(("page_name", "file_name"), FILES)
def test_no_file_of_a_password_protected_page_is_served(client, pages, page_name, file_name):
    page = pages[page_name]
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="hemmelig")

    assert client.get(page.url + file_name).status_code == 404


@pytest.mark.parametrize(("page_name", "file_name"), FILES)
def test_no_file_below_a_restricted_section_is_served(
    client, pages, home_page, page_name, file_name
):
    PageViewRestriction.objects.create(page=home_page, restriction_type="login")

    assert client.get(pages[page_name].url + file_name).status_code == 404


def test_a_signed_in_reader_gets_the_map_of_a_page_for_signed_in_readers(
    client, django_user_model, map_page
):
    PageViewRestriction.objects.create(page=map_page, restriction_type="login")
    client.force_login(django_user_model.objects.create_user("beboer"))

    assert client.get(map_page.url + "places.geojson").status_code == 200


def test_files_of_drafts_are_not_served(client, story_index, directory):
    StoryPageFactory(parent=story_index, title="Kladde", slug="kladde", live=False)
    draft_map = MapPageFactory(parent=directory, slug="kort-kladde", live=False)

    assert client.get(f"{story_index.url}kladde/press.txt").status_code == 404
    assert client.get(f"{draft_map.url}places.geojson").status_code == 404


def test_unknown_file_names_are_not_found(client, pages):
    assert client.get(pages["stories"].url + "feed.json").status_code == 404
    assert client.get(pages["calendar"].url + "press.txt").status_code == 404
    assert client.get(pages["map"].url + "feed.xml").status_code == 404
    assert client.get("/press.txt").status_code == 404


def test_every_file_a_page_type_offers_has_a_view():
    offered = [
        (model, file_name)
        for model in apps.get_models()
        if issubclass(model, PageFilesMixin)
        for file_name in model.files
    ]

    assert sorted(name for _model, name in offered) == sorted(name for _page, name in FILES)
    assert all(registered_view(model, file_name) for model, file_name in offered)
