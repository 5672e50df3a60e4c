"""Places: coordinates are checked the way an editor needs, and a place shows who is there."""

import json
import re

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.test.utils.form_data import nested_form_data, rich_text

import pytest

from directory.factories import PlacePageFactory
from directory.models import PlacePage


def place(**fields):
    defaults = {"title": "Sted", "slug": "sted", "address": "Vej 1", "postcode": "2635"}
    return PlacePage(**{**defaults, **fields})


def test_coordinates_outside_denmark_are_an_error(db, english):
    swapped = place(latitude="12.345000", longitude="55.623000")
    with pytest.raises(ValidationError) as error:
        swapped.full_clean(exclude=["path", "depth", "locale", "content_type", "translation_key"])
    assert "outside Denmark" in str(error.value.message_dict["latitude"])


def test_coordinates_outside_ishoj_need_the_editors_confirmation(db, english):
    copenhagen = place(latitude="55.676100", longitude="12.568300")
    with pytest.raises(ValidationError) as error:
        copenhagen.full_clean(
            exclude=["path", "depth", "locale", "content_type", "translation_key"]
        )
    assert "outside Ishøj Municipality" in str(error.value.message_dict["outside_ishoj_confirmed"])

    copenhagen.outside_ishoj_confirmed = True
    copenhagen.full_clean(exclude=["path", "depth", "locale", "content_type", "translation_key"])


def test_a_photo_needs_alt_text_unless_it_is_decoration(image, english):
    pictured = place(latitude="55.615000", longitude="12.354000", hero_image=image)
    with pytest.raises(ValidationError) as error:
        pictured.full_clean(exclude=["path", "depth", "locale", "content_type", "translation_key"])
    assert "mark it as decoration" in str(error.value.message_dict["hero_image_alt"])

    pictured.hero_image_decorative = True
    pictured.full_clean(exclude=["path", "depth", "locale", "content_type", "translation_key"])


def test_a_decorative_photo_is_shown_without_alt_text(client, glashuset, image):
    glashuset.hero_image = image
    glashuset.hero_image_alt = "Glashuset"
    glashuset.hero_image_decorative = True
    glashuset.save_revision().publish()

    html = client.get(glashuset.url).content.decode()
    assert re.search(r'<img alt=""[^>]* srcset=', html)
    assert 'alt="Glashuset"' not in html


def test_coordinates_inside_ishoj_need_nothing_more(db):
    place(latitude="55.615000", longitude="12.354000").full_clean(
        exclude=["path", "depth", "locale", "content_type", "translation_key"]
    )


@pytest.fixture
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redaktoer", "r@ishoj.dk", "hemmeligt-1")


def place_form(**fields):
    return nested_form_data(
        {
            "title": "Ishøj Havn",
            "slug": "ishoj-havn",
            "description": rich_text("<p>Havnen.</p>"),
            "address": "Ishøj Havnevej 1",
            "postcode": "2635",
            "town": "Ishøj",
            "latitude": "55.676100",
            "longitude": "12.568300",
            "action-publish": "publish",
            **fields,
        }
    )


def test_editor_is_warned_outside_ishoj_and_can_accept(client, editor, directory):
    client.force_login(editor)
    url = f"/admin/pages/add/directory/placepage/{directory.pk}/"

    warned = client.post(url, place_form())
    assert warned.status_code == 200
    with translation.override("da"):  # the admin speaks Danish to a new editor
        warning = gettext(
            "These coordinates are outside Ishøj Municipality. If that is right, "
            "tick this box and save again."
        )
    assert escape(warning) in warned.content.decode()
    assert 'value="Ishøj Havnevej 1"' in warned.content.decode()  # nothing typed is lost
    assert not PlacePage.objects.filter(slug="ishoj-havn").exists()

    accepted = client.post(url, place_form(outside_ishoj_confirmed="on"))
    assert accepted.status_code == 302
    assert PlacePage.objects.get(slug="ishoj-havn").live


def test_edit_form_has_the_coordinate_picker(client, editor, glashuset):
    client.force_login(editor)
    html = client.get(f"/admin/pages/{glashuset.pk}/edit/").content.decode()
    assert 'data-coordinate-picker data-latitude-input="id_latitude"' in html
    assert "directory/coordinate-picker.js" in html


def test_place_page_shows_who_is_there_and_how_to_get_in(client, glashuset, families_network):
    html = client.get(glashuset.url).content.decode()
    assert "Aktiviteter for børn" in html
    assert "Vejleåparken 1, 2635 Ishøj" in html
    assert "<li>Trinfri adgang</li>" in html


def test_place_page_carries_schema_org_place_data(client, glashuset):
    html = client.get(glashuset.url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert data["@type"] == "Place"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 55.623, "longitude": 12.345}
    assert data["address"]["postalCode"] == "2635"


def test_places_factory_makes_valid_places(directory):
    page = PlacePageFactory(parent=directory)
    page.full_clean()
