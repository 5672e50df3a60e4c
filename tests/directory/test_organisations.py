"""Organisations show where they are and with whom: partners both ways, networks under
associations, and the same in every language."""

import json
import re

from django.core.exceptions import ValidationError

from wagtail import hooks
from wagtail.models import Locale

import pytest

from core.sections import PageSection
from directory.factories import OrganisationPageFactory, ThemeFactory
from directory.models.organisations import ORGANISATION_SECTIONS_HOOK
from tests.conftest import organisation, translate


def structured_data(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )


def test_partner_links_show_on_both_organisations(client, directory, families_network):
    glashuset_house = organisation(directory, "Glashuset – beboerhuset")
    families_network.partners.set([glashuset_house])
    families_network.save_revision().publish()

    assert "Glashuset – beboerhuset" in client.get(families_network.url).content.decode()
    assert "Aktiviteter for børn" in client.get(glashuset_house.url).content.decode()


def test_network_under_an_association_shows_on_both(client, directory, families_network):
    history_society = organisation(directory, "Lokalhistorisk Forening")
    families_network.parent_organisation = history_society
    families_network.save_revision().publish()

    network_html = client.get(families_network.url).content.decode()
    society_html = client.get(history_society.url).content.decode()
    assert f'<a href="{history_society.url}">Lokalhistorisk Forening</a>' in network_html
    assert f'<a href="{families_network.url}">Aktiviteter for børn</a>' in society_html


def test_organisation_page_lists_its_places(client, families_network, glashuset, bredekaergaard):
    html = client.get(families_network.url).content.decode()
    assert f'<a href="{glashuset.url}">Glashuset</a>' in html
    assert f'<a href="{bredekaergaard.url}">Bredekærgård</a>' in html


def test_relations_follow_the_readers_language(
    client, translated_homes, directory, glashuset, families_network
):
    translate(directory, "ar")
    arabic_glashuset = translate(glashuset, "ar", title="غلاسهوست")
    arabic_network = translate(families_network, "ar", title="أنشطة للأطفال")

    network_html = client.get(arabic_network.url).content.decode()
    place_html = client.get(arabic_glashuset.url).content.decode()

    assert f'<a href="{arabic_glashuset.url}">غلاسهوست</a>' in network_html
    assert "أنشطة للأطفال" in place_html


def test_organisation_page_carries_schema_org_organization_data(client, families_network):
    families_network.email = "kontakt@aktiviteter.example"
    families_network.save_revision().publish()
    data = structured_data(client.get(families_network.url).content.decode())
    assert data["@type"] == "Organization"
    assert data["email"] == "kontakt@aktiviteter.example"
    assert data["address"]["addressLocality"] == "Ishøj"
    assert {place["geo"]["latitude"] for place in data["location"]} == {55.623, 55.628}


def test_flags_residents_care_about_are_shown(client, families_network):
    html = client.get(families_network.url).content.decode()
    assert 'class="flag flag--volunteers"' in html
    assert "flag--collaboration" not in html


def test_organisation_needs_a_kind(directory):
    page = OrganisationPageFactory.build(title="Uden type", kind="")
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth", "locale", "content_type", "translation_key"])
    assert "kind" in error.value.message_dict


def test_other_apps_add_sections_to_organisation_pages(
    client, families_network, tmp_path, settings
):
    (tmp_path / "events.html").write_text(
        "<section>Næste aktiviteter: {{ section.context.n }}</section>"
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]

    def upcoming_events(page, request):
        return PageSection("events.html", context={"n": page.title})

    with hooks.register_temporarily(ORGANISATION_SECTIONS_HOOK, upcoming_events):
        html = client.get(families_network.url).content.decode()
    assert "<section>Næste aktiviteter: Aktiviteter for børn</section>" in html


def test_themes_are_named_in_the_readers_language(
    client, translated_homes, directory, families_network
):
    theme = ThemeFactory(name="Børn og familie", slug="boern-og-familie")
    arabic_theme = theme.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic_theme.name = "الأطفال والعائلة"
    arabic_theme.save()
    families_network.themes.set([theme])
    families_network.save_revision().publish()
    translate(directory, "ar")
    arabic_network = translate(families_network, "ar", title="أنشطة للأطفال")

    html = client.get(arabic_network.url).content.decode()

    assert "الأطفال والعائلة" in html
    assert "Børn og familie" not in html


@pytest.mark.parametrize(
    ("website", "shown"),
    [
        ("https://ishojbib.dk/", "ishojbib.dk"),
        ("https://www.ishoj.dk/borger/foreninger/", "www.ishoj.dk/borger/foreninger"),
        ("http://example.dk/side?id=4", "example.dk/side?id=4"),
    ],
)
def test_website_is_shown_as_people_write_it(client, directory, website, shown):
    page = organisation(directory, "Ishøj Bibliotek", website=website)
    html = client.get(page.url).content.decode()
    assert f'<a href="{website}" rel="external">{shown}</a>' in html
