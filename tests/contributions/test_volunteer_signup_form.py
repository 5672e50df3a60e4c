"""Residents ask to write as volunteers: good input is saved, bad input comes back kept."""

from django.test import Client

from contributions.models import StoryTip, VolunteerSignup
from core.spam import form_started_token

from .conftest import signup_data, tip_data


def send(client, page, data):
    return client.post(page.url, data)


def test_form_page_asks_for_name_email_and_organisation(client, signup_page):
    html = client.get(signup_page.url).content.decode()
    assert 'autocomplete="name"' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="organization"' in html
    assert "(valgfrit)" in html  # the association


def test_good_request_is_saved_and_thank_you_shown(client, signup_page):
    response = send(client, signup_page, signup_data())
    assert response.status_code == 302
    signup = VolunteerSignup.objects.get()
    assert (signup.name, signup.consent, signup.status) == ("Jonas Nielsen", True, "pending")
    assert "Sekretariatet vender tilbage" in client.get(response["Location"]).content.decode()


def test_consent_is_required(client, signup_page):
    data = signup_data()
    del data["consent"]
    html = send(client, signup_page, data).content.decode()
    assert not VolunteerSignup.objects.exists()
    assert "Giv dit samtykke, så vi må gemme din tilmelding." in html
    assert "Jeg vil gerne fortælle om foreningens arbejde." in html


def test_too_long_motivation_is_rejected_and_kept(client, signup_page):
    motivation = "Jeg skriver gerne. " * 60  # 1140 characters
    html = send(client, signup_page, signup_data(motivation=motivation)).content.decode()
    assert not VolunteerSignup.objects.exists()
    assert 'href="#id_motivation"' in html
    assert motivation.strip() in html


def test_too_long_name_is_rejected(client, signup_page):
    html = send(client, signup_page, signup_data(name="N" * 121)).content.decode()
    assert not VolunteerSignup.objects.exists()
    assert 'href="#id_name"' in html


def test_filled_honeypot_looks_accepted_but_saves_nothing(client, signup_page):
    response = send(client, signup_page, signup_data(website="spam"))
    assert response.status_code == 302
    assert not VolunteerSignup.objects.exists()


def test_form_sent_too_fast_comes_back_with_what_was_written(client, signup_page):
    response = send(client, signup_page, signup_data(form_started=form_started_token()))
    html = response.content.decode()
    assert "Vent et øjeblik, og send igen." in html
    assert 'value="jonas@example.dk"' in html
    assert not VolunteerSignup.objects.exists()


def test_rate_limit_sends_the_form_back_with_429(client, signup_page, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    assert send(client, signup_page, signup_data()).status_code == 302
    response = send(client, signup_page, signup_data(name="Sara Jensen"))
    assert response.status_code == 429
    assert 'value="Sara Jensen"' in response.content.decode()
    assert VolunteerSignup.objects.count() == 1


def test_each_form_has_its_own_rate_limit(client, signup_page, tip_page, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    assert send(client, tip_page, tip_data()).status_code == 302
    assert send(client, signup_page, signup_data()).status_code == 302
    assert StoryTip.objects.count() == VolunteerSignup.objects.count() == 1


def test_script_tags_come_back_as_text(client, signup_page):
    script = "<script>alert(1)</script>"
    data = signup_data(name=script, association=script, email="ikke-en-adresse")
    html = send(client, signup_page, data).content.decode()
    assert script not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_csrf_token_is_required(signup_page):
    client = Client(enforce_csrf_checks=True)
    assert client.post(signup_page.url, signup_data()).status_code == 403
    assert not VolunteerSignup.objects.exists()


def test_secretariat_is_told(client, signup_page, settings, mailoutbox):
    settings.SECRETARIAT_EMAIL = "sekretariat@ishoj.dk"
    send(client, signup_page, signup_data())
    signup = VolunteerSignup.objects.get()
    (mail,) = mailoutbox
    assert f"/admin/volunteer-requests/inspect/{signup.pk}/" in mail.body
    assert "Jonas" not in mail.body
