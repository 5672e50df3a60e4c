"""
Real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against pytest-django's
live server. Every browser test records requests to other hosts and console errors.
"""

import os
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

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
def browser(demo_server):
    """
    Chromium, started after the live server and closed before it stops: closing the browser
    ends its kept-alive connections, and the server's threads serving them finish while they
    may still use the database connection the server shares with the tests.
    """
    assert os.access(CHROMIUM, os.X_OK), f"Browser tests need Chromium at {CHROMIUM}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def demo_server(demo_site):
    """
    The session's demo (tests/conftest.py) served by a live server of its own for every browser
    test. Browser tests run after every other test on the demo; they may add to the demo (a
    story, say) but must not change what other browser tests read.
    """
    server = LiveServer("localhost")
    server._live_server_modified_settings.enable()
    yield server
    server._live_server_modified_settings.disable()
    server.stop()


@pytest.fixture
def demo_db(demo_server, django_db_blocker):
    """Database access for a browser test that reads (or adds to) the session's demo."""
    with django_db_blocker.unblock():
        yield


# Reports every Content-Security-Policy violation of the page and its frames as a console error.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`Refused by Content-Security-Policy: ${event.effectiveDirective} ${event.blockedURI}`);
});
"""


class PageWatch:
    """
    What a page did that a resident would not want: errors, calls to other hosts, and anything
    the Content-Security-Policy refused (Chromium says "Refused to …"; the listener above says
    "Refused by Content-Security-Policy").
    """

    def __init__(self, page, own_host):
        self.console_errors = []
        self.foreign_requests = []
        page.add_init_script(REPORT_CSP_VIOLATIONS)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        page.on("request", lambda request: self._request(request, own_host))

    def _console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    @property
    def csp_violations(self):
        return [error for error in self.console_errors if error.startswith("Refused ")]

    def _request(self, request, own_host):
        host = urlsplit(request.url).hostname
        if host and host != own_host:
            self.foreign_requests.append(request.url)


@pytest.fixture
def page_and_watch(browser, demo_server, demo_db):
    context = browser.new_context(base_url=demo_server.url, locale="da-DK")
    context.set_default_timeout(10_000)
    page = context.new_page()
    watch = PageWatch(page, urlsplit(demo_server.url).hostname)
    yield page, watch
    context.close()
    assert watch.csp_violations == [], "the Content-Security-Policy refused something"
