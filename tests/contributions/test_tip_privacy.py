"""
A tipster's name, phone and e-mail are used only to ask about the tip, as the form promises: a
story made from the tip and published shows them nowhere public, and editors find them in the tip.
"""

import pytest

from contributions.factories import StoryTipFactory
from roles.definitions import DEVELOPMENT_AGENTS
from stories.models import StoryPage

from .conftest import member_of, photo

TIPSTER = {
    "contact_name": "Amina Hassan",
    "contact_email": "amina.hassan@example.dk",
    "contact_phone": "+45 22 33 44 55",
}


@pytest.fixture
def tip(db):
    return StoryTipFactory(photo=photo(), photo_consent=True, **TIPSTER)


@pytest.fixture
def published_story(client, editor, danish_story_index, tip):
    """The editor makes a draft from the tip, describes and credits the photo and publishes."""
    client.force_login(editor)
    response = client.post(f"/admin/tips/make-story/{tip.pk}/")
    assert response.status_code == 302
    draft = StoryPage.objects.get().get_latest_revision_as_object()
    draft.hero_image_alt = "Borde med legetøj og tøj i Vejleåparken"
    draft.hero_image_credit = "Vores Ishøj"
    draft.full_clean()
    draft.save_revision(user=editor).publish(user=editor)
    client.logout()
    return StoryPage.objects.get()


def test_draft_from_a_tip_has_no_press_contact_and_no_photo_credit(published_story):
    assert published_story.live
    assert (
        published_story.press_contact_name,
        published_story.press_contact_phone,
        published_story.press_contact_email,
    ) == ("", "", "")
    assert published_story.hero_image.credit == ""


def public_responses(client, story, index):
    urls = [
        story.url,
        index.url,
        "/",
        f"{index.url}feed.xml",
        f"/api/v2/pages/{story.pk}/?fields=*",
        "/api/v2/pages/?type=stories.StoryPage&fields=*",
        f"{story.url}press/",
        f"{story.url}press.txt",
        "/search/?q=loppemarked",
    ]
    return {url: client.get(url) for url in urls}


def test_tipsters_details_are_on_no_public_page_feed_api_or_press_file(
    client, published_story, danish_story_index
):
    for url, response in public_responses(client, published_story, danish_story_index).items():
        assert response.status_code == 200, url
        text = response.content.decode()
        assert published_story.title in text, url
        for detail in TIPSTER.values():
            assert detail not in text, (url, detail)
        assert "22 33 44 55" not in text, url


def test_editor_finds_the_tipster_through_the_storys_header(client, editor, published_story, tip):
    client.force_login(editor)
    html = client.get(f"/admin/pages/{published_story.pk}/edit/").content.decode()
    assert f'href="/admin/tips/inspect/{tip.pk}/"' in html
    assert "Tippet bag historien" in html

    tip_html = client.get(f"/admin/tips/inspect/{tip.pk}/").content.decode()
    for detail in TIPSTER.values():
        assert detail in tip_html


def test_who_may_not_read_tips_is_not_led_to_the_tip(client, published_story, tip):
    agent = member_of(DEVELOPMENT_AGENTS, "agent")
    client.force_login(agent)
    response = client.get(f"/admin/pages/{published_story.pk}/edit/")
    assert response.status_code == 200
    assert "/admin/tips/inspect/" not in response.content.decode()
