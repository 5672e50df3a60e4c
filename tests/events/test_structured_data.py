"""schema.org Event data (JSON-LD) of an event page: dates with Danish time's offset, where, who,
in which languages, at what price, and how a repeating event repeats."""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder

import pytest

from events.structured_data import event_page_data
from tests.conftest import event
from tests.events.times import at


@pytest.fixture
def request_(rf, home_page):
    return rf.get("/")


@pytest.fixture
def gathering(event_index, bredekaergaard, families_network):
    """The first Sunday of every month at 10, from winter into summer time, April cancelled."""
    return event(
        event_index,
        "Søndagssamling",
        slug="soendagssamling",
        lead="Kaffe, kage og fællesskab på gården.",
        start=at(2027, 2, 7, 10, 0),
        end=at(2027, 2, 7, 13, 0),
        repeat="monthly-weekday",
        repeat_until=datetime.date(2027, 7, 31),
        cancelled=[datetime.date(2027, 4, 4)],
        place=bredekaergaard,
        organisers=[families_network],
        languages=["da", "ar"],
    )


@pytest.fixture
def language_cafe(event_index, families_network, youth_council):
    return event(
        event_index,
        "Sprogcafé",
        start=at(2027, 1, 13, 16, 0),
        end=at(2027, 1, 13, 18, 0),
        repeat="weekly",
        repeat_interval=2,
        repeat_count=4,
        address="Ishøj Bibliotek, Ishøj Store Torv 1, 2635 Ishøj",
        organisers=[youth_council, families_network],
        is_free=False,
        price="50 kr., børn gratis",
        registration_url="https://example.dk/tilmelding",
    )


def test_event_is_named_described_and_linked(request_, gathering):
    data = event_page_data(gathering, request_)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Søndagssamling"
    assert data["description"] == "Kaffe, kage og fællesskab på gården."
    assert data["url"] == "http://localhost/aktiviteter/soendagssamling/"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    json.dumps(data, cls=DjangoJSONEncoder)  # what the json_ld tag does with it


def test_dates_carry_the_offset_of_danish_time_on_that_day(request_, gathering):
    winter = event_page_data(
        gathering, request_, gathering.occurrence_on(datetime.date(2027, 3, 7))
    )
    summer = event_page_data(
        gathering, request_, gathering.occurrence_on(datetime.date(2027, 5, 2))
    )

    assert winter["startDate"] == "2027-03-07T10:00:00+01:00"
    assert winter["endDate"] == "2027-03-07T13:00:00+01:00"
    assert summer["startDate"] == "2027-05-02T10:00:00+02:00"
    assert summer["endDate"] == "2027-05-02T13:00:00+02:00"


def test_without_an_occurrence_the_dates_are_the_next_ones(request_, gathering):
    data = event_page_data(gathering, request_)

    assert data["startDate"] == gathering.next_occurrence().start.isoformat()


def test_past_event_keeps_its_dates(request_, event_index):
    over = event(event_index, "Loppemarked", start=at(2025, 5, 3, 9, 0), end=at(2025, 5, 3, 14, 0))

    data = event_page_data(over, request_)

    assert data["startDate"] == "2025-05-03T09:00:00+02:00"


def test_all_day_event_gives_whole_dates(request_, event_index):
    festival = event(
        event_index,
        "Byfest",
        start=at(2027, 6, 5, 0, 0),
        end=at(2027, 6, 6, 0, 0),
        all_day=True,
    )

    data = event_page_data(festival, request_)

    assert (data["startDate"], data["endDate"]) == ("2027-06-05", "2027-06-06")


def test_place_gives_address_and_coordinates(request_, gathering):
    location = event_page_data(gathering, request_)["location"]

    assert location["@type"] == "Place"
    assert location["name"] == "Bredekærgård"
    assert location["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Bredekærgårdsvej 2",
        "postalCode": "2635",
        "addressLocality": "Ishøj",
        "addressCountry": "DK",
    }
    assert location["geo"] == {"@type": "GeoCoordinates", "latitude": 55.628, "longitude": 12.333}


def test_address_without_a_place_is_given_as_written(request_, language_cafe):
    location = event_page_data(language_cafe, request_)["location"]

    assert location == {
        "@type": "Place",
        "name": "Ishøj Bibliotek, Ishøj Store Torv 1, 2635 Ishøj",
        "address": "Ishøj Bibliotek, Ishøj Store Torv 1, 2635 Ishøj",
    }


def test_every_organiser_is_named_and_linked(request_, language_cafe):
    organisers = event_page_data(language_cafe, request_)["organizer"]

    assert [(o["@type"], o["name"]) for o in organisers] == [
        ("Organization", "Aktiviteter for børn"),
        ("Organization", "Ungerådet"),
    ]
    assert all(o["url"].startswith("http://localhost/") for o in organisers)


def test_languages_spoken_or_else_the_page_language(request_, gathering, language_cafe):
    assert event_page_data(gathering, request_)["inLanguage"] == ["da", "ar"]
    assert event_page_data(language_cafe, request_)["inLanguage"] == "da"


def test_free_event_is_offered_at_no_cost(request_, gathering):
    data = event_page_data(gathering, request_)

    assert data["isAccessibleForFree"] is True
    assert data["offers"] == {
        "@type": "Offer",
        "url": "http://localhost/aktiviteter/soendagssamling/",
        "price": 0,
        "priceCurrency": "DKK",
    }


def test_paid_event_gives_its_price_and_registration(request_, language_cafe):
    data = event_page_data(language_cafe, request_)

    assert data["isAccessibleForFree"] is False
    assert data["offers"] == {
        "@type": "Offer",
        "url": "https://example.dk/tilmelding",
        "description": "50 kr., børn gratis",
        "price": "50",
        "priceCurrency": "DKK",
    }


def test_monthly_event_has_its_schedule(request_, gathering):
    schedule = event_page_data(gathering, request_)["eventSchedule"]

    assert schedule == {
        "@type": "Schedule",
        "repeatFrequency": "P1M",
        "byDay": "https://schema.org/Sunday",
        "byMonthWeek": 1,
        "startDate": "2027-02-07",
        "endDate": "2027-07-04",
        "startTime": "10:00:00",
        "endTime": "13:00:00",
        "scheduleTimezone": "Europe/Copenhagen",
        "exceptDate": ["2027-04-04"],
    }


def test_fortnightly_event_repeats_every_two_weeks_a_number_of_times(request_, language_cafe):
    schedule = event_page_data(language_cafe, request_)["eventSchedule"]

    assert schedule["repeatFrequency"] == "P2W"
    assert schedule["byDay"] == "https://schema.org/Wednesday"
    assert schedule["repeatCount"] == 4
    assert schedule["endDate"] == "2027-02-24"


def test_one_off_event_has_no_schedule(request_, event_index):
    once = event(event_index, "Borgermøde", start=at(2027, 3, 2, 19, 0), end=at(2027, 3, 2, 21, 0))

    assert "eventSchedule" not in event_page_data(once, request_)


def test_image_is_an_absolute_address(request_, event_index, image):
    pictured = event(
        event_index,
        "Fællesspisning",
        start=at(2027, 3, 2, 18, 0),
        end=at(2027, 3, 2, 20, 0),
        hero_image=image,
        hero_image_alt="Lange borde i Glashuset",
    )

    url = event_page_data(pictured, request_)["image"]

    assert url.startswith("http://testserver/media/images/")
    assert url.endswith(".jpg")
