"""
The issue's "done when", on the demo site: a volunteer writes a story and submits it, an editor
approves it, and it is on the index, the home page, the feed, the API and in the press view — in
Danish, and in English once a translator has translated it with wagtail-localize.
"""

from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

import feedparser
import pytest

from demo.users import demo_password
from stories.models import StoryIndexPage, StoryPage

TITLE = "Lektiecaféen får nye frivillige"
ENGLISH_TITLE = "The homework café gets new volunteers"


@pytest.fixture
def demo_index(demo):
    """The session's demo (tests/conftest.py), at its Danish story index."""
    return StoryIndexPage.objects.get(locale=Locale.get_default())


def log_in(client, username):
    response = client.post("/admin/login/", {"username": username, "password": demo_password()})
    assert response.status_code == 302, username


def everywhere(client, story, index, home_url):
    """Where a resident, a feed reader, another site and a journalist find the story."""
    index_titles = [s.title for s in client.get(index.url).context["stories"]]
    home_html = client.get(home_url).content.decode()
    feed = feedparser.parse(client.get(index.url + "feed.xml").content)
    api = client.get(
        "/api/v2/pages/",
        {"type": "stories.StoryPage", "locale": story.locale.language_code, "title": story.title},
    ).json()
    assert "items" in api, api
    press = client.get(story.url + "press/")
    return {
        "index": story.title in index_titles,
        "home": story.title in home_html,
        "feed": story.title in [entry.title for entry in feed.entries],
        "api": story.title in [item["title"] for item in api["items"]],
        "press": press.status_code == 200 and story.title in press.content.decode(),
    }


def translate_into_english(client, story, capture_on_commit):
    """A translator's work in wagtail-localize: send for translation, translate, publish."""
    english = Locale.objects.get(language_code="en")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[story.pk]),
        {"locales": [english.pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=story.translation_key, target_locale=english
    )
    po = translation.export_po()
    english_text = {
        TITLE: ENGLISH_TITLE,
        "Frivillige hjælper med lektier hver tirsdag i Glashuset.": (
            "Volunteers help with homework every Tuesday in Glashuset."
        ),
    }
    for entry in po:
        entry.msgstr = english_text.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    with capture_on_commit(execute=True):  # wagtail-localize publishes once the edit is committed
        translation.save_target(publish=True)
    return story.get_translation(english)


def test_a_volunteer_story_reaches_every_channel_in_danish_and_english(
    client, demo_index, django_capture_on_commit_callbacks
):
    log_in(client, "frivillig")
    form = nested_form_data(
        {
            "title": TITLE,
            "slug": "lektiecafeen-faar-nye-frivillige",
            "lead": "Frivillige hjælper med lektier hver tirsdag i Glashuset.",
            "story_date": "2026-11-20",
            "body": streamfield([("paragraph", rich_text("<p>Alle børn er velkomne.</p>"))]),
            "tags": "lektiehjælp",
            "action-submit": "1",
        }
    )
    response = client.post(f"/admin/pages/add/stories/storypage/{demo_index.pk}/", form)
    assert response.status_code == 302
    story = StoryPage.objects.get(slug="lektiecafeen-faar-nye-frivillige")
    assert story.workflow_in_progress and not story.live

    client.logout()
    log_in(client, "redaktor")
    task_state = story.current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/", {})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live

    english_story = translate_into_english(client, story, django_capture_on_commit_callbacks)
    client.logout()

    assert everywhere(client, story, demo_index, "/") == dict.fromkeys(
        ["index", "home", "feed", "api", "press"], True
    )
    english_index = demo_index.get_translation(Locale.objects.get(language_code="en"))
    assert english_story.title == ENGLISH_TITLE and english_story.live
    assert everywhere(client, english_story, english_index, "/en/") == dict.fromkeys(
        ["index", "home", "feed", "api", "press"], True
    )
