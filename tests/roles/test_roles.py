"""The editorial groups exist from the first migrate, and each may do what its role says."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import nested_form_data, rich_text

import pytest

from directory.models import OrganisationPage
from roles.definitions import DEVELOPMENT_AGENTS, EDITORS


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@ishoj.dk", "hemmeligt-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def organisation_form():
    return nested_form_data(
        {
            "title": "Ishøj Strikkeklub",
            "slug": "ishoj-strikkeklub",
            "kind": "association",
            "description": rich_text("<p>Vi strikker sammen.</p>"),
            "action-publish": "publish",
        }
    )


@pytest.mark.parametrize("group_name", [EDITORS, DEVELOPMENT_AGENTS])
def test_groups_exist_and_reach_the_admin(client, db, group_name):
    client.force_login(member_of(group_name, "bruger"))
    assert client.get("/admin/").status_code == 200


def test_editors_publish_organisations(client, directory):
    client.force_login(member_of(EDITORS, "redaktoer"))
    url = f"/admin/pages/add/directory/organisationpage/{directory.pk}/"
    response = client.post(url, organisation_form())
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{directory.pk}/"
    assert OrganisationPage.objects.get(slug="ishoj-strikkeklub").live


def test_development_agents_write_drafts_but_do_not_publish(client, directory):
    client.force_login(member_of(DEVELOPMENT_AGENTS, "agent"))
    url = f"/admin/pages/add/directory/organisationpage/{directory.pk}/"
    response = client.post(url, organisation_form())
    page = OrganisationPage.objects.get(slug="ishoj-strikkeklub")
    # Wagtail saves a draft instead of publishing, and opens it.
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_a_resident_without_a_role_cannot_reach_the_admin(client, db):
    client.force_login(get_user_model().objects.create_user("borger", "b@ishoj.dk", "x-1234567"))
    assert client.get("/admin/").status_code == 302
