"""
No input gives a server error: every public GET parameter and page route, in Danish and Arabic,
answers a list of hostile values with 200, 400 or 404, never 5xx.

One site is built for the whole module (rolled back at its end); each route is one test that
sends every value, so a failure lists every value that broke it at once.
"""

import datetime
from collections import defaultdict
from urllib.parse import quote

from django.db import transaction
from django.test import Client

from wagtail.models import Locale, Page, Site

import pytest

from directory.factories import (
    DirectoryIndexPageFactory,
    MapPageFactory,
    NeighbourhoodFactory,
    OrganisationPageFactory,
    PlacePageFactory,
    ThemeFactory,
)
from events.factories import EventIndexPageFactory, EventPageFactory
from events.recurrence import TIMEZONE
from home.factories import HomePageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from taxonomy.models import SpokenLanguage, TargetGroup
from tests.conftest import translate

LANGUAGES = ["da", "ar"]

HOSTILE_VALUES = [
    # quotes and SQL
    '"',
    "'",
    '""',
    '"unclosed',
    'half"quote',
    "`",
    "'; DROP TABLE wagtailcore_page; --",
    '" OR 1=1 --',
    "1' OR '1'='1",
    "%",
    "_",
    "\\",
    # full-text search operators (SQLite FTS5, PostgreSQL tsquery)
    "AND",
    "OR",
    "NOT",
    "NEAR(a b)",
    "a NEAR/2 b",
    "*",
    "word*",
    "^word",
    "-word",
    "+word",
    "title:word",
    ":*",
    "a & b",
    "a <-> b",
    "(",
    ")",
    "((a)",
    "[",
    # empty and whitespace
    "",
    " ",
    "   ",
    "\u00a0",
    "\u200b",
    # NUL and control characters
    "\x00",
    "a\x00b",
    "\x01\x02\x1f",
    "\x7f",
    "\r\n",
    "\u0085",
    # over-long
    "a" * 10_000,
    "é" * 5_000,
    "9" * 400,
    # numbers
    "0",
    "-1",
    "--5",
    "1.5",
    "nan",
    "inf",
    " 1 ",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999999999999999",
    "\u0663",  # Arabic-Indic three
    "\uff11\uff12",  # full-width 12
    # dates
    "0000-01-01",
    "0001-01-01",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31",
    "9999-12-31T23:59:59-01:00",
    "10000-01-01",
    "-2026-01-01",
    "2000-01-01",
    "2100-12-31",
    "2101-01-01",
    "2026-02-30",
    "2026-13-01",
    "2026-W01",
    "01/02/2026",
    "2026-01-01T25:00:00",
    "\u0662\u0660\u0662\u0666-\u0660\u0661-\u0660\u0661",  # 2026-01-01 in Arabic-Indic digits
    "0000-01",
    # markup and templates
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{7*7}}",
    # structured
    "[]",
    "null",
    "a,b,c",
    ",",
    "wagtailcore.Page",
    # unicode oddities
    "\u202eevil",
    "e\u0301" * 300,
    "👩\u200d👩\u200d👧",
    "\ufeff",
    "\U0010ffff",
    "مرحبا",
    "\ud800",  # a lone surrogate: invalid UTF-8 once encoded
    b"\xff\xfe",
    b"\xc0\xaf",
    # path traversal
    "../",
    "../../etc/passwd",
    "..%2f..%2f",
    "%2e%2e%2f",
    "/etc/passwd",
    "//evil.example/",
]

EVENT_FILTERS = ["target_group", "organiser", "place", "neighbourhood", "language"]
EVENT_FILTERS += ["step_free", "free", "from_date", "to_date"]
ORGANISATION_FILTERS = ["kind", "theme", "target_group", "language", "volunteers"]
STORY_FILTERS = ["theme", "neighbourhood", "tag", "inspiration"]


def encoded(value):
    raw = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
    return quote(raw, safe="")


def query(*names, value):
    return "&".join(f"{name}={encoded(value)}" for name in names)


class Requests:
    """The requests of one route: each value in all its parameters at once, then in each
    parameter of `alone` by itself (those that count only when the others are valid), then every
    parameter repeated and as an array."""

    def __init__(self, path, parameters=(), alone=()):
        self.path, self.parameters, self.alone = path, [*parameters, *alone], list(alone)

    def __iter__(self):
        for value in HOSTILE_VALUES:
            yield self.path, query(*self.parameters, value=value)
            for name in self.alone if len(self.parameters) > 1 else ():
                yield self.path, query(name, value=value)
        yield self.path, "&".join(f"{name}=1&{name}=x&{name}[]=2" for name in self.parameters)


class PathValues:
    """Each value as a path segment after `prefix`: a page's routes, e.g. month/<value>/."""

    def __init__(self, prefix):
        self.prefix = prefix

    def __iter__(self):
        for value in HOSTILE_VALUES:
            yield f"{self.prefix}{encoded(value)}/", ""


def server_errors(requests, language="da"):
    """Every request of `requests` that answered 5xx, as (status, url)."""
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=language)
    failed = []
    for path, query_string in requests:
        url = f"{path}{'&' if '?' in path else '?'}{query_string}" if query_string else path
        response = client.get(url)
        if response.status_code >= 500:
            failed.append((response.status_code, url[:200]))
    return failed


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """A small site in Danish and Arabic with one of each page, built once for the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        pages = build_site()
        yield pages
        transaction.set_rollback(True)


def build_site():
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="vores-ishoj")
    Site.objects.filter(is_default_site=True).update(root_page=home)
    for code in LANGUAGES[1:]:
        Locale.objects.get_or_create(language_code=code)
    translate(home, "ar", title="Vores Ishøj (ar)")
    theme = ThemeFactory(name="Fællesskab", slug="faellesskab")
    neighbourhood = NeighbourhoodFactory()
    directory = DirectoryIndexPageFactory(parent=home)
    map_page = MapPageFactory(parent=directory)
    place = PlacePageFactory(parent=directory, title="Glashuset", slug="glashuset")
    place.neighbourhood = neighbourhood
    place.save_revision().publish()
    organisation = OrganisationPageFactory(parent=directory, title="Ungerådet", slug="ungeraadet")
    organisation.places.set([place])
    organisation.themes.set([theme])
    organisation.target_groups.set(TargetGroup.objects.all()[:1])
    organisation.save_revision().publish()
    stories = StoryIndexPageFactory(parent=home)
    story = StoryPageFactory(parent=stories, title="Byttemarked", neighbourhood=neighbourhood)
    story.themes.set([theme])
    story.tags.add("bytte")
    story.save_revision().publish()
    calendar = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=calendar,
        title="Forældrecafé",
        start=datetime.datetime(2026, 11, 3, 10, tzinfo=TIMEZONE),
        end=datetime.datetime(2026, 11, 3, 12, tzinfo=TIMEZONE),
        repeat="weekly",
        place=place,
    )
    event.organisers.set([organisation])
    event.languages.set(SpokenLanguage.objects.all()[:1])
    event.save_revision().publish()
    for page in (directory, map_page, stories, story, calendar, event):
        translate(page, "ar")
    return {
        "directory": directory.url,
        "map": map_page.url,
        "stories": stories.url,
        "story": story.url,
        "calendar": calendar.url,
        "event": event.url,
    }


def prefixed(language, url):
    return url if language == "da" else f"/{language}{url}"


def site_routes(pages, language):
    """Every public route of the site's pages with its GET parameters, by name. Pages without
    parameters of their own (home, story, press kit, feeds) are sent the values as page routes."""

    def at(name, suffix=""):
        return prefixed(language, pages[name] + suffix)

    calendar = at("calendar")
    dates = ["from_date", "to_date"]
    return {
        "search": Requests(prefixed(language, "/search/"), ["q", "page"]),
        "page routes": PathValues(prefixed(language, "/")),
        "story index": Requests(at("stories"), [*STORY_FILTERS, "page"]),
        "story index routes": PathValues(at("stories")),
        "story routes": PathValues(at("story")),
        "upcoming": Requests(calendar, [*EVENT_FILTERS, "page"], alone=dates),
        "weekend": Requests(calendar + "weekend/", [*EVENT_FILTERS, "date"]),
        "month": Requests(calendar + "month/", EVENT_FILTERS),
        "month routes": PathValues(calendar + "month/"),
        "past": Requests(calendar + "past/", [*EVENT_FILTERS, "page"], alone=dates),
        "calendar routes": PathValues(calendar),
        "calendar feed": Requests(calendar + "feed.ics", EVENT_FILTERS, alone=dates),
        "event": Requests(at("event"), ["date"]),
        "event routes": PathValues(at("event")),
        "directory": Requests(at("directory"), [*ORGANISATION_FILTERS, "page"]),
        "map": Requests(at("map"), ORGANISATION_FILTERS),
        "places.geojson": Requests(at("map", "places.geojson"), ORGANISATION_FILTERS),
    }


ROUTE_NAMES = list(site_routes(defaultdict(lambda: "/"), "da"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("route", ROUTE_NAMES)
def test_no_server_error_on_any_page(site, db, route, language):
    requests = site_routes(site, language)[route]

    assert server_errors(requests, language) == []


API = "/api/v2/pages/"
API_OPERATIONS = ["type", "fields", "order", "limit", "offset", "search", "search_operator"]
API_OPERATIONS += ["locale", "translation_of", "child_of", "descendant_of", "ancestor_of", "site"]
API_OPERATIONS += ["rich_text_format", "format", "id", "title", "show_in_menus"]
API_OPERATIONS += ["first_published_at", "alias_of"]
STORY_FIELD_FILTERS = ["story_date", "themes", "tags", "neighbourhood", "hero_image", "body"]


def api_routes():
    """Each of the API's parameters by itself, with and without a page type chosen."""
    routes = {f"?{name}": Requests(API, alone=[name]) for name in API_OPERATIONS}
    story_type = f"{API}?type=stories.StoryPage"
    for name in STORY_FIELD_FILTERS:
        routes[f"story ?{name}"] = Requests(story_type, alone=[name])
    routes["find"] = Requests(f"{API}find/", alone=["id", "html_path"])
    routes["detail"] = PathValues(API)
    return routes


@pytest.mark.parametrize("route", list(api_routes()))
def test_no_server_error_from_the_api(site, db, route):
    assert server_errors(api_routes()[route], "ar") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_without_parameters_take_any_query(site, db, language):
    """The home page, a story, its press kit and the feeds read no parameter: junk is ignored."""
    paths = [prefixed(language, "/"), "/sitemap.xml", "/robots.txt"]
    paths += [prefixed(language, site[name]) for name in ("story", "stories", "event")]
    paths += [prefixed(language, site["story"] + suffix) for suffix in ("press/", "press.txt")]
    paths += [prefixed(language, site["stories"] + "feed.xml")]
    paths += [prefixed(language, site["event"] + "event.ics")]
    junk = [query("page", "p", "q", "date", value=value) for value in HOSTILE_VALUES[::8]]

    assert server_errors([(path, q) for path in paths for q in junk], language) == []
