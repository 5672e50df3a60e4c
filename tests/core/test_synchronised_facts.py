"""
Facts are synchronised, words are translated (core.translatable_fields): a Danish page's new
phone number, address, dates or place reach all five languages at the next sync, while the
translated names and texts stay translated.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.urls import reverse

from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from tests.conftest import event, organisation, translate
from tests.events.times import at

OTHER_LANGUAGES = ["en", "ar", "tr", "ur"]


def in_other_languages(page, on_commit):
    """Translate `page` into every other language with wagtail-localize, every text marked."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for code in OTHER_LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        for segment in source.stringsegment_set.select_related("string", "context"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=f"{segment.string.data} ({code})",
            )
        translation = Translation.objects.create(source=source, target_locale=locale)
        with on_commit(execute=True):  # wagtail-localize publishes once the data is saved
            translation.save_target(publish=True)
    return source


def publish_and_sync(client, page, on_commit):
    """The editor publishes the Danish page and syncs its translations, publishing them."""
    page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(page)
    editor = get_user_model().objects.create_superuser("redaktor", "r@ishoj.dk", "hemmeligt-1")
    client.force_login(editor)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    with on_commit(execute=True):
        client.post(url, {"publish_translations": "on"})
    client.logout()


def every_language(page):
    """The page as a reader sees it in each of the five languages."""
    return {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).specific()
    }


@pytest.fixture
def translated_directory(translated_homes, directory):
    for code in OTHER_LANGUAGES:
        translate(directory, code, title=f"Foreninger ({code})")
    return directory


@pytest.fixture
def cycle_club(translated_directory, glashuset, django_capture_on_commit_callbacks):
    club = organisation(
        translated_directory,
        "Cykelklubben",
        places=[glashuset],
        description="<p>Vi cykler hver lørdag.</p>",
        phone="43 21 12 34",
        email="cykel@example.dk",
        website="https://cykel.example.dk",
        kind="association",
    )
    in_other_languages(club, django_capture_on_commit_callbacks)
    return club


def test_a_new_phone_number_reaches_all_five_languages(
    client, cycle_club, bredekaergaard, django_capture_on_commit_callbacks
):
    cycle_club.phone = "22 33 44 55"
    cycle_club.email = "kontakt@cykel.example.dk"
    cycle_club.website = "https://cyklerne.example.dk"
    cycle_club.places.set([bredekaergaard])
    publish_and_sync(client, cycle_club, django_capture_on_commit_callbacks)

    pages = every_language(cycle_club)
    assert sorted(pages) == ["ar", "da", "en", "tr", "ur"]
    for code, page in pages.items():
        html = client.get(page.url).content.decode()
        assert ">22 33 44 55<" in html, code
        assert "43 21 12 34" not in html, code
        assert "kontakt@cykel.example.dk" in html, code
        assert "cyklerne.example.dk" in html, code
        assert bredekaergaard.title in html, code
        assert "Glashuset" not in html, code


def test_translated_names_and_texts_stay_translated_after_the_sync(
    client, cycle_club, django_capture_on_commit_callbacks
):
    cycle_club.phone = "22 33 44 55"
    publish_and_sync(client, cycle_club, django_capture_on_commit_callbacks)

    for code, page in every_language(cycle_club).items():
        if code == "da":
            continue
        html = client.get(page.url).content.decode()
        assert f"<h1>Cykelklubben ({code})</h1>" in html, code
        assert f"Vi cykler hver lørdag. ({code})" in html, code


@pytest.fixture
def translated_events(translated_homes, event_index):
    for code in OTHER_LANGUAGES:
        translate(event_index, code, title=f"Kalender ({code})")
    return event_index


def test_an_events_new_time_and_place_reach_all_five_languages(
    client, translated_events, glashuset, bredekaergaard, django_capture_on_commit_callbacks
):
    repair_cafe = event(
        translated_events,
        "Reparationscafé",
        start=at(2026, 12, 3, 17, 0),
        end=at(2026, 12, 3, 19, 0),
        place=glashuset,
        price="20 kr.",
        is_free=False,
    )
    in_other_languages(repair_cafe, django_capture_on_commit_callbacks)

    repair_cafe.start, repair_cafe.end = at(2026, 12, 10, 18, 0), at(2026, 12, 10, 20, 30)
    repair_cafe.place = bredekaergaard
    repair_cafe.price = "25 kr."
    publish_and_sync(client, repair_cafe, django_capture_on_commit_callbacks)

    for code, page in every_language(repair_cafe).items():
        html = client.get(page.url).content.decode()
        assert '<time datetime="2026-12-10T18:00:00+01:00">' in html, code
        assert '<time datetime="2026-12-10T20:30:00+01:00">' in html, code
        assert bredekaergaard.title in html, code
        assert "25 kr." in html, code


def test_every_relation_of_every_translatable_model_is_synchronised():
    """A relation added to any page or snippet later is copied to its translations too."""
    for model in apps.get_models():
        if not issubclass(model, TranslatableMixin) or model._meta.app_label.startswith("wagtail"):
            continue
        synchronised = {
            field.field_name
            for field in get_translatable_fields(model)
            if isinstance(field, SynchronizedField)
        }
        for field in model._meta.get_fields():
            relation = isinstance(field, models.ManyToManyField | models.ForeignKey)
            relation = relation and not getattr(field.remote_field, "parent_link", False)
            own = field.model._meta.app_label != "wagtailcore"
            if relation and own and field.concrete and field.editable and field.name != "locale":
                assert field.name in synchronised, f"{model.__name__}.{field.name}"
