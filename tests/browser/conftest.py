"""
Real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against pytest-django's
live server. Every browser test records requests to other hosts and console errors.
"""

import os
from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command

from wagtail.models import Collection, Locale, Page

import pytest
from playwright.sync_api import sync_playwright

from voresishoj.locales import ensure_content_locales

CHROMIUM = "/usr/bin/chromium"
# Quiet, offline Chromium: no background calls to Google's services from a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; the live server's database is used
# from it deliberately.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    assert os.access(CHROMIUM, os.X_OK), f"Browser tests need Chromium at {CHROMIUM}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def demo_site(transactional_db):
    """
    The demo content, built as `make run` builds it. The live server needs committed data, so
    each test's database is flushed afterwards, taking with it what Wagtail's migrations made:
    the locales, the root collection and the root page are put back first.
    """
    ensure_content_locales()
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        Page.add_root(title="Root", slug="root", locale=Locale.get_default())
    call_command("load_demo", stdout=StringIO())


class PageWatch:
    """What a page did that a resident would not want: errors, and calls to other hosts."""

    def __init__(self, page, own_host):
        self.console_errors = []
        self.foreign_requests = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        page.on("request", lambda request: self._request(request, own_host))

    def _console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    def _request(self, request, own_host):
        host = urlsplit(request.url).hostname
        if host and host != own_host:
            self.foreign_requests.append(request.url)


@pytest.fixture
def page_and_watch(browser, live_server, demo_site):
    context = browser.new_context(base_url=live_server.url, locale="da-DK")
    context.set_default_timeout(10_000)
    page = context.new_page()
    watch = PageWatch(page, urlsplit(live_server.url).hostname)
    yield page, watch
    context.close()
