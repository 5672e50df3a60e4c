"""Languages: direction, the language switcher, hreflang, translated error pages."""

import re

from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext
from django.views.defaults import server_error

import pytest

from home.factories import StandardPageFactory
from tests.conftest import LANGUAGE_CODES, RTL_LANGUAGES, translate


def switcher_links(html):
    """{language code: href} from the language switcher."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group()
    return dict(re.findall(r'<a href="([^"]*)" lang="([^"]+)"', nav)[i][::-1] for i in range(5))


def translated(message, language):
    with translation.override(language):
        text = gettext(message)
    if language != "en":
        assert text != message, f"{message!r} is not translated to {language}"
    return text


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_direction_follows_the_language(client, translated_homes, language):
    html = client.get(translated_homes[language].url).content.decode()
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html


def test_switcher_names_each_language_in_itself(client, translated_homes):
    html = client.get("/").content.decode()
    for name in ["Dansk", "English", "العربية", "Türkçe", "اردو"]:
        assert f">{name}</a>" in html
    assert 'lang="ar" hreflang="ar" dir="rtl"' in html


def test_switcher_links_to_the_translation_of_the_current_page(client, translated_homes):
    danish = StandardPageFactory(parent=translated_homes["da"], title="Om os", slug="om-os")
    arabic = translate(danish, "ar", title="من نحن", slug="about-us")

    links = switcher_links(client.get(danish.url).content.decode())

    assert links["ar"] == arabic.url == "/ar/about-us/"
    assert links["da"] == "/om-os/"


def test_switcher_falls_back_to_the_home_page_of_a_missing_translation(client, translated_homes):
    danish = StandardPageFactory(parent=translated_homes["da"], title="Kun dansk", slug="kun-dansk")

    links = switcher_links(client.get(danish.url).content.decode())

    assert links["tr"] == "/tr/"
    assert links["ur"] == "/ur/"


def test_switcher_marks_the_current_language(client, translated_homes):
    html = client.get("/tr/").content.decode()
    assert 'lang="tr" hreflang="tr" dir="ltr" aria-current="true">Türkçe</a>' in html


def test_switcher_keeps_the_search_in_another_language(client, translated_homes):
    links = switcher_links(client.get("/search/?q=Glashuset").content.decode())
    assert links["ar"] == "/ar/search/?q=Glashuset"


def test_hreflang_lists_existing_translations_and_x_default(client, translated_homes):
    danish = StandardPageFactory(parent=translated_homes["da"], title="Vision", slug="vision")
    translate(danish, "en", slug="vision")

    html = client.get("/en/vision/").content.decode()

    hreflangs = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert hreflangs == {
        "da": "http://localhost/vision/",
        "en": "http://localhost/en/vision/",
        "x-default": "http://localhost/vision/",
    }


@pytest.mark.parametrize("language,prefix", [("da", ""), ("ar", "/ar")])
def test_page_not_found_speaks_the_language_of_the_address(
    client, translated_homes, language, prefix
):
    response = client.get(f"{prefix}/findes-ikke/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{translated('Page not found', language)}</h1>" in html
    assert f'href="{translated_homes[language].url}"' in html


def test_server_error_page_is_translated_and_needs_no_database():
    # Without the db fixture any query would raise: the error page must render when the database
    # is what failed.
    request = RequestFactory().get("/ar/")
    with translation.override("ar"):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in html
    assert translated("Something went wrong", "ar") in html


def test_skip_link_is_first_and_translated(client, translated_homes):
    html = client.get("/ur/").content.decode()
    body = html.split("<body", 1)[1]
    first_link = re.search(r"<a [^>]*>[^<]*</a>", body).group()
    assert 'href="#main"' in first_link
    assert translated("Skip to main content", "ur") in first_link
