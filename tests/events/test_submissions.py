"""
Organisers' own events: a volunteer (the Frivillige group) writes an event draft below the events
calendar and submits it to the same moderation as stories; Redaktionen publish it. Everything
goes through the real admin views, with the form data Wagtail's edit form posts.
"""

import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from events.models import EventPage
from roles.definitions import EDITORS, VOLUNTEERS
from tests.clock import on_every_day
from tests.conftest import assert_refused
from tests.stories.test_roles import member_of

SLUG = "byttemarked-i-glashuset"


def first_saturday(months_ahead):
    """The first Saturday of the month `months_ahead` from now: the swap market's day."""
    today = timezone.localdate()
    years, month = divmod(today.month - 1 + months_ahead, 12)
    day = datetime.date(today.year + years, month + 1, 1)
    return day + datetime.timedelta(days=(5 - day.weekday()) % 7)


def event_form(glashuset, title="Byttemarked i Glashuset", cancelled=(), **actions):
    return nested_form_data(
        {
            "title": title,
            "slug": SLUG,
            "lead": "Byt tøj og legetøj til børn. Alle er velkomne.",
            "start": f"{first_saturday(2)} 10:00",
            "end": f"{first_saturday(2)} 14:00",
            "repeat": "monthly-weekday",
            "repeat_interval": "1",
            "repeat_count": "3",
            "cancellations": inline_formset([{"date": day} for day in cancelled]),
            "place": glashuset.pk,
            "is_free": "on",
            "description": streamfield([("paragraph", rich_text("<p>Tag en pose med.</p>"))]),
            **actions,
        }
    )


def add_url(parent, model="eventpage", app="events"):
    return reverse("wagtailadmin_pages:add", args=[app, model, parent.pk])


def act(client, page, action):
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": ""},
    )


@pytest.fixture
def volunteer(db):
    return member_of(VOLUNTEERS, "frivillig")


@pytest.fixture
def submitted(client, volunteer, event_index, glashuset):
    """The volunteer's event, submitted to moderation through the add form."""
    client.force_login(volunteer)
    response = client.post(
        add_url(event_index),
        event_form(glashuset, cancelled=[first_saturday(3).isoformat()], **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.context["form"].errors
    return EventPage.objects.get(slug=SLUG)


def test_volunteer_can_save_an_event_draft_below_the_calendar(
    client, volunteer, event_index, glashuset
):
    client.force_login(volunteer)

    assert client.get(add_url(event_index)).status_code == 200
    client.post(add_url(event_index), event_form(glashuset))

    page = EventPage.objects.get(slug=SLUG)
    assert page.owner == volunteer and not page.live
    assert page.get_parent().pk == event_index.pk


@on_every_day
def test_submitted_event_waits_in_the_moderation_workflow(submitted):
    state = submitted.current_workflow_state

    assert submitted.workflow_in_progress and not submitted.live
    assert state.workflow.name == "Moderering"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # What the volunteer entered is kept: the repeat rule and the cancelled date.
    draft = submitted.get_latest_revision_as_object()
    assert draft.rrule == "FREQ=MONTHLY;BYDAY=1SA;COUNT=3"
    assert draft.cancelled_dates == [first_saturday(3)]


def test_volunteer_cannot_publish_an_event(client, volunteer, event_index, glashuset):
    client.force_login(volunteer)

    response = client.post(add_url(event_index), event_form(glashuset, **{"action-publish": "1"}))

    # Wagtail saves a draft instead and opens it: the volunteer's work is not lost.
    page = EventPage.objects.get(slug=SLUG)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live


def test_volunteer_cannot_publish_their_submitted_event(client, submitted, glashuset):
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[submitted.pk]),
        event_form(glashuset, **{"action-publish": "1"}),
    )

    # In moderation the page is locked for its author: the form comes back saying so.
    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert "The page could not be saved as it is locked." in "".join(messages)

    submitted.refresh_from_db()
    assert not submitted.live


def test_volunteer_cannot_approve_their_own_event(client, submitted):
    response = act(client, submitted, "approve")

    assert response.status_code == 302

    submitted.refresh_from_db()
    assert not submitted.live and submitted.workflow_in_progress


@on_every_day
def test_redaktionen_approving_publishes_the_event_in_the_calendar(client, submitted, event_index):
    client.force_login(member_of(EDITORS, "redaktor"))

    act(client, submitted, "approve")

    submitted.refresh_from_db()
    assert submitted.live and not submitted.workflow_in_progress
    client.logout()
    calendar = client.get(event_index.url)
    assert f'href="{submitted.url}?date={first_saturday(2)}"' in calendar.text
    assert f'href="{submitted.url}?date={first_saturday(3)}"' not in calendar.text


def test_volunteers_cannot_add_events_or_pages_elsewhere(
    client, volunteer, home_page, directory, event_index
):
    client.force_login(volunteer)

    for url in (
        add_url(home_page, "standardpage", "home"),
        add_url(directory, "organisationpage", "directory"),
        add_url(home_page),
    ):
        assert_refused(client.get(url, follow=True))


def test_volunteers_can_add_events_to_a_translated_calendar(
    client, volunteer, translated_homes, event_index
):
    from tests.conftest import translate

    turkish_calendar = translate(event_index, "tr", title="Etkinlikler", slug="etkinlikler")
    client.force_login(volunteer)

    assert client.get(add_url(turkish_calendar)).status_code == 200
    assert turkish_calendar.get_workflow().name == "Moderering"
