"""Editors read tips and volunteer requests in the admin and act on them."""

import re
from urllib.parse import urlparse

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.storage import storages

from wagtail.models import ModelLogEntry

import pytest

from contributions.factories import StoryTipFactory, VolunteerSignupFactory
from contributions.models import StoryTip, VolunteerSignup
from roles.definitions import VOLUNTEERS
from stories.models import StoryPage
from tests.conftest import assert_refused

from .conftest import photo

SCRIPT = '<script>alert("hej")</script>'


@pytest.fixture
def tip(db):
    return StoryTipFactory()


@pytest.fixture
def tip_with_photo(db):
    return StoryTipFactory(photo=photo(), photo_consent=True)


@pytest.fixture
def signup(db):
    return VolunteerSignupFactory(name="Sara Nour Jensen", email="sara@example.dk", language="en")


def test_editor_sees_tips_newest_first_and_filters_by_status(client, editor):
    StoryTipFactory(what_happened="Den ældste historie")
    StoryTipFactory(what_happened="Den nyeste historie")
    StoryTipFactory(what_happened="En afvist historie", status="dismissed")
    client.force_login(editor)
    html = client.get("/admin/tips/").content.decode()
    assert html.index("Den nyeste historie") < html.index("Den ældste historie")
    html = client.get("/admin/tips/", {"status": "new"}).content.decode()
    assert "Den nyeste historie" in html
    assert "En afvist historie" not in html


def test_editor_searches_tips(client, editor):
    StoryTipFactory(what_happened="Loppemarked i Vejleåparken")
    StoryTipFactory(what_happened="Fodboldturnering på Ishøj Stadion")
    client.force_login(editor)
    html = client.get("/admin/tips/", {"q": "loppemarked"}).content.decode()
    assert "Loppemarked i Vejleåparken" in html
    assert "Fodboldturnering" not in html


def test_tips_cannot_be_added_or_edited_in_the_admin(client, editor, tip):
    client.force_login(editor)
    assert client.get("/admin/tips/new/").status_code == 404
    assert client.get(f"/admin/tips/edit/{tip.pk}/").status_code == 404


def test_inspect_view_shows_script_tags_as_text(client, editor):
    tip = StoryTipFactory(what_happened=SCRIPT, who=SCRIPT)
    client.force_login(editor)
    html = client.get(f"/admin/tips/inspect/{tip.pk}/").content.decode()
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&quot;hej&quot;)&lt;/script&gt;" in html


def test_volunteer_cannot_see_tips(client, volunteer, tip):
    client.force_login(volunteer)
    for url in ["/admin/tips/", f"/admin/tips/inspect/{tip.pk}/"]:
        assert_refused(client.get(url, follow=True))
    assert "/admin/tips/" not in client.get("/admin/").content.decode()


def test_photo_is_shown_only_to_those_who_may_read_tips(client, editor, volunteer, tip_with_photo):
    url = f"/admin/tips/photo/{tip_with_photo.pk}/"
    assert client.get(url).status_code == 302  # to the login
    client.force_login(volunteer)
    assert_refused(client.get(url, follow=True))
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "private" in response["Cache-Control"]


def test_editor_turns_a_tip_into_a_draft_story(client, editor, danish_story_index):
    tip = StoryTipFactory(what_happened=f"Loppemarked i Vejleåparken\n{SCRIPT}")
    client.force_login(editor)
    response = client.post(f"/admin/tips/make-story/{tip.pk}/")
    page = StoryPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live
    assert page.owner == editor
    assert page.get_parent().specific == danish_story_index
    assert page.title == "Loppemarked i Vejleåparken"
    assert SCRIPT in page.lead  # plain text, escaped where it is shown
    body = str(page.body[0].value)
    assert "&lt;script&gt;" in body and "<script>" not in body
    assert "Beboerforeningen i Vejleåparken" in body
    assert (page.press_contact_name, page.press_contact_email) == ("", "")
    assert page.get_latest_revision().user == editor
    tip.refresh_from_db()
    assert (tip.status, tip.story_id) == ("story", page.pk)
    assert client.get(response["Location"]).status_code == 200


def test_consented_photo_becomes_the_drafts_hero_image(
    client, editor, danish_story_index, tip_with_photo
):
    client.force_login(editor)
    response = client.post(f"/admin/tips/make-story/{tip_with_photo.pk}/")
    page = StoryPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    draft = page.get_latest_revision_as_object()
    # The editor must describe the photo and name its photographer before saving.
    assert (draft.hero_image.credit, draft.hero_image_credit, draft.hero_image_alt) == ("", "", "")


def test_without_a_danish_story_index_no_story_is_made(client, editor, home_page, tip):
    client.force_login(editor)
    response = client.post(f"/admin/tips/make-story/{tip.pk}/", follow=True)
    assert "Der er ingen dansk historieoversigt" in response.content.decode()
    tip.refresh_from_db()
    assert tip.status == "new"


def test_make_story_asks_first_and_acts_only_on_post(client, editor, danish_story_index, tip):
    client.force_login(editor)
    html = client.get(f"/admin/tips/make-story/{tip.pk}/").content.decode()
    assert 'method="post"' in html
    assert not StoryPage.objects.exists()


def test_a_tip_becomes_one_story_only(client, editor, danish_story_index, tip):
    client.force_login(editor)
    client.post(f"/admin/tips/make-story/{tip.pk}/")
    client.post(f"/admin/tips/make-story/{tip.pk}/")
    assert StoryPage.objects.count() == 1


def test_moderator_reads_and_dismisses_tips_but_makes_no_story(
    client, moderator, danish_story_index, tip
):
    client.force_login(moderator)
    html = client.get(f"/admin/tips/inspect/{tip.pk}/").content.decode()
    assert "/admin/tips/dismiss/" in html
    assert "/admin/tips/make-story/" not in html
    assert_refused(client.post(f"/admin/tips/make-story/{tip.pk}/", follow=True))
    assert not StoryPage.objects.exists()
    response = client.post(f"/admin/tips/dismiss/{tip.pk}/")
    assert response.status_code == 302
    tip.refresh_from_db()
    assert tip.status == "dismissed"


def test_moderator_cannot_see_volunteer_requests(client, moderator, signup):
    client.force_login(moderator)
    assert_refused(client.get("/admin/volunteer-requests/", follow=True))


def test_deleting_a_tip_deletes_its_photo_and_keeps_no_text_in_the_log(
    client, editor, tip_with_photo
):
    name = tip_with_photo.photo.name
    assert storages["private"].exists(name)
    client.force_login(editor)
    response = client.post(f"/admin/tips/delete/{tip_with_photo.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/tips/"
    assert not StoryTip.objects.exists()
    assert not storages["private"].exists(name)
    entry = ModelLogEntry.objects.get(action="wagtail.delete")
    assert "Naboerne" not in entry.label


def test_approving_a_request_makes_a_volunteer_who_chooses_a_password(
    client, editor, signup, mailoutbox
):
    client.force_login(editor)
    response = client.post(f"/admin/volunteer-requests/approve/{signup.pk}/")
    assert response.status_code == 302
    signup.refresh_from_db()
    user = signup.user
    assert signup.status == "approved"
    assert (user.username, user.email) == ("sara@example.dk", "sara@example.dk")
    assert (user.first_name, user.last_name) == ("Sara Nour", "Jensen")
    assert not user.has_usable_password()
    assert list(user.groups.all()) == [Group.objects.get(name=VOLUNTEERS)]

    (mail,) = mailoutbox
    assert mail.to == ["sara@example.dk"]
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", mail.body)
    client.logout()
    response = client.get(link.group(1), follow=True)
    html = response.content.decode()
    assert 'name="new_password1"' in html
    assert urlparse(response.redirect_chain[-1][0]).path.endswith("/set-password/")


def test_approval_is_refused_when_the_address_has_an_account(client, editor, signup, mailoutbox):
    User = get_user_model()
    User.objects.create_user("sara", "SARA@example.dk", "hemmeligt-1")
    client.force_login(editor)
    response = client.post(f"/admin/volunteer-requests/approve/{signup.pk}/", follow=True)
    assert response.redirect_chain == [(f"/admin/volunteer-requests/inspect/{signup.pk}/", 302)]
    messages = [str(message) for message in response.context["messages"]]
    assert "Der findes allerede en konto med denne e-mailadresse." in "".join(messages)
    signup.refresh_from_db()
    assert signup.status == "pending"
    assert User.objects.filter(email__iexact="sara@example.dk").count() == 1
    assert mailoutbox == []


def test_nothing_is_kept_when_the_welcome_cannot_be_sent(client, editor, signup, monkeypatch):
    def broken_mail_server(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("contributions.notifications.send_mail", broken_mail_server)
    client.force_login(editor)
    response = client.post(f"/admin/volunteer-requests/approve/{signup.pk}/", follow=True)
    assert response.redirect_chain == [(f"/admin/volunteer-requests/inspect/{signup.pk}/", 302)]
    messages = [str(message) for message in response.context["messages"]]
    assert "E-mailen kunne ikke sendes, så der er ikke oprettet nogen konto." in "".join(messages)
    signup.refresh_from_db()
    assert signup.status == "pending"
    assert not get_user_model().objects.filter(email="sara@example.dk").exists()


def test_rejecting_a_request_deletes_it_and_its_personal_data(client, editor, signup):
    client.force_login(editor)
    response = client.post(f"/admin/volunteer-requests/reject/{signup.pk}/")
    assert response.status_code == 302
    assert not VolunteerSignup.objects.exists()
    entry = ModelLogEntry.objects.get(action="wagtail.delete")
    assert "Sara" not in entry.label


def test_dashboard_counts_new_tips_and_waiting_requests(client, editor, tip, signup):
    StoryTipFactory()
    StoryTipFactory(status="dismissed")
    VolunteerSignupFactory(status="approved", email="jonas@example.dk")
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "Nye tip og tilmeldinger fra frivillige" in html
    rows = re.findall(r'<th scope="row"><a href="([^"]+)">([^<]+)</a></th>\s*<td>(\d+)</td>', html)
    assert rows == [
        ("/admin/tips/?status=new", "Nye tip", "2"),
        ("/admin/volunteer-requests/?status=pending", "Ventende tilmeldinger fra frivillige", "1"),
    ]


def test_dashboard_panel_is_hidden_from_volunteers(client, volunteer, tip):
    client.force_login(volunteer)
    assert "Nye tip og tilmeldinger fra frivillige" not in client.get("/admin/").content.decode()


def test_tip_without_a_photo_has_none_to_show(client, editor, tip):
    client.force_login(editor)
    assert client.get(f"/admin/tips/photo/{tip.pk}/").status_code == 404


def test_inspect_view_shows_the_photo_through_the_protected_view(client, editor, tip_with_photo):
    client.force_login(editor)
    html = client.get(f"/admin/tips/inspect/{tip_with_photo.pk}/").content.decode()
    assert f'src="/admin/tips/photo/{tip_with_photo.pk}/"' in html
    assert "/media/tips/" not in html
