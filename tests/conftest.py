"""
Shared fixtures: a frozen clock, a Danish site tree with its translations built through Wagtail's
own API, and the demo site, loaded once for the whole session.
"""

from io import StringIO

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import setup_databases, teardown_databases

from wagtail.models import Collection, Locale, Page, Site, WorkflowPage

import pytest
import time_machine

from core.locales import ensure_content_locales
from directory.factories import (
    DirectoryIndexPageFactory,
    MapPageFactory,
    OrganisationPageFactory,
    PlacePageFactory,
)
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventCancellation
from home.factories import HomePageFactory, ImageFactory, StandardPageFactory
from roles.apply import apply_roles
from roles.moderation import ensure_moderation_workflow
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from taxonomy.models import SpokenLanguage, TargetGroup
from tests.clock import REFERENCE_DAY

RTL_LANGUAGES = {"ar", "ur"}
# Wagtail's message when the admin sends a user away from something they may not do.
PERMISSION_DENIED = "Beklager, du har ikke rettigheder til at tilgå dette område"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The database settings name before any test database replaces it.
CONFIGURED_DATABASE_NAME = settings.DATABASES["default"]["NAME"]


def translate(page, language_code, **fields):
    """Publish a translation of `page`, as an editor would through wagtail-localize."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()  # a revision alone would not move the page's URL to a new slug
    translation.save_revision().publish()
    return translation


def assert_refused(response):
    """A request (made with follow=True) the admin refused: back on the dashboard, told why."""
    assert response.redirect_chain == [("/admin/", 302)]
    messages = [str(message).strip() for message in response.context["messages"]]
    assert PERMISSION_DENIED in messages


@pytest.fixture(autouse=True)
def frozen_day(request):
    """
    The moment the test runs at: REFERENCE_DAY, or each day a test marked `@on_every_day`
    (tests/clock.py) is run for. The clock ticks on from there, in every thread.
    """
    moment = getattr(request, "param", REFERENCE_DAY)
    with time_machine.travel(moment, tick=True):
        yield moment


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths: no test may see another test's site."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def image(db):
    return ImageFactory(title="Glashuset", credit="Ishøj Kommune")


@pytest.fixture
def home_page(db, image):
    """The Danish home page at the site root."""
    home = HomePageFactory(
        parent=Page.get_first_root_node(),
        slug="vores-ishoj",
        hero_image=image,
        hero_image_alt="Glashuset i Vejleåparken",
        search_description="Byens mødested på nettet.",
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()  # save(), not update(): Wagtail's cached site root paths are cleared on save
    return home


@pytest.fixture
def translated_homes(home_page):
    """The home page in every content language, Danish included, by language code."""
    homes = {settings.LANGUAGE_CODE: home_page}
    for code in LANGUAGE_CODES:
        if code != settings.LANGUAGE_CODE:
            homes[code] = translate(home_page, code, title=f"Vores Ishøj ({code})")
    return homes


@pytest.fixture
def about_page(home_page):
    return StandardPageFactory(
        parent=home_page, title="Om Vores Ishøj", slug="om-vores-ishoj", show_in_menus=True
    )


@pytest.fixture
def directory(home_page):
    return DirectoryIndexPageFactory(parent=home_page)


@pytest.fixture
def map_page(directory):
    return MapPageFactory(parent=directory)


@pytest.fixture
def glashuset(directory):
    return PlacePageFactory(
        parent=directory,
        title="Glashuset",
        slug="glashuset",
        address="Vejleåparken 1",
        latitude="55.623000",
        longitude="12.345000",
        step_free_access=True,
    )


@pytest.fixture
def bredekaergaard(directory):
    return PlacePageFactory(
        parent=directory,
        title="Bredekærgård",
        slug="bredekaergaard",
        address="Bredekærgårdsvej 2",
        latitude="55.628000",
        longitude="12.333000",
    )


def organisation(parent, title, places=(), groups=(), **fields):
    page = OrganisationPageFactory(parent=parent, title=title, **fields)
    page.places.set(places)
    page.target_groups.set(TargetGroup.objects.filter(code__in=groups))
    page.save_revision().publish()
    return page


@pytest.fixture
def families_network(directory, glashuset, bredekaergaard):
    return organisation(
        directory,
        "Aktiviteter for børn",
        places=[glashuset, bredekaergaard],
        groups=["children-families"],
        kind="network",
        looking_for_volunteers=True,
    )


@pytest.fixture
def youth_council(directory, glashuset):
    return organisation(
        directory, "Ungerådet", places=[glashuset], groups=["young-people"], kind="council"
    )


@pytest.fixture
def story_index(home_page):
    return StoryIndexPageFactory(parent=home_page)


def story(index, title, **fields):
    """A published story below `index`, with its many-to-many fields set like an editor would."""
    relations = {name: fields.pop(name) for name in ("themes", "organisations") if name in fields}
    tags = fields.pop("tags", [])
    page = StoryPageFactory(parent=index, title=title, **fields)
    for name, values in relations.items():
        getattr(page, name).set(values)
    page.tags.add(*tags)
    page.save_revision().publish()
    return page


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


EVENT_RELATIONS = ("organisers", "target_groups", "themes", "languages", "related_stories")


def event(index, title, cancelled=(), **fields):
    """
    A published event below `index`, with its many-to-many fields and cancelled dates set like
    an editor would. `target_groups` and `languages` may be given as codes.
    """
    relations = {name: fields.pop(name) for name in EVENT_RELATIONS if name in fields}
    if "target_groups" in relations:
        relations["target_groups"] = TargetGroup.objects.filter(code__in=relations["target_groups"])
    if "languages" in relations:
        relations["languages"] = SpokenLanguage.objects.filter(code__in=relations["languages"])
    page = EventPageFactory(parent=index, title=title, **fields)
    for name, values in relations.items():
        getattr(page, name).set(values)
    page.cancellations = [EventCancellation(date=day) for day in cancelled]
    page.save()
    page.save_revision().publish()
    return page


# The demo site.


def pytest_collection_modifyitems(items):
    """
    After pytest-django's own order (database tests, then transactional ones, then the rest):
    tests on the shared demo come among the rest, and of those the browser tests, which may
    add to the demo for good, run last.
    """
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "demo_site" in fixtures and ({"db", "transactional_db"} & set(fixtures)):
            raise pytest.UsageError(
                f"{item.nodeid}: a test on the demo may not ask for a database fixture: the"
                " demo would be committed among the database tests. Use `demo` alone."
            )
    items.sort(key=lambda item: "demo_server" in getattr(item, "fixturenames", ()))


def restore_what_migrations_made():
    """
    A database flushed after a transactional test loses what Wagtail's migrations made (locales
    come back with post_migrate): the root collection, the root page with its workflow, and the
    page permissions the roles hold on it.
    """
    ensure_content_locales()
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        title="Root", slug="root", locale=Locale.get_default()
    )
    WorkflowPage.objects.get_or_create(
        page=root, defaults={"workflow": ensure_moderation_workflow()}
    )
    apply_roles()


def end_other_sessions():
    """
    On PostgreSQL, end the connections other threads still hold to the test database: a live
    server's request thread serving a kept-alive connection may outlive the server, and its
    session would stop the test database from being dropped at the end of the run.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture(scope="session")
def session_database(django_db_setup, django_db_blocker):
    """
    The test database for tests on the demo, which ask for no database fixture (see demo_site).
    pytest-django's django_db_setup creates it when any collected test asks for a database; when
    only tests on the demo run (one file, or `-k`), it is created here.
    """
    created = None
    if connection.settings_dict["NAME"] == CONFIGURED_DATABASE_NAME:
        with django_db_blocker.unblock():
            created = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        end_other_sessions()
        if created is not None:
            teardown_databases(created, verbosity=0)


@pytest.fixture(scope="session")
def demo_site(session_database, django_db_blocker):
    """
    The demo content, built as `make run` builds it on REFERENCE_DAY, loaded once for the whole
    session. Its data is committed and never flushed: tests on the demo ask for no database
    fixture, and pytest-django runs such tests after all the others, so no database test sees
    it. Tests on it use `demo` (each in a transaction rolled back) or, in a browser, `demo_db`.
    """
    with django_db_blocker.unblock(), time_machine.travel(REFERENCE_DAY, tick=True):
        restore_what_migrations_made()
        call_command("load_demo", stdout=StringIO())


@pytest.fixture
def demo(demo_site, django_db_blocker):
    """The demo site, for one test: what the test changes is rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
