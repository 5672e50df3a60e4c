"""
The clash and collaboration finder: which other events happen on the same day or the same
weekend as an event, and which of them an organiser should know about.

Two occurrences are *neighbours* when they share a day, or both touch the same weekend (Saturday
and Sunday). A neighbour at the same place at overlapping times is a CONFLICT; another for an
overlapping target group or theme is a chance to COORDINATE, with its organisers' contact. The
rules are `classify`, a pure function of two occurrences; the rest only collects occurrences:

- editors (the edit-view panel, the dashboard) see every event once, in Danish, published or
  not: a draft never published, or changes not yet published (in moderation or not), make
  *tentative* dates, so an organiser can hold a date before anything is public;
- residents (`also_this_weekend` on the event page) see only live, public events in their
  language, never a tentative date.

Places are compared by translation key, so a Danish event and a translated one meet at the same
place. Free addresses are not compared: "Ishøj Strand" is a beach, not a room that two events
can double-book.

One module on purpose, a little past the house's 300 lines: the issue wants the matching logic
in one place. Should it grow, it splits into a package of the rules and the collecting.
"""

import datetime
import enum
from dataclasses import dataclass, field, replace

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page, WorkflowState

from core.locales import default_locale

from . import calendar
from .models import EventPage
from .recurrence import expand

# How many of an event's next dates the edit-view panel looks at, and how far ahead.
NEXT_OCCURRENCES = 12
HORIZON = datetime.timedelta(days=366)
ONE_DAY = datetime.timedelta(days=1)


class Flag(enum.StrEnum):
    CONFLICT = "conflict"
    COORDINATE = "coordinate"
    NEIGHBOUR = "neighbour"


@dataclass(frozen=True)
class Contact:
    """Who to call about another event: an organiser, with the event's own contact details
    filling what the organisation's page leaves empty."""

    organisation: str
    person: str
    email: str
    phone: str


@dataclass(frozen=True)
class Match:
    """`other` seen from `occurrence`: what they share and whom to contact about it."""

    occurrence: object
    other: object
    flag: Flag
    target_groups: tuple = ()
    themes: tuple = ()
    contacts: tuple = ()

    @property
    def is_conflict(self):
        return self.flag == Flag.CONFLICT

    @property
    def is_coordinate(self):
        return self.flag == Flag.COORDINATE

    @property
    def is_flagged(self):
        return self.flag != Flag.NEIGHBOUR


@dataclass(frozen=True)
class Profile:
    """What the rules compare of an event, read once: the relations of a draft, or of the event
    being edited, are queries, and one event is compared with many."""

    key: object
    place_key: object
    target_groups: dict  # code: TargetGroup
    themes: dict  # translation key: Theme
    contacts: tuple


def contacts_of(event):
    organisers = list(event.organisers.all())
    contacts = [
        Contact(
            organisation.title,
            organisation.contact_person or event.contact_name,
            organisation.email or event.contact_email,
            organisation.phone or event.contact_phone,
        )
        for organisation in organisers
    ]
    if not organisers and (event.contact_name or event.contact_email or event.contact_phone):
        contacts.append(Contact("", event.contact_name, event.contact_email, event.contact_phone))
    return tuple(contacts)


def profile(event):
    return Profile(
        key=event.translation_key,
        place_key=event.place.translation_key if event.place_id else None,
        target_groups={group.code: group for group in event.target_groups.all()},
        themes={theme.translation_key: theme for theme in event.themes.all()},
        contacts=contacts_of(event),
    )


class Profiles(dict):
    """The profiles of one computation's events, each read once (by object: a draft and the
    live version of one page are different objects)."""

    def __call__(self, event):
        if id(event) not in self:
            self[id(event)] = (event, profile(event))  # the event too, so its id stays its own
        return self[id(event)][1]


def weekends(occurrence):
    """The Saturdays of the weekends an occurrence touches."""
    return {day - (day.weekday() - 5) * ONE_DAY for day in occurrence.days if day.weekday() >= 5}


def are_neighbours(occurrence, other):
    """Whether two occurrences share a day or a weekend (Sunday and the next Saturday do not)."""
    shared_days = set(occurrence.days) & set(other.days)
    return bool(shared_days or weekends(occurrence) & weekends(other))


def classify(occurrence, other, profile_of=profile):
    """
    The Match of `other` seen from `occurrence`, or None when they are not neighbours or are
    the same event (in any language).
    """
    mine, theirs = profile_of(occurrence.event), profile_of(other.event)
    if mine.key == theirs.key or not are_neighbours(occurrence, other):
        return None
    same_place = mine.place_key is not None and mine.place_key == theirs.place_key
    if same_place and occurrence.overlaps(other.start, other.end):
        return Match(occurrence, other, Flag.CONFLICT, contacts=theirs.contacts)
    groups = tuple(
        group for code, group in mine.target_groups.items() if code in theirs.target_groups
    )
    themes = tuple(theme for key, theme in mine.themes.items() if key in theirs.themes)
    if groups or themes:
        return Match(occurrence, other, Flag.COORDINATE, groups, themes, theirs.contacts)
    return Match(occurrence, other, Flag.NEIGHBOUR)


FLAG_ORDER = {Flag.CONFLICT: 0, Flag.COORDINATE: 1, Flag.NEIGHBOUR: 2}


def matches_for(occurrence, others, profile_of=profile):
    """Every neighbour of `occurrence` among `others`: conflicts first, then by time."""
    found = [match for other in others if (match := classify(occurrence, other, profile_of))]
    return sorted(found, key=lambda match: (FLAG_ORDER[match.flag], match.other.start))


# Collecting occurrences.


def one_version(events):
    """
    Each event once: its page in the default language, or the page it was written in when it
    has none. Translations share their dates, place and audience (wagtail-localize syncs them).
    """
    default = default_locale()
    in_default = EventPage.objects.filter(locale=default).values("translation_key")
    return events.filter(Q(locale=default) | ~Q(translation_key__in=in_default)).filter(
        alias_of__isnull=True
    )


def tentative_events():
    """
    Events whose latest revision is not (yet) what the public sees: drafts never published,
    and changes to live events, saved or in moderation. An event taken offline is not counted,
    unless it is sent to moderation again.
    """
    page_type = ContentType.objects.get_for_model(Page)
    states = WorkflowState.objects.active().filter(base_content_type=page_type)
    in_moderation = [int(pk) for pk in states.values_list("object_id", flat=True)]
    return one_version(EventPage.objects.filter(has_unpublished_changes=True)).filter(
        Q(live=True) | Q(first_published_at__isnull=True) | Q(pk__in=in_moderation)
    )


def latest_version(event):
    """The event as last saved: Revision.as_object without fetching the page a second time."""
    if event.has_unpublished_changes and event.latest_revision:
        return event.with_content_json(event.latest_revision.content)
    return event


def own_occurrences(event, start, end):
    """The event's occurrences, tentative where the public does not see them (yet)."""
    found = expand(event, start, end, tentative=event.pk is None or not event.live)
    if event.pk is None or not event.live or not event.has_unpublished_changes:
        return found
    public = {when(o) for o in expand(EventPage.objects.get(pk=event.pk), start, end)}
    return [replace(o, tentative=when(o) not in public) for o in found]


def when(occurrence):
    return occurrence.event.pk, occurrence.start, occurrence.end


def editors_occurrences(start, end):
    """
    Every event's occurrences in the window as editors see them, in order.

    Live events are a fixed number of queries (EventPage.objects.for_listing); each tentative event
    costs a few more (its revision and the relations in it), which is fine: they are few, and
    they are what the finder is for. The latest revision of a live event replaces its public
    dates; a date it shares with the public version is not tentative, and a public date the
    draft drops still stands until the draft is published.
    """
    live_events = one_version(EventPage.objects.live()).during(start, end).for_listing()
    live = calendar.occurrences(live_events, start, end)
    drafts = {
        page.pk: expand(latest_version(page), start, end, tentative=True)
        for page in tentative_events().select_related("latest_revision")
    }
    draft_times = {when(o) for dates in drafts.values() for o in dates}
    public_times = {when(o) for o in live}
    found = [o for o in live if o.event.pk not in drafts or when(o) not in draft_times]
    for dates in drafts.values():
        found += [replace(o, tentative=when(o) not in public_times) for o in dates]
    return sorted(found, key=lambda o: (o.start, o.event.title.casefold()))


def neighbourhood(occurrence):
    """The aware window in which an occurrence can have neighbours: its days, and its weekend."""
    days = occurrence.days
    start, end = calendar.day_start(days[0]), calendar.day_start(days[-1] + ONE_DAY)
    for saturday in weekends(occurrence):
        weekend_start, weekend_end = calendar.weekend_window(saturday)
        start, end = min(start, weekend_start), max(end, weekend_end)
    return start, end


# What the admin and the event page ask.


@dataclass(frozen=True)
class OccurrenceClashes:
    occurrence: object
    matches: list = field(default_factory=list)

    @property
    def flagged(self):
        return [match for match in self.matches if match.is_flagged]


def clashes_for(event, start=None, limit=NEXT_OCCURRENCES):
    """
    The neighbours of each of the event's next `limit` occurrences from `start` (default: now),
    for the edit view's panel. `event` is the event as the editor sees it: the edit view gives
    the latest revision. Its own dates are tentative when that is not what the public sees.
    """
    start = start or timezone.now()
    mine = own_occurrences(event, start, start + HORIZON)[:limit]
    if not mine:
        return []
    windows = [neighbourhood(occurrence) for occurrence in mine]
    window_start = min(window[0] for window in windows)
    window_end = max(window[1] for window in windows)
    others = editors_occurrences(window_start, window_end)
    profile_of = Profiles()
    return [
        OccurrenceClashes(occurrence, matches_for(occurrence, others, profile_of))
        for occurrence in mine
    ]


@dataclass(frozen=True)
class Weekend:
    saturday: datetime.date
    occurrences: list
    flagged: list  # see flagged_pairs

    @property
    def sunday(self):
        return self.saturday + ONE_DAY


def flagged_pairs(occurrences, profile_of=profile):
    """The flagged matches among `occurrences`, each pair of events once, the stronger kept."""
    strongest = {}
    for index, occurrence in enumerate(occurrences):
        for other in occurrences[index + 1 :]:
            match = classify(occurrence, other, profile_of)
            if match is None or not match.is_flagged:
                continue
            pair = frozenset((occurrence.event.translation_key, other.event.translation_key))
            if pair not in strongest or FLAG_ORDER[match.flag] < FLAG_ORDER[strongest[pair].flag]:
                strongest[pair] = match
    return sorted(
        strongest.values(), key=lambda match: (FLAG_ORDER[match.flag], match.occurrence.start)
    )


def weekends_ahead(count=8, start=None):
    """The coming `count` weekends (the current one first, from `start`, a date, default today),
    each with its occurrences and its conflicts and chances to coordinate, for the dashboard."""
    first_saturday, _sunday = calendar.weekend_of(start or calendar.today())
    window_start = calendar.day_start(first_saturday)
    window_end = calendar.day_start(first_saturday + datetime.timedelta(weeks=count - 1, days=2))
    found = editors_occurrences(window_start, window_end)
    profile_of, result = Profiles(), []
    for week in range(count):
        saturday = first_saturday + datetime.timedelta(weeks=week)
        those = [occurrence for occurrence in found if saturday in weekends(occurrence)]
        result.append(Weekend(saturday, those, flagged_pairs(those, profile_of)))
    return result


class Neighbours(list):
    """Occurrences, knowing whether they are a weekend's (for the heading) or a weekday's."""

    def __init__(self, occurrences=(), weekend=True):
        super().__init__(occurrences)
        self.weekend = weekend


def also_this_weekend(event, occurrence):
    """
    Other live, public events in the reader's language on the same weekend as `occurrence`, or
    the same day when it is on a weekday: their occurrences not yet over, soonest first. Never a
    tentative date.
    """
    if occurrence is None:
        return Neighbours()
    start, end = neighbourhood(occurrence)
    events = (
        EventPage.objects.for_readers()
        .exclude(translation_key=event.translation_key)
        .during(start, end)
        .for_listing()
    )
    now = timezone.now()
    return Neighbours(
        (
            other
            for other in calendar.occurrences(events, start, end)
            if other.end > now and are_neighbours(occurrence, other)
        ),
        weekend=bool(weekends(occurrence)),
    )
