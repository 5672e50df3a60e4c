"""The privacy policy (privatlivspolitik): one page, linked from every page's footer and from
every public form beside the personal data it asks for, in the reader's language, saying what is
stored, why, for how long and how to have it erased."""

import datetime

import pytest

from contributions.factories import StoryTipPageFactory, VolunteerSignupPageFactory
from home.models import PrivacyPolicyPage
from tests.conftest import translate

BODY = [
    {"type": "heading", "value": {"text": "Når du tipper os", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Vi sletter tippet senest seks måneder efter.</p>"},
]


@pytest.fixture
def policy(home_page):
    page = PrivacyPolicyPage(
        title="Privatlivspolitik",
        slug="privatlivspolitik",
        body=BODY,
        updated_on=datetime.date(2026, 12, 1),
        contact_email="voresishoj@ishoj.dk",
        contact_phone="+45 43 57 75 00",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def footer(response):
    html = response.content.decode()
    return html[html.index('<footer class="site-footer">') :]


def privacy_notice(response):
    """The paragraph a public form shows beside the personal data it asks for."""
    html = response.content.decode()
    start = html.index('<p class="form-field__help public-form__privacy">')
    return html[start : html.index("</p>", start)]


@pytest.mark.django_db
def test_every_page_links_the_policy_from_its_footer(client, policy, about_page):
    for url in ["/", about_page.url, "/search/?q=Glashuset"]:
        assert f'<a href="{policy.url}">Privatlivspolitik</a>' in footer(client.get(url))


@pytest.mark.django_db
def test_footer_links_the_policy_in_the_readers_language_or_else_danish(
    client, translated_homes, policy
):
    arabic = translate(policy, "ar", title="سياسة الخصوصية", slug="privacy-policy")

    assert f'<a href="{arabic.url}">سياسة الخصوصية</a>' in footer(client.get("/ar/"))
    # Not translated into Turkish yet: the Danish policy is better than none.
    assert f'<a href="{policy.url}">Privatlivspolitik</a>' in footer(client.get("/tr/"))


@pytest.mark.django_db
def test_policy_says_who_is_responsible_what_is_kept_and_how_to_have_it_erased(client, policy):
    html = client.get(policy.url).content.decode()

    assert "Ishøj Kommune er dataansvarlig" in html
    assert "Vi sletter tippet senest seks måneder efter." in html
    assert "Se, ret eller slet dine oplysninger" in html
    assert 'href="mailto:voresishoj@ishoj.dk"' in html
    assert 'href="tel:+4543577500"' in html
    assert 'href="https://www.datatilsynet.dk/"' in html
    assert "1. december 2026" in html
    assert "databeskyttelsesrådgiver" not in html  # none given


@pytest.mark.django_db
def test_policy_names_the_data_protection_officer_when_given(client, policy):
    policy.protection_officer_email = "dpo@example.dk"
    policy.save_revision().publish()

    html = client.get(policy.url).content.decode()

    assert 'href="mailto:dpo@example.dk"' in html


@pytest.mark.django_db
def test_story_tip_form_links_the_policy_after_the_contact_fields(client, policy, home_page):
    tip_page = StoryTipPageFactory(parent=home_page)

    response = client.get(tip_page.url)
    html = response.content.decode()

    notice = privacy_notice(response)
    assert "bliver aldrig offentliggjort" in notice
    assert f'<a href="{policy.url}">Sådan behandler vi personoplysninger</a>' in notice
    assert html.index('name="contact_phone"') < html.index(notice) < html.index('name="photo"')


@pytest.mark.django_db
def test_volunteer_form_links_the_policy_after_the_email_field(client, policy, home_page):
    signup_page = VolunteerSignupPageFactory(parent=home_page)

    response = client.get(signup_page.url)
    html = response.content.decode()

    notice = privacy_notice(response)
    assert f'<a href="{policy.url}">Sådan behandler vi personoplysninger</a>' in notice
    assert html.index('name="email"') < html.index(notice) < html.index('name="consent"')


@pytest.mark.django_db
def test_forms_link_the_policy_in_the_readers_language(client, translated_homes, policy):
    tip_page = StoryTipPageFactory(parent=translated_homes["da"])
    english_tip_page = translate(tip_page, "en", title="Tip us", slug="tip-us")
    english = translate(policy, "en", title="Privacy policy", slug="privacy-policy")

    notice = privacy_notice(client.get(english_tip_page.url))

    assert "They are never published." in notice
    assert f'<a href="{english.url}">How we handle personal data</a>' in notice


@pytest.mark.django_db
def test_without_a_policy_the_form_still_says_what_the_details_are_for(client, home_page):
    tip_page = StoryTipPageFactory(parent=home_page)

    notice = privacy_notice(client.get(tip_page.url))

    assert "bliver aldrig offentliggjort" in notice
    assert "<a " not in notice


@pytest.mark.django_db
def test_only_one_policy_below_each_home_page(home_page, policy):
    assert not PrivacyPolicyPage.can_create_at(home_page)
