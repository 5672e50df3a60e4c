"""
The clash and collaboration finder in the admin: the "Same day / same weekend" panel in an
event's edit view, the coming weekends on the dashboard, and saving that is never blocked.
Everything through the real admin views, as an editor of Redaktionen uses them.
"""

import datetime
import re

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from events import calendar
from events.factories import EventPageFactory
from events.models import EventPage
from events.recurrence import TIMEZONE
from roles.definitions import EDITORS, VOLUNTEERS
from taxonomy.models import TargetGroup
from tests.clock import on_every_day
from tests.conftest import event, organisation
from tests.stories.test_roles import member_of

pytestmark = [pytest.mark.django_db, on_every_day]


@pytest.fixture
def saturday(frozen_day):
    """The Saturday of the weekend after next: far enough ahead to be "coming"."""
    return calendar.weekend_of(calendar.today() + datetime.timedelta(days=10))[0]


def at(day, hour, days=0):
    day += datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=TIMEZONE)


def panel(response):
    """The HTML of the clash panel in an edit form."""
    found = re.search(r"<div class=\"clash-panel\".*?\n</div>", response.text, re.S)
    assert found, "no clash panel in the page"
    return found.group(0)


def dashboard_panel(response):
    found = re.search(
        r'<section[^>]*aria-labelledby="coming-weekends-heading".*?\n</section>',
        response.text,
        re.S,
    )
    return found.group(0) if found else ""


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.fixture
def editor(db):
    return member_of(EDITORS, "redaktor")


@pytest.fixture
def nature_society(directory):
    return organisation(
        directory,
        "Danmarks Naturfredningsforening Ishøj",
        contact_person="Jens Mikkelsen",
        email="ishoej@dn.dk",
        phone="+45 12 34 56 78",
    )


@pytest.fixture
def swap_market(event_index, bredekaergaard, directory, saturday):
    parents = organisation(
        directory, "Aktiviteter for børn", contact_person="Sara Ali", email="boern@example.dk"
    )
    return event(
        event_index,
        "Byttemarked på Bredekærgård",
        start=at(saturday, 10),
        end=at(saturday, 14),
        place=bredekaergaard,
        organisers=[parents],
        target_groups=["children-families"],
    )


@pytest.fixture
def litter_collection(event_index, glashuset, nature_society, saturday):
    """The nature society's draft, never published, on the Sunday of the swap market."""
    page = EventPageFactory(
        parent=event_index,
        title="Affaldsindsamling",
        slug="affaldsindsamling",
        start=at(saturday, 10, days=1),
        end=at(saturday, 12, days=1),
        place=glashuset,
        live=False,
    )
    page.organisers.set([nature_society])
    page.target_groups.set(TargetGroup.objects.filter(code="children-families"))
    page.save()
    page.save_revision()
    return page


def test_editor_sees_the_other_event_flagged_with_its_contact(
    client, editor, swap_market, litter_collection
):
    client.force_login(editor)

    html = panel(client.get(edit_url(litter_collection)))

    assert "data-own-tentative" in html
    [match] = re.findall(r'<li class="clash-panel__match.*?</li>\s*</ul>\s*</li>', html, re.S)
    assert 'data-flag="coordinate"' in match
    assert f'<a href="{edit_url(swap_market)}">Byttemarked på Bredekærgård</a>' in match
    assert "Sara Ali" in match
    assert 'href="mailto:boern@example.dk"' in match
    assert "data-tentative" not in match


def test_the_swap_market_sees_the_draft_as_tentative_with_the_nature_society_contact(
    client, editor, swap_market, litter_collection
):
    client.force_login(editor)

    html = panel(client.get(edit_url(swap_market)))

    assert "data-own-tentative" not in html
    assert 'data-flag="coordinate"' in html
    assert "data-tentative" in html
    assert f'<a href="{edit_url(litter_collection)}">Affaldsindsamling</a>' in html
    assert 'href="tel:+4512345678"' in html
    assert "Jens Mikkelsen" in html


def test_an_event_at_the_same_place_and_time_is_a_conflict(
    client, editor, event_index, swap_market, saturday
):
    event(
        event_index,
        "Loppemarked",
        start=at(saturday, 13),
        end=at(saturday, 16),
        place=swap_market.place,
    )
    client.force_login(editor)

    html = panel(client.get(edit_url(swap_market)))

    assert re.search(r'data-flag="conflict"[^>]*>.*?Loppemarked', html, re.S)
    assert 'data-conflicts="1"' in html


def test_the_create_view_explains_the_list_comes_after_the_first_save(client, editor, event_index):
    client.force_login(editor)

    response = client.get(
        reverse("wagtailadmin_pages:add", args=["events", "eventpage", event_index.pk])
    )

    assert 'data-saved="false"' in panel(response)


def test_saving_an_event_with_a_clash_still_succeeds(
    client, editor, swap_market, litter_collection, saturday
):
    client.force_login(editor)
    form = nested_form_data(
        {
            "title": "Affaldsindsamling ved Strandparken",
            "slug": "affaldsindsamling",
            "lead": "Vi samler affald sammen. Handsker og poser er med.",
            "start": f"{saturday} 10:00",
            "end": f"{saturday} 13:00",
            "repeat": "",
            "repeat_interval": "1",
            "cancellations": inline_formset([]),
            "place": swap_market.place.pk,
            "is_free": "on",
            "description": streamfield([("paragraph", rich_text("<p>Mød op.</p>"))]),
        }
    )

    response = client.post(edit_url(litter_collection), form)

    assert response.status_code == 302
    saved = EventPage.objects.get(pk=litter_collection.pk).get_latest_revision_as_object()
    assert saved.title == "Affaldsindsamling ved Strandparken"
    # Now at the same place at the same time: the panel says so after the save.
    html = panel(client.get(edit_url(litter_collection)))
    assert 'data-flag="conflict"' in html


def test_dashboard_shows_the_weekend_with_both_events_and_their_chance(
    client, editor, swap_market, litter_collection, saturday
):
    client.force_login(editor)

    html = dashboard_panel(client.get(reverse("wagtailadmin_home")))

    weekend = re.search(rf'data-weekend="{saturday:%Y-%m-%d}".*?</section>', html, re.S).group(0)
    assert f'<a href="{edit_url(swap_market)}">Byttemarked på Bredekærgård</a>' in weekend
    assert f'data-event="{litter_collection.pk}" data-tentative' in weekend
    [flagged] = re.findall(r'<li data-flag="[^"]+">', weekend)
    assert flagged == '<li data-flag="coordinate">'


def test_volunteers_do_not_get_the_dashboard_panel(client, swap_market):
    client.force_login(member_of(VOLUNTEERS, "frivillig"))

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert dashboard_panel(response) == ""


def test_dashboard_queries_do_not_grow_with_the_number_of_events(
    client, editor, event_index, swap_market, saturday
):
    def add_events(first, count):
        for number in range(first, first + count):
            event(
                event_index,
                f"Aktivitet {number}",
                start=at(saturday, 8 + number % 10),
                end=at(saturday, 9 + number % 10),
                place=swap_market.place,
                target_groups=["children-families"],
                repeat="weekly" if number % 2 else "",
            )

    def dashboard_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("wagtailadmin_home"))
        return len(captured), dashboard_panel(response)

    client.force_login(editor)
    add_events(0, 2)
    dashboard_queries()  # the first request fills caches (locales, site root paths)
    few, _html = dashboard_queries()
    add_events(2, 10)
    many, html = dashboard_queries()

    assert many == few
    assert html.count('data-event="') > 12  # every event, and the weekly ones each weekend
