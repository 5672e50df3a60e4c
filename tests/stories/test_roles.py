"""
Who may do what with stories: every role against every action, through the real admin views.

The matrix is the issue's: Redaktionen do everything; development agents write and edit any
story but publish nothing; volunteers write and edit only their own drafts below the story
index; moderators approve what is submitted and write nothing themselves.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from roles.definitions import DEVELOPMENT_AGENTS, EDITORS, MODERATORS, VOLUNTEERS
from stories.factories import StoryPageFactory
from stories.models import StoryPage
from tests.conftest import assert_refused

ROLES = [EDITORS, DEVELOPMENT_AGENTS, VOLUNTEERS, MODERATORS]
ALLOWED = {
    # action:              Redaktionen, Udviklingsagenter, Frivillige, Moderatorer
    "view admin": (True, True, True, True),
    "create draft": (True, True, True, False),
    "edit own": (True, True, True, False),
    "edit others'": (True, True, False, False),
    "submit": (True, True, True, False),
    "approve": (True, False, False, True),
    "publish": (True, False, False, False),
    "unpublish": (True, False, False, False),
    "delete": (True, False, False, False),
    "manage users": (True, False, False, False),
    "reach settings": (False, False, False, False),
}


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.dk", "hemmeligt-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def story_form(title="Lektiecaféen fylder år", **actions):
    return nested_form_data(
        {
            "title": title,
            "slug": "lektiecafeen-fylder-aar",
            "lead": "Frivillige har hjulpet med lektier i ti år.",
            "story_date": "2026-05-01",
            "body": streamfield([("paragraph", rich_text("<p>Hver tirsdag i Glashuset.</p>"))]),
            "tags": "",
            **actions,
        }
    )


def fresh(page):
    return StoryPage.objects.filter(pk=page.pk).first()


def submitted(page, owner, client):
    """`page` sent to moderation by its owner, through the editor."""
    client.force_login(owner)
    client.post(f"/admin/pages/{page.pk}/edit/", story_form(page.title, **{"action-submit": "1"}))
    client.logout()
    return fresh(page)


def can_view_admin(client, user, index, author):
    return client.get("/admin/").status_code == 200


def can_create_draft(client, user, index, author):
    client.post(f"/admin/pages/add/stories/storypage/{index.pk}/", story_form())
    return StoryPage.objects.filter(slug="lektiecafeen-fylder-aar", owner=user).exists()


def _edits(client, page):
    response = client.post(f"/admin/pages/{page.pk}/edit/", story_form("Ny titel"))
    return (
        response.status_code == 302
        and fresh(page).get_latest_revision_as_object().title == "Ny titel"
    )


def can_edit_own(client, user, index, author):
    return _edits(client, StoryPageFactory(parent=index, live=False, owner=user))


def can_edit_others(client, user, index, author):
    return _edits(client, StoryPageFactory(parent=index, live=False, owner=author))


def can_submit(client, user, index, author):
    page = StoryPageFactory(parent=index, live=False, owner=user)
    client.post(f"/admin/pages/{page.pk}/edit/", story_form(**{"action-submit": "1"}))
    return fresh(page).workflow_in_progress


def can_approve(client, user, index, author):
    page = submitted(StoryPageFactory(parent=index, live=False, owner=author), author, client)
    client.force_login(user)
    task_state = page.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    return fresh(page).live


def can_publish(client, user, index, author):
    page = StoryPageFactory(parent=index, live=False, owner=user)
    client.post(f"/admin/pages/{page.pk}/edit/", story_form(**{"action-publish": "1"}))
    return fresh(page).live


def can_unpublish(client, user, index, author):
    page = StoryPageFactory(parent=index, owner=author)
    client.post(f"/admin/pages/{page.pk}/unpublish/")
    return not fresh(page).live


def can_delete(client, user, index, author):
    page = StoryPageFactory(parent=index, owner=author)
    client.post(f"/admin/pages/{page.pk}/delete/")
    return fresh(page) is None


def can_manage_users(client, user, index, author):
    return client.get("/admin/users/").status_code == 200


def can_reach_settings(client, user, index, author):
    return client.get("/admin/sites/").status_code == 200


ACTIONS = {
    "view admin": can_view_admin,
    "create draft": can_create_draft,
    "edit own": can_edit_own,
    "edit others'": can_edit_others,
    "submit": can_submit,
    "approve": can_approve,
    "publish": can_publish,
    "unpublish": can_unpublish,
    "delete": can_delete,
    "manage users": can_manage_users,
    "reach settings": can_reach_settings,
}

CELLS = [
    pytest.param(role, action, ALLOWED[action][column], id=f"{role}-{action}")
    for action in ALLOWED
    for column, role in enumerate(ROLES)
]


@pytest.mark.parametrize(("role", "action", "allowed"), CELLS)
def test_role_matrix(client, story_index, role, action, allowed):
    user = member_of(role, "prøvebruger")
    author = member_of(VOLUNTEERS, "forfatter")
    client.force_login(user)

    assert ACTIONS[action](client, user, story_index, author) is allowed


def test_volunteers_write_only_below_the_story_index(client, story_index, about_page):
    volunteer = member_of(VOLUNTEERS, "frivillig")
    client.force_login(volunteer)

    assert client.get(f"/admin/pages/add/stories/storypage/{story_index.pk}/").status_code == 200
    assert_refused(client.get(f"/admin/pages/add/home/standardpage/{about_page.pk}/", follow=True))
    assert_refused(client.get(f"/admin/pages/{about_page.pk}/edit/", follow=True))


def test_every_story_index_is_open_to_volunteers_in_every_language(
    client, translated_homes, story_index
):
    from tests.conftest import translate

    arabic_index = translate(story_index, "ar", title="قصص جيدة")
    client.force_login(member_of(VOLUNTEERS, "frivillig"))

    assert client.get(f"/admin/pages/add/stories/storypage/{arabic_index.pk}/").status_code == 200
    assert arabic_index.get_workflow().name == "Moderering"


def test_all_four_groups_exist_after_migrate(db):
    assert set(ROLES) <= set(Group.objects.values_list("name", flat=True))
    assert Page.objects.filter(depth=1).get().get_workflow().name == "Moderering"


def test_a_story_with_an_empty_body_is_sent_back_with_a_message(client, story_index):
    volunteer = member_of(VOLUNTEERS, "frivillig")
    client.force_login(volunteer)
    form = story_form(**{"action-submit": "1"})
    form["body-0-value"] = rich_text("<p></p>")

    response = client.post(f"/admin/pages/add/stories/storypage/{story_index.pk}/", form)

    assert response.status_code == 200
    errors = response.context["form"].errors["body"].as_data()
    assert "Skriv selve historien i brødteksten" in str(errors[0].messages)
    assert not StoryPage.objects.filter(slug="lektiecafeen-fylder-aar").exists()
