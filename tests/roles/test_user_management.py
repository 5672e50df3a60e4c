"""Redaktionen manage the accounts of volunteers, agents and moderators — and cannot make
anyone an administrator or an editor."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from roles.definitions import EDITORS, MODERATORS, VOLUNTEERS
from tests.conftest import assert_refused
from tests.stories.test_roles import member_of


@pytest.fixture
def editor_client(client, db):
    client.force_login(member_of(EDITORS, "redaktor"))
    return client


def new_user_form(**fields):
    return {
        "username": "ny-frivillig",
        "email": "ny@example.dk",
        "first_name": "Amina",
        "last_name": "Yusuf",
        "password1": "et-langt-kodeord-42",
        "password2": "et-langt-kodeord-42",
        **fields,
    }


def test_editor_adds_a_volunteer(editor_client):
    volunteers = Group.objects.get(name=VOLUNTEERS)
    response = editor_client.post("/admin/users/new/", new_user_form(groups=[volunteers.pk]))

    assert response.status_code == 302
    assert response["Location"] == "/admin/users/"
    user = get_user_model().objects.get(username="ny-frivillig")
    assert list(user.groups.values_list("name", flat=True)) == [VOLUNTEERS]


def test_editor_cannot_create_an_administrator(editor_client):
    response = editor_client.post("/admin/users/new/", new_user_form(is_superuser="on"))

    # The account is made, as an ordinary user: the form has no administrator choice for them.
    assert response.status_code == 302
    user = get_user_model().objects.get(username="ny-frivillig")
    assert not user.is_superuser


def test_editor_cannot_make_someone_an_editor(editor_client):
    editors = Group.objects.get(name=EDITORS)
    response = editor_client.post("/admin/users/new/", new_user_form(groups=[editors.pk]))

    assert not get_user_model().objects.filter(username="ny-frivillig").exists()
    assert response.status_code == 200  # the form again, with the choice refused
    form_groups = response.context["form"].fields["groups"].queryset
    assert EDITORS not in {group.name for group in form_groups}


def test_editor_cannot_edit_another_editor_or_an_administrator(editor_client):
    other_editor = member_of(EDITORS, "anden-redaktor")
    admin = get_user_model().objects.create_superuser("admin", "admin@example.dk", "x-1234567")

    for account in (other_editor, admin):
        assert_refused(editor_client.get(f"/admin/users/edit/{account.pk}/", follow=True))
        assert_refused(editor_client.post(f"/admin/users/delete/{account.pk}/", follow=True))
        assert get_user_model().objects.filter(pk=account.pk).exists()


def test_editor_edits_a_moderator(editor_client):
    moderator = member_of(MODERATORS, "moderator")
    moderators = Group.objects.get(name=MODERATORS)
    assert editor_client.get(f"/admin/users/edit/{moderator.pk}/").status_code == 200

    response = editor_client.post(
        f"/admin/users/edit/{moderator.pk}/",
        {
            "username": "moderator",
            "email": "louise@example.dk",
            "first_name": "Louise",
            "last_name": "Mortensen",
            "is_active": "on",
            "groups": [moderators.pk],
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/users/"
    moderator.refresh_from_db()
    assert (moderator.email, moderator.get_full_name()) == ("louise@example.dk", "Louise Mortensen")
    assert list(moderator.groups.values_list("name", flat=True)) == [MODERATORS]
