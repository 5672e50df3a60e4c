"""
Translating a page with wagtail-localize through the real admin views: the segment editor
saves, nothing untranslated goes public, development agents send their translation to
moderation, and publishing a changed source names the translations it left out of date.
"""

from html import unescape

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import polib
import pytest

from core.translation import translate as translate_page
from roles.definitions import DEVELOPMENT_AGENTS, EDITORS
from stories.models import StoryPage
from tests.conftest import story, translate

BOUNDARY = "vores-ishoj-boundary"
TITLE = "Cykelværkstedet åbner"
LEAD = "Unge frivillige lapper cykler for naboerne."
BODY = "Værkstedet ligger ved Glashuset."
ARABIC = {
    TITLE: "ورشة الدراجات تفتح أبوابها",
    "cykelvaerkstedet-aabner": "warshat-aldarajat",
    LEAD: "شباب متطوعون يصلحون الدراجات للجيران.",
    BODY: "تقع الورشة بجوار غلاسهوسيت.",
}


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.dk", "hemmeligt-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return member_of(EDITORS, "redaktor")


@pytest.fixture
def agent(db):
    return member_of(DEVELOPMENT_AGENTS, "agent")


@pytest.fixture
def arabic_index(translated_homes, story_index):
    return translate(story_index, "ar", title="قصص جيدة")


@pytest.fixture
def danish_story(story_index, arabic_index):
    return story(
        story_index,
        TITLE,
        slug="cykelvaerkstedet-aabner",
        lead=LEAD,
        body=[{"type": "paragraph", "value": f"<p>{BODY}</p>"}],
    )


def arabic():
    return Locale.objects.get(language_code="ar")


def send_for_translation(client, page):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [arabic().pk]},
    )
    assert response.status_code == 302
    return StoryPage.objects.get(translation_key=page.translation_key, locale=arabic())


def translation_into_arabic(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=arabic())


def save_segment(client, translation, segment, value):
    """What the segment editor's "Save" sends: a PUT with a multipart form."""
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        encode_multipart(BOUNDARY, {"value": value}),
        content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", BOUNDARY),
    )


def translate_texts(client, translation, texts):
    for segment in translation.source.stringsegment_set.select_related("string"):
        if segment.string.data in texts:
            response = save_segment(client, translation, segment, texts[segment.string.data])
            assert response.status_code == 201, response.content


def editor_action(client, page, action):
    return client.post(f"/admin/pages/{page.pk}/edit/", {"action": action}, follow=True)


def shown_messages(response):
    """The admin's messages as a reader sees their text (a message may also carry buttons)."""
    return [unescape(str(message)).strip() for message in response.context["messages"]]


def test_the_segment_editor_saves_a_translation(client, editor, danish_story):
    client.force_login(editor)
    send_for_translation(client, danish_story)
    translation = translation_into_arabic(danish_story)
    segment = translation.source.stringsegment_set.get(string__data=LEAD)

    response = save_segment(client, translation, segment, ARABIC[LEAD])

    assert response.status_code == 201
    saved = StringTranslation.objects.get(translation_of=segment.string, locale=arabic())
    assert saved.data == ARABIC[LEAD]


def test_a_live_story_sent_for_translation_stays_a_draft(
    client, editor, danish_story, arabic_index
):
    client.force_login(editor)
    arabic_story = send_for_translation(client, danish_story)
    client.logout()

    assert not arabic_story.live
    assert client.get(arabic_story.url).status_code == 404
    index_html = client.get(arabic_index.url).content.decode()
    assert TITLE not in index_html
    assert LEAD not in index_html


@pytest.mark.parametrize(("role", "action"), [("editor", "publish"), ("agent", "submit")])
def test_an_unfinished_translation_is_neither_published_nor_submitted(
    client, request, editor, danish_story, role, action
):
    client.force_login(editor)
    arabic_story = send_for_translation(client, danish_story)
    translation = translation_into_arabic(danish_story)
    translate_texts(client, translation, {TITLE: ARABIC[TITLE]})
    client.force_login(request.getfixturevalue(role))

    response = editor_action(client, arabic_story, action)

    assert response.status_code == 200
    assert "3 tekster er ikke oversat endnu." in " ".join(shown_messages(response))
    arabic_story.refresh_from_db()
    assert not arabic_story.live
    assert not arabic_story.workflow_in_progress


def test_an_editor_publishes_a_finished_translation(
    client, editor, danish_story, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    arabic_story = send_for_translation(client, danish_story)
    translate_texts(client, translation_into_arabic(danish_story), ARABIC)

    with django_capture_on_commit_callbacks(execute=True):
        editor_action(client, arabic_story, "publish")
    client.logout()

    arabic_story.refresh_from_db()
    assert arabic_story.live
    html = client.get(arabic_story.url).content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert ARABIC[LEAD] in html
    assert LEAD not in html


def test_an_agent_submits_a_translation_to_moderation_and_an_editor_approves_it(
    client, editor, agent, danish_story
):
    client.force_login(agent)
    arabic_story = send_for_translation(client, danish_story)
    translation = translation_into_arabic(danish_story)
    editor_page = client.get(f"/admin/pages/{arabic_story.pk}/edit/").content.decode()
    assert "js/translation-editor.js" in editor_page
    assert 'data-submit-label="Send til moderering"' in editor_page
    translate_texts(client, translation, ARABIC)

    response = editor_action(client, arabic_story, "submit")

    assert f"'{ARABIC[TITLE]}' på arabisk er sendt til moderering." in shown_messages(response)
    arabic_story = StoryPage.objects.get(pk=arabic_story.pk)
    assert arabic_story.workflow_in_progress
    assert not arabic_story.live
    client.force_login(editor)
    task_state = arabic_story.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{arabic_story.pk}/approve/{task_state.pk}/", {})
    client.logout()
    arabic_story.refresh_from_db()
    assert arabic_story.live
    assert ARABIC[BODY] in client.get(arabic_story.url).content.decode()


def publish_danish(client, page, lead):
    form = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "lead": lead,
            "story_date": page.story_date.isoformat(),
            "body": streamfield([("paragraph", rich_text(f"<p>{BODY}</p>"))]),
            "tags": "",
            "action-publish": "1",
        }
    )
    form["body-0-id"] = page.body[0].id  # the editor keeps a block's id
    return client.post(f"/admin/pages/{page.pk}/edit/", form, follow=True)


def test_publishing_a_changed_source_names_its_out_of_date_translations(
    client, editor, danish_story
):
    client.force_login(editor)
    send_for_translation(client, danish_story)
    source = translation_into_arabic(danish_story).source

    response = publish_danish(client, danish_story, "Nu også om lørdagen.")

    [message] = [text for text in shown_messages(response) if "forældede" in text]
    assert message.startswith(
        "Oversættelserne til arabisk er nu forældede. Synkronisér dem, så oversætterne kan se, "
        "hvad der er ændret."
    )
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert f'href="{sync_url}"' in message
    assert "Synkronisér oversættelserne" in message


def test_publishing_an_unchanged_source_says_nothing_about_translations(
    client, editor, danish_story
):
    client.force_login(editor)
    send_for_translation(client, danish_story)

    response = publish_danish(client, danish_story, LEAD)

    assert not [text for text in shown_messages(response) if "forældede" in text]


def sync(client, source, publish):
    data = {"publish_translations": "on"} if publish else {}
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    return client.post(url, data, follow=True)


def test_sync_and_publish_keeps_an_unfinished_translation_as_it_was(
    client, editor, danish_story, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    arabic_story = send_for_translation(client, danish_story)
    translation = translation_into_arabic(danish_story)
    translate_texts(client, translation, ARABIC)
    with django_capture_on_commit_callbacks(execute=True):
        editor_action(client, arabic_story, "publish")
    publish_danish(client, danish_story, "Nu også om lørdagen.")

    with django_capture_on_commit_callbacks(execute=True):
        response = sync(client, translation.source, publish=True)

    assert (
        "Ikke udgivet, fordi nogle tekster ikke er oversat endnu: arabisk. Oversæt dem, og udgiv "
        "så." in shown_messages(response)
    )
    client.logout()
    arabic_story.refresh_from_db()
    response = client.get(arabic_story.url)
    assert response.status_code == 200
    assert ARABIC[LEAD] in response.content.decode()
    assert "Nu også om lørdagen." not in response.content.decode()


def test_sync_and_publish_publishes_a_finished_translation(
    client, editor, danish_story, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    arabic_story = send_for_translation(client, danish_story)
    translation = translation_into_arabic(danish_story)
    translate_texts(client, translation, ARABIC)

    with django_capture_on_commit_callbacks(execute=True):
        sync(client, translation.source, publish=True)

    arabic_story.refresh_from_db()
    assert arabic_story.live


def demo_messages(page, texts):
    """A PO file as demo/translations holds it: each of the page's texts with its context."""
    po = polib.POFile()
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for segment in source.stringsegment_set.select_related("string", "context"):
        po.append(
            polib.POEntry(
                msgctxt=segment.context.path,
                msgid=segment.string.data,
                msgstr=texts[segment.string.data],
            )
        )
    return po


def test_the_demo_loader_s_translation_is_live_in_arabic(danish_story):
    danish_story.save_revision().publish()

    targets = translate_page(danish_story, {arabic(): demo_messages(danish_story, ARABIC)})

    page = StoryPage.objects.get(pk=targets[arabic()].pk)
    assert page.live and page.title == ARABIC[TITLE] and page.lead == ARABIC[LEAD]
    assert ARABIC[BODY] in str(page.body[0].value)


def test_a_translation_with_a_link_the_source_lacks_fails_loudly(danish_story):
    danish_story.save_revision().publish()
    texts = ARABIC | {BODY: '<a id="a1">تقع الورشة</a> بجوار غلاسهوسيت.'}

    with pytest.raises(ValueError, match="a1"):
        translate_page(danish_story, {arabic(): demo_messages(danish_story, texts)})
