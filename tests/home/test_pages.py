"""Every page type renders in every language, with every block of the shared library."""

import re

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext

from wagtail import hooks
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

import pytest

from core.sections import PageSection
from home.factories import StandardPageFactory
from home.models import HOME_SECTIONS_HOOK, HomePage, StandardPage
from tests.conftest import LANGUAGE_CODES, translate


def every_block(image, document, target_page):
    return [
        {"type": "heading", "value": {"text": "Fællesskab på tværs", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Byttemarked i <b>Glashuset</b>.</p>"},
        {
            "type": "image",
            "value": {
                "image": {
                    "image": image.pk,
                    "decorative": False,
                    "alt_text": "Børn ved byttebordet",
                },
                "caption": "Byttemarked i Vejleåparken",
            },
        },
        {
            "type": "quote",
            "value": {"quote": "Vi mødes på tværs.", "name": "Aisha", "role": "frivillig"},
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Vil du være med?",
                "text": "Skriv til os.",
                "link": {"page": target_page.pk, "external_url": "", "label": "Læs mere"},
            },
        },
        {"type": "document", "value": {"document": document.pk, "label": "Program"}},
        {
            "type": "accordion",
            "value": {
                "heading": "Spørgsmål",
                "items": [
                    {"question": "Koster det noget?", "answer": "<p>Nej, det er gratis.</p>"}
                ],
            },
        },
    ]


@pytest.fixture
def document(db):
    document = Document(title="Program for byttemarkedet")
    document.file.save("program.pdf", ContentFile(b"%PDF-1.4 demo"), save=False)
    document.save()
    return document


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_home_page_renders_in_every_language(client, translated_homes, language):
    home = translated_homes[language]
    response = client.get(home.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{home.title}</h1>" in html
    assert 'alt="Glashuset i Vejleåparken"' in html


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_standard_page_with_every_block_renders_in_every_language(
    client, translated_homes, image, document, language
):
    danish = StandardPageFactory(
        parent=translated_homes["da"], title="Byttemarked", slug="byttemarked", body=[]
    )
    danish.body = every_block(image, document, translated_homes["da"])
    danish.save_revision().publish()
    page = danish if language == "da" else translate(danish, language, title=f"Swap ({language})")

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{page.title}</h1>" in html
    assert '<h2 class="block-heading">Fællesskab på tværs</h2>' in html
    assert "<b>Glashuset</b>" in html
    assert 'alt="Børn ved byttebordet"' in html
    with translation.override(language):
        assert gettext("Photo: %(credit)s") % {"credit": "Ishøj Kommune"} in html
    assert "<cite>Aisha</cite>, frivillig" in html
    assert f'href="{translated_homes[language].url}">Læs mere</a>' in html
    assert f'href="{document.url}"' in html and "(PDF" in html
    assert "<summary>Koster det noget?</summary>" in html


def test_images_are_responsive_with_webp(client, home_page):
    html = client.get(home_page.url).content.decode()
    source = re.search(r"<picture><source [^>]*>", html).group()
    assert 'type="image/webp"' in source
    assert ".webp 480w, " in source and ".webp 1200w" in source
    assert re.search(r'<img alt="Glashuset i Vejleåparken"[^>]* srcset="[^"]*\.jpg 800w', html)


def test_page_tree_rules_keep_editors_on_track(home_page):
    assert StandardPage.can_create_at(home_page)
    assert not HomePage.can_create_at(home_page)
    assert HomePage.parent_page_types == ["wagtailcore.Page"]


def test_standard_page_needs_a_body():
    assert not StandardPage._meta.get_field("body").blank


def test_menu_pages_appear_in_the_main_navigation(client, about_page, home_page):
    StandardPageFactory(parent=home_page, title="Skjult side", show_in_menus=False)
    html = client.get(home_page.url).content.decode()
    assert f'<a href="{about_page.url}">Om Vores Ishøj</a>' in html
    assert "Skjult side" not in html


def test_current_page_is_marked_in_navigation(client, about_page):
    html = client.get(about_page.url).content.decode()
    assert f'<a href="{about_page.url}" aria-current="page">' in html


def test_navigation_queries_do_not_grow_with_the_menu(
    client, home_page, django_assert_max_num_queries
):
    for number in range(30):
        StandardPageFactory(parent=home_page, title=f"Menu {number}", show_in_menus=True)
    client.get(home_page.url)  # renditions are made on the first view
    with django_assert_max_num_queries(20):
        response = client.get(home_page.url)
    assert response.content.decode().count('class="main-nav__list"') == 1
    assert "Menu 29" in response.content.decode()


def test_open_graph_and_canonical_tags(client, home_page):
    html = client.get(home_page.url).content.decode()
    assert '<link rel="canonical" href="http://localhost/">' in html
    assert '<meta property="og:title" content="Vores Ishøj">' in html
    assert '<meta property="og:locale" content="da_DK">' in html
    assert '<meta property="og:image" content="http://testserver/media/images/' in html
    assert '<meta name="description" content="Byens mødested på nettet.">' in html


def test_draft_pages_are_not_served(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Kladde", slug="kladde", live=False)
    assert client.get(f"/{draft.slug}/").status_code == 404
    assert settings.LANGUAGE_CODE == "da"


def test_other_apps_fill_the_home_page_through_sections(client, home_page, tmp_path, settings):
    (tmp_path / "section.html").write_text("<section>{{ section.context.heading }}</section>")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]

    def latest_stories(page, request):
        return PageSection("section.html", order=10, context={"heading": "Seneste historier"})

    def nothing_to_show(page, request):
        return None

    with hooks.register_temporarily(
        [(HOME_SECTIONS_HOOK, nothing_to_show), (HOME_SECTIONS_HOOK, latest_stories)]
    ):
        html = client.get(home_page.url).content.decode()
    assert "<section>Seneste historier</section>" in html


def test_videos_load_only_when_the_reader_asks(client, home_page):
    url = "https://www.youtube.com/watch?v=ishoj"
    Embed.objects.create(  # as Wagtail stores it when the editor saves, so no fetch here
        hash=get_embed_hash(url),
        url=url,
        max_width=None,
        type="video",
        html='<iframe src="https://www.youtube.com/embed/ishoj" title="Byttemarked"></iframe>',
        provider_name="YouTube",
    )
    page = StandardPageFactory(parent=home_page, title="Video", slug="video", body=[])
    page.body = [{"type": "embed", "value": {"embed": url, "title": "Byttemarked i Glashuset"}}]
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    outside_template = re.sub(r"<template.*?</template>", "", html, flags=re.S)
    assert "youtube.com/embed" not in outside_template
    assert re.search(
        r"<template data-embed-player>\s*<iframe src=\"https://www.youtube.com/embed", html
    )
    assert f'<a href="{url}">Byttemarked i Glashuset</a>' in html
