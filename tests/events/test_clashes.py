"""
The clash and collaboration finder's rules (events.clashes): same place at the same time is a
conflict, the same day or weekend for the same audience or theme is a chance to coordinate, and
nothing is flagged across different weekends. Then what it collects: recurring events date by
date, one version per event, and drafts as tentative dates that only editors see.
"""

import datetime
import re

from django.utils import translation

from wagtail.models import Locale

import pytest

from directory.factories import ThemeFactory
from events import calendar
from events.clashes import (
    Flag,
    also_this_weekend,
    clashes_for,
    classify,
    weekends_ahead,
)
from events.factories import EventPageFactory
from events.models import EventPage
from events.recurrence import TIMEZONE, expand
from taxonomy.models import TargetGroup
from tests.clock import on_every_day
from tests.conftest import event, organisation, translate

pytestmark = pytest.mark.django_db

# A Saturday well ahead, and the weekend after it.
SATURDAY = datetime.date(2027, 3, 6)
NEXT_SATURDAY = SATURDAY + datetime.timedelta(weeks=1)


def at(day, hour, minute=0, days=0):
    return datetime.datetime.combine(
        day + datetime.timedelta(days=days), datetime.time(hour, minute), tzinfo=TIMEZONE
    )


def unsaved(title, start, end, target_groups=(), themes=(), organisers=(), **fields):
    """An event as the edit form builds it, before it is saved."""
    page = EventPage(title=title, start=start, end=end, **fields)
    page.target_groups = list(TargetGroup.objects.filter(code__in=target_groups))
    page.themes = list(themes)
    page.organisers = list(organisers)
    return page


def only(event):
    [occurrence] = expand(event)
    return occurrence


def ahead(days):
    """A Saturday `days` or more from today: the collection tests look from now on."""
    saturday, _sunday = calendar.weekend_of(calendar.today() + datetime.timedelta(days=days))
    return saturday


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
def climate():
    return ThemeFactory(name="Klima og bæredygtighed", slug="klima")


# The rules, on unsaved events.


def test_same_place_at_overlapping_times_is_a_conflict(glashuset):
    cafe = unsaved("Forældrecafé", at(SATURDAY, 10), at(SATURDAY, 12), place=glashuset)
    concert = unsaved("Koncert", at(SATURDAY, 11, 30), at(SATURDAY, 13), place=glashuset)

    match = classify(only(cafe), only(concert))

    assert match.flag == Flag.CONFLICT
    assert match.other.event is concert


def test_a_translated_place_is_the_same_place(home_page, directory, glashuset):
    translate(home_page, "en", title="Our Ishøj")
    translate(directory, "en", title="Directory")
    glass_house = translate(glashuset, "en", title="The Glass House")
    cafe = unsaved("Forældrecafé", at(SATURDAY, 10), at(SATURDAY, 12), place=glashuset)
    concert = unsaved("Concert", at(SATURDAY, 11), at(SATURDAY, 13), place=glass_house)

    assert classify(only(cafe), only(concert)).flag == Flag.CONFLICT


def test_same_place_at_different_times_of_the_day_is_no_conflict(glashuset):
    cafe = unsaved("Forældrecafé", at(SATURDAY, 10), at(SATURDAY, 12), place=glashuset)
    concert = unsaved("Koncert", at(SATURDAY, 12), at(SATURDAY, 14), place=glashuset)

    match = classify(only(cafe), only(concert))

    assert match.flag == Flag.NEIGHBOUR
    assert not match.is_flagged


def test_saturday_and_sunday_for_the_same_audience_is_a_chance_to_coordinate(
    families_network, nature_society, glashuset, bredekaergaard
):
    swap_market = unsaved(
        "Byttemarked",
        at(SATURDAY, 10),
        at(SATURDAY, 14),
        place=bredekaergaard,
        target_groups=["children-families"],
        organisers=[families_network],
    )
    litter = unsaved(
        "Affaldsindsamling",
        at(SATURDAY, 10, days=1),
        at(SATURDAY, 12, days=1),
        place=glashuset,
        target_groups=["children-families", "seniors"],
        organisers=[nature_society],
    )

    match = classify(only(swap_market), only(litter))

    assert match.flag == Flag.COORDINATE
    assert [group.code for group in match.target_groups] == ["children-families"]
    [contact] = match.contacts
    assert contact.organisation == "Danmarks Naturfredningsforening Ishøj"
    assert (contact.person, contact.email, contact.phone) == (
        "Jens Mikkelsen",
        "ishoej@dn.dk",
        "+45 12 34 56 78",
    )


def test_a_shared_theme_is_a_chance_to_coordinate_in_any_language(climate):
    english_climate = climate.copy_for_translation(Locale.objects.get(language_code="en"))
    english_climate.save()
    swap_market = unsaved("Byttemarked", at(SATURDAY, 10), at(SATURDAY, 14), themes=[climate])
    litter = unsaved("Litter picking", at(SATURDAY, 15), at(SATURDAY, 17), themes=[english_climate])

    match = classify(only(swap_market), only(litter))

    assert match.flag == Flag.COORDINATE
    assert match.themes == (climate,)


def test_the_event_contact_fills_in_what_the_organiser_leaves_out(directory):
    quiet_club = organisation(directory, "Strikkeklubben")
    knitting = unsaved(
        "Strikkecafé",
        at(SATURDAY, 10),
        at(SATURDAY, 12),
        target_groups=["seniors"],
        organisers=[quiet_club],
        contact_name="Birthe Hansen",
        contact_email="birthe@example.dk",
    )
    walk = unsaved("Gåtur", at(SATURDAY, 13), at(SATURDAY, 14), target_groups=["seniors"])

    [contact] = classify(only(walk), only(knitting)).contacts

    assert contact.organisation == "Strikkeklubben"
    assert (contact.person, contact.email) == ("Birthe Hansen", "birthe@example.dk")


def test_same_weekend_for_another_audience_and_theme_is_not_flagged(climate):
    football = unsaved(
        "Fodbold", at(SATURDAY, 10), at(SATURDAY, 12), target_groups=["young-people"]
    )
    litter = unsaved(
        "Affaldsindsamling",
        at(SATURDAY, 10, days=1),
        at(SATURDAY, 12, days=1),
        target_groups=["children-families"],
        themes=[climate],
    )

    assert classify(only(football), only(litter)).flag == Flag.NEIGHBOUR


def test_sunday_and_the_next_saturday_are_different_weekends(glashuset):
    sunday = unsaved(
        "Byttemarked",
        at(SATURDAY, 10, days=1),
        at(SATURDAY, 14, days=1),
        place=glashuset,
        target_groups=["children-families"],
    )
    saturday = unsaved(
        "Affaldsindsamling",
        at(NEXT_SATURDAY, 10),
        at(NEXT_SATURDAY, 14),
        place=glashuset,
        target_groups=["children-families"],
    )

    assert classify(only(sunday), only(saturday)) is None
    assert classify(only(saturday), only(sunday)) is None


def test_weekdays_are_neighbours_only_on_the_same_day():
    monday = unsaved("Lektiecafé", at(SATURDAY, 16, days=2), at(SATURDAY, 18, days=2))
    tuesday = unsaved("Lektiecafé 2", at(SATURDAY, 16, days=3), at(SATURDAY, 18, days=3))
    also_monday = unsaved("Spisning", at(SATURDAY, 18, days=2), at(SATURDAY, 20, days=2))

    assert classify(only(monday), only(tuesday)) is None
    assert classify(only(monday), only(also_monday)) is not None


# Collected from the database.


def weekend_event(index, title, saturday, hour=10, days=0, **fields):
    """A published event, as the edit view would load it."""
    page = event(
        index,
        title,
        start=at(saturday, hour, days=days),
        end=at(saturday, hour + 3, days=days),
        **fields,
    )
    return EventPage.objects.get(pk=page.pk)


def draft_event(index, title, saturday, hour=10, days=0, target_groups=(), **fields):
    """An event a volunteer saved but nobody published."""
    page = EventPageFactory(
        parent=index,
        title=title,
        start=at(saturday, hour, days=days),
        end=at(saturday, hour + 3, days=days),
        live=False,
        **fields,
    )
    page.target_groups.set(TargetGroup.objects.filter(code__in=target_groups))
    page.save()
    page.save_revision()
    return EventPage.objects.get(pk=page.pk)


def flagged_titles(found):
    return [
        (clashes.occurrence.date, match.other.event.title, match.flag)
        for clashes in found
        for match in clashes.flagged
    ]


@on_every_day
def test_recurring_event_is_matched_date_by_date(event_index, bredekaergaard):
    first = ahead(10)
    swap_market = weekend_event(
        event_index,
        "Byttemarked",
        first,
        repeat="weekly",
        repeat_count=4,
        place=bredekaergaard,
        target_groups=["children-families"],
    )
    third = first + datetime.timedelta(weeks=2)
    weekend_event(
        event_index, "Affaldsindsamling", third, days=1, target_groups=["children-families"]
    )

    found = clashes_for(swap_market)

    assert [clashes.occurrence.date for clashes in found] == [
        first + datetime.timedelta(weeks=week) for week in range(4)
    ]
    assert flagged_titles(found) == [(third, "Affaldsindsamling", Flag.COORDINATE)]


@on_every_day
def test_a_cancelled_date_removes_its_clash(event_index, bredekaergaard):
    first = ahead(10)
    third = first + datetime.timedelta(weeks=2)
    swap_market = weekend_event(
        event_index,
        "Byttemarked",
        first,
        repeat="weekly",
        repeat_count=4,
        place=bredekaergaard,
        cancelled=[third],
    )
    other = weekend_event(event_index, "Loppemarked", third, place=bredekaergaard)

    assert flagged_titles(clashes_for(swap_market)) == []
    assert flagged_titles(clashes_for(other)) == []


@on_every_day
def test_an_event_does_not_clash_with_its_own_translation(home_page, event_index, glashuset):
    saturday = ahead(10)
    cafe = weekend_event(event_index, "Forældrecafé", saturday, place=glashuset)
    translate(home_page, "en", title="Our Ishøj")
    translate(event_index, "en", title="Events")
    translate(cafe, "en", title="Parents' café")

    assert [clashes.matches for clashes in clashes_for(cafe)] == [[]]
    [weekend] = weekends_ahead(count=1, start=saturday)
    assert [o.event.title for o in weekend.occurrences] == ["Forældrecafé"]
    assert weekend.flagged == []


@on_every_day
def test_a_draft_holds_its_date_as_tentative_for_editors(event_index):
    saturday = ahead(10)
    swap_market = weekend_event(
        event_index, "Byttemarked", saturday, target_groups=["children-families"]
    )
    draft_event(
        event_index,
        "Affaldsindsamling",
        saturday,
        days=1,
        target_groups=["children-families"],
    )

    [clashes] = clashes_for(swap_market)
    [match] = clashes.flagged
    assert (match.other.event.title, match.flag) == ("Affaldsindsamling", Flag.COORDINATE)
    assert match.other.tentative and not match.occurrence.tentative

    [weekend] = weekends_ahead(count=1, start=saturday)
    assert [(o.event.title, o.tentative) for o in weekend.occurrences] == [
        ("Byttemarked", False),
        ("Affaldsindsamling", True),
    ]
    [pair] = weekend.flagged
    assert pair.flag == Flag.COORDINATE


@on_every_day
def test_an_event_in_moderation_counts_with_its_submitted_date(event_index, django_user_model):
    saturday = ahead(10)
    weekend_event(event_index, "Byttemarked", saturday, target_groups=["children-families"])
    volunteer = django_user_model.objects.create_user("frivillig-test", password="x")
    litter = draft_event(
        event_index, "Affaldsindsamling", saturday, target_groups=["children-families"]
    )
    litter.get_workflow().start(litter, volunteer)

    [clashes] = clashes_for(EventPage.objects.get(pk=litter.pk).get_latest_revision_as_object())

    assert clashes.occurrence.tentative
    [match] = clashes.flagged
    assert match.other.event.title == "Byttemarked" and not match.other.tentative


@on_every_day
def test_an_unpublished_date_change_is_tentative_and_the_public_date_stands(event_index):
    saturday = ahead(10)
    later = saturday + datetime.timedelta(weeks=1)
    cafe = weekend_event(event_index, "Forældrecafé", saturday)
    cafe.start, cafe.end = at(later, 10), at(later, 13)
    cafe.save_revision()

    weekends = weekends_ahead(count=2, start=saturday)

    assert [[(o.event.title, o.tentative) for o in w.occurrences] for w in weekends] == [
        [("Forældrecafé", False)],
        [("Forældrecafé", True)],
    ]


@on_every_day
def test_also_this_weekend_shows_live_events_soonest_first_and_never_drafts(event_index):
    saturday = ahead(10)
    cafe = weekend_event(event_index, "Forældrecafé", saturday, hour=12)
    weekend_event(event_index, "Loppemarked", saturday, hour=9, days=1)
    weekend_event(event_index, "Byttemarked", saturday, hour=9)
    weekend_event(event_index, "Næste weekend", saturday + datetime.timedelta(weeks=1))
    draft_event(event_index, "Affaldsindsamling", saturday, days=1)

    with translation.override("da"):
        found = also_this_weekend(cafe, cafe.next_occurrence())

    assert [o.event.title for o in found] == ["Byttemarked", "Loppemarked"]
    assert found.weekend
    assert not any(o.tentative for o in found)


@on_every_day
def test_also_on_a_weekday_means_the_same_day(event_index):
    monday = ahead(10) + datetime.timedelta(days=2)
    homework = event(event_index, "Lektiecafé", start=at(monday, 16), end=at(monday, 18))
    event(event_index, "Fællesspisning", start=at(monday, 18), end=at(monday, 20))
    event(event_index, "Weekendtur", start=at(monday, 10, days=-2), end=at(monday, 12, days=-2))

    with translation.override("da"):
        found = also_this_weekend(homework, homework.next_occurrence())

    assert [o.event.title for o in found] == ["Fællesspisning"]
    assert not found.weekend


@on_every_day
def test_weekends_ahead_costs_the_same_queries_for_many_live_events(
    event_index, glashuset, families_network
):
    saturday = ahead(10)

    def add_events(first, count):
        for number in range(first, first + count):
            weekend_event(
                event_index,
                f"Aktivitet {number}",
                saturday,
                hour=8 + number % 10,
                place=glashuset,
                organisers=[families_network],
                target_groups=["children-families"],
                repeat="weekly" if number % 3 == 0 else "",
                cancelled=[saturday + datetime.timedelta(weeks=2)] if number % 3 == 0 else [],
            )

    def queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            found = weekends_ahead(start=saturday)
        return len(captured), found

    add_events(0, 3)
    few, _found = queries()
    add_events(3, 12)
    many, found = queries()

    assert many == few
    assert len(found) == 8 and len(found[0].occurrences) == 15
    assert len(found[0].flagged) == 15 * 14 // 2  # all at one place, for one audience
    assert {pair.flag for pair in found[0].flagged} == {Flag.CONFLICT, Flag.COORDINATE}


def also_section(response):
    found = re.search(
        r'<section[^>]*aria-labelledby="also-this-weekend-heading".*?</section>',
        response.text,
        re.S,
    )
    return found.group(0) if found else ""


@on_every_day
def test_event_page_links_the_other_events_of_its_weekend(client, event_index):
    saturday = ahead(10)
    cafe = weekend_event(event_index, "Forældrecafé", saturday)
    gathering = weekend_event(
        event_index, "Fællesskabssøndag", saturday, days=1, repeat="weekly", repeat_count=3
    )
    draft_event(event_index, "Affaldsindsamling", saturday, days=1)

    html = also_section(client.get(cafe.url))

    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', html) == [
        (f"{gathering.url}?date={saturday + datetime.timedelta(days=1):%Y-%m-%d}", gathering.title)
    ]


@on_every_day
def test_event_page_without_neighbours_has_no_such_section(client, event_index):
    cafe = weekend_event(event_index, "Forældrecafé", ahead(10))

    response = client.get(cafe.url)

    assert response.status_code == 200
    assert also_section(response) == ""
    assert "also-this-weekend" not in response.text
