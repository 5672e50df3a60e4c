"""Every public page carries a Content-Security-Policy that no inline script could pass."""

from html.parser import HTMLParser

from django.contrib.auth import get_user_model
from django.test import override_settings

import pytest

from contributions.models import StoryTipPage, VolunteerSignupPage
from directory.models import MapPage, OrganisationPage, PlacePage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from stories.models import StoryIndexPage, StoryPage

PUBLIC_PAGE_TYPES = [
    HomePage,
    StoryIndexPage,
    StoryPage,
    EventIndexPage,
    EventPage,
    MapPage,
    OrganisationPage,
    PlacePage,
    StoryTipPage,
    VolunteerSignupPage,
]


def policy_of(response):
    """The header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


class InlineCode(HTMLParser):
    """What a strict policy would block: inline scripts, style elements and attributes, handlers."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        script_data = attributes.get("type") == "application/ld+json"
        if tag == "script" and "src" not in attributes and not script_data:
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style>")
        for name, _value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")


def inline_code_in(html):
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def public_urls(language_code):
    urls = []
    for model in PUBLIC_PAGE_TYPES:
        page = model.objects.live().filter(locale__language_code=language_code).first()
        urls.append(page.url)
        if model is EventIndexPage:
            urls += [page.url + "month/", page.url + "weekend/", page.url + "past/"]
    prefix = "" if language_code == "da" else f"/{language_code}"
    return [*urls, f"{prefix}/search/?q=bytte", f"{prefix}/findes-ikke/"]


@pytest.mark.parametrize("language_code", ["da", "ar"])
def test_every_public_page_has_a_strict_policy_and_no_inline_code(client, demo, language_code):
    for url in public_urls(language_code):
        response = client.get(url)
        assert response.status_code == (404 if "findes-ikke" in url else 200), url
        policy = policy_of(response)

        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["default-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'none'"], url
        assert policy["base-uri"] == ["'self'"], url
        assert policy["form-action"] == ["'self'"], url
        assert inline_code_in(response.content.decode()) == [], url


def test_images_may_come_from_the_map_tile_host(client, demo):
    tiles = "https://{s}.kort.example.dk/tiles/{z}/{x}/{y}.png"
    with override_settings(MAP_TILES_URL=tiles):
        policy = policy_of(client.get("/"))

    assert policy["img-src"] == ["'self'", "data:", "https://*.kort.example.dk"]


def test_tiles_from_our_own_host_add_no_other_image_host(client, demo):
    with override_settings(MAP_TILES_URL="/static/directory/blank-tile.svg?{z}/{x}/{y}"):
        policy = policy_of(client.get("/"))

    assert policy["img-src"] == ["'self'", "data:"]


def test_videos_may_be_framed_only_from_the_video_hosts(client, demo):
    policy = policy_of(client.get("/"))

    assert policy["frame-src"] == [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ]


def test_feeds_and_files_carry_the_policy_too(client, demo):
    response = client.get("/robots.txt")

    assert policy_of(response)["script-src"] == ["'self'"]


def test_the_admin_has_its_own_policy_that_allows_its_inline_code_and_its_preview(client, demo):
    client.force_login(get_user_model().objects.create_superuser("redaktoer", "r@ishoj.dk", "x"))
    policy = policy_of(client.get("/admin/"))

    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
