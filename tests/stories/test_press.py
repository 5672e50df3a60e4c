"""The press kit of a story: print-ready page, plain text, and the editors' zip of its images."""

import io
import zipfile

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupPagePermission, PageViewRestriction

import pytest

from home.factories import ImageFactory
from stories.factories import StoryPageFactory
from tests.conftest import story, translate

QUOTE = {
    "type": "quote",
    "value": {"quote": "Her fandt jeg nye venner.", "name": "Sara Ali", "role": "mor til Ali"},
}
PRESS_CONTACT = {
    "press_contact_name": "Jonas Presse",
    "press_contact_role": "kommunikationsmedarbejder",
    "press_contact_phone": "+45 12 34 56 78",
    "press_contact_email": "jonas@example.dk",
}


@pytest.fixture
def press_story(story_index, image):
    return story(
        story_index,
        "Barselscaféen i Glashuset",
        slug="barselscafeen",
        lead="Nybagte forældre mødes hver tirsdag.",
        hero_image=image,
        hero_image_alt="Forældre med barnevogne foran Glashuset",
        hero_image_credit="Aisha Khan",
        byline="Mette Holm",
        body=[
            {"type": "heading", "value": {"text": "Kaffe og råd", "level": "h2"}},
            {
                "type": "paragraph",
                "value": '<p>Se <a href="https://example.dk/cafe">caféens side</a>.</p>'
                "<ul><li>Kaffe</li><li>Kage</li></ul>",
            },
            QUOTE,
        ],
        **PRESS_CONTACT,
    )


def test_press_kit_shows_headline_lead_quote_and_contact(client, press_story):
    response = client.get(press_story.url + "press/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1" in html and "Barselscaféen i Glashuset" in html
    assert "Nybagte forældre mødes hver tirsdag." in html
    assert "Her fandt jeg nye venner." in html
    assert "Sara Ali</cite>, mor til Ali" in html
    for value in ("Jonas Presse", "kommunikationsmedarbejder", "+45 12 34 56 78"):
        assert value in html
    assert 'href="mailto:jonas@example.dk"' in html


def test_press_kit_links_the_original_image_with_credit_and_size(client, press_story, image):
    html = client.get(press_story.url + "press/").content.decode()

    assert f'href="http://testserver{image.file.url}" download' in html
    assert "Foto: Aisha Khan" in html
    assert "1600 × 900" in html


def test_press_kit_is_not_for_search_engines_and_links_plain_text(client, press_story):
    html = client.get(press_story.url + "press/").content.decode()

    assert '<meta name="robots" content="noindex">' in html
    assert f'href="{press_story.url}press.txt"' in html
    assert "http://localhost/gode-historier/barselscafeen/" in html  # the canonical address


def test_press_contact_is_only_in_the_press_kit(client, press_story):
    html = client.get(press_story.url).content.decode()

    assert "Jonas Presse" not in html
    assert "jonas@example.dk" not in html


def test_draft_story_has_no_press_kit(client, story_index):
    draft = StoryPageFactory(parent=story_index, title="Kladde", slug="kladde", live=False)

    assert client.get(f"{story_index.url}kladde/press/").status_code == 404
    assert client.get(f"{story_index.url}kladde/press.txt").status_code == 404
    assert draft.pk


def test_private_story_has_no_public_press_text(client, press_story):
    PageViewRestriction.objects.create(page=press_story, restriction_type="login")

    assert client.get(press_story.url + "press.txt").status_code == 404
    assert client.get(press_story.url + "press/").status_code == 302  # to the login page


def test_press_text_is_utf8_plain_text_inline(client, press_story):
    response = client.get(press_story.url + "press.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Language"] == "da"


def test_press_text_holds_the_story_and_where_to_find_more(client, press_story, image):
    text = client.get(press_story.url + "press.txt").content.decode("utf-8")

    assert text.startswith("Barselscaféen i Glashuset\n\nNybagte forældre mødes hver tirsdag.")
    assert "\nIshøj, " in text
    assert "Kaffe og råd\n\nSe caféens side (https://example.dk/cafe).\n\n– Kaffe\n– Kage" in text
    assert "„Her fandt jeg nye venner.“ – Sara Ali, mor til Ali" in text
    assert "Foto: Aisha Khan\n" in text and f"http://testserver{image.file.url}\n" in text
    assert "Jonas Presse, kommunikationsmedarbejder" in text
    assert "jonas@example.dk" in text
    assert text.rstrip().endswith("http://localhost/gode-historier/barselscafeen/")
    assert "<" not in text


def test_press_text_is_in_the_language_of_the_story(client, translated_homes, press_story):
    translate(press_story.get_parent(), "en", title="Good stories")
    english = translate(press_story, "en", title="The parents' café")

    text = client.get(english.url + "press.txt").content.decode("utf-8")

    assert english.url.startswith("/en/")
    assert text.startswith("The parents' café")
    assert "“Her fandt jeg nye venner.” – Sara Ali" in text


def test_press_kit_of_a_right_to_left_story(client, translated_homes, press_story):
    translate(press_story.get_parent(), "ar", title="قصص جيدة")
    arabic = translate(press_story, "ar", title="مقهى الآباء")

    html = client.get(arabic.url + "press/").content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    assert "مقهى الآباء" in html
    assert 'href="tel:+4512345678" dir="ltr"' in html


def test_only_a_story_has_press_text(client, story_index, home_page):
    assert client.get(f"{story_index.url}press.txt").status_code == 404
    assert client.get("/findes-ikke/press.txt").status_code == 404


def test_press_text_is_not_served_below_a_story_route(client, press_story):
    assert client.get(press_story.url + "press/press.txt").status_code == 404


def zip_url(page):
    return reverse("stories_images_zip", args=[page.pk])


def test_editor_downloads_the_images_with_credits(admin_client, press_story):
    body_image = ImageFactory(title="Kage på bordet", credit="Peter Jensen")
    press_story.body.append(
        ("image", {"image": {"image": body_image, "alt_text": "Kage", "decorative": False}})
    )
    press_story.body.append(("image", {"image": {"image": press_story.hero_image}}))
    press_story.save_revision().publish()

    response = admin_client.get(zip_url(press_story))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))

    assert response["Content-Type"] == "application/zip"
    assert archive.namelist() == ["01-glashuset.jpg", "02-kage-pa-bordet.jpg", "CREDITS.txt"]
    credits = archive.read("CREDITS.txt").decode()
    assert "01-glashuset.jpg" in credits and "Aisha Khan" in credits
    assert "02-kage-pa-bordet.jpg" in credits and "Peter Jensen" in credits


def test_zip_is_forbidden_for_an_editor_who_cannot_edit_the_story(
    client, django_user_model, press_story, about_page
):
    group = Group.objects.create(name="Kun om-siden")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=about_page, permission_type="change")
    user = django_user_model.objects.create_user("redaktoer", password="x")
    user.groups.add(group)
    client.force_login(user)

    response = client.get(zip_url(press_story))

    # Wagtail's answer to PermissionDenied in the admin: back to the dashboard, with a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_zip_is_only_for_stories(admin_client, about_page):
    assert admin_client.get(zip_url(about_page)).status_code == 404


def test_zip_button_is_offered_on_stories_only(admin_client, press_story, story_index):
    edit_story = admin_client.get(reverse("wagtailadmin_pages:edit", args=[press_story.pk]))
    edit_index = admin_client.get(reverse("wagtailadmin_pages:edit", args=[story_index.pk]))
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[story_index.pk]))
    home_listing = admin_client.get(
        reverse("wagtailadmin_explore", args=[story_index.get_parent().pk])
    )

    assert zip_url(press_story) in edit_story.content.decode()
    assert "images.zip" not in edit_index.content.decode()
    assert zip_url(press_story) in listing.content.decode()
    assert "images.zip" not in home_listing.content.decode()
