"""
Images uploaded in the admin keep the pixel budget: too many pixels are refused in Danish, a
large photo is stored shrunk and upright without metadata, and renditions and focal points follow.
"""

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.urls import reverse

from wagtail.models import Collection

import pytest
from PIL import Image

from images.models import CustomImage
from tests.generated_images import grey_png, phone_photo, photo

TOO_MANY_PIXELS = "Billedet har mere end 40 millioner pixels. Vælg en mindre udgave af det."


@pytest.fixture
def editor_client(client, db):
    editor = get_user_model().objects.create_superuser("redaktoer", "r@ishoj.dk", "hemmeligt-1")
    client.force_login(editor)
    return client


def upload(client, file, title="Sommerfest"):
    data = {"title": title, "file": file, "collection": Collection.get_first_root_node().pk}
    return client.post("/admin/images/add/", data)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # expected
def test_an_image_of_too_many_pixels_is_refused_in_danish(editor_client):
    response = upload(editor_client, grey_png(12_000, 12_000))
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.content.decode()
    assert not CustomImage.objects.exists()


def test_a_decompression_bomb_is_refused_with_the_same_message(editor_client):
    response = upload(editor_client, grey_png(40_000, 40_000, pixels=False))
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.content.decode()
    assert not CustomImage.objects.exists()


def test_the_multiple_uploader_refuses_it_too(editor_client):
    response = editor_client.post(
        "/admin/images/multiple/add/", {"files[]": grey_png(40_000, 40_000, pixels=False)}
    )
    assert response.status_code == 200
    assert response.json() == {"success": False, "error_message": TOO_MANY_PIXELS}
    assert not CustomImage.objects.exists()


def test_a_large_photo_is_stored_3000_pixels_wide(editor_client):
    response = upload(editor_client, photo((6000, 4000), name="sommerfest.jpg"))
    assert response.status_code == 302
    image = CustomImage.objects.get()
    assert (image.width, image.height) == (3000, 2000)
    with Image.open(image.file.path) as stored:
        assert stored.size == (3000, 2000)
    assert image.file_size == image.file.size
    assert image.file.name.startswith("original_images/sommerfest")


def test_the_multiple_uploader_stores_a_large_photo_shrunk(editor_client, settings):
    settings.IMAGE_MAX_LONG_SIDE = 500
    response = editor_client.post("/admin/images/multiple/add/", {"files[]": photo((800, 600))})
    assert response.json()["success"] is True
    image = CustomImage.objects.get()
    assert (image.width, image.height) == (500, 375)


def test_a_phone_photo_is_stored_upright_without_metadata(editor_client, settings):
    settings.IMAGE_MAX_LONG_SIDE = 200
    upload(editor_client, phone_photo((400, 300)))
    image = CustomImage.objects.get()
    assert (image.width, image.height) == (150, 200)
    with Image.open(image.file.path) as stored:
        assert not stored.getexif()


def test_renditions_of_a_shrunk_photo_have_their_size(editor_client):
    upload(editor_client, photo((6000, 4000)))
    image = CustomImage.objects.get()
    assert (image.get_rendition("fill-600x400").width, image.get_rendition("width-5000").width) == (
        600,
        3000,
    )


def test_a_focal_point_given_with_a_large_photo_is_scaled_with_it(db, settings):
    settings.IMAGE_MAX_LONG_SIDE = 1000
    file = ImageFile(photo((4000, 2000)), name="plads.jpg")
    image = CustomImage(title="Pladsen", file=file)
    image.focal_point_x, image.focal_point_y = 3000, 1000
    image.focal_point_width, image.focal_point_height = 400, 200
    image.save()
    image.refresh_from_db()
    assert (image.width, image.height) == (1000, 500)
    assert image.get_focal_point().as_tuple() == (700, 225, 800, 275)
    rendition = image.get_rendition("fill-100x100-c100")
    assert (rendition.width, rendition.height) == (100, 100)


def test_editing_the_title_leaves_the_stored_file_alone(editor_client, image):
    name, file_hash = image.file.name, image.file_hash
    image.title = "Glashuset om aftenen"
    image.save()
    image.refresh_from_db()
    assert (image.file.name, image.file_hash) == (name, file_hash)


def test_a_focal_point_set_in_the_admin_is_kept(editor_client, image):
    data = {
        "title": image.title,
        "collection": image.collection_id,
        "credit": image.credit,
        "focal_point_x": 800,
        "focal_point_y": 450,
        "focal_point_width": 200,
        "focal_point_height": 100,
    }
    response = editor_client.post(reverse("wagtailimages:edit", args=[image.pk]), data)
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.get_focal_point().as_tuple() == (700, 400, 900, 500)
