"""
A volunteer's story goes through moderation: submitted, sent back with a comment, improved,
approved and published, with Wagtail's e-mails at every step.
"""

from wagtail.models import WorkflowState

import pytest

from roles.definitions import DEVELOPMENT_AGENTS, EDITORS, MODERATORS, VOLUNTEERS
from stories.models import StoryPage
from tests.stories.test_roles import member_of, story_form

COMMENT = "Skriv gerne, hvornår caféen holder åbent."


@pytest.fixture
def people(db):
    return {
        "volunteer": member_of(VOLUNTEERS, "frivillig"),
        "editor": member_of(EDITORS, "redaktor"),
        "moderator": member_of(MODERATORS, "moderator"),
        "agent": member_of(DEVELOPMENT_AGENTS, "agent"),
    }


def act(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment}
    )


def recipients(mailoutbox):
    return {address for mail in mailoutbox for address in mail.to}


def test_volunteer_story_from_draft_to_published(client, story_index, people, mailoutbox):
    volunteer, editor = people["volunteer"], people["editor"]
    add_url = f"/admin/pages/add/stories/storypage/{story_index.pk}/"

    client.force_login(volunteer)
    client.post(add_url, story_form("Barselscaféen", **{"action-submit": "1"}))
    page = StoryPage.objects.get(slug="lektiecafeen-fylder-aar")
    assert page.workflow_in_progress and not page.live
    assert {"redaktor@example.dk", "moderator@example.dk"} <= recipients(mailoutbox)

    mailoutbox.clear()
    client.force_login(editor)
    act(client, page, "reject", COMMENT)
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_volunteer = [mail for mail in mailoutbox if mail.to == ["frivillig@example.dk"]]
    assert to_volunteer and COMMENT in to_volunteer[0].body

    mailoutbox.clear()
    client.force_login(volunteer)
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        story_form("Barselscaféen åbner hver tirsdag", **{"action-submit": "1"}),
    )
    page.refresh_from_db()
    assert page.workflow_in_progress
    assert "redaktor@example.dk" in recipients(mailoutbox)

    mailoutbox.clear()
    client.force_login(editor)
    act(client, page, "approve")
    page.refresh_from_db()
    assert page.live and page.title == "Barselscaféen åbner hver tirsdag"
    assert "frivillig@example.dk" in recipients(mailoutbox)

    client.logout()
    index = client.get(story_index.url)
    assert "Barselscaféen åbner hver tirsdag" in [story.title for story in index.context["stories"]]


def test_moderator_approval_publishes(client, story_index, people):
    client.force_login(people["volunteer"])
    client.post(
        f"/admin/pages/add/stories/storypage/{story_index.pk}/",
        story_form(**{"action-submit": "1"}),
    )
    page = StoryPage.objects.get(slug="lektiecafeen-fylder-aar")

    client.force_login(people["moderator"])
    act(client, page, "approve")

    page.refresh_from_db()
    assert page.live


@pytest.mark.parametrize("role", ["editor", "moderator", "agent"])
def test_the_moderation_queue_is_on_the_dashboard(client, story_index, people, role):
    client.force_login(people["volunteer"])
    client.post(
        f"/admin/pages/add/stories/storypage/{story_index.pk}/",
        story_form("Systuen syr til børnene", **{"action-submit": "1"}),
    )

    client.force_login(people[role])
    html = client.get("/admin/").content.decode()

    assert "Systuen syr til børnene" in html
    assert "moderation-queue-heading" in html


def test_volunteers_do_not_see_the_whole_queue(client, story_index, people):
    client.force_login(people["volunteer"])
    assert "moderation-queue-heading" not in client.get("/admin/").content.decode()
