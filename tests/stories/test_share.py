"""The share block of a story: plain links, no third-party script, a copy button only with JS."""

from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

from django.contrib.staticfiles import finders

import pytest

from tests.conftest import story, translate

STORY_URL = "http://testserver/gode-historier/byttemarked/"
FETCHED_LINKS = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest"}


class Resources(HTMLParser):
    """What a browser would fetch on its own: scripts, images, frames, stylesheets, sources."""

    def __init__(self):
        super().__init__()
        self.fetched, self.links = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio", "embed", "object"):
            self.fetched += [attrs.get("src"), attrs.get("data")]
            srcset = (attrs.get("srcset") or "").split(",")
            self.fetched += [part.split()[0] for part in srcset if part.strip()]
        elif tag == "link" and set((attrs.get("rel") or "").split()) & FETCHED_LINKS:
            self.fetched.append(attrs.get("href"))
        elif tag == "a":
            self.links.append(attrs)


def parsed(html):
    parser = Resources()
    parser.feed(html)
    return parser


@pytest.fixture
def swap_market(story_index, image):
    return story(
        story_index,
        "Byttemarked & loppemarked",
        slug="byttemarked",
        hero_image=image,
        hero_image_alt="Borde med tøj",
    )


def test_share_links_are_plain_addresses_with_the_story_url(client, swap_market):
    html = client.get(swap_market.url).content.decode()
    encoded = quote(STORY_URL, safe="")
    title = quote("Byttemarked & loppemarked", safe="")

    assert f'href="mailto:?subject={title}&amp;body={encoded}"' in html
    assert f'href="sms:?&amp;body={title}%20{encoded}"' in html
    assert f'href="https://wa.me/?text={title}%20{encoded}"' in html
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={encoded}"' in html


def test_links_to_other_hosts_send_no_referrer(client, swap_market):
    html = client.get(swap_market.url).content.decode()
    external = [
        a
        for a in parsed(html).links
        if a.get("href", "").startswith(("https://wa.me", "https://www.facebook"))
    ]

    assert len(external) == 2
    assert all(a["rel"] == "noopener noreferrer" for a in external)


def test_story_page_fetches_nothing_from_another_host(client, swap_market):
    html = client.get(swap_market.url).content.decode()

    fetched = [url for url in parsed(html).fetched if url]
    assert fetched  # the page has its stylesheet, script and hero image
    assert all(not urlsplit(url).netloc for url in fetched), fetched
    assert "<iframe" not in html


def test_copy_button_appears_only_with_javascript(client, swap_market):
    html = client.get(swap_market.url).content.decode()

    assert f'<input id="share-url" type="url" value="{STORY_URL}" readonly dir="ltr"' in html
    assert '<label for="share-url">' in html
    assert '<button type="button" hidden data-copy-link-button' in html
    assert 'role="status"' in html
    assert '<script src="/static/js/copy-link.js" defer></script>' in html
    assert finders.find("js/copy-link.js")


def test_share_block_is_a_labelled_section(client, swap_market):
    html = client.get(swap_market.url).content.decode()

    assert '<section class="share" aria-labelledby="share-heading">' in html
    assert '<h2 id="share-heading">' in html


def test_share_block_on_a_right_to_left_story(client, translated_homes, swap_market):
    translate(swap_market.get_parent(), "ar", title="قصص جيدة")
    arabic = translate(swap_market, "ar", title="سوق المقايضة")

    html = client.get(arabic.url).content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    assert quote(f"http://testserver{arabic.url}", safe="") in html
    assert 'readonly dir="ltr"' in html
