"""
Translation rules every page type shares, on top of wagtail-localize's synced translations.

A translation goes public only once every text in it is translated: until then it is a draft
(settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE) and publishing it is refused. Whoever
may not publish sends a finished translation to moderation, like any other page. Publishing a
source whose texts changed leaves its translations out of date until they are synced.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.translation import get_language_info

from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import (
    SegmentOverride,
    String,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, validate_translation_links

import polib

__all__ = [
    "language_name",
    "outdated_translations",
    "submit_translation_for_moderation",
    "translate",
    "translation_of",
    "untranslated_count",
]


def translate(instance, translations, user=None):
    """
    Translate a page or snippet as the translation editor does, and publish the translations:
    synced wagtail-localize translations, which editors open and sync like any other.

    `translations` maps each target Locale to a polib.POFile whose entries carry the segments'
    contexts as msgctxt: a text's translation, or a synchronised value the translation overrides
    (as an editor may in the editor, a price written in the reader's language). The
    TranslationSource is extracted from `instance` as it is now. Every text must be translated:
    a missing one raises MissingTranslationError, and an entry that matches no segment of the
    source raises ValueError. Each translation is published here rather than on commit (as
    `Translation.save_target` does), so it is live inside the caller's transaction. Returns the
    translated objects by locale.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    overridable = {
        segment.context.path: segment.context
        for segment in source.overridablesegment_set.select_related("context")
    }
    segments = {
        (segment.context.path, segment.string.data_hash): segment
        for segment in source.stringsegment_set.select_related("string", "context")
    }
    targets = {}
    for locale, po in translations.items():
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        texts = polib.POFile()
        for entry in po:
            if entry.msgctxt in overridable:
                _override(overridable[entry.msgctxt], locale, entry.msgstr, user)
            else:
                texts.append(entry)
        try:
            _import_texts(source, segments, locale, texts, user)
        except ValueError as error:
            raise ValueError(f"{instance} ({locale.language_code}): {error}") from error
        targets[locale] = _save_translation(source, instance, locale, user)
    return targets


def _import_texts(source, segments, locale, entries, user):
    """
    The entries' translations of the source's texts in `locale`, written in one query, as
    `Translation.import_po` writes them one by one. An entry that matches no text of the
    source, or whose translation wagtail-localize would mark as an error (malformed HTML, a
    link the source does not have), raises ValueError.
    """
    now = timezone.now()
    rows = []
    for entry in entries:
        if not entry.msgstr:
            continue
        segment = segments.get((entry.msgctxt, String._get_data_hash(entry.msgid)))
        if segment is None:
            raise ValueError(f"no text {entry.msgid!r} at {entry.msgctxt}")
        try:
            StringValue.from_translated_html(entry.msgstr)
            validate_translation_links(segment.string.data, entry.msgstr)
        except ValueError as error:
            raise ValueError(f"{entry.msgctxt}: {error}") from error
        rows.append(
            StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=entry.msgstr,
                updated_at=now,
                translation_type="manual",
                tool_name="",
                last_translated_by=user,
                has_error=False,
                field_error="",
            )
        )
    StringTranslation.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["locale", "translation_of", "context"],
        update_fields=[
            "data",
            "updated_at",
            "translation_type",
            "tool_name",
            "last_translated_by",
            "has_error",
            "field_error",
        ],
    )


def _override(context, locale, value, user):
    SegmentOverride.objects.update_or_create(
        context=context,
        locale=locale,
        defaults={"data_json": json.dumps(value), "last_translated_by": user},
    )


def _save_translation(source, instance, locale, user):
    drafts = isinstance(instance, DraftStateMixin)
    target, _created = source.create_or_update_translation(
        locale, user=user, publish=not drafts, fallback=False
    )
    if drafts:
        target.get_latest_revision().publish(user=user)
    return target


def translation_of(page):
    """The synced translation whose target is `page`, or None for a source or a page on its own."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_count(translation):
    """How many of the source's texts have no (valid) translation yet."""
    total, translated = translation.get_progress()
    return total - translated


def language_name(locale):
    """The locale's language in the reader's language ("arabisk" in the Danish admin)."""
    try:
        return str(get_language_info(locale.language_code)["name_translated"])
    except KeyError:  # a language Django does not know: its name in itself
        return locale.get_display_name()


def _segments_as_published(page):
    strings, values = set(), set()
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            strings.add((segment.path, segment.string.data))
        elif isinstance(segment, OverridableSegmentValue):
            values.add((segment.path, json.dumps(segment.data, cls=DjangoJSONEncoder)))
    return strings, values


def _segments_as_synced(source):
    strings = set(source.stringsegment_set.values_list("context__path", "string__data"))
    values = set(source.overridablesegment_set.values_list("context__path", "data_json"))
    return strings, values


def outdated_translations(page):
    """
    The source of `page`'s translations and those translations, if `page`'s texts or synchronised
    values differ from what they were last synced from; otherwise (None, []).
    """
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return None, []
    translations = list(
        source.translations.filter(enabled=True)
        .select_related("target_locale")
        .order_by("target_locale__language_code")
    )
    if not translations or _segments_as_published(page) == _segments_as_synced(source):
        return source, []
    return source, translations


def submit_translation_for_moderation(page, translation, user):
    """
    Save the translation as a draft revision of `page` and send it through the page's workflow,
    as Wagtail's editor does with "Submit for moderation": a new submission, or a resubmission
    after changes were requested. Returns the page as saved, or None if no workflow applies to it.
    """
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif state is None:
        workflow = page.get_workflow()
        if workflow is None:
            return None
        workflow.start(page, user)
    return page
