"""A tip's photo is personal data: its metadata is dropped, and it is never a public file."""

import io

from PIL import Image

from contributions.models import StoryTip
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


def test_photo_is_stored_without_its_metadata(client, tip_page):
    original = photo_with_location()
    assert Image.open(original).getexif()  # the test photo does carry metadata
    original.seek(0)

    client.post(tip_page.url, tip_data(photo=original, photo_consent="on"))

    tip = StoryTip.objects.get()
    with Image.open(tip.photo.path) as stored:
        assert not stored.getexif()
        assert stored.size == (40, 30)


def test_photo_is_not_served_as_a_public_file(client, tip_page):
    original = photo_with_location()
    client.post(tip_page.url, tip_data(photo=original, photo_consent="on"))

    tip = StoryTip.objects.get()
    assert tip.photo.url.startswith("/media/tips/")
    assert client.get(tip.photo.url).status_code == 404
