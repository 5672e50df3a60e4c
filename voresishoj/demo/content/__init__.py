"""
The demo site's words, one module a language. Each module's PAGES maps a page key (see
voresishoj.demo.pages.PAGE_TREE) to its fields; bodies use the compact form that
voresishoj.demo.pages.stream() turns into StreamField data.
"""

from importlib import import_module

LANGUAGE_MODULES = ("da", "en", "ar", "tr", "ur")


def _content(language_code, name):
    if language_code not in LANGUAGE_MODULES:
        return {}
    return getattr(import_module(f"{__name__}.{language_code}"), name, {})


def pages_for(language_code):
    """The demo pages written in `language_code`, or {} for a language with no demo text."""
    return _content(language_code, "PAGES")


def directory_for(language_code):
    """The directory's demo text (organisations, places, themes…) in `language_code`, or {}."""
    return _content(language_code, "DIRECTORY")
