"""
`load_demo` builds the demo site in every language, and running it again changes nothing. The
tests read the session's demo (`demo`, tests/conftest.py).
"""

from io import StringIO

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation, TranslationSource

from directory.geography import ISHOJ_MUNICIPALITY
from directory.models import MapPage, OrganisationPage, PlacePage
from home.models import AccessibilityStatementPage, HomePage, PrivacyPolicyPage, StandardPage
from images.models import CustomImage
from tests.conftest import LANGUAGE_CODES


def test_demo_has_its_page_tree_in_every_language(demo):
    for code in LANGUAGE_CODES:
        assert HomePage.objects.live().filter(locale__language_code=code).count() == 1
        assert StandardPage.objects.live().filter(locale__language_code=code).count() == 3
        statement = AccessibilityStatementPage.objects.live().get(locale__language_code=code)
        assert not statement.show_in_menus  # the footer links it
        policy = PrivacyPolicyPage.objects.live().get(locale__language_code=code)
        assert not policy.show_in_menus
        assert policy.contact_email and policy.body
    assert Site.objects.get(is_default_site=True).root_page.specific.title == "Vores Ishøj"


def test_demo_replaces_wagtails_welcome_page(demo):
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_running_the_demo_again_adds_nothing(demo):
    counts = (Page.objects.count(), Revision.objects.count(), CustomImage.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (Page.objects.count(), Revision.objects.count(), CustomImage.objects.count()) == counts


def test_running_the_demo_again_keeps_what_an_editor_changed(demo):
    about = StandardPage.objects.get(locale__language_code="en", slug="about-vores-ishoj")
    about.title = "About us"
    about.save_revision().publish()
    counts = (TranslationSource.objects.count(), StringTranslation.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert StandardPage.objects.get(pk=about.pk).title == "About us"
    assert (TranslationSource.objects.count(), StringTranslation.objects.count()) == counts


def test_demo_pages_render_in_every_language(demo, client):
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}"' in response.content.decode()


def test_demo_text_is_translated_not_copied(demo):
    # Live pages: the volunteer's draft in the moderation queue is not translated yet.
    for danish in Page.objects.live().filter(locale__language_code="da", depth__gt=1).specific():
        versions = [page.specific for page in danish.get_translations(inclusive=True)]
        # Names of places and organisations may rightly stay the same; their texts may not.
        texts = {page.listing_summary or page.title for page in versions}
        assert len(versions) == len(texts) == len(settings.LANGUAGES), texts


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


def test_demo_directory_in_every_language(demo):
    for code in LANGUAGE_CODES:
        live = {"locale__language_code": code, "live": True}
        assert OrganisationPage.objects.filter(**live).count() >= 15
        assert PlacePage.objects.filter(**live).count() >= 10
        assert MapPage.objects.filter(**live).count() == 1


def test_demo_places_lie_in_ishoj_and_pass_validation(demo):
    for place in PlacePage.objects.filter(locale__language_code="da"):
        assert ISHOJ_MUNICIPALITY.contains(place.latitude, place.longitude), place.title
        place.full_clean()


def test_demo_resident_finds_glashuset_on_the_arabic_map(demo, client):
    """The issue's story: filter the Arabic map to children and families, open Glashuset."""
    arabic_map = MapPage.objects.get(locale__language_code="ar")
    html = client.get(arabic_map.url, {"target_group": "children-families"}).content.decode()
    glashuset = PlacePage.objects.get(locale__language_code="ar", slug="glashuset")
    assert f'<a href="{glashuset.url}">{glashuset.title}</a>' in html

    place_html = client.get(glashuset.url).content.decode()
    network = OrganisationPage.objects.get(locale__language_code="ar", slug="aktiviteter-for-boern")
    assert f'<a href="{network.url}">{network.title}</a>' in place_html


def test_demo_network_lives_under_the_local_history_society(demo, client):
    network = OrganisationPage.objects.get(locale__language_code="da", slug="aktiviteter-for-boern")
    assert network.parent_organisation is not None
    assert "Lokalhistorisk" in network.parent_organisation.title
    assert [partner.slug for partner in network.partners.all()] == ["beboerhuset-glashuset"]


def test_a_resident_finds_demo_pages_by_search_in_every_language(demo, client):
    for code in LANGUAGE_CODES:
        for place in PlacePage.objects.live().filter(locale__language_code=code):
            prefix = "" if code == settings.LANGUAGE_CODE else f"/{code}"
            html = client.get(f"{prefix}/search/", {"q": place.title}).content.decode()
            assert place.url in html, (code, place.title)
