"""The event page: when (the date the reader came for, the next dates, cancelled ones), where,
with whom, how to take part, and the rules that keep an event complete."""

import datetime
import json

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest

from events.models import EventPage
from tests.clock import on_every_day
from tests.conftest import event
from tests.events.times import soon

pytestmark = on_every_day


@pytest.fixture
def first_sunday(event_index, bredekaergaard, families_network):
    start = soon(2)
    return event(
        event_index,
        "Fællesspisning på gården",
        start=start,
        end=start + datetime.timedelta(hours=3),
        repeat="weekly",
        repeat_count=12,
        cancelled=[(start + datetime.timedelta(days=14)).date()],
        place=bredekaergaard,
        organisers=[families_network],
        target_groups=["children-families"],
        languages=["da", "ur"],
        registration_url="https://www.ishoj.dk/tilmelding",
        accessibility_notes="Grusvej fra parkeringspladsen.",
    )


@pytest.mark.django_db
def test_event_page_says_when_where_with_whom_and_how_to_take_part(
    client, first_sunday, bredekaergaard, families_network
):
    response = client.get(first_sunday.url)

    assert response.status_code == 200
    html = response.text
    next_date = first_sunday.next_occurrence().start
    assert f'datetime="{next_date.isoformat()}"' in html
    assert f'<a href="{bredekaergaard.url}">Bredekærgård</a>' in html
    assert f'<a href="{families_network.url}">Aktiviteter for børn</a>' in html
    assert 'href="https://www.ishoj.dk/tilmelding"' in html
    assert "Grusvej fra parkeringspladsen." in html
    assert f'href="{first_sunday.url}event.ics"' in html


@pytest.mark.django_db
def test_repeating_event_lists_next_dates_and_the_cancelled_one(client, first_sunday):
    html = client.get(first_sunday.url).text
    cancelled = first_sunday.cancelled_dates[0]
    week_after = cancelled + datetime.timedelta(days=7)

    assert f'href="?date={week_after.isoformat()}"' in html
    assert f'href="?date={cancelled.isoformat()}"' not in html
    assert f'<time datetime="{cancelled.isoformat()}">' in html  # listed as cancelled


@pytest.mark.django_db
def test_a_date_from_the_listing_shows_that_occurrence(client, first_sunday):
    third = first_sunday.occurrences(timezone.now())[2]

    html = client.get(f"{first_sunday.url}?date={third.start.date().isoformat()}").text

    assert f'<time datetime="{third.start.isoformat()}">' in html.split("</dd>")[0]


@pytest.mark.django_db
def test_a_nonsense_date_falls_back_to_the_next_occurrence(client, first_sunday):
    response = client.get(f"{first_sunday.url}?date=not-a-date")

    assert response.status_code == 200
    assert first_sunday.next_occurrence().start.isoformat() in response.text


@pytest.mark.django_db
def test_past_event_still_shows_when_it_was_without_add_to_calendar(client, event_index):
    past = event(event_index, "Sommerfest", start=soon(-30, 14), end=soon(-30, 18))

    html = client.get(past.url).text

    assert soon(-30, 14).isoformat() in html
    assert "event.ics" not in html


def unsaved(**fields):
    values = {
        "title": "Loppemarked",
        "slug": "loppemarked",
        "lead": "Kom og gør et kup.",
        "start": soon(5),
        "end": soon(5, 13),
        "address": "Torvet 1, 2635 Ishøj",
    }
    values.update(fields)
    return EventPage(**values)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field_with_error"),
    [
        # Functions: the dates are counted from the day the test runs on.
        (lambda: {"end": soon(4)}, "end"),
        (lambda: {"address": ""}, "address"),
        (lambda: {"is_free": False, "price": ""}, "price"),
        (
            lambda: {
                "repeat": "weekly",
                "repeat_until": timezone.localdate() + datetime.timedelta(days=40),
                "repeat_count": 3,
            },
            "repeat_count",
        ),
        (lambda: {"repeat": "weekly", "repeat_until": timezone.localdate()}, "repeat_until"),
    ],
    ids=["end", "address", "price", "repeat_count", "repeat_until"],
)
def test_incomplete_or_impossible_events_are_refused_with_a_message(fields, field_with_error):
    with pytest.raises(ValidationError) as refused:
        unsaved(**fields()).full_clean(
            exclude=["path", "depth", "content_type", "translation_key", "locale"]
        )

    assert field_with_error in refused.value.message_dict


@pytest.mark.django_db
def test_all_day_event_may_end_at_midnight_of_its_last_day():
    unsaved(all_day=True, start=soon(5, 0), end=soon(5, 0)).clean()


@pytest.mark.django_db
def test_event_page_tells_search_engines_it_is_an_event(client, first_sunday):
    html = client.get(first_sunday.url).text

    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    data = json.loads(script)
    assert data["@type"] == "Event"
    assert data["name"] == "Fællesspisning på gården"
    assert data["startDate"] == first_sunday.next_occurrence().start.isoformat()
    assert data["location"]["name"] == "Bredekærgård"


@pytest.mark.django_db
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_date_out_of_reach_falls_back_to_the_next_occurrence(client, first_sunday, day):
    response = client.get(f"{first_sunday.url}?date={day}")

    assert response.status_code == 200
    assert first_sunday.next_occurrence().start.isoformat() in response.text
