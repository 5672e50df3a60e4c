"""Shared fixtures: a Danish site tree with its translations, built through Wagtail's own API."""

from django.conf import settings
from django.core.cache import cache

from wagtail.models import Locale, Page, Site

import pytest
import time_machine

from directory.factories import (
    DirectoryIndexPageFactory,
    MapPageFactory,
    OrganisationPageFactory,
    PlacePageFactory,
)
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventCancellation
from home.factories import HomePageFactory, ImageFactory, StandardPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from taxonomy.models import SpokenLanguage, TargetGroup
from tests.clock import REFERENCE_DAY

RTL_LANGUAGES = {"ar", "ur"}
# Wagtail's message when the admin sends a user away from something they may not do.
PERMISSION_DENIED = "Beklager, du har ikke rettigheder til at tilgå dette område"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


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
