"""
A tip's photo is personal data: its metadata is dropped, it lives in the private storage outside
the media root, and only the admin's photo view hands it out, to those who may read tips.
"""

import io
import pathlib
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import storages

import pytest
from PIL import Image

from contributions.models import StoryTip
from core.storage import check_private_root
from tests.contributions.conftest import tip_data


def photo_with_location():
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Telefonfabrikken"  # camera make
    exif[0x8825] = {2: (55.0, 37.0, 0.0), 4: (12.0, 21.0, 0.0)}  # GPS position
    Image.new("RGB", (40, 30), "teal").save(buffer, "JPEG", exif=exif)
    buffer.name = "fra-telefonen.jpg"
    buffer.seek(0)
    return buffer


@pytest.fixture
def sent_tip(client, tip_page):
    """A tip a resident sent through the form, with a photo."""
    client.post(tip_page.url, tip_data(photo=photo_with_location(), photo_consent="on"))
    return StoryTip.objects.get()


def test_photo_is_stored_without_its_metadata(client, tip_page):
    original = photo_with_location()
    assert Image.open(original).getexif()  # the test photo does carry metadata
    original.seek(0)

    client.post(tip_page.url, tip_data(photo=original, photo_consent="on"))

    tip = StoryTip.objects.get()
    with Image.open(tip.photo.path) as stored:
        assert not stored.getexif()
        assert stored.size == (40, 30)


def test_photo_is_stored_in_the_private_root_outside_the_media_root(sent_tip):
    stored = pathlib.Path(sent_tip.photo.path).resolve()
    assert pathlib.Path(settings.PRIVATE_MEDIA_ROOT).resolve() in stored.parents
    assert pathlib.Path(settings.MEDIA_ROOT).resolve() not in stored.parents
    assert stored.is_file()
    with pytest.raises(ValueError, match="private"):
        sent_tip.photo.url  # noqa: B018


def path_tricks(name):
    """Addresses below the media URL that might lead to the photo `name` (tips/…/….jpg)."""
    private_root = pathlib.Path(settings.PRIVATE_MEDIA_ROOT).name
    rest = name.removeprefix("tips/")
    return [
        f"/media/{name}",
        f"/media//{name}",
        f"/media/./{name}",
        f"/media/x/../{name}",
        f"/media/%74ips/{rest}",
        f"/media/tips%2F{quote(rest, safe='')}",
        f"/media/.%2F{name}",
        f"/media/x/%2E%2E/{name}",
        f"/media/../{private_root}/{name}",
        f"/media/%2E%2E/{private_root}/{name}",
        f"/media/..%2F{private_root}%2F{quote(name, safe='')}",
        f"/media//../{private_root}/{name}",
    ]


def test_no_address_below_the_media_url_reaches_the_photo(client, sent_tip):
    assert settings.SERVE_MEDIA  # Django serves the media in the tests
    for url in path_tricks(sent_tip.photo.name):
        response = client.get(url)
        assert response.status_code == 404, url


def test_public_uploads_are_still_served(client, image):
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == storages["default"].open(image.file.name).read()


def test_admin_serves_the_photo_to_an_editor(client, editor, sent_tip):
    client.force_login(editor)
    response = client.get(f"/admin/tips/photo/{sent_tip.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))
    with sent_tip.photo.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()


def test_admin_serves_the_photo_to_a_moderator(client, moderator, sent_tip):
    client.force_login(moderator)
    assert client.get(f"/admin/tips/photo/{sent_tip.pk}/").status_code == 200


def test_admin_refuses_the_photo_to_a_volunteer(client, volunteer, sent_tip):
    client.force_login(volunteer)
    response = client.get(f"/admin/tips/photo/{sent_tip.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_admin_refuses_the_photo_to_a_visitor(client, sent_tip):
    response = client.get(f"/admin/tips/photo/{sent_tip.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_photo_missing_from_the_storage_is_not_found(client, editor, sent_tip):
    storages["private"].delete(sent_tip.photo.name)
    client.force_login(editor)
    assert client.get(f"/admin/tips/photo/{sent_tip.pk}/").status_code == 404


def test_roots_inside_each_other_are_refused_at_startup(settings):
    assert check_private_root() == []
    settings.MEDIA_ROOT = str(pathlib.Path(settings.PRIVATE_MEDIA_ROOT) / "public")
    assert [error.id for error in check_private_root()] == ["voresishoj.E001"]
    settings.MEDIA_ROOT = str(pathlib.Path(settings.PRIVATE_MEDIA_ROOT).parent)
    assert [error.id for error in check_private_root()] == ["voresishoj.E001"]
