"""sitemap.xml lists every live page in every language; robots.txt points to it."""

import xml.etree.ElementTree as ET

from home.factories import StandardPageFactory
from tests.conftest import LANGUAGE_CODES, translate

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_every_locale_with_alternates(client, translated_homes):
    urls = sitemap_urls(client)

    homes = {f"http://localhost{home.url}" for home in translated_homes.values()}
    assert homes <= set(urls)
    alternates = urls["http://localhost/ar/"]
    assert set(alternates) == {*LANGUAGE_CODES, "x-default"}
    assert alternates["x-default"] == "http://localhost/"


def test_sitemap_leaves_out_drafts_and_untranslated_alternates(client, translated_homes):
    StandardPageFactory(parent=translated_homes["da"], title="Kladde", slug="kladde", live=False)
    only_danish = StandardPageFactory(parent=translated_homes["da"], title="Kun", slug="kun")
    both = StandardPageFactory(parent=translated_homes["da"], title="Begge", slug="begge")
    translate(both, "en", slug="both")

    urls = sitemap_urls(client)

    assert "http://localhost/kladde/" not in urls
    assert urls["http://localhost/kun/"] == {}
    assert set(urls["http://localhost/en/both/"]) == {"da", "en", "x-default"}
    assert only_danish.live


def test_sitemap_queries_do_not_grow_with_pages(
    client, translated_homes, django_assert_max_num_queries
):
    for number in range(40):
        page = StandardPageFactory(parent=translated_homes["da"], title=f"Side {number}")
        translate(page, "en")
    with django_assert_max_num_queries(12):
        urls = sitemap_urls(client)
    assert len(urls) == 5 + 80


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
