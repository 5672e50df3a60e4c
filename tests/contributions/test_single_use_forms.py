"""A public form's start time works once: a replayed post comes back with what was written."""

import re

from contributions.models import StoryTip, VolunteerSignup
from core.spam import form_started_token

from .conftest import signup_data, started_a_minute_ago, tip_data

ALREADY_SENT = "Formularen er allerede sendt én gang."


def started_token_in(html):
    return re.search(r'name="form_started" value="([^"]+)"', html).group(1)


def test_a_replayed_tip_comes_back_with_its_text_and_is_not_saved_twice(client, tip_page):
    token = started_a_minute_ago()
    assert client.post(tip_page.url, tip_data(form_started=token)).status_code == 302
    assert StoryTip.objects.count() == 1

    response = client.post(tip_page.url, tip_data(form_started=token, who="Ungerådet"))
    html = response.content.decode()
    assert response.status_code == 200
    assert StoryTip.objects.count() == 1
    assert ALREADY_SENT in html
    assert 'value="Ungerådet"' in html
    assert "Naboerne i Vejleåparken holdt loppemarked." in html
    assert started_token_in(html) != token


def test_one_token_serves_one_tip_however_often_it_is_replayed(client, tip_page):
    token = started_a_minute_ago()
    statuses = [
        client.post(tip_page.url, tip_data(form_started=token)).status_code for _ in "12345"
    ]
    assert statuses == [302, 200, 200, 200, 200]
    assert StoryTip.objects.count() == 1


def test_a_replayed_volunteer_request_is_not_saved_twice(client, signup_page):
    token = started_a_minute_ago()
    assert client.post(signup_page.url, signup_data(form_started=token)).status_code == 302
    response = client.post(signup_page.url, signup_data(form_started=token))
    assert response.status_code == 200
    assert ALREADY_SENT in response.content.decode()
    assert VolunteerSignup.objects.count() == 1


def test_a_token_used_on_one_form_is_used_on_every_form(client, tip_page, signup_page):
    token = started_a_minute_ago()
    assert client.post(tip_page.url, tip_data(form_started=token)).status_code == 302
    response = client.post(signup_page.url, signup_data(form_started=token))
    assert ALREADY_SENT in response.content.decode()
    assert not VolunteerSignup.objects.exists()


def test_a_form_sent_back_for_a_mistake_can_be_sent_with_its_fresh_token(
    client, tip_page, settings
):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    token = started_a_minute_ago()
    response = client.post(tip_page.url, tip_data(form_started=token, contact_email="amina"))
    assert response.status_code == 200
    assert not StoryTip.objects.exists()
    fresh = started_token_in(response.content.decode())
    assert fresh != token

    response = client.post(tip_page.url, tip_data(form_started=fresh))
    assert response.status_code == 302
    assert StoryTip.objects.get().contact_email == "amina@example.dk"


def test_the_form_sent_back_for_a_replay_can_be_sent(client, tip_page, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    token = started_a_minute_ago()
    client.post(tip_page.url, tip_data(form_started=token))
    replayed = client.post(tip_page.url, tip_data(form_started=token, who="Ungerådet"))
    fresh = started_token_in(replayed.content.decode())
    assert (
        client.post(tip_page.url, tip_data(form_started=fresh, who="Ungerådet")).status_code == 302
    )
    assert list(StoryTip.objects.values_list("who", flat=True)) == ["Ungerådet", "Beboerforeningen"]


def test_a_token_too_fast_or_forged_is_not_used_up(client, tip_page, settings):
    token = form_started_token()  # shown just now: too fast
    client.post(tip_page.url, tip_data(form_started=token))
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    assert client.post(tip_page.url, tip_data(form_started=token)).status_code == 302
    assert StoryTip.objects.count() == 1


def test_forms_shown_in_the_same_second_get_different_tokens():
    assert form_started_token(at=1_800_000_000) != form_started_token(at=1_800_000_000)
