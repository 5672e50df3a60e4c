"""The story index, a story's page, and where stories show up elsewhere on the site."""

import datetime
import json
import re

from django.core.exceptions import ValidationError

import pytest

from directory.factories import NeighbourhoodFactory, ThemeFactory
from stories.factories import StoryPageFactory
from tests.conftest import organisation, story, translate


def structured_data(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )


def titles(response):
    return [story.title for story in response.context["stories"]]


def test_index_lists_newest_stories_first(client, story_index):
    story(story_index, "Byttemarked i Glashuset", story_date=datetime.date(2026, 5, 3))
    story(story_index, "Barselscaféen åbner", story_date=datetime.date(2026, 9, 1))
    story(story_index, "Søndag på Bredekærgård", story_date=datetime.date(2026, 1, 12))

    response = client.get(story_index.url)

    assert titles(response) == [
        "Barselscaféen åbner",
        "Byttemarked i Glashuset",
        "Søndag på Bredekærgård",
    ]
    assert "3 historier" in response.content.decode()


def test_index_leaves_out_drafts(client, story_index):
    story(story_index, "Offentliggjort")
    StoryPageFactory(parent=story_index, title="Kladde", live=False)

    assert titles(client.get(story_index.url)) == ["Offentliggjort"]


def test_index_is_paginated(client, story_index):
    for number in range(14):
        story(story_index, f"Historie nummer {number}")

    first, second = client.get(story_index.url), client.get(story_index.url + "?page=2")

    assert len(titles(first)) == 12
    assert len(titles(second)) == 2
    assert 'href="?page=2"' in first.content.decode()


@pytest.fixture
def filtered_stories(story_index):
    nature = ThemeFactory(name="Natur og klima", slug="natur-og-klima")
    children = ThemeFactory(name="Børn og familie", slug="boern-og-familie")
    vejleaaparken = NeighbourhoodFactory(name="Vejleåparken", slug="vejleaaparken")
    story(
        story_index,
        "Byttemarked",
        themes=[children],
        neighbourhood=vejleaaparken,
        tags=["byttemarked", "genbrug"],
    )
    story(story_index, "Strandrensning", themes=[nature], tags=["strand"])
    story(
        story_index,
        "Byhaver i Roskilde",
        themes=[nature],
        is_inspiration=True,
        inspiration_source_url="https://example.dk/byhaver",
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=natur-og-klima", {"Strandrensning", "Byhaver i Roskilde"}),
        ("neighbourhood=vejleaaparken", {"Byttemarked"}),
        ("tag=genbrug", {"Byttemarked"}),
        ("inspiration=on", {"Byhaver i Roskilde"}),
        ("theme=natur-og-klima&inspiration=on", {"Byhaver i Roskilde"}),
        ("theme=findes-ikke", {"Byttemarked", "Strandrensning", "Byhaver i Roskilde"}),
    ],
)
def test_index_filters_with_plain_links(client, story_index, filtered_stories, query, expected):
    response = client.get(f"{story_index.url}?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_unknown_filter_value_is_explained_not_an_error(client, story_index, filtered_stories):
    html = client.get(f"{story_index.url}?theme=findes-ikke").content.decode()
    assert (
        '<p class="form-error" role="alert">Et af valgene findes ikke længere, så det er udeladt.</p>'
        in html
    )


def test_filter_offers_only_what_the_stories_use(client, story_index, filtered_stories):
    ThemeFactory(name="Kultur", slug="kultur")  # no story has this theme
    form = client.get(story_index.url).context["filter_form"]
    assert [slug for slug, _name in form.fields["theme"].choices] == [
        "",
        "natur-og-klima",
        "boern-og-familie",
    ] or {slug for slug, _ in form.fields["theme"].choices} == {
        "",
        "natur-og-klima",
        "boern-og-familie",
    }
    assert {slug for slug, _ in form.fields["tag"].choices} == {
        "",
        "byttemarked",
        "genbrug",
        "strand",
    }


def test_index_runs_a_bounded_number_of_queries(
    client, story_index, image, django_assert_max_num_queries
):
    themes = [ThemeFactory(), ThemeFactory()]
    for number in range(50):
        story(
            story_index,
            f"Historie {number}",
            hero_image=image,
            hero_image_alt="Glashuset",
            themes=themes,
            tags=["genbrug"],
        )
    client.get(story_index.url)  # renditions are made on the first view

    with django_assert_max_num_queries(30):
        response = client.get(story_index.url + "?page=3")
    assert len(titles(response)) == 12


def test_index_lists_the_readers_language(client, translated_homes, story_index):
    danish = story(story_index, "Byttemarked")
    arabic_index = translate(story_index, "ar", title="قصص جيدة")
    translate(danish, "ar", title="سوق التبادل")

    assert titles(client.get(arabic_index.url)) == ["سوق التبادل"]
    assert 'dir="rtl"' in client.get(arabic_index.url).content.decode()


def test_story_page_shows_lead_credit_and_quote(client, story_index, image):
    page = story(
        story_index,
        "Barselscaféen i Glashuset",
        lead="Nybagte forældre mødes hver tirsdag.",
        hero_image=image,
        hero_image_alt="Forældre med barnevogne foran Glashuset",
        hero_image_credit="Aisha Khan",
        byline="Mette Holm",
        body=[
            {
                "type": "quote",
                "value": {
                    "quote": "Her fandt jeg nye venner.",
                    "name": "Sara",
                    "role": "mor til Ali",
                },
            }
        ],
        press_contact_name="Jonas Presse",
        press_contact_phone="+45 12 34 56 78",
    )

    html = client.get(page.url).content.decode()

    assert "Nybagte forældre mødes hver tirsdag." in html
    assert "Foto: Aisha Khan" in html
    assert 'alt="Forældre med barnevogne foran Glashuset"' in html
    assert "Her fandt jeg nye venner." in html and "mor til Ali" in html
    assert "Af Mette Holm" in html


def test_press_contact_is_not_on_the_public_story(client, story_index):
    page = story(
        story_index,
        "Systuen",
        press_contact_name="Jonas Presse",
        press_contact_phone="+45 12 34 56 78",
        press_contact_email="jonas@example.dk",
    )
    html = client.get(page.url).content.decode()
    assert "Jonas Presse" not in html
    assert "jonas@example.dk" not in html
    assert f'href="{page.url}press/"' in html


def test_story_page_carries_article_structured_data(client, story_index, image):
    page = story(
        story_index,
        "Systuen syr børnetøj",
        hero_image=image,
        hero_image_alt="Symaskiner",
        byline="Mette Holm",
    )

    data = structured_data(client.get(page.url).content.decode())

    assert data["@type"] == "Article"
    assert data["headline"] == "Systuen syr børnetøj"
    assert data["author"] == {"@type": "Person", "name": "Mette Holm"}
    assert data["publisher"]["name"] == "Vores Ishøj"
    assert data["image"]["url"].startswith("http://")
    assert data["datePublished"]


def test_hero_image_needs_alt_text_and_credit(story_index, image):
    image.credit = ""
    image.save()
    page = StoryPageFactory.build(title="Uden alt-tekst", slug="uden", hero_image=image)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert {"hero_image_alt", "hero_image_credit"} <= error.value.message_dict.keys()


def test_inspiration_needs_a_source(story_index):
    page = StoryPageFactory.build(title="Fra Aarhus", slug="fra-aarhus", is_inspiration=True)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "inspiration_source_url" in error.value.message_dict


def test_home_page_shows_featured_then_latest_stories(client, home_page, story_index):
    story(story_index, "Gammel udvalgt", featured=True, story_date=datetime.date(2025, 1, 1))
    for number in range(5):
        story(story_index, f"Ny {number}", story_date=datetime.date(2026, 3, 1 + number))

    section = next(
        s for s in client.get(home_page.url).context["sections"] if "featured" in s.context
    )

    assert [s.title for s in section.context["featured"]] == ["Gammel udvalgt"]
    assert [s.title for s in section.context["latest"]] == ["Ny 4", "Ny 3", "Ny 2", "Ny 1"]


def test_organisation_page_lists_its_stories(client, directory, story_index):
    systuen = organisation(directory, "Systuen")
    story(story_index, "Systuen syr børnetøj", organisations=[systuen])

    html = client.get(systuen.url).content.decode()

    assert "Systuen syr børnetøj" in html


def test_translated_organisation_lists_translated_story(
    client, translated_homes, directory, story_index
):
    systuen = organisation(directory, "Systuen")
    danish_story = story(story_index, "Systuen syr børnetøj", organisations=[systuen])
    translate(directory, "en")
    translate(story_index, "en", title="Good stories")
    english_systuen = translate(systuen, "en", title="The sewing room")
    translate(danish_story, "en", title="The sewing room makes children's clothes")

    html = client.get(english_systuen.url).content.decode()

    assert "The sewing room makes children&#x27;s clothes" in html


def test_story_index_invites_tips_and_volunteer_writers(client, home_page, story_index):
    from contributions.factories import StoryTipPageFactory, VolunteerSignupPageFactory

    tip_page = StoryTipPageFactory(parent=home_page)
    signup_page = VolunteerSignupPageFactory(parent=home_page)

    html = client.get(story_index.url).content.decode()

    assert "Har du en god historie?" in html
    assert f'href="{tip_page.url}"' in html and f'href="{signup_page.url}"' in html
