"""A tip's photo keeps the pixel budget: too many pixels are refused, a large photo is shrunk."""

import re

import pytest
from PIL import Image

from contributions.models import StoryTip
from tests.generated_images import grey_png, phone_photo, photo

from .conftest import tip_data

TOO_MANY_PIXELS = "Billedet har mere end 40 millioner pixels. Vælg en mindre udgave af det."


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # expected
def test_a_small_png_of_too_many_pixels_is_refused_and_the_text_kept(client, tip_page):
    png = grey_png(12_000, 12_000)
    assert png.size < 200_000  # small on the wire, 144 million pixels to decode
    response = client.post(tip_page.url, tip_data(photo=png, who="Ungerådet", photo_consent="on"))
    html = response.content.decode()
    assert response.status_code == 200
    assert not StoryTip.objects.exists()
    assert TOO_MANY_PIXELS in html
    assert 'href="#id_photo"' in html
    assert "Naboerne i Vejleåparken holdt loppemarked." in html
    assert 'value="Ungerådet"' in html
    assert 'value="amina@example.dk"' in html
    assert re.search(r'<input type="checkbox" name="photo_consent"[^>]* checked', html)


def test_a_decompression_bomb_is_refused_with_the_same_message(client, tip_page):
    bomb = grey_png(40_000, 40_000, pixels=False)  # 1.6 billion pixels: Pillow refuses to open it
    response = client.post(tip_page.url, tip_data(photo=bomb))
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.content.decode()
    assert not StoryTip.objects.exists()


def test_the_budget_is_a_setting(client, tip_page, settings):
    settings.IMAGE_MAX_PIXELS = 2_500_000
    response = client.post(tip_page.url, tip_data(photo=photo((2000, 1300))))
    assert "Billedet har mere end 2,5 millioner pixels." in response.content.decode()
    assert not StoryTip.objects.exists()


def test_a_photo_within_the_budget_is_stored_at_most_3000_pixels_wide(client, tip_page):
    response = client.post(tip_page.url, tip_data(photo=photo((6000, 4000))))
    assert response.status_code == 302
    with Image.open(StoryTip.objects.get().photo.path) as stored:
        assert stored.size == (3000, 2000)


def test_a_photo_is_turned_upright_and_stored_without_metadata(client, tip_page, settings):
    settings.IMAGE_MAX_LONG_SIDE = 200
    client.post(tip_page.url, tip_data(photo=phone_photo((400, 300))))
    with Image.open(StoryTip.objects.get().photo.path) as stored:
        assert stored.size == (150, 200)  # upright: portrait
        assert not stored.getexif()


def test_a_png_and_a_webp_are_stored_without_metadata(client, tip_page, settings):
    exif = Image.Exif()
    exif[0x8825] = {2: (55.0, 37.0, 0.0), 4: (12.0, 21.0, 0.0)}
    for image_format, name in [("PNG", "tegning.png"), ("WEBP", "foto.webp")]:
        settings.PUBLIC_FORM_RATE_LIMIT = 10
        upload = photo((40, 30), name=name, image_format=image_format, exif=exif)
        assert Image.open(upload).getexif()
        upload.seek(0)
        assert client.post(tip_page.url, tip_data(photo=upload)).status_code == 302
    for tip in StoryTip.objects.all():
        with Image.open(tip.photo.path) as stored:
            assert not stored.getexif()


def test_a_truncated_photo_is_refused_without_an_error(client, tip_page):
    whole = photo((400, 300)).read()
    truncated = photo((1, 1))
    truncated.file.seek(0)
    truncated.file.truncate()
    truncated.file.write(whole[: len(whole) // 2])
    truncated.size = len(whole) // 2
    truncated.file.seek(0)
    response = client.post(tip_page.url, tip_data(photo=truncated))
    assert response.status_code == 200
    assert "Billedet skal være i formatet JPEG, PNG eller WebP." in response.content.decode()
    assert not StoryTip.objects.exists()
