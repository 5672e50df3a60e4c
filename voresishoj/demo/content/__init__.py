"""
The demo site's words, one module a language. Each module's PAGES maps a page key (see
voresishoj.demo.pages.PAGE_TREE) to its fields; bodies use the compact form that
voresishoj.demo.pages.stream() turns into StreamField data.
"""

from importlib import import_module

LANGUAGE_MODULES = ("da", "en", "ar", "tr", "ur")


def pages_for(language_code):
    """The demo pages written in `language_code`, or {} for a language with no demo text."""
    if language_code not in LANGUAGE_MODULES:
        return {}
    return import_module(f"{__name__}.{language_code}").PAGES
