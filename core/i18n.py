"""
Which language versions exist of what the reader is looking at.

Used by the language switcher and the hreflang links; results are kept on the request so a page
asks the database once however many times its templates need them.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Site

from .locales import with_locales


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool

    @property
    def direction(self):
        return "rtl" if get_language_info(self.code)["bidi"] else "ltr"


def _cached(request, key, compute):
    if not hasattr(request, key):
        setattr(request, key, compute())
    return getattr(request, key)


def locale_homes(request):
    """The live home page of every language, by language code."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        homes = with_locales(site.root_page.get_translations(inclusive=True).live())
        return {home.locale.language_code: home for home in homes}

    return _cached(request, "_voresishoj_locale_homes", compute)


def current_home(request):
    homes = locale_homes(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


def page_translations(request, page):
    """The live, public versions of `page` in every language (itself included), by code."""

    def compute():
        translations = with_locales(page.get_translations(inclusive=True).live().public())
        return {p.locale.language_code: p for p in translations}

    return _cached(request, "_voresishoj_page_translations", compute)


def _translated_path(request, code):
    """For views that are not Wagtail pages (search): the same view in another language."""
    path = request.get_full_path()
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name == "wagtail_serve":
        return None
    return translate_url(path, code)


def language_links(request, page=None):
    homes = locale_homes(request)
    translations = page_translations(request, page) if page is not None else {}
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
        else:
            url = (None if page else _translated_path(request, code)) or (
                homes[code].get_url(request) if code in homes else f"/{code}/"
            )
        links.append(LanguageLink(code, name, url, code == current, target is not None))
    return links
