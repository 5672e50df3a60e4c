"""The Wagtail admin is Vores Ishøj's, in Danish, and editors can build pages with it."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import TranslationSource

import pytest

from home.models import StandardPage


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redaktoer", "r@ishoj.dk", "hemmeligt-1")


def test_admin_speaks_danish_to_new_users(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert '<html lang="da"' in html
    assert "Vores Ishøj" in html


def test_editor_creates_a_standard_page_with_blocks(client, editor, home_page):
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Fællesspisning i Vejleåparken",
            "slug": "faellesspisning",
            "intro": "Hver torsdag spiser vi sammen.",
            "body": streamfield(
                [
                    ("heading", {"text": "Alle er velkomne", "level": "h2"}),
                    ("paragraph", rich_text("<p>Tag en ret med.</p>")),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/home/standardpage/{home_page.pk}/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="faellesspisning")
    assert page.live
    public = client.get(page.url).content.decode()
    assert "Alle er velkomne" in public and "Tag en ret med." in public


def test_editor_sends_a_page_for_translation_with_wagtail_localize(client, editor, about_page):
    client.force_login(editor)
    turkish = Locale.objects.get(language_code="tr")
    arabic = Locale.objects.get(language_code="ar")

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[about_page.pk]),
        {"locales": [turkish.pk, arabic.pk]},
    )

    assert response.status_code == 302
    drafts = StandardPage.objects.filter(translation_key=about_page.translation_key)
    assert {page.locale.language_code for page in drafts} == {"da", "tr", "ar"}
    assert TranslationSource.objects.filter(object_id=about_page.translation_key).exists()
