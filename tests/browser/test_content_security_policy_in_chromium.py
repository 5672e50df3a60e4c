"""
The Content-Security-Policy in real Chromium: the public pages (and the video a reader asks for)
work under the strict policy, and the admin works under its own. page_and_watch fails a test on
any CSP violation; these tests also assert that nothing else went wrong.
"""

import re

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from contributions.models import StoryTipPage
from demo.users import demo_password
from directory.models import MapPage
from events.models import EventIndexPage, EventPage
from home.factories import StandardPageFactory
from home.models import HomePage
from stories.models import StoryPage
from tests.browser.conftest import PageWatch

pytestmark = pytest.mark.browser

VIDEO_URL = "https://www.youtube.com/watch?v=csp-test"
PLAYER = "https://www.youtube-nocookie.com/embed/csp-test"


def first_live(model, code):
    return model.objects.live().filter(locale__language_code=code).first()


@pytest.fixture
def video_pages(demo_db):
    """A page with a video in Danish and in Arabic, removed again after the test."""
    Embed.objects.get_or_create(
        hash=get_embed_hash(VIDEO_URL),
        defaults={
            "url": VIDEO_URL,
            "max_width": None,
            "type": "video",
            "html": f'<iframe src="{PLAYER}" title="Byttemarked"></iframe>',
            "provider_name": "YouTube",
        },
    )
    pages = {}
    for code in ("da", "ar"):
        home = HomePage.objects.get(locale__language_code=code)
        page = StandardPageFactory(parent=home, title="Video", slug=f"csp-video-{code}", body=[])
        page.body = [{"type": "embed", "value": {"embed": VIDEO_URL, "title": "Byttemarked"}}]
        page.save_revision().publish()
        pages[code] = page
    yield pages
    for page in pages.values():
        page.delete()


def public_urls(code):
    calendar = first_live(EventIndexPage, code).url
    story = StoryPage.objects.get(slug="byttemarkedet-der-trak-gaester")
    return [
        HomePage.objects.get(locale__language_code=code).url,
        story.get_translation(Locale.objects.get(language_code=code)).url,
        first_live(EventPage, code).url,
        calendar,
        calendar + "month/",
        first_live(StoryTipPage, code).url,
    ]


def test_the_watch_sees_what_the_policy_refuses(browser, demo_server, demo_db):
    context = browser.new_context(base_url=demo_server.url)
    page = context.new_page()
    watch = PageWatch(page, "localhost")
    page.goto("/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "document.title = 'injected'";
            document.body.append(script);
        }"""
    )
    page.wait_for_timeout(200)
    title = page.title()
    context.close()

    assert title != "injected"
    assert any("script-src" in violation for violation in watch.csp_violations)


@pytest.mark.parametrize("code", ["da", "ar"])
def test_public_pages_run_under_the_strict_policy(page_and_watch, video_pages, code):
    page, watch = page_and_watch
    for url in public_urls(code):
        response = page.goto(url)
        assert "'unsafe-inline'" not in response.headers["content-security-policy"], url

    page.goto(first_live(MapPage, code).url)
    page.wait_for_selector("[data-map][data-markers]")
    page.wait_for_selector(".leaflet-tile-loaded")
    page.wait_for_selector(".leaflet-marker-icon")

    page.route(
        f"{PLAYER}**", lambda route: route.fulfill(body="<p>Video</p>", content_type="text/html")
    )
    page.goto(video_pages[code].url)
    page.locator("[data-embed-load]").click()
    player = page.frame_locator(f"iframe[src='{PLAYER}']")
    expect(player.locator("p")).to_have_text("Video")

    assert watch.csp_violations == []
    assert watch.console_errors == []
    assert watch.foreign_requests == [PLAYER]


def test_the_admin_works_under_its_own_policy(page_and_watch, video_pages):
    page, watch = page_and_watch
    page.goto("/admin/login/")
    page.fill("#id_username", "redaktor")
    page.fill("#id_password", demo_password())
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    edited = video_pages["da"]
    page.goto(f"/admin/pages/{edited.pk}/edit/")
    page.fill("#id_title", "Video fra byttemarkedet")
    with page.expect_navigation():
        page.locator("button.action-save").first.click()

    expect(page.locator(".messages .success")).to_have_count(1)
    page.goto("/admin/")  # leaves the editor (and its editing session) while the page exists
    edited.refresh_from_db()
    assert edited.get_latest_revision_as_object().title == "Video fra byttemarkedet"
    assert watch.csp_violations == []
    assert watch.console_errors == []
