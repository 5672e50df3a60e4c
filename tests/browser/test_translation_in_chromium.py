"""
The issue's translation flow on the demo, through the real admin in Chromium: the editor writes
a Danish story, translates every text into Arabic in wagtail-localize's editor and publishes,
changes the Danish story, syncs, translates only the changed text and publishes again; residents
read the Arabic story in Arabic. A development agent, who may not publish, translates a story and
sends it to moderation, and the editor publishes it.
"""

import re

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from demo.users import demo_password
from stories.factories import StoryPageFactory
from stories.models import StoryIndexPage, StoryPage

pytestmark = pytest.mark.browser

TITLE = "Reparationscaféen i Strandparken"
LEAD = "Naboer reparerer brødristere og cykler sammen."
BODY = "Caféen holder åbent i beboerhuset."
NEW_LEAD = "Naboer reparerer brødristere, cykler og symaskiner hver lørdag."
ARABIC_SLUG = "maqha-altasleeh"
ARABIC = {
    TITLE: "مقهى التصليح في ستراندباركن",
    LEAD: "الجيران يصلحون المحمصات والدراجات معًا.",
    BODY: "يفتح المقهى أبوابه في بيت السكان.",
    NEW_LEAD: "الجيران يصلحون المحمصات والدراجات وآلات الخياطة كل سبت.",
}


@pytest.fixture
def story_index(demo_db, settings):
    """The demo's Danish story index."""
    # Wagtail's autosave would race the test's clicks; the flow is the same without it.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    return StoryIndexPage.objects.get(locale=Locale.get_default())


def log_in(browser, demo_server, username):
    page = browser.new_context(base_url=demo_server.url).new_page()
    page.set_default_timeout(15_000)
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", demo_password())
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return page


def send_for_translation_into_arabic(user, page):
    """ "Translate this page" in the page's header, then Arabic; ends in the translation editor."""
    user.goto(f"/admin/pages/{page.pk}/edit/")
    user.locator("#w-slim-header-buttons [data-w-dropdown-target=toggle]").click()
    with user.expect_navigation():
        user.locator(f"a[href$='/admin/localize/submit/page/{page.pk}/']").click()
    arabic_locale = Locale.objects.get(language_code="ar")
    user.check(f"input[name=locales][value='{arabic_locale.pk}']")
    with user.expect_navigation():
        user.locator("main form input[type=submit]").click()
    arabic = StoryPage.objects.get(translation_key=page.translation_key, locale=arabic_locale)
    expect(user).to_have_url(re.compile(rf"/admin/pages/{arabic.pk}/edit/$"))
    return arabic


def publish_from_page_editor(page):
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with page.expect_navigation():
        page.locator("footer button[name=action-publish]").click()


def write_danish_story(editor, index):
    editor.goto(f"/admin/pages/add/stories/storypage/{index.pk}/")
    editor.fill("#id_title", TITLE)
    editor.fill("#id_lead", LEAD)
    editor.click("#body-root button[title='Insert a block']")
    editor.get_by_role("option", name="Tekst").click()
    editor.locator("#body-root [contenteditable=true]").first.click()
    editor.keyboard.type(BODY)
    expect(editor.locator("[name=body-0-value]")).to_have_value(re.compile("beboerhuset"))
    publish_from_page_editor(editor)
    return StoryPage.objects.get(title=TITLE, locale=index.locale)


def translate_incomplete_segments(editor, texts):
    """Every text still marked untranslated, tab by tab, as a translator types it: Translate,
    type, Enter. Returns the source texts it translated."""
    translated = []
    tabs = editor.locator(".js-translation-editor [role=tab]")
    for tab_number in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(tab_number).click()
        incomplete = editor.locator(".js-translation-editor li.incomplete:visible")
        while incomplete.count():
            segment = incomplete.first
            source = segment.locator("p").first.inner_text().strip()
            remaining = incomplete.count()
            segment.get_by_role("button").click()
            field = segment.locator("textarea")
            expect(field).to_have_attribute("dir", "rtl")
            expect(field).to_have_attribute("lang", "ar")
            field.fill(texts[source])
            field.press("Enter")
            expect(incomplete).to_have_count(remaining - 1)
            translated.append(source)
    return translated


def publish_translation(editor, title=ARABIC[TITLE]):
    with editor.expect_navigation():
        editor.locator("footer button[name=action][value=publish]").click()
    expect(editor.locator(".messages")).to_contain_text(title)


def test_editor_translates_a_story_into_arabic_and_keeps_it_in_sync(
    browser, demo_server, story_index
):
    editor = log_in(browser, demo_server, "redaktor")
    danish = write_danish_story(editor, story_index)
    texts = {**ARABIC, danish.slug: ARABIC_SLUG}

    arabic = send_for_translation_into_arabic(editor, danish)
    assert not arabic.live

    translated = translate_incomplete_segments(editor, texts)
    assert sorted(translated) == sorted([TITLE, danish.slug, LEAD, BODY])
    publish_translation(editor)
    arabic.refresh_from_db()
    assert arabic.live

    reader = browser.new_context(base_url=demo_server.url).new_page()
    reader.goto(arabic.url)
    expect(reader.locator("html")).to_have_attribute("lang", "ar")
    expect(reader.locator("h1")).to_have_text(ARABIC[TITLE])
    expect(reader.locator(".lead")).to_have_text(ARABIC[LEAD])

    editor.goto(f"/admin/pages/{danish.pk}/edit/")
    editor.fill("#id_lead", NEW_LEAD)
    publish_from_page_editor(editor)
    out_of_date = editor.locator(".messages li", has_text="forældede")
    expect(out_of_date).to_contain_text("arabisk")
    with editor.expect_navigation():
        out_of_date.get_by_role("link", name="Synkronisér oversættelserne").click()
    with editor.expect_navigation():
        editor.locator("main form input[type=submit]").click()

    editor.goto(f"/admin/pages/{arabic.pk}/edit/")
    marked = editor.locator(".js-translation-editor li.incomplete")
    expect(marked).to_have_count(1)
    expect(marked.locator("p").first).to_have_text(NEW_LEAD)
    assert translate_incomplete_segments(editor, texts) == [NEW_LEAD]
    publish_translation(editor)

    reader.goto(arabic.url)
    expect(reader.locator(".lead")).to_have_text(ARABIC[NEW_LEAD])
    expect(reader.locator("h1")).to_have_text(ARABIC[TITLE])


AGENT_TITLE = "Lånecyklerne er tilbage"
AGENT_LEAD = "Beboerhuset låner cykler ud igen."
AGENT_BODY = "Spørg i caféen."
AGENT_ARABIC = {
    AGENT_TITLE: "الدراجات المعارة عادت",
    "laanecyklerne": "aldarajat-almuara",
    AGENT_LEAD: "بيت السكان يعير الدراجات من جديد.",
    AGENT_BODY: "اسأل في المقهى.",
}


def test_agent_sends_a_translation_to_moderation_and_the_editor_publishes_it(
    browser, demo_server, story_index
):
    danish = StoryPageFactory(
        parent=story_index,
        title=AGENT_TITLE,
        slug="laanecyklerne",
        lead=AGENT_LEAD,
        body=[{"type": "paragraph", "value": f"<p>{AGENT_BODY}</p>"}],
    )
    danish.save_revision().publish()
    agent = log_in(browser, demo_server, "agent")
    arabic = send_for_translation_into_arabic(agent, danish)
    translate_incomplete_segments(agent, AGENT_ARABIC)

    expect(agent.locator("footer button[name=action][value=publish]")).to_have_count(0)
    with agent.expect_navigation():
        agent.get_by_role("button", name="Send til moderering").click()
    expect(agent.locator(".messages")).to_contain_text(
        f"'{AGENT_ARABIC[AGENT_TITLE]}' på arabisk er sendt til moderering."
    )
    arabic.refresh_from_db()
    assert arabic.workflow_in_progress
    assert not arabic.live

    editor = log_in(browser, demo_server, "redaktor")
    queue = editor.locator("section[aria-labelledby=moderation-queue-heading]")
    with editor.expect_navigation():
        queue.get_by_role("link", name=AGENT_ARABIC[AGENT_TITLE]).click()
    publish_translation(editor, AGENT_ARABIC[AGENT_TITLE])
    arabic.refresh_from_db()
    assert arabic.live
    reader = browser.new_context(base_url=demo_server.url).new_page()
    reader.goto(arabic.url)
    expect(reader.locator(".lead")).to_have_text(AGENT_ARABIC[AGENT_LEAD])
