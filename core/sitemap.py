"""
sitemap.xml for every language: Wagtail's own sitemap lists only the default site's Danish tree.

Each URL carries hreflang alternates to its translations (and x-default to the Danish one), found
among the pages already fetched, so the whole sitemap is a handful of queries.
"""

from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .locales import locale_by_id


class MultilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            item.locale = locale_by_id(item.locale_id)
            location = item.get_full_url(self.request)
            urls.append({"item": item, "location": location, "lastmod": self.lastmod(item)})
        translations = defaultdict(list)
        for url in urls:
            translations[url["item"].translation_key].append(url)
        for url in urls:
            url["alternates"] = self.alternates(translations[url["item"].translation_key])
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        self.latest_lastmod = max(lastmods) if lastmods else None
        return urls

    @staticmethod
    def alternates(translations):
        if len(translations) < 2:
            return []
        alternates = [
            {"lang_code": url["item"].locale.language_code, "location": url["location"]}
            for url in translations
        ]
        default = next(
            (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), alternates[0]
        )
        return [*alternates, {"lang_code": "x-default", "location": default["location"]}]
