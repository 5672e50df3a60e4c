"""
The issue's "done when" for the clash finder, on the demo in Chromium: an editor opens the nature
society's litter collection, a volunteer's draft waiting in moderation, and sees the parents'
swap market on the same weekend flagged as a chance to coordinate, before anything is published,
and the pair again among the coming weekends on the dashboard.
"""

import re

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from demo.users import demo_password
from events.models import EventPage

pytestmark = pytest.mark.browser


def test_editor_sees_the_swap_market_flagged_on_the_litter_collection(page_and_watch):
    page, _watch = page_and_watch
    litter_collection = EventPage.objects.get(
        slug="affaldsindsamling-med-dn", locale=Locale.get_default()
    )
    assert not litter_collection.live  # the demo's draft, never published

    page.goto("/admin/login/")
    page.fill("#id_username", "redaktor")
    page.fill("#id_password", demo_password())
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"/admin/pages/{litter_collection.pk}/edit/")

    clash_panel = page.locator("[data-clash-panel]")
    expect(clash_panel).to_be_visible()
    expect(clash_panel.locator("[data-own-tentative]")).to_be_visible()
    swap_market = clash_panel.locator("[data-flag=coordinate]").filter(
        has=page.get_by_role("link", name="Byttemarked på Bredekærgård")
    )
    expect(swap_market.first).to_be_visible()
    expect(swap_market.first.locator("a[href^='mailto:']").first).to_be_visible()

    # The dashboard shows the same pair on their weekend.
    page.goto("/admin/")
    weekends = page.locator("section[aria-labelledby=coming-weekends-heading]")
    pair = (
        weekends.locator("[data-flag=coordinate]")
        .filter(has=page.get_by_role("link", name="Byttemarked på Bredekærgård"))
        .filter(has=page.get_by_role("link", name=litter_collection.title))
    )
    expect(pair.first).to_be_visible()
