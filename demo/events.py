"""
The demo's activities: the events calendar and the events the proposal tells of, over the three
months after the day load_demo runs, in Danish and translated into every language that has demo
text; plus a volunteer's draft of the nature conservation society's litter collection, waiting in
the moderation queue on the same weekend as a swap market, as in the proposal.

Like the rest of load_demo it creates only what is missing. Dates that depend on another event
(the second swap market, the litter collection) follow that event as it is in the database, so
running the loader on a later day keeps them together.
"""

import datetime

from wagtail.models import Locale

from directory.models import OrganisationPage, PlacePage
from events.calendar import today, weekend_of
from events.models import EventCancellation, EventIndexPage, EventPage
from events.recurrence import aware, local, series_end, weekday_position
from stories.models import StoryPage
from taxonomy.models import SpokenLanguage, TargetGroup, Theme

from .content import directory_facts, directory_for, events_for, stories_for
from .content import event_facts as facts
from .tree import index_below, index_text, submit_for_moderation, translate
from .users import ensure_demo_users

# Days the associations close: a repeating event skips them, unless it is open on holidays.
HOLIDAYS = {(12, 24), (12, 25), (12, 26), (12, 31), (1, 1)}


def load_events(home, images, stdout):
    danish = Locale.get_default()
    text = events_for(danish.language_code)
    index = index_below(home, EventIndexPage, text["index"])
    links = _links(danish)
    events, starts = {}, {}
    for key, fact in facts.EVENTS.items():
        events[key] = _event(index, fact, text["events"][key], images, links, events, starts)
        starts[key] = local(events[key].start).date()
    stdout.write(f"Events: {len(events)} published ({danish.language_code})")
    _translate_events(index, events, stdout)
    users = ensure_demo_users()
    for key, fact in facts.DRAFTS.items():
        author = users[fact["author"]]
        day = first_date(fact["on"], today(), starts)
        page = _new_event(fact, day, text["drafts"][key], images, links, events)
        if submit_for_moderation(index, page, author):
            stdout.write(f"Event {key!r} submitted for moderation by {author.username!r}")


# Dates.


def first_date(rule, from_day, starts):
    """The first date of an event by its rule (see content.event_facts), counted from
    `from_day`; `starts` holds the first dates of the events loaded before it."""
    kind, *args = rule
    if kind == "next":
        weekday, days = args
        day = _next_weekday(from_day + datetime.timedelta(days=days), weekday)
        while _is_holiday_week(day):
            day += datetime.timedelta(days=7)
        return day
    if kind == "nth":
        position, weekday, days = args
        day = _next_weekday(from_day + datetime.timedelta(days=days), weekday)
        while weekday_position(day) != position or _is_holiday_week(day):
            day += datetime.timedelta(days=7)
        return day
    if kind == "this-weekend":
        return weekend_of(from_day)[args[0]]
    if kind == "month-after":
        return _same_position_next_month(starts[args[0]])
    if kind == "weekend-of":
        key, which = args
        return weekend_of(starts[key])[which]
    raise ValueError(f"Unknown date rule {rule!r}")


def is_holiday(day):
    return (day.month, day.day) in HOLIDAYS


def _is_holiday_week(day):
    """Between Christmas and New Year nobody plans a first meeting."""
    return (day.month, day.day) >= (12, 21) or (day.month, day.day) <= (1, 1)


def _next_weekday(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _same_position_next_month(day):
    """The n-th weekday of the month after `day`, where `day` is the n-th of its month."""
    first_of_next = (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    first = _next_weekday(first_of_next, day.weekday())
    return first + datetime.timedelta(weeks=weekday_position(day) - 1)


def _times(fact, day):
    """Aware start and end in Danish time; an all-day event runs from midnight to midnight."""
    if fact.get("all_day"):
        start = datetime.datetime.combine(day, datetime.time())
        return aware(start), aware(start + datetime.timedelta(hours=23, minutes=59))
    start, end = (datetime.time.fromisoformat(value) for value in fact["time"])
    return (
        aware(datetime.datetime.combine(day, start)),
        aware(datetime.datetime.combine(day, end)),
    )


def _cancelled_dates(page, fact, events):
    """The dates to cancel: occurrences by number, holidays, and the dates another event takes
    over."""
    page.cancellations = []
    dates = []
    if page.repeat and not fact.get("open_on_holidays"):
        dates += [
            occurrence.date for occurrence in page.occurrences() if is_holiday(occurrence.date)
        ]
    if fact.get("cancel"):
        occurrences = page.occurrences()
        dates += [occurrences[number - 1].date for number in fact["cancel"]]
    if fact.get("skip"):
        other = events[fact["skip"]]
        last = series_end(page)
        dates += [occurrence.date for occurrence in other.occurrences(page.start, last)]
    return sorted(set(dates))


# Pages.


def _links(locale):
    """Places, organisations, themes and stories by their demo keys, in `locale`."""
    directory = directory_for(locale.language_code)
    stories = stories_for(locale.language_code)["stories"]

    def by_key(model, texts):
        pages = {page.slug: page for page in model.objects.filter(locale=locale)}
        return {key: pages[text["slug"]] for key, text in texts.items() if text["slug"] in pages}

    return {
        "places": by_key(PlacePage, directory["places"]),
        "organisations": by_key(OrganisationPage, directory["organisations"]),
        "stories": by_key(StoryPage, stories),
        "themes": {theme.slug: theme for theme in Theme.objects.filter(locale=locale)},
    }


def _event_text(text):
    """An event's fields that each language writes for itself."""
    paragraphs = [{"type": "paragraph", "value": f"<p>{p}</p>"} for p in text["description"]]
    return {
        "title": text["title"],
        "slug": text["slug"],
        "lead": text["lead"],
        "description": paragraphs,
        "hero_image_alt": text.get("image_alt", ""),
        "accessibility_notes": text.get("accessibility_notes", ""),
        "price": text.get("price", ""),
    }


def _contact(fact):
    """The first organiser's contact person, as the directory lists them."""
    organisation = directory_facts.ORGANISATIONS[fact["organisers"][0]]
    return {
        "contact_name": organisation["contact_person"],
        "contact_email": organisation["email"],
        "contact_phone": organisation["phone"],
    }


def _new_event(fact, day, text, images, links, events):
    """An unsaved event; its organisers, themes and cancelled dates are saved with it."""
    start, end = _times(fact, day)
    weeks = fact.get("weeks")
    page = EventPage(
        start=start,
        end=end,
        all_day=fact.get("all_day", False),
        repeat=fact.get("repeat", ""),
        repeat_interval=fact.get("interval", 1),
        repeat_count=fact.get("count"),
        repeat_until=day + datetime.timedelta(weeks=weeks - 1) if weeks else None,
        hero_image=images[fact["image"]] if fact.get("image") else None,
        place=links["places"].get(fact.get("place")),
        address=fact.get("address", ""),
        step_free_access=fact.get("step_free_access", False),
        is_free=fact.get("is_free", True),
        registration_url=fact.get("registration_url", ""),
        **_contact(fact),
        **_event_text(text),
    )
    page.organisers.set([links["organisations"][key] for key in fact["organisers"]])
    page.target_groups.set(TargetGroup.objects.filter(code__in=fact["target_groups"]))
    page.themes.set([links["themes"][slug] for slug in fact["themes"]])
    page.languages.set(SpokenLanguage.objects.filter(code__in=fact["languages"]))
    page.related_stories.set([links["stories"][key] for key in fact.get("stories", [])])
    cancelled = _cancelled_dates(page, fact, events)
    page.cancellations = [EventCancellation(date=date) for date in cancelled]
    return page


def _event(index, fact, text, images, links, events, starts):
    """The published event below `index` with this slug, created if missing."""
    page = index.get_children().filter(slug=text["slug"]).specific().first()
    if page is None:
        day = first_date(fact["on"], today(), starts)
        page = _new_event(fact, day, text, images, links, events)
        index.add_child(instance=page)
        page.save_revision().publish()
    return page


def _translate_events(index, events, stdout):
    for locale in Locale.objects.exclude(pk=index.locale_id):
        text = events_for(locale.language_code)
        if not text:
            continue
        translate(index, locale, index_text(text["index"]))
        for key, event in events.items():
            translate(event, locale, _event_text(text["events"][key]))
        stdout.write(f"Events translated ({locale.language_code})")
