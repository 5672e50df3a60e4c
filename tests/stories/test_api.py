"""The public, read-only API at /api/v2/: live, public pages only, as JSON."""

from wagtail.models import PageViewRestriction

import pytest

from directory.factories import ThemeFactory
from stories.api import STORY_API_FIELDS
from stories.factories import StoryPageFactory
from stories.models import StoryPage
from tests.conftest import story, translate

PAGES = "/api/v2/pages/"


def titles(response):
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


@pytest.fixture
def stories(story_index):
    story(story_index, "Offentliggjort")
    StoryPageFactory(parent=story_index, title="Kladde", live=False)
    private = story(story_index, "Kun for medlemmer")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    unpublished = story(story_index, "Trukket tilbage")
    unpublished.unpublish()


def test_api_lists_live_public_pages_only(client, stories):
    found = titles(client.get(PAGES))

    assert {"Vores Ishøj", "Gode historier", "Offentliggjort"} <= found
    assert not found & {"Kladde", "Kun for medlemmer", "Trukket tilbage"}


def test_api_filters_by_story_type(client, stories):
    response = client.get(PAGES, {"type": "stories.StoryPage", "fields": "title,locale"})

    assert titles(response) == {"Offentliggjort"}
    assert response.json()["items"][0]["meta"]["locale"] == "da"


def test_api_shows_no_draft_or_private_story_even_by_id(client, story_index):
    draft = StoryPageFactory(parent=story_index, title="Kladde", live=False)
    private = story(story_index, "Kun for medlemmer")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert client.get(f"{PAGES}{draft.pk}/").status_code == 404
    assert client.get(f"{PAGES}{private.pk}/").status_code == 404


def test_signed_in_editor_sees_what_everyone_sees(admin_client, stories):
    assert "Kun for medlemmer" not in titles(admin_client.get(PAGES))


def test_api_lists_every_language(client, translated_homes, story_index):
    danish = story(story_index, "Byttemarked")
    translate(story_index, "en", title="Good stories")
    translate(danish, "en", title="Swap market")

    response = client.get(PAGES, {"type": "stories.StoryPage", "locale": "en"})

    assert titles(response) == {"Swap market"}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_is_read_only(client, story_index, method):
    page = story(story_index, "Offentliggjort")

    assert getattr(client, method)(PAGES).status_code == 405
    assert getattr(client, method)(f"{PAGES}{page.pk}/").status_code == 405


def test_api_answers_json_even_to_a_browser(client, home_page):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get(PAGES, HTTP_ACCEPT=browser)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    "query",
    [
        {"type": "stories.Findesikke"},
        {"fields": "findes_ikke"},
        {"fields": "title("},
        {"limit": "mange"},
        {"offset": "-1"},
        {"order": "findes_ikke"},
        {"child_of": "abc"},
        {"rich_text_format": "word"},
        {"ukendt": "1"},
        {"first_published_at": "i-går"},
    ],
)
def test_api_bad_input_is_a_client_error(client, home_page, query):
    assert client.get(PAGES, query).status_code == 400


def test_images_are_not_listed_on_their_own(client, home_page):
    assert client.get("/api/v2/images/").status_code == 404


@pytest.fixture
def story_api_fields(monkeypatch):
    """StoryPage.api_fields as stories.models will declare them."""
    monkeypatch.setattr(StoryPage, "api_fields", STORY_API_FIELDS, raising=False)


def test_story_fields_for_republishing(client, story_index, image, story_api_fields):
    nature = ThemeFactory(name="Natur og klima", slug="natur-og-klima")
    page = story(
        story_index,
        "Strandrensning",
        slug="strandrensning",
        lead="Naboer samlede affald.",
        byline="Mette Holm",
        hero_image=image,
        hero_image_alt="Frivillige på stranden",
        themes=[nature],
        tags=["strand"],
        press_contact_name="Jonas Presse",
        press_contact_phone="+45 12 34 56 78",
    )

    data = client.get(f"{PAGES}{page.pk}/").json()

    assert data["lead"] == "Naboer samlede affald."
    assert data["byline"] == "Mette Holm"
    assert data["themes"] == ["Natur og klima"]
    assert data["tags"] == ["strand"]
    assert data["hero_image"]["alt"] == "Frivillige på stranden"
    assert data["hero_image"]["credit"] == "Ishøj Kommune"
    assert data["hero_image"]["url"].startswith("http://testserver/media/images/")
    assert data["body"][0]["type"] == "paragraph"
    assert data["press_url"] == "http://localhost/gode-historier/strandrensning/press/"
    assert "Jonas Presse" not in str(data) and "12 34 56 78" not in str(data)


@pytest.mark.parametrize("query", [{"themes": "abc"}, {"story_date": "i-går"}])
def test_story_filter_with_a_bad_value_is_a_client_error(
    client, story_index, story_api_fields, query
):
    story(story_index, "Offentliggjort")

    assert client.get(PAGES, {"type": "stories.StoryPage", **query}).status_code == 400


def test_story_listing_with_fields(client, story_index, image, story_api_fields):
    story(story_index, "Uden billede")

    response = client.get(
        PAGES, {"type": "stories.StoryPage", "fields": "lead,story_date,hero_image,themes"}
    )

    [item] = response.json()["items"]
    assert item["hero_image"] is None
    assert item["themes"] == []
    assert item["story_date"]
