"""
Real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against pytest-django's
live server. Every browser test records requests to other hosts and console errors.
"""

import os
from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command

from wagtail.models import Collection, Locale, Page, WorkflowPage

import pytest
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from roles.apply import apply_roles
from stories.moderation import ensure_moderation_workflow
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


def restore_what_migrations_made():
    """
    A database flushed after a transactional test loses what Wagtail's migrations made (locales
    come back with post_migrate): the root collection, the root page with its workflow, and the
    page permissions the roles hold on it.
    """
    ensure_content_locales()
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        title="Root", slug="root", locale=Locale.get_default()
    )
    WorkflowPage.objects.get_or_create(
        page=root, defaults={"workflow": ensure_moderation_workflow()}
    )
    apply_roles()


@pytest.fixture(scope="session")
def browser_database(django_db_setup, django_db_blocker):
    """
    The test database. pytest-django creates it only for tests that ask for a database fixture,
    which browser tests do not (see demo_server), so when they run alone it is created here.
    """
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    if connection.settings_dict["NAME"] == connection.creation._get_test_db_name():
        yield
        return
    with django_db_blocker.unblock():
        config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        teardown_databases(config, verbosity=0)


@pytest.fixture(scope="session")
def demo_server(browser_database, django_db_blocker):
    """
    The demo content, built as `make run` builds it, loaded once and served by a live server of
    its own for every browser test. Its data is committed and never flushed: pytest-django runs
    tests that ask for no database fixture after all the others, so no database test sees it.
    Browser tests may add to the demo (a story, say) but must not change what others read.
    """
    with django_db_blocker.unblock():
        restore_what_migrations_made()
        call_command("load_demo", stdout=StringIO())
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
