"""
`load_demo` tells the proposal's good stories in every language, leaves a volunteer's draft in
the moderation queue and a user for each role. The tests read the session's demo (`demo`,
tests/conftest.py).
"""

from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision, WorkflowState

import pytest

from contributions.models import StoryTipPage, VolunteerSignupPage
from demo.users import DEFAULT_PASSWORD, DEMO_USERS
from roles.definitions import ALL_ROLES, VOLUNTEERS
from stories.dashboard import pages_in_moderation
from stories.models import StoryIndexPage, StoryPage

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "da"]


def danish_stories():
    return StoryPage.objects.live().filter(locale__language_code="da")


def test_a_story_index_in_every_language(demo):
    indexes = StoryIndexPage.objects.live()
    assert sorted(indexes.values_list("locale__language_code", flat=True)) == sorted(
        code for code, _name in settings.LANGUAGES
    )
    assert indexes.get(locale__language_code="da").slug == "gode-historier"


def test_at_least_eight_danish_stories_live_in_every_language(demo):
    stories = danish_stories()
    assert stories.count() >= 8
    for story in stories:
        translations = story.get_translations().live()
        languages = set(translations.values_list("locale__language_code", flat=True))
        assert languages == set(OTHER_LANGUAGES), story.title
        assert all(t.title != story.title for t in translations.specific()), story.title


def test_one_story_is_inspiration_from_elsewhere(demo):
    inspiration = danish_stories().get(is_inspiration=True)
    assert inspiration.inspiration_source_url.startswith("https://")


def test_editors_feature_two_stories_in_each_language(demo):
    for code in ["da", *OTHER_LANGUAGES]:
        featured = StoryPage.objects.live().filter(locale__language_code=code, featured=True)
        assert featured.count() == 2, code


def test_stories_carry_danish_themes_tags_and_press_contacts(demo):
    for story in StoryPage.objects.live().specific():
        assert story.tags.exists(), story.title
        assert story.themes.exists(), story.title
        assert {theme.locale.language_code for theme in story.themes.all()} == {"da"}
        assert story.press_contact_name and story.press_contact_role, story.title


def test_demo_stories_pass_validation(demo):
    for story in StoryPage.objects.specific():
        story.full_clean()


def test_volunteers_draft_waits_in_the_moderation_queue(demo):
    draft = StoryPage.objects.get(live=False)
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by.username == draft.owner.username == "frivillig"
    assert state.requested_by.groups.filter(name=VOLUNTEERS).exists()
    assert state in pages_in_moderation()
    assert not draft.get_translations().exists()


def test_residents_can_send_a_tip_or_offer_to_write_in_every_language(demo):
    for model in (StoryTipPage, VolunteerSignupPage):
        languages = model.objects.live().values_list("locale__language_code", flat=True)
        assert sorted(languages) == sorted(code for code, _name in settings.LANGUAGES)
        assert all(page.thank_you for page in model.objects.all())


def test_every_role_has_a_demo_user_who_can_log_in(demo, client):
    for demo in DEMO_USERS:
        user = get_user_model().objects.get(username=demo.username)
        assert list(user.groups.values_list("name", flat=True)) == [demo.role]
        assert user.has_perm("wagtailadmin.access_admin"), demo.username
        response = client.post(
            "/admin/login/", {"username": demo.username, "password": DEFAULT_PASSWORD}
        )
        assert response.status_code == 302, demo.username
        assert response["Location"] == "/admin/"
    assert sorted(demo.role for demo in DEMO_USERS) == sorted(ALL_ROLES)


def test_running_the_demo_again_creates_nothing(demo):
    def counts():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            WorkflowState.objects.count(),
            get_user_model().objects.count(),
        )

    before = counts()
    call_command("load_demo", stdout=StringIO())
    assert counts() == before


@pytest.mark.django_db
def test_ensure_demo_users_prints_each_role_and_password(monkeypatch):
    monkeypatch.delenv("DEMO_USERS_PASSWORD", raising=False)
    out = StringIO()
    call_command("ensure_demo_users", stdout=out)
    for demo in DEMO_USERS:
        assert f"{demo.username:<12}{demo.role:<20}{DEFAULT_PASSWORD}" in out.getvalue()


@pytest.mark.django_db
def test_demo_users_password_is_reset_only_on_request(monkeypatch):
    call_command("ensure_demo_users", stdout=StringIO())
    volunteer = get_user_model().objects.get(username="frivillig")
    volunteer.set_password("mit-eget-kodeord")
    volunteer.save()

    call_command("ensure_demo_users", stdout=StringIO())
    volunteer.refresh_from_db()
    assert volunteer.check_password("mit-eget-kodeord")

    monkeypatch.setenv("DEMO_USERS_PASSWORD", "nyt-demo-kodeord")
    call_command("ensure_demo_users", stdout=StringIO())
    volunteer.refresh_from_db()
    assert volunteer.check_password("nyt-demo-kodeord")
