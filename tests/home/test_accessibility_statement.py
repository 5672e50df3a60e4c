"""The accessibility statement Danish law requires: one page, linked from every page's footer
in the reader's language, saying how accessible the site is and where to turn."""

import datetime

import pytest

from home.models import AccessibilityStatementPage
from tests.conftest import translate


@pytest.fixture
def statement(home_page):
    page = AccessibilityStatementPage(
        title="Tilgængelighedserklæring",
        slug="tilgaengelighedserklaering",
        conformance="partial",
        body=[{"type": "paragraph", "value": "<p>Kortet kræver JavaScript.</p>"}],
        prepared_on=datetime.date(2026, 11, 27),
        feedback_email="voresishoj@ishoj.dk",
        feedback_phone="+45 43 57 75 00",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def footer(response):
    html = response.content.decode()
    return html[html.index('<footer class="site-footer">') :]


@pytest.mark.django_db
def test_every_page_links_the_statement_from_its_footer(client, statement, about_page):
    for url in ["/", about_page.url, "/search/?q=Glashuset"]:
        assert f'<a href="{statement.url}">Tilgængelighedserklæring</a>' in footer(client.get(url))


@pytest.mark.django_db
def test_footer_links_the_statement_in_the_readers_language_or_else_danish(
    client, translated_homes, statement
):
    english = translate(statement, "en", title="Accessibility statement", slug="accessibility")

    assert f'<a href="{english.url}">Accessibility statement</a>' in footer(client.get("/en/"))
    # Not translated into Turkish yet: the Danish statement is better than none.
    assert f'<a href="{statement.url}">Tilgængelighedserklæring</a>' in footer(client.get("/tr/"))


@pytest.mark.django_db
def test_statement_says_how_accessible_the_site_is_and_where_to_turn(client, statement):
    html = client.get(statement.url).content.decode()

    assert "Vores Ishøj er delvist i overensstemmelse med WCAG 2.1 niveau AA." in html
    assert "Kortet kræver JavaScript." in html
    assert 'href="mailto:voresishoj@ishoj.dk"' in html
    assert 'href="tel:+4543577500"' in html
    assert 'href="https://digst.dk/digital-service/webtilgaengelighed/"' in html
    assert "27. november 2026" in html


@pytest.mark.django_db
def test_no_statement_no_footer_link(client, home_page):
    assert "Tilgængelighedserklæring" not in footer(client.get("/"))


@pytest.mark.django_db
def test_only_one_statement_below_each_home_page(home_page, statement):
    assert not AccessibilityStatementPage.can_create_at(home_page)
