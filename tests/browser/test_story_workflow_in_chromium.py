"""
The issue's moderation flow on the demo, through the real Wagtail admin in Chromium: the demo
volunteer writes a story and submits it, an editor asks for a change with a comment, the volunteer fixes it and
submits again, the editor approves, and residents read the story.
"""

import re

from django.contrib.auth import get_user_model
from django.core import mail

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from demo.users import demo_password
from stories.models import StoryIndexPage, StoryPage

pytestmark = pytest.mark.browser

COMMENT = "Skriv gerne, hvornår værkstedet holder åbent."


@pytest.fixture
def story_index(demo_db, settings):
    """The demo's Danish story index, where the demo volunteer writes."""
    # Wagtail's autosave would race the test's clicks; the flow is the same without it.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    return StoryIndexPage.objects.get(locale=Locale.get_default())


def log_in(browser, demo_server, username):
    page = browser.new_context(base_url=demo_server.url).new_page()
    page.set_default_timeout(15_000)
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", demo_password())
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return page


def footer_action(page, name):
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()


def test_volunteer_story_goes_through_moderation_to_the_site(
    browser, demo_server, story_index, mailoutbox
):
    volunteer = log_in(browser, demo_server, "frivillig")
    volunteer.goto(f"/admin/pages/add/stories/storypage/{story_index.pk}/")
    volunteer.fill("#id_title", "Cykelværkstedet i Vejleåparken")
    volunteer.fill("#id_lead", "Unge frivillige lapper cykler for naboerne.")
    volunteer.click("#body-root button[title='Insert a block']")
    volunteer.get_by_role("option", name="Tekst").click()
    paragraph = volunteer.locator("#body-root [contenteditable=true]").first
    paragraph.click()
    volunteer.keyboard.type("Værkstedet ligger ved Glashuset.")
    # Draftail writes what was typed to its form field a moment later: wait for it, as a person would.
    expect(volunteer.locator("[name=body-0-value]")).to_have_value(
        re.compile("ligger ved Glashuset")
    )
    volunteer.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with volunteer.expect_navigation():
        volunteer.locator("footer button[name=action-submit]").click()
    story = StoryPage.objects.get(title="Cykelværkstedet i Vejleåparken")
    assert story.workflow_in_progress and not story.live

    editor = log_in(browser, demo_server, "redaktor")
    queue = editor.locator("section[aria-labelledby=moderation-queue-heading]")
    queue.get_by_role("link", name="Cykelværkstedet i Vejleåparken").click()
    editor.locator("footer [data-w-dropdown-target=toggle]").first.click()
    editor.get_by_role("button", name="Request changes").click()
    editor.fill(".modal textarea", COMMENT)
    editor.locator(".modal button[type=submit]").click()
    expect(editor.locator(".messages")).to_contain_text("Cykelværkstedet i Vejleåparken")
    story.refresh_from_db()
    assert story.current_workflow_state.status == "needs_changes"
    volunteer_email = get_user_model().objects.get(username="frivillig").email
    to_volunteer = [m for m in mail.outbox if m.to == [volunteer_email]]
    assert to_volunteer and COMMENT in to_volunteer[-1].body

    volunteer.goto(f"/admin/pages/{story.pk}/edit/")
    volunteer.fill("#id_lead", "Unge frivillige lapper cykler hver onsdag kl. 16–19.")
    volunteer.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with volunteer.expect_navigation():
        volunteer.locator("footer button[name=action-submit]").click()
    story.refresh_from_db()
    assert story.workflow_in_progress

    editor.goto(f"/admin/pages/{story.pk}/edit/")
    footer_action(editor, re.compile(r"^Godkend og "))
    story.refresh_from_db()
    assert story.live

    reader = browser.new_context(base_url=demo_server.url).new_page()
    reader.goto(story_index.url)
    reader.get_by_role("link", name="Cykelværkstedet i Vejleåparken").click()
    expect(reader.locator(".lead")).to_have_text(
        "Unge frivillige lapper cykler hver onsdag kl. 16–19."
    )
