"""
Every moderation action ends on a page the reviewer may open, with a message saying what it did:
approving, approving with a comment and requesting changes, for stories and events, from the
edit view and from the dashboard's action menu, as Redaktionen, Moderatorer and
Udviklingsagenter (who follow the queue but approve nothing). Through the real admin views.
"""

import json

from django.urls import reverse

from wagtail.models import WorkflowState

import pytest

from events.models import EventPage
from roles.definitions import DEVELOPMENT_AGENTS, EDITORS, MODERATORS, VOLUNTEERS
from stories.models import StoryPage
from tests.events.test_submissions import SLUG as EVENT_SLUG
from tests.events.test_submissions import event_form
from tests.stories.test_roles import member_of, story_form

DASHBOARD = "/admin/"
DENIED = "Beklager, du har ikke rettigheder til at tilgå dette område"
COMMENT = "Skriv gerne, hvornår der er åbent."
# The action's name in Wagtail, its extra data, and the message it ends with.
ACTIONS = {
    "approve": ("approve", {}, "er godkendt og udgivet."),
    "approve with comment": ("approve", {"comment": COMMENT}, "er godkendt og udgivet."),
    "request changes": (
        "reject",
        {"comment": COMMENT},
        "er sendt tilbage til forfatteren med en anmodning om ændringer.",
    ),
}


@pytest.fixture
def people(db):
    return {
        "redaktor": member_of(EDITORS, "redaktor"),
        "moderator": member_of(MODERATORS, "moderator"),
        "agent": member_of(DEVELOPMENT_AGENTS, "agent"),
        "frivillig": member_of(VOLUNTEERS, "frivillig"),
    }


@pytest.fixture(params=["story", "event"])
def kind(request):
    return request.param


@pytest.fixture
def form_for(kind, glashuset):
    """The edit form's data for the kind of page, with the given actions."""
    if kind == "story":
        return lambda **actions: story_form("Systuen syr til børnene", **actions)
    return lambda **actions: event_form(glashuset, title="Systuen syr til børnene", **actions)


@pytest.fixture
def submitted(client, kind, form_for, people, story_index, event_index):
    """A volunteer's story or event, sent to moderation through the add form."""
    index, model, slug = {
        "story": (story_index, StoryPage, "lektiecafeen-fylder-aar"),
        "event": (event_index, EventPage, EVENT_SLUG),
    }[kind]
    add_url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, index.pk]
    )
    client.force_login(people["frivillig"])
    response = client.post(add_url, form_for(**{"action-submit": "1"}))
    assert response.status_code == 302
    client.logout()
    page = model.objects.get(slug=slug)
    assert page.workflow_in_progress
    return page


def action_url(page, action_name):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action_name, task_state.pk])


def from_dashboard(client, page, action, with_javascript=True):
    """The dashboard's action menu: its script posts the action with the dashboard as `next`;
    without JavaScript, it is a plain POST."""
    action_name, data, _message = ACTIONS[action]
    if with_javascript:
        data = {**data, "next": DASHBOARD}
    return client.post(action_url(page, action_name), data, follow=True)


def from_edit_view(client, page, form_for, action):
    """The edit view's action button, which posts the whole edit form."""
    action_name, data, _message = ACTIONS[action]
    form = form_for(
        **{
            "action-workflow-action": "true",
            "workflow-action-name": action_name,
            "workflow-action-extra-data": json.dumps(data),
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form, follow=True)


def landed_on(response):
    assert response.status_code == 200
    return response.redirect_chain[-1][0]


def assert_done(page, action):
    page.refresh_from_db()
    state = WorkflowState.objects.for_instance(page).get()
    if action == "request changes":
        assert state.status == WorkflowState.STATUS_NEEDS_CHANGES and not page.live
    else:
        assert state.status == WorkflowState.STATUS_APPROVED and page.live


def said(response, action):
    html = response.content.decode()
    assert DENIED not in html
    return f"„Systuen syr til børnene“ {ACTIONS[action][2]}" in html


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("role", ["redaktor", "moderator"])
def test_action_from_the_dashboard_menu_returns_to_the_dashboard_with_a_message(
    client, people, submitted, role, action
):
    client.force_login(people[role])

    response = from_dashboard(client, submitted, action)

    assert landed_on(response) == DASHBOARD
    assert said(response, action)
    assert_done(submitted, action)


@pytest.mark.parametrize("action", list(ACTIONS))
def test_moderator_without_javascript_lands_on_the_dashboard(client, people, submitted, action):
    client.force_login(people["moderator"])

    response = from_dashboard(client, submitted, action, with_javascript=False)

    assert landed_on(response) == DASHBOARD
    assert said(response, action)
    assert_done(submitted, action)


@pytest.mark.parametrize("action", ["approve", "request changes"])
def test_redaktor_without_javascript_lands_on_the_edit_view(client, people, submitted, action):
    client.force_login(people["redaktor"])

    response = from_dashboard(client, submitted, action, with_javascript=False)

    assert landed_on(response) == reverse("wagtailadmin_pages:edit", args=[submitted.pk])
    assert said(response, action)
    assert_done(submitted, action)


def test_the_comment_dialog_is_told_to_go_to_the_dashboard(client, people, submitted):
    """Requesting changes from the dashboard opens a dialog; its answer says where to go next."""
    client.force_login(people["moderator"])
    _name, data, _message = ACTIONS["request changes"]

    response = client.post(
        action_url(submitted, "reject"),
        {**data, "next": DASHBOARD},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert response.json()["step"] == "success"
    assert response.json()["redirect"] == DASHBOARD
    assert said(client.get(DASHBOARD), "request changes")


@pytest.mark.parametrize("action", list(ACTIONS))
def test_moderator_acting_in_the_edit_view_lands_on_the_dashboard(
    client, people, submitted, form_for, action
):
    client.force_login(people["moderator"])

    response = from_edit_view(client, submitted, form_for, action)

    assert landed_on(response) == DASHBOARD
    assert said(response, action)
    assert_done(submitted, action)


@pytest.mark.parametrize("action", list(ACTIONS))
def test_redaktor_acting_in_the_edit_view_lands_in_the_explorer(
    client, people, submitted, form_for, action
):
    client.force_login(people["redaktor"])

    response = from_edit_view(client, submitted, form_for, action)

    assert landed_on(response) == reverse("wagtailadmin_explore", args=[submitted.get_parent().pk])
    assert said(response, action)
    assert_done(submitted, action)


def test_agent_sees_the_submission_but_is_offered_no_moderation_action(client, people, submitted):
    client.force_login(people["agent"])

    response = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk]))

    assert response.status_code == 200
    assert 'data-workflow-action-name="approve"' not in response.content.decode()
    assert 'data-workflow-action-name="reject"' not in response.content.decode()


@pytest.mark.parametrize("action", list(ACTIONS))
def test_agent_trying_an_action_is_told_no_and_nothing_happens(client, people, submitted, action):
    client.force_login(people["agent"])

    response = client.post(action_url(submitted, ACTIONS[action][0]), {"next": DASHBOARD})

    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    assert DENIED in client.get(DASHBOARD).content.decode()
    submitted.refresh_from_db()
    assert submitted.workflow_in_progress and not submitted.live
