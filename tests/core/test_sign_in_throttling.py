"""The admin's sign-in and password reset slow an attacker down and tell them nothing."""

import datetime
import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

import pytest
import time_machine
from axes.models import AccessAttempt

LOGIN_URL = "/admin/login/"
RESET_URL = "/admin/password_reset/"
PASSWORD = "rigtigt-kodeord-1"
PAUSED = "Log ind er sat på pause"  # the admin speaks Danish to visitors not signed in
NOON = datetime.datetime(2026, 12, 1, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redaktoer", "redaktoer@ishoj.dk", PASSWORD)


@pytest.fixture
def clock():
    with time_machine.travel(NOON, tick=False) as traveller:
        yield traveller


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def fail_until_paused(client, username, address="203.0.113.7", limit=5):
    for _attempt in range(limit):
        response = sign_in(client, username, "forkert-kodeord", address)
        if response.status_code == 429:
            return response
        assert response.status_code == 200
    return sign_in(client, username, "forkert-kodeord", address)


def without_tokens(html, username):
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    html = re.sub(r'"CSRF_TOKEN": "[^"]*"', "", html)
    return html.replace(username, "USERNAME")


def test_sign_in_pauses_after_five_failures_even_with_the_right_password(client, editor, clock):
    for _attempt in range(4):
        assert sign_in(client, "redaktoer", "forkert-kodeord").status_code == 200

    fifth = sign_in(client, "redaktoer", "forkert-kodeord")
    right_password = sign_in(client, "redaktoer", PASSWORD)

    assert fifth.status_code == 429
    assert right_password.status_code == 429
    assert PAUSED in right_password.content.decode()
    assert "sat på pause i 15 minutter" in right_password.content.decode()
    assert "_auth_user_id" not in client.session


def test_paused_page_is_in_the_admins_look(client, editor, clock):
    response = fail_until_paused(client, "redaktoer")

    assert response.status_code == 429
    html = response.content.decode()
    assert PAUSED in html
    assert 'class="login' in html
    assert "wagtailadmin/css/core.css" in html


def test_another_user_name_from_another_address_may_still_sign_in(client, editor, clock):
    get_user_model().objects.create_user("moderator", "m@ishoj.dk", PASSWORD, is_superuser=True)
    assert fail_until_paused(client, "redaktoer").status_code == 429

    response = sign_in(client, "moderator", PASSWORD, address="198.51.100.20")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_the_same_user_name_is_paused_from_every_address(client, editor, clock):
    assert fail_until_paused(client, "redaktoer").status_code == 429

    assert sign_in(client, "redaktoer", PASSWORD, address="198.51.100.20").status_code == 429


def test_the_same_address_is_paused_for_every_user_name(client, editor, clock):
    for number in range(5):
        sign_in(client, f"gaet-{number}", "forkert-kodeord")

    assert sign_in(client, "redaktoer", PASSWORD).status_code == 429


def test_existing_and_unknown_user_names_get_the_same_answers(client, editor, clock):
    def answers(username, address):
        responses = [sign_in(client, username, "forkert-kodeord", address) for _ in range(6)]
        return [
            (response.status_code, without_tokens(response.content.decode(), username))
            for response in responses
        ]

    existing = answers("redaktoer", "203.0.113.7")
    unknown = answers("findes-ikke", "198.51.100.20")

    assert [status for status, _html in existing] == [200, 200, 200, 200, 429, 429]
    assert existing == unknown


def test_sign_in_works_again_when_the_pause_is_over(client, editor, clock):
    assert fail_until_paused(client, "redaktoer").status_code == 429

    clock.shift(datetime.timedelta(minutes=14))
    assert sign_in(client, "redaktoer", PASSWORD).status_code == 429
    clock.shift(datetime.timedelta(minutes=16))
    response = sign_in(client, "redaktoer", PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@override_settings(AXES_FAILURE_LIMIT=2, AXES_COOLOFF_TIME=datetime.timedelta(minutes=1))
def test_limit_and_pause_are_configurable(client, editor, clock):
    sign_in(client, "redaktoer", "forkert-kodeord")
    paused = sign_in(client, "redaktoer", "forkert-kodeord")

    assert paused.status_code == 429
    assert "sat på pause i 1 minut." in paused.content.decode()
    clock.shift(datetime.timedelta(seconds=61))
    assert sign_in(client, "redaktoer", PASSWORD).status_code == 302


@override_settings(PUBLIC_FORM_CLIENT_IP_HEADER="HTTP_X_REAL_IP")
def test_behind_a_proxy_the_client_address_comes_from_the_proxys_header(client, editor, clock):
    for number in range(5):
        client.post(
            LOGIN_URL,
            {"username": f"gaet-{number}", "password": "x"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_REAL_IP="203.0.113.7",
        )

    other_resident = client.post(
        LOGIN_URL,
        {"username": "redaktoer", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_REAL_IP="198.51.100.20",
    )
    assert other_resident.status_code == 302


def request_reset(client, email, address="203.0.113.7"):
    return client.post(RESET_URL, {"email": email}, REMOTE_ADDR=address)


def test_password_reset_sends_mail_until_the_address_is_over_its_limit(client, editor):
    answers = [request_reset(client, "redaktoer@ishoj.dk").status_code for _ in range(6)]

    assert answers == [302, 302, 302, 302, 302, 429]
    assert len(mail.outbox) == 5


def test_password_reset_over_the_limit_says_so_and_keeps_the_address(client, editor):
    for _attempt in range(5):
        request_reset(client, "findes-ikke@ishoj.dk")

    response = request_reset(client, "redaktoer@ishoj.dk")

    assert response.status_code == 429
    html = response.content.decode()
    assert "for mange anmodninger om ny adgangskode" in html
    assert 'value="redaktoer@ishoj.dk"' in html
    assert mail.outbox == []


def test_password_reset_limit_is_per_address(client, editor):
    for _attempt in range(5):
        request_reset(client, "findes-ikke@ishoj.dk")

    assert request_reset(client, "redaktoer@ishoj.dk", address="198.51.100.20").status_code == 302
    assert len(mail.outbox) == 1


def test_password_reset_answers_the_same_for_unknown_addresses(client, editor):
    known = request_reset(client, "redaktoer@ishoj.dk")
    unknown = request_reset(client, "findes-ikke@ishoj.dk", address="198.51.100.20")

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])


def test_the_daily_clean_up_forgets_failed_sign_ins_once_their_pause_is_over(client, editor, clock):
    fail_until_paused(client, "redaktoer")
    call_command("forget_sign_in_failures", stdout=StringIO())
    assert AccessAttempt.objects.filter(username="redaktoer").exists()

    clock.shift(datetime.timedelta(minutes=16))
    call_command("forget_sign_in_failures", stdout=StringIO())

    assert not AccessAttempt.objects.exists()
