"""
Migration operations for page fields, whose values Wagtail and wagtail-localize also keep as JSON
outside the page's table.
"""

import json
import uuid

from django.db import migrations

__all__ = ["RenamePageField", "hero_image_without_alt_is_decorative"]

# The namespace of wagtail_localize.models.TranslationContext._get_path_id.
TRANSLATION_PATH_NAMESPACE = uuid.UUID("fcab004a-2b50-11ea-978f-2e728ce88125")


class RenamePageField(migrations.RenameField):
    """
    RenameField that renames the field in the page's revisions (drafts, scheduled and past
    versions) and in wagtail-localize's translation sources and string contexts too. Without it
    the editor would open the latest draft without the field's value, and a translation saved
    before the next sync would lose it. The migration must depend on wagtailcore and
    wagtail_localize.
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        super().database_forwards(app_label, schema_editor, from_state, to_state)
        rename_in_stored_content(
            to_state.apps, app_label, self.model_name_lower, self.old_name, self.new_name
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        super().database_backwards(app_label, schema_editor, from_state, to_state)
        rename_in_stored_content(
            to_state.apps, app_label, self.model_name_lower, self.new_name, self.old_name
        )


def rename_in_stored_content(apps, app_label, model_name, old_name, new_name):
    content_type = (
        apps.get_model("contenttypes", "ContentType")
        .objects.filter(app_label=app_label, model=model_name)
        .first()
    )
    if content_type is None:  # a fresh database: nothing stored yet
        return
    revisions = apps.get_model("wagtailcore", "Revision").objects
    for revision in revisions.filter(content_type=content_type):
        if old_name in revision.content:
            revision.content[new_name] = revision.content.pop(old_name)
            revision.save(update_fields=["content"])
    sources = apps.get_model("wagtail_localize", "TranslationSource").objects
    for source in sources.filter(specific_content_type=content_type):
        content = json.loads(source.content_json)
        if old_name in content:
            content[new_name] = content.pop(old_name)
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])
    contexts = apps.get_model("wagtail_localize", "TranslationContext").objects.filter(
        object__sources__specific_content_type=content_type, path=old_name
    )
    contexts.distinct().update(
        path=new_name,
        field_path=new_name,
        path_id=uuid.uuid5(TRANSLATION_PATH_NAMESPACE, new_name),
    )


def hero_image_without_alt_is_decorative(model_name):
    """
    For page types whose hero image could be left without alt text as decoration: mark those
    images decorative, in the pages and their revisions, so they keep rendering as they did and
    pass core.models.HeroImageMixin's check.
    """

    def forwards(apps, schema_editor):
        model = apps.get_model(model_name)
        model.objects.filter(hero_image__isnull=False, hero_image_alt="").update(
            hero_image_decorative=True
        )
        content_type = (
            apps.get_model("contenttypes", "ContentType")
            .objects.filter(app_label=model._meta.app_label, model=model._meta.model_name)
            .first()
        )
        revisions = apps.get_model("wagtailcore", "Revision").objects
        for revision in revisions.filter(content_type=content_type):
            content = revision.content
            if content.get("hero_image") and not content.get("hero_image_alt"):
                content["hero_image_decorative"] = True
                revision.save(update_fields=["content"])

    return migrations.RunPython(forwards, migrations.RunPython.noop)
