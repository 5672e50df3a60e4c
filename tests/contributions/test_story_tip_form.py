"""Residents tip the editors about a story: good input is saved, bad input comes back kept."""

import time

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

import pytest

from contributions.models import StoryTip, StoryTipPage, VolunteerSignupPage
from core.spam import form_started_token

from ..conftest import translate
from .conftest import photo, tip_data


def send(client, page, data):
    return client.post(page.url, data)


def test_form_page_shows_an_accessible_form(client, tip_page):
    html = client.get(tip_page.url).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="name"' in html
    assert '<label for="id_what_happened">' in html
    assert 'aria-describedby="id_what_happened_helptext"' in html
    assert 'aria-hidden="true"' in html and 'tabindex="-1"' in html  # the spam trap


def test_good_tip_is_saved_and_thank_you_shown(client, tip_page):
    response = send(client, tip_page, tip_data())
    assert response.status_code == 302
    assert response["Location"] == f"{tip_page.url}?sent=1"
    tip = StoryTip.objects.get()
    assert (tip.contact_name, tip.language, tip.status) == ("Amina Hassan", "da", "new")
    html = client.get(response["Location"]).content.decode()
    assert "Tak for dit tip!" in html
    assert 'role="status"' in html


def test_too_long_text_is_rejected_and_what_was_written_kept(client, tip_page):
    story = "Et langt tip. " * 250  # 3500 characters
    response = send(client, tip_page, tip_data(what_happened=story, who="Sekretariatet"))
    html = response.content.decode()
    assert response.status_code == 200
    assert not StoryTip.objects.exists()
    assert 'role="alert"' in html
    assert 'href="#id_what_happened"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_what_happened_helptext id_what_happened_error"' in html
    assert 'id="id_what_happened_error"' in html
    assert story.strip() in html
    assert 'value="Sekretariatet"' in html


def test_photo_with_consent_is_stored_under_a_name_no_one_can_guess(client, tip_page):
    response = send(client, tip_page, tip_data(photo=photo(), photo_consent="on"))
    assert response.status_code == 302
    tip = StoryTip.objects.get()
    assert tip.photo_consent
    assert tip.photo.name.startswith("tips/")
    assert "billede" not in tip.photo.name
    assert tip.photo.name.endswith(".jpg")


@pytest.mark.parametrize(
    "upload",
    [
        pytest.param(lambda: photo("PNG", name="tegning.jpg"), id="png-named-jpg"),
        pytest.param(lambda: photo("WEBP", name="foto.webp"), id="webp"),
    ],
)
def test_png_and_webp_photos_are_accepted(client, tip_page, upload):
    assert send(client, tip_page, tip_data(photo=upload())).status_code == 302
    assert StoryTip.objects.get().photo.name.startswith("tips/")


@pytest.mark.parametrize(
    "upload",
    [
        pytest.param(
            lambda: SimpleUploadedFile("billede.jpg", b"Det er bare tekst.\n", "image/jpeg"),
            id="text-named-jpg",
        ),
        pytest.param(lambda: photo("GIF", name="animation.gif"), id="gif"),
        pytest.param(lambda: photo("GIF", name="forkleedt.jpg"), id="gif-named-jpg"),
    ],
)
def test_photo_of_another_type_is_rejected_with_the_allowed_types(client, tip_page, upload):
    response = send(client, tip_page, tip_data(photo=upload()))
    html = response.content.decode()
    assert response.status_code == 200
    assert not StoryTip.objects.exists()
    assert "Billedet skal være i formatet JPEG, PNG eller WebP." in html
    assert "Naboerne i Vejleåparken holdt loppemarked." in html


def test_too_large_photo_is_rejected_with_the_limit(client, tip_page, settings):
    settings.STORY_TIP_MAX_PHOTO_BYTES = 1000
    response = send(client, tip_page, tip_data(photo=photo(size=(400, 300))))
    html = response.content.decode()
    assert not StoryTip.objects.exists()
    assert "det må højst fylde 1000\xa0bytes" in html


def test_good_photo_must_be_chosen_again_when_the_form_comes_back(client, tip_page):
    response = send(client, tip_page, tip_data(photo=photo(), contact_email="ikke-en-adresse"))
    html = response.content.decode()
    assert not StoryTip.objects.exists()
    assert "Vælg billedet igen." in html
    assert 'href="#id_photo"' in html


def test_filled_honeypot_looks_accepted_but_saves_nothing(client, tip_page):
    response = send(client, tip_page, tip_data(website="https://spam.example"))
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    assert not StoryTip.objects.exists()


def test_form_sent_too_fast_comes_back_with_what_was_written(client, tip_page):
    response = send(client, tip_page, tip_data(form_started=form_started_token()))
    html = response.content.decode()
    assert response.status_code == 200
    assert not StoryTip.objects.exists()
    assert "Vent et øjeblik, og send igen." in html
    assert "Naboerne i Vejleåparken holdt loppemarked." in html
    assert 'value="amina@example.dk"' in html


@pytest.mark.parametrize("token", ["", "1700000000:forfalsket"])
def test_form_without_a_valid_start_time_comes_back(client, tip_page, token):
    response = send(client, tip_page, tip_data(form_started=token))
    assert "Vent et øjeblik, og send igen." in response.content.decode()
    assert not StoryTip.objects.exists()


def test_form_open_for_days_comes_back(client, tip_page):
    two_days_ago = form_started_token(time.time() - 2 * 24 * 60 * 60)
    response = send(client, tip_page, tip_data(form_started=two_days_ago))
    assert "Formularen har været åben længe." in response.content.decode()
    assert not StoryTip.objects.exists()


def test_rate_limit_sends_the_form_back_with_429(client, tip_page, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 2
    for _ in range(2):
        assert send(client, tip_page, tip_data()).status_code == 302
    response = send(client, tip_page, tip_data(who="Ungerådet"))
    html = response.content.decode()
    assert response.status_code == 429
    assert "Du har sendt formularen mange gange på kort tid." in html
    assert 'value="Ungerådet"' in html
    assert StoryTip.objects.count() == 2


def test_rate_limit_is_per_client(client, tip_page, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    assert send(client, tip_page, tip_data()).status_code == 302
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post(tip_page.url, tip_data()).status_code == 302
    assert StoryTip.objects.count() == 2


def test_script_tags_come_back_as_text(client, tip_page):
    script = '<script>alert("hej")</script>'
    response = send(client, tip_page, tip_data(who=script, what_happened=script, contact_email="x"))
    html = response.content.decode()
    assert script not in html
    assert "&lt;script&gt;alert(&quot;hej&quot;)&lt;/script&gt;" in html


def test_csrf_token_is_required(tip_page):
    client = Client(enforce_csrf_checks=True)
    assert client.post(tip_page.url, tip_data()).status_code == 403
    assert not StoryTip.objects.exists()


def test_tip_remembers_the_language_it_was_written_in(client, translated_homes, tip_page):
    turkish = translate(tip_page, "tr")
    assert client.post(turkish.url, tip_data()).status_code == 302
    assert StoryTip.objects.get().language == "tr"


def test_arabic_form_page_is_right_to_left(client, translated_homes, tip_page):
    arabic = translate(tip_page, "ar")
    assert '<html lang="ar" dir="rtl">' in client.get(arabic.url).content.decode()


def test_secretariat_is_told_without_personal_data(client, tip_page, settings, mailoutbox):
    settings.SECRETARIAT_EMAIL = "sekretariat@ishoj.dk"
    assert send(client, tip_page, tip_data()).status_code == 302
    (mail,) = mailoutbox
    tip = StoryTip.objects.get()
    assert mail.to == ["sekretariat@ishoj.dk"]
    assert f"http://testserver/admin/tips/inspect/{tip.pk}/" in mail.body
    assert "Amina" not in mail.body


def test_nobody_is_told_without_a_secretariat_address(client, tip_page, mailoutbox):
    assert send(client, tip_page, tip_data()).status_code == 302
    assert StoryTip.objects.count() == 1
    assert mailoutbox == []


def test_editors_place_one_tip_page_under_each_home_page(home_page, tip_page):
    assert StoryTipPage in home_page.specific_class.allowed_subpage_models()
    assert VolunteerSignupPage.can_create_at(home_page)
    assert not StoryTipPage.can_create_at(home_page)  # there is one already
