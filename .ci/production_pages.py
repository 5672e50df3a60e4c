"""
Fetch the pages a resident opens first from a running production server and check each answer.

Usage: production_pages.py http://127.0.0.1:8104
Every request says it came through the TLS proxy (X-Forwarded-Proto: https), as production
redirects plain http. Exits non-zero, naming each failure, unless every page answers 200 with the
expected content type. Standard library only: it runs in the production virtualenv.
"""

import re
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin

HASHED_CSS = re.compile(r"\.[0-9a-f]{12}\.css$")


class Links(HTMLParser):
    """The stylesheets, scripts and links of an HTML page."""

    def __init__(self):
        super().__init__()
        self.stylesheets, self.scripts, self.links = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


class Check:
    def __init__(self, base_url):
        self.base_url = base_url
        self.failures = []

    def fetch(self, path, content_type, headers=None, expected_status=200):
        """GET path; record a failure unless it answers expected_status with content_type."""
        request = urllib.request.Request(
            urljoin(self.base_url, path), headers={"X-Forwarded-Proto": "https", **(headers or {})}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                body = response.read()
                status, answer_headers = response.status, response.headers
        except urllib.error.HTTPError as error:
            body, status, answer_headers = error.read(), error.code, error.headers
        except OSError as error:
            self.fail(path, f"no answer: {error}")
            return None
        answered_type = answer_headers.get("Content-Type", "")
        print(f"  {status} {answered_type:32} {path}")
        if status != expected_status:
            self.fail(path, f"answered {status}")
        elif answered_type.split(";")[0].strip() != content_type:
            self.fail(path, f"content type {answered_type!r}, expected {content_type!r}")
        return body, answer_headers

    def page(self, path, lang):
        """An HTML page in the given language; returns its links."""
        answer = self.fetch(path, "text/html")
        links = Links()
        if answer:
            html = answer[0].decode("utf-8")
            links.feed(html)
            if f'<html lang="{lang}"' not in html:
                self.fail(path, f'has no <html lang="{lang}">')
        return links

    def not_found(self, path):
        """A missing page: the site's own 404 page, not Django's debug page."""
        answer = self.fetch(path, "text/html", expected_status=404)
        if answer and b"DEBUG = True" in answer[0]:
            self.fail(path, "shows Django's debug page")

    def fail(self, path, reason):
        print(f"  FAILED {path}: {reason}")
        self.failures.append(f"{path}: {reason}")


def main(base_url):
    check = Check(base_url)
    home = check.page("/", "da")
    check.page("/ar/", "ar")
    stories = check.page("/gode-historier/", "da")
    story_paths = [href for href in stories.links if re.fullmatch(r"/gode-historier/[\w-]+/", href)]
    if story_paths:
        check.page(story_paths[0], "da")
    else:
        check.fail("/gode-historier/", "links to no story")
    check.page("/aktiviteter/", "da")

    map_page = check.page("/foreninger-og-steder/kort/", "da")
    leaflet_css = [href for href in map_page.stylesheets if "leaflet" in href.lower()]
    leaflet_js = [src for src in map_page.scripts if "leaflet" in src.lower()]
    if not (leaflet_css and leaflet_js):
        check.fail("/foreninger-og-steder/kort/", "references no Leaflet stylesheet or script")
    for href in leaflet_css:
        check.fetch(href, "text/css")
    for src in leaflet_js:
        check.fetch(src, "text/javascript")

    hashed_css = [href for href in home.stylesheets if HASHED_CSS.search(href)]
    if not hashed_css:
        check.fail("/", f"links no stylesheet with a hashed name: {home.stylesheets}")
    for href in hashed_css[:1]:
        answer = check.fetch(href, "text/css", {"Accept-Encoding": "gzip, br"})
        if answer and answer[1].get("Content-Encoding") not in {"gzip", "br"}:
            check.fail(href, "is not served compressed")

    check.not_found("/findes-ikke/")

    if check.failures:
        print(f"{len(check.failures)} failed:", *check.failures, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
