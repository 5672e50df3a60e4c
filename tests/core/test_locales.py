"""
Things in the reader's language, else in Danish (core.locales), and what that costs: every public
page, in Danish and in Arabic, spends at most two queries on locales, even in a process that has
just started.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale

import pytest

from contributions.factories import StoryTipPageFactory, VolunteerSignupPageFactory
from core.locales import (
    clear_locale_cache,
    default_locale,
    for_reader,
    in_reader_language,
    pages_in_reader_language,
    reader_locale,
)
from directory.factories import NeighbourhoodFactory, ThemeFactory
from directory.models import PlacePage
from home.models import AccessibilityStatementPage, PrivacyPolicyPage
from taxonomy.models import Theme
from tests.conftest import event, story, translate
from tests.events.times import soon

# Wagtail's routing asks for the reader's locale once; core.locales reads them all once.
MAX_LOCALE_QUERIES = 2
PAGE_TYPES = [
    "home",
    "standard",
    "story index",
    "story",
    "event index",
    "event",
    "directory",
    "organisation",
    "place",
    "map",
    "story tip",
    "volunteer sign-up",
    "accessibility",
    "privacy",
]


def legal_page(model, parent, **fields):
    page = model(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def danish_pages(
    home_page,
    about_page,
    story_index,
    event_index,
    directory,
    map_page,
    glashuset,
    bredekaergaard,
    families_network,
    youth_council,
):
    """One page of each public type, linking each other as editors link them: the Danish pages."""
    theme = ThemeFactory(name="Fællesskab", slug="faellesskab")
    glashuset.neighbourhood = NeighbourhoodFactory()
    glashuset.save_revision().publish()
    families_network.partners.set([youth_council])
    families_network.themes.set([theme])
    families_network.save_revision().publish()
    swap_day = story(
        story_index,
        "Byttedag",
        themes=[theme],
        organisations=[families_network, youth_council],
        neighbourhood=glashuset.neighbourhood,
    )
    swap_market = event(
        event_index,
        "Byttemarked",
        start=soon(3),
        end=soon(3, 14),
        place=bredekaergaard,
        organisers=[families_network, youth_council],
        themes=[theme],
        related_stories=[swap_day],
    )
    return {
        "home": home_page,
        "standard": about_page,
        "story index": story_index,
        "story": swap_day,
        "event index": event_index,
        "event": swap_market,
        "directory": directory,
        "organisation": families_network,
        "place": glashuset,
        "map": map_page,
        "story tip": StoryTipPageFactory(parent=home_page),
        "volunteer sign-up": VolunteerSignupPageFactory(parent=home_page),
        "accessibility": legal_page(
            AccessibilityStatementPage,
            home_page,
            title="Tilgængelighedserklæring",
            conformance="partial",
            prepared_on=datetime.date(2026, 11, 27),
            feedback_email="voresishoj@ishoj.dk",
        ),
        "privacy": legal_page(
            PrivacyPolicyPage,
            home_page,
            title="Privatlivspolitik",
            updated_on=datetime.date(2026, 12, 1),
            contact_email="voresishoj@ishoj.dk",
        ),
    }


@pytest.fixture
def arabic_pages(translated_homes, danish_pages):
    """Every page translated into Arabic; the youth council, Bredekærgård and the theme are not,
    so the Arabic pages show them in Danish."""
    arabic = {"home": translated_homes["ar"]}
    for name in PAGE_TYPES[1:]:
        arabic[name] = translate(danish_pages[name], "ar", title=f"{danish_pages[name].title} (ar)")
    return arabic


def addresses(pages, prefix):
    found = {name: pages[name].url for name in PAGE_TYPES}
    found["event index, weekend"] = found["event index"] + "weekend/"
    found["event index, month"] = found["event index"] + "month/"
    found["search"] = f"{prefix}search/?q=Byttedag"
    return found


def locale_queries(client, url):
    """The queries touching wagtailcore_locale when `url` is the first page a process serves."""
    clear_locale_cache()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured if "wagtailcore_locale" in query["sql"]]


@pytest.mark.django_db
def test_no_danish_page_spends_more_than_two_queries_on_locales(client, danish_pages):
    for name, url in addresses(danish_pages, "/").items():
        queries = locale_queries(client, url)
        assert len(queries) <= MAX_LOCALE_QUERIES, (name, queries)


@pytest.mark.django_db
def test_no_arabic_page_spends_more_than_two_queries_on_locales(client, arabic_pages):
    for name, url in addresses(arabic_pages, "/ar/").items():
        queries = locale_queries(client, url)
        assert len(queries) <= MAX_LOCALE_QUERIES, (name, queries)


@pytest.mark.django_db
def test_arabic_pages_show_what_is_not_translated_in_danish(client, arabic_pages):
    organisation = client.get(arabic_pages["organisation"].url).text
    event_page = client.get(arabic_pages["event"].url).text

    assert "Glashuset (ar)" in organisation  # translated
    assert "Ungerådet" in organisation  # a partner not translated yet
    assert "Fællesskab" in organisation  # a theme not translated yet
    assert "Aktiviteter for børn (ar)" in event_page
    assert "Bredekærgård" in event_page


@pytest.mark.django_db
def test_reader_locale_follows_the_active_language_and_else_is_danish():
    with translation.override("ar"):
        assert reader_locale().language_code == "ar"
    with translation.override("en-gb"):
        assert reader_locale().language_code == "en"
    with translation.override("fr"):
        assert reader_locale() == default_locale()
    assert default_locale().language_code == "da"


@pytest.mark.django_db
def test_a_locale_deleted_or_added_is_seen_at_once():
    with translation.override("tr"):
        assert reader_locale().language_code == "tr"
        Locale.objects.get(language_code="tr").delete()
        assert reader_locale().language_code == "da"
        Locale.objects.create(language_code="tr")
        assert reader_locale().language_code == "tr"


@pytest.mark.django_db
def test_one_object_or_many_in_the_readers_language_else_danish():
    danish = ThemeFactory(name="Klima", slug="klima")
    untranslated = ThemeFactory(name="Musik", slug="musik")
    arabic = Theme.objects.create(
        name="المناخ", slug="klima", translation_key=danish.translation_key, locale=locale("ar")
    )
    turkish = Theme.objects.create(
        name="Müzik",
        slug="musik",
        translation_key=untranslated.translation_key,
        locale=locale("tr"),
    )

    with translation.override("ar"):
        assert in_reader_language(danish) == arabic
        assert in_reader_language(Theme.objects.filter(locale=locale("da"))) == [
            arabic,
            untranslated,
        ]
        # An object linked in another language still falls back to the Danish one.
        assert in_reader_language([turkish]) == [untranslated]
        assert in_reader_language(None) is None
        assert in_reader_language([]) == []


@pytest.mark.django_db
def test_pages_by_key_in_the_readers_language_else_danish_by_title(
    translated_homes, directory, glashuset, bredekaergaard
):
    translate(directory, "ar")
    arabic = translate(glashuset, "ar", title="غلاسهوست")
    keys = [glashuset.translation_key, bredekaergaard.translation_key]

    with translation.override("ar"):
        assert pages_in_reader_language(PlacePage, keys) == [bredekaergaard, arabic]
        assert set(for_reader(PlacePage.objects.all())) == {bredekaergaard, arabic}


@pytest.mark.django_db
def test_a_translation_taken_offline_gives_way_to_the_danish_page(
    translated_homes, directory, glashuset
):
    translate(directory, "ar")
    arabic = translate(glashuset, "ar", title="غلاسهوست")
    PlacePage.objects.get(pk=arabic.pk).unpublish()

    with translation.override("ar"):
        assert pages_in_reader_language(PlacePage, [glashuset.translation_key]) == [glashuset]
        assert in_reader_language(glashuset) == glashuset


def locale(code):
    return Locale.objects.get(language_code=code)
