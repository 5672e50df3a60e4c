"""
The demo's translations are wagtail-localize translations made from its PO files: synced, live,
open in the translation editor and brought up to date by a sync. The tests read the session's
demo (`demo`, tests/conftest.py).
"""

from django.contrib.auth import get_user_model

from wagtail.models import Page
from wagtail_localize.models import Translation

from core.translation import outdated_translations
from demo.records import GROUPS, read
from directory.models import OrganisationPage
from events.models import EventPage
from home.models import HomePage, StandardPage
from taxonomy.models import Theme
from tests.conftest import LANGUAGE_CODES

OTHER_LANGUAGES = sorted(set(LANGUAGE_CODES) - {"da"})


def superuser():
    return get_user_model().objects.create_superuser("sekretariat", "s@example.dk", "x")


def test_every_demo_translation_is_a_live_synced_translation(demo):
    pages = [
        record
        for group in GROUPS
        for record in read(group)
        if record["model"] not in ("taxonomy.theme", "taxonomy.neighbourhood")
    ]
    danish = Page.objects.filter(locale__language_code="da", depth__gt=1, live=True)
    assert danish.count() == len([record for record in pages if "author" not in record])
    for page in danish:
        translations = Translation.objects.filter(source__object_id=page.translation_key)
        codes = translations.filter(enabled=True).values_list("target_locale__language_code")
        assert sorted(code for (code,) in codes) == OTHER_LANGUAGES, page.title
        live = page.get_translations().live().values_list("locale__language_code", flat=True)
        assert sorted(live) == OTHER_LANGUAGES, page.title


def test_demo_themes_are_translated_through_wagtail_localize(demo):
    theme = Theme.objects.get(locale__language_code="da", slug="faellesskab")
    translations = Translation.objects.filter(source__object_id=theme.translation_key)
    assert translations.count() == len(OTHER_LANGUAGES)
    assert Theme.objects.get(locale__language_code="en", slug="faellesskab").name == "Community"


def test_an_editor_opens_a_demo_translation_in_the_translation_editor(demo, client):
    client.force_login(superuser())
    arabic = StandardPage.objects.get(locale__language_code="ar", slug="about-vores-ishoj")
    response = client.get(f"/admin/pages/{arabic.pk}/edit/")
    assert response.status_code == 200
    assert 'class="js-translation-editor"' in response.content.decode()


def test_a_sync_brings_a_danish_change_to_every_translation(
    demo, client, django_capture_on_commit_callbacks
):
    danish = OrganisationPage.objects.get(locale__language_code="da", slug="aktiviteter-for-boern")
    danish.website = "https://boern.ishoj.example/"
    danish.save_revision().publish()
    source, outdated = outdated_translations(danish)
    assert len(outdated) == len(OTHER_LANGUAGES)

    client.force_login(superuser())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})

    assert outdated_translations(danish) == (source, [])
    for page in danish.get_translations().specific():
        assert page.website == "https://boern.ishoj.example/", page.locale


def test_the_home_page_shows_its_call_to_action(demo, client):
    take_part = StandardPage.objects.get(locale__language_code="da", slug="saadan-er-du-med")
    html = client.get("/").content.decode()
    assert "Har du en god historie?" in html
    assert f'<a class="button" href="{take_part.url}">Sådan er du med</a>' in html


def test_the_english_home_page_links_its_call_to_action_in_english(demo, client):
    home = HomePage.objects.get(locale__language_code="en")
    take_part = StandardPage.objects.get(locale__language_code="en", slug="how-to-take-part")
    html = client.get(home.url).content.decode()
    assert f'href="{take_part.url}"' in html


def test_a_translation_may_override_a_synchronised_price(demo):
    english = EventPage.objects.get(locale__language_code="en", slug="family-tour-at-arken")
    assert english.price == "Museum admission for adults; under-18s free"
    assert (
        english.get_translations()
        .get(locale__language_code="da")
        .specific.price.startswith("Entré for voksne")
    )
