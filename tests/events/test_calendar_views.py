"""The calendar on the events index: upcoming by day, this weekend, the month grid, past events,
filters as plain links, and a query count that does not grow with the number of events."""

import datetime
import re

from django.utils import timezone

from wagtail.models import Locale

import pytest

from events.recurrence import TIMEZONE
from taxonomy.models import Neighbourhood
from tests.clock import on_every_day
from tests.conftest import event, translate
from tests.events.times import at, soon


def titles(response):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', response.text)


@pytest.fixture
def calendar_events(event_index, glashuset, bredekaergaard, families_network, youth_council):
    return {
        "swap": event(
            event_index,
            "Byttemarked",
            start=soon(3),
            end=soon(3, 14),
            place=bredekaergaard,
            organisers=[families_network],
            target_groups=["children-families"],
            languages=["da", "tr"],
        ),
        "council": event(
            event_index,
            "Ungerådets møde",
            start=soon(5, 17),
            end=soon(5, 19),
            place=glashuset,
            organisers=[youth_council],
            target_groups=["young-people"],
            is_free=False,
            price="20 kr.",
        ),
        "cafe": event(
            event_index,
            "Barselscafé",
            start=soon(1, 9),
            end=soon(1, 11),
            place=glashuset,
            repeat="weekly",
            repeat_count=6,
            target_groups=["children-families"],
        ),
        "past": event(
            event_index, "Sommerfest", start=soon(-40, 12), end=soon(-40, 18), place=glashuset
        ),
    }


@on_every_day
@pytest.mark.django_db
def test_upcoming_lists_each_occurrence_under_its_day_soonest_first(client, calendar_events):
    response = client.get("/aktiviteter/")

    assert response.status_code == 200
    found = titles(response)
    assert found[:3] == ["Barselscafé", "Byttemarked", "Ungerådets møde"]
    assert found.count("Barselscafé") == 6
    assert "Sommerfest" not in found
    day = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    assert f'<h3 id="day-{day}"' in response.text
    # A repeating event's card links to the date it stands for.
    cafe = calendar_events["cafe"]
    second = (timezone.localdate() + datetime.timedelta(days=8)).isoformat()
    assert f'href="{cafe.url}?date={second}"' in response.text


@on_every_day
@pytest.mark.django_db
def test_filters_narrow_the_list_with_plain_links(client, calendar_events, families_network):
    by_group = titles(client.get("/aktiviteter/?target_group=young-people"))
    by_organiser = titles(client.get(f"/aktiviteter/?organiser={families_network.slug}"))
    by_place = titles(client.get("/aktiviteter/?place=glashuset"))
    free = titles(client.get("/aktiviteter/?free=on"))
    by_language = titles(client.get("/aktiviteter/?language=tr"))
    step_free = titles(client.get("/aktiviteter/?step_free=on"))

    assert by_group == ["Ungerådets møde"]
    assert by_organiser == ["Byttemarked"]
    assert set(by_place) == {"Barselscafé", "Ungerådets møde"}
    assert "Ungerådets møde" not in free and "Byttemarked" in free
    assert by_language == ["Byttemarked"]
    # Glashuset has step-free access in the fixtures; Bredekærgård has not.
    assert "Byttemarked" not in step_free and "Barselscafé" in step_free


@on_every_day
@pytest.mark.django_db
def test_date_range_keeps_only_occurrences_inside_it(client, calendar_events):
    first = (timezone.localdate() + datetime.timedelta(days=7)).isoformat()
    last = (timezone.localdate() + datetime.timedelta(days=16)).isoformat()

    found = titles(client.get(f"/aktiviteter/?from_date={first}&to_date={last}"))

    assert found == ["Barselscafé", "Barselscafé"]


@pytest.mark.django_db
def test_a_date_range_that_ends_before_it_starts_is_refused_not_a_crash(client, calendar_events):
    response = client.get("/aktiviteter/?from_date=2027-02-01&to_date=2027-01-01")

    assert response.status_code == 200
    assert 'value="2027-02-01"' in response.text  # what was typed is kept
    assert "Slutdatoen ligger før startdatoen." in response.text


def this_weekend(day):
    """The Saturday and Sunday a resident means by "this weekend" on `day`: the one they are
    in at the weekend, the coming one on a weekday."""
    if day.isoweekday() == 7:
        return day - datetime.timedelta(days=1), day
    saturday = day + datetime.timedelta(days=6 - day.isoweekday())
    return saturday, saturday + datetime.timedelta(days=1)


def weekend_heading(response):
    """The weekend view's heading: its label and the dates of its Saturday and Sunday."""
    found = re.search(
        r'<h2 role="status">\s*([^:<]+):\s*<time datetime="([\d-]+)">.*?<time datetime="([\d-]+)">',
        response.text,
        re.S,
    )
    label, saturday, sunday = found.groups()
    return label, datetime.date.fromisoformat(saturday), datetime.date.fromisoformat(sunday)


@on_every_day
@pytest.mark.django_db
def test_this_weekend_is_the_saturday_and_sunday_of_the_weekend_in_danish_time(client, event_index):
    saturday, sunday = this_weekend(timezone.localdate())

    def on(day, days, hour, minute):
        day += datetime.timedelta(days=days)
        return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=TIMEZONE)

    for title, start in [
        ("Fredag sent", on(saturday, -1, 23, 0)),
        ("Lørdag ved midnat", on(saturday, 0, 0, 15)),
        ("Søndag ved midnat", on(sunday, 0, 23, 15)),
        ("Mandag ved midnat", on(sunday, 1, 0, 15)),
    ]:
        event(event_index, title, start=start, end=start + datetime.timedelta(minutes=30))

    response = client.get("/aktiviteter/weekend/")

    assert response.status_code == 200
    assert weekend_heading(response) == ("Denne weekend", saturday, sunday)
    assert titles(response) == ["Lørdag ved midnat", "Søndag ved midnat"]
    assert f'<h3 id="day-{saturday}"' in response.text
    assert f'<h3 id="day-{sunday}"' in response.text


@pytest.mark.django_db
def test_weekend_view_shows_saturday_and_sunday_of_the_chosen_weekend(client, event_index):
    event(event_index, "Fredagsbar", start=at(2027, 1, 8, 18), end=at(2027, 1, 8, 22))
    event(event_index, "Lørdagsloppe", start=at(2027, 1, 9, 10), end=at(2027, 1, 9, 14))
    event(event_index, "Søndagstur", start=at(2027, 1, 10, 10), end=at(2027, 1, 10, 12))
    event(event_index, "Næste lørdag", start=at(2027, 1, 16, 10), end=at(2027, 1, 16, 12))

    response = client.get("/aktiviteter/weekend/?date=2027-01-07")

    assert response.status_code == 200
    assert titles(response) == ["Lørdagsloppe", "Søndagstur"]
    heading = ("Weekend", datetime.date(2027, 1, 9), datetime.date(2027, 1, 10))
    assert weekend_heading(response) == heading
    assert "date=2027-01-16" in response.text  # the link to the next weekend


@pytest.mark.django_db
def test_month_grid_is_a_table_with_each_days_events(client, event_index):
    event(
        event_index,
        "Første søndag",
        start=at(2027, 3, 7, 10),
        end=at(2027, 3, 7, 13),
        repeat="monthly-weekday",
        repeat_count=3,
    )

    response = client.get("/aktiviteter/month/2027-04/")

    assert response.status_code == 200
    html = response.text
    assert "<table" in html
    assert "<caption" in html
    assert html.count('<th scope="col">') == 7
    cell = html[html.index('datetime="2027-04-04"') :]
    cell = cell[: cell.index("</td>")]
    assert "Første søndag" in cell
    # Summer time, still ten o'clock.
    assert '<time datetime="2027-04-04T10:00:00+02:00">10:00</time> Første søndag' in cell
    assert 'href="/aktiviteter/month/2027-03/' in html
    assert 'href="/aktiviteter/month/2027-05/' in html


@pytest.mark.django_db
def test_impossible_month_is_not_found(client, event_index):
    assert client.get("/aktiviteter/month/2027-13/").status_code == 404


@on_every_day
@pytest.mark.django_db
def test_past_events_newest_first(client, calendar_events, event_index):
    event(event_index, "Vinterfest", start=soon(-10, 12), end=soon(-10, 16), address="Torvet 1")

    found = titles(client.get("/aktiviteter/past/"))

    assert found == ["Vinterfest", "Sommerfest"]


@pytest.mark.django_db
def test_the_calendar_offers_the_feed_to_subscribe_keeping_the_filters(client, calendar_events):
    response = client.get("/aktiviteter/?target_group=children-families")

    assert 'href="webcal://testserver/aktiviteter/feed.ics?target_group=children-families"' in (
        response.text
    )
    assert 'type="text/calendar" href="/aktiviteter/feed.ics?target_group=children-families"' in (
        response.text
    )


def many_events(index, place, organiser, numbers, recurring):
    for number in numbers:
        repeats = number < recurring
        day = 1 + number % 60
        event(
            index,
            f"Aktivitet {number}",
            start=soon(day, 8 + number % 10),
            end=soon(day, 9 + number % 10),
            place=place,
            organisers=[organiser],
            target_groups=["children-families", "everyone"],
            languages=["da", "ar"],
            repeat="weekly" if repeats else "",
            repeat_count=8 if repeats else None,
            cancelled=[timezone.localdate() + datetime.timedelta(days=day + 7)] if repeats else (),
        )


CALENDAR_VIEWS = [
    "/aktiviteter/",
    "/aktiviteter/?target_group=children-families&free=on&language=ar",
    "/aktiviteter/weekend/",
    "/aktiviteter/month/",
    "/aktiviteter/past/",
    "/aktiviteter/feed.ics",
]


@pytest.mark.django_db
def test_queries_do_not_grow_with_the_number_of_events(
    client, event_index, glashuset, families_network, django_assert_max_num_queries
):
    """300 events, 30 of them repeating, cost each view the same queries as 10 (3 repeating)."""
    many_events(event_index, glashuset, families_network, range(10), recurring=3)
    queries = {}
    for url in CALENDAR_VIEWS:
        with django_assert_max_num_queries(60) as few:
            assert client.get(url).status_code == 200
        queries[url] = len(few.captured_queries)
    many_events(event_index, glashuset, families_network, range(10, 300), recurring=30)

    for url in CALENDAR_VIEWS:
        with django_assert_max_num_queries(queries[url]):
            response = client.get(url)
        assert response.status_code == 200
    assert len(titles(client.get("/aktiviteter/"))) == 30  # one full page of occurrences


@on_every_day
@pytest.mark.django_db
def test_neighbourhood_filter_finds_events_at_places_in_it(client, calendar_events, glashuset):
    vejleaaparken = Neighbourhood.objects.create(name="Vejleåparken", slug="vejleaaparken")
    glashuset.neighbourhood = vejleaaparken
    glashuset.save_revision().publish()

    found = titles(client.get("/aktiviteter/?neighbourhood=vejleaaparken"))

    assert set(found) == {"Barselscafé", "Ungerådets møde"}


@pytest.mark.django_db
def test_english_calendar_shows_translations_and_danish_where_none_is_published(
    client, translated_homes, calendar_events
):
    english_index = translate(calendar_events["swap"].get_parent(), "en", title="Activities")
    translate(calendar_events["swap"], "en", title="Swap market")
    draft = calendar_events["council"].copy_for_translation(Locale.objects.get(language_code="en"))
    draft.specific.title = "Youth council meeting (draft translation)"
    draft.specific.save_revision()

    found = titles(client.get(english_index.url))

    assert "Swap market" in found and "Byttemarked" not in found
    # An unpublished translation does not hide the published Danish event.
    assert "Ungerådets møde" in found
    assert "Youth council meeting (draft translation)" not in found


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/aktiviteter/?from_date=0001-01-01",
        "/aktiviteter/?to_date=9999-12-31",
        "/aktiviteter/past/?from_date=0001-01-01",
    ],
)
def test_dates_out_of_reach_get_a_message_not_an_error(client, calendar_events, url):
    response = client.get(url)

    assert response.status_code == 200
    assert "Vælg en dato mellem 2000 og 2100." in response.text
    assert url.rsplit("=", 1)[1] in response.text  # what was typed is kept


@on_every_day
@pytest.mark.django_db
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "2027-02-30"])
def test_weekend_of_an_impossible_date_shows_this_weekend(client, calendar_events, day):
    response = client.get(f"/aktiviteter/weekend/?date={day}")

    assert response.status_code == 200
    assert weekend_heading(response) == ("Denne weekend", *this_weekend(timezone.localdate()))


@pytest.mark.django_db
def test_months_out_of_reach_are_not_found(client, event_index):
    assert client.get("/aktiviteter/month/2999-12/").status_code == 404
    assert client.get("/aktiviteter/month/2100-12/").status_code == 200


@pytest.mark.django_db
def test_feed_ignores_dates_out_of_reach(client, calendar_events):
    response = client.get("/aktiviteter/feed.ics?to_date=9999-12-31")

    assert response.status_code == 200
    assert b"SUMMARY:Byttemarked" in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/aktiviteter/?from_date=2027-01-01&to_date=2028-01-02",
        "/aktiviteter/past/?from_date=2000-01-01&to_date=2100-12-31",
        "/aktiviteter/?to_date=2100-12-31",
    ],
)
def test_a_range_longer_than_366_days_is_refused_with_a_message(client, calendar_events, url):
    response = client.get(url)

    assert response.status_code == 200
    assert "Vælg højst 366 dage fra den første til den sidste dato." in response.text
    assert f'value="{url.rsplit("=", 1)[1]}"' in response.text  # what was typed is kept


@pytest.mark.django_db
def test_a_range_of_366_days_is_shown(client, calendar_events):
    first = timezone.localdate()
    last = first + datetime.timedelta(days=365)

    response = client.get(f"/aktiviteter/?from_date={first}&to_date={last}")

    assert "Vælg højst" not in response.text
    assert "Byttemarked" in titles(response)


@pytest.mark.django_db
def test_the_range_message_is_translated(client, translated_homes, event_index):
    translate(event_index, "ar")

    response = client.get("/ar/aktiviteter/?from_date=2000-01-01&to_date=2100-12-31")

    assert response.status_code == 200
    assert "اختر 366 يومًا على الأكثر من التاريخ الأول إلى الأخير." in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("month", ["0000-01", "0001-01", "1999-12", "2101-01", "9999-12"])
def test_months_of_impossible_years_are_not_found(client, event_index, month):
    assert client.get(f"/aktiviteter/month/{month}/").status_code == 404
