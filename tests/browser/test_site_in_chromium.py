"""A resident's first visit, in real Chromium: Danish home, switch to Arabic, accessible pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

SERIOUS = {"serious", "critical"}


def serious_violations(page):
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


def test_switching_to_arabic_turns_the_page_right_to_left(page_and_watch):
    page, watch = page_and_watch
    page.goto("/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").inner_text() == "Vores Ishøj"

    page.locator(".language-switcher").get_by_role("link", name="العربية").click()
    page.wait_for_url("**/ar/")

    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    assert (
        page.locator(".site-header__bar").first.evaluate("el => getComputedStyle(el).direction")
        == "rtl"
    )
    assert watch.console_errors == []
    assert watch.foreign_requests == []


@pytest.mark.parametrize("path", ["/", "/ar/"])
def test_home_page_has_no_serious_accessibility_violations(page_and_watch, path):
    page, watch = page_and_watch
    page.goto(path)
    assert serious_violations(page) == []
    assert watch.foreign_requests == []


def test_standard_page_has_no_serious_accessibility_violations_in_urdu(page_and_watch):
    page, _watch = page_and_watch
    page.goto("/ur/about-vores-ishoj/")
    assert serious_violations(page) == []


@pytest.mark.parametrize(
    ("home", "link"), [("/", "Tilgængelighedserklæring"), ("/ur/", "رسائی کا بیان")]
)
def test_accessibility_statement_is_one_footer_link_away(page_and_watch, home, link):
    page, watch = page_and_watch
    page.goto(home)
    page.locator(".site-footer").get_by_role("link", name=link).click()
    assert page.locator("h1").inner_text() == link
    assert page.locator("a[href^='mailto:']").count() >= 1
    assert serious_violations(page) == []
    assert watch.foreign_requests == []


@pytest.mark.parametrize(("home", "link"), [("/", "Privatlivspolitik"), ("/ar/", "سياسة الخصوصية")])
def test_privacy_policy_is_one_footer_link_away(page_and_watch, home, link):
    page, watch = page_and_watch
    page.goto(home)
    page.locator(".site-footer").get_by_role("link", name=link).click()
    assert page.locator("h1").inner_text() == link
    assert page.locator("a[href^='mailto:']").count() >= 1
    assert serious_violations(page) == []
    assert watch.foreign_requests == []


@pytest.mark.parametrize(
    ("form", "link", "policy"),
    [
        ("/tip-os/", "Sådan behandler vi personoplysninger", "Privatlivspolitik"),
        ("/ur/become-a-volunteer-writer/", "ہم ذاتی کوائف کیسے سنبھالتے ہیں", "رازداری کی پالیسی"),
    ],
)
def test_public_forms_link_the_privacy_policy_in_the_readers_language(
    page_and_watch, form, link, policy
):
    page, watch = page_and_watch
    page.goto(form)
    page.locator("form.public-form").get_by_role("link", name=link).click()
    assert page.locator("h1").inner_text() == policy
    assert watch.foreign_requests == []


def test_skip_link_is_the_first_stop_for_keyboard_users(page_and_watch):
    page, _watch = page_and_watch
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert page.evaluate("document.activeElement.getBoundingClientRect().top") >= 0


def test_pages_work_without_javascript(browser, demo_server, demo_db):
    context = browser.new_context(base_url=demo_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/om-vores-ishoj/")
    page.get_by_text("Hvilke sprog findes siden på?").click()
    assert page.get_by_text("Dansk, engelsk, arabisk, tyrkisk og urdu").is_visible()
    page.get_by_role("searchbox").first.fill("Glashuset")
    page.get_by_role("searchbox").first.press("Enter")
    page.wait_for_url("**/search/?q=Glashuset")
    assert page.get_by_role("link", name="Om Vores Ishøj").count() >= 1
    context.close()
