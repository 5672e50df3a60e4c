"""Renaming a page field keeps the value in drafts and in wagtail-localize's copies of the page."""

import json

from django.apps import apps

from wagtail_localize.models import TranslationContext, TranslationSource

from core.migration_operations import rename_in_stored_content


def stored_with_old_names(place):
    """The place's draft and translation source as they were stored before the rename."""
    revision = place.save_revision()
    revision.content["photo"] = revision.content.pop("hero_image")
    revision.save()
    source, _created = TranslationSource.get_or_create_from_instance(place)
    content = json.loads(source.content_json)
    content["photo"] = content.pop("hero_image")
    source.content_json = json.dumps(content)
    source.save()
    contexts = TranslationContext.objects.filter(object=source.object, path="hero_image_alt")
    contexts.update(
        path="photo_alt",
        field_path="photo_alt",
        path_id=TranslationContext._get_path_id("photo_alt"),
    )
    return revision, source


def test_a_draft_keeps_its_photo_when_the_field_is_renamed(glashuset, image):
    glashuset.hero_image, glashuset.hero_image_alt = image, "Glashuset set fra parken"
    revision, source = stored_with_old_names(glashuset)

    rename_in_stored_content(apps, "directory", "placepage", "photo", "hero_image")
    rename_in_stored_content(apps, "directory", "placepage", "photo_alt", "hero_image_alt")

    revision.refresh_from_db()
    source.refresh_from_db()
    assert revision.as_object().hero_image == image
    assert source.as_instance().hero_image == image
    context = TranslationContext.objects.get(object=source.object, path="hero_image_alt")
    assert context.path_id == TranslationContext._get_path_id("hero_image_alt")
