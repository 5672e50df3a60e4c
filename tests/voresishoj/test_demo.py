"""`load_demo` builds the demo site in every language, and running it again changes nothing."""

from io import StringIO

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Page, Revision, Site

import pytest

from home.models import HomePage, StandardPage
from images.models import CustomImage
from tests.conftest import LANGUAGE_CODES


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())


def test_demo_has_its_page_tree_in_every_language(demo):
    for code in LANGUAGE_CODES:
        assert HomePage.objects.live().filter(locale__language_code=code).count() == 1
        assert StandardPage.objects.live().filter(locale__language_code=code).count() == 3
    assert Site.objects.get(is_default_site=True).root_page.specific.title == "Vores Ishøj"


def test_demo_replaces_wagtails_welcome_page(demo):
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_running_the_demo_again_adds_nothing(demo):
    counts = (Page.objects.count(), Revision.objects.count(), CustomImage.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (Page.objects.count(), Revision.objects.count(), CustomImage.objects.count()) == counts


def test_demo_pages_render_in_every_language(demo, client):
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}"' in response.content.decode()


def test_demo_text_is_translated_not_copied(demo):
    for danish in Page.objects.filter(locale__language_code="da", depth__gt=1):
        titles = {page.title for page in danish.get_translations(inclusive=True)}
        assert len(titles) == len(settings.LANGUAGES), titles


def test_demo_images_carry_a_credit(demo):
    images = CustomImage.objects.all()
    assert images.count() >= 4
    assert all(image.credit for image in images)


def test_demo_admin_is_created_once(db, monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    call_command("ensure_demo_admin", stdout=out)
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("vores-ishoj-demo")
    assert "password 'vores-ishoj-demo'" in out.getvalue()
