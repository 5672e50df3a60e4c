"""
Links between stories and events are held by the events ("related stories"); a story shows the
events that link it. A link a story held becomes a link from the event (every language version of
it) to the story's version in the default language, both on the live pages and in the events'
latest revisions, so the next edit of the event keeps it. (0006 then removes the story's field,
in a transaction of its own.)
"""

from django.conf import settings
from django.db import migrations

from wagtail.coreutils import get_supported_content_language_variant


def move_links_to_events(apps, schema_editor):
    EventPage = apps.get_model("events", "EventPage")
    Locale = apps.get_model("wagtailcore", "Locale")
    StoryPage = apps.get_model("stories", "StoryPage")
    story_links = StoryPage._meta.get_field("related_events").remote_field.through
    event_links = EventPage._meta.get_field("related_stories").remote_field.through
    default = Locale.objects.filter(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    ).first()
    for link in story_links.objects.select_related("storypage", "eventpage"):
        story = link.storypage
        story = (
            StoryPage.objects.filter(translation_key=story.translation_key, locale=default).first()
            or story
        )
        for event in EventPage.objects.filter(translation_key=link.eventpage.translation_key):
            event_links.objects.get_or_create(eventpage=event, storypage=story)
            revision = event.latest_revision
            if revision is None:
                continue
            linked = revision.content.setdefault("related_stories", [])
            if story.pk not in linked:
                linked.append(story.pk)
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0004_storypage_hero_image_decorative"),
        ("events", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(move_links_to_events, migrations.RunPython.noop),
    ]
