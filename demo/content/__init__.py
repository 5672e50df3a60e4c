"""
The demo site's words, one module a language. Each module's PAGES maps a page key (see
demo.pages.PAGE_TREE) to its fields; bodies use the compact form that
demo.pages.stream() turns into StreamField data. The stories' words have a module a
language of their own (stories_<language>.py), their facts one for all (story_facts.py).
"""

from importlib import import_module

LANGUAGE_MODULES = ("da", "en", "ar", "tr", "ur")


def _content(language_code, name, module_prefix=""):
    if language_code not in LANGUAGE_MODULES:
        return {}
    return getattr(import_module(f"{__name__}.{module_prefix}{language_code}"), name, {})


def pages_for(language_code):
    """The demo pages written in `language_code`, or {} for a language with no demo text."""
    return _content(language_code, "PAGES")


def directory_for(language_code):
    """The directory's demo text (organisations, places, themes…) in `language_code`, or {}."""
    return _content(language_code, "DIRECTORY")


def stories_for(language_code):
    """The good stories and their index, written in `language_code`, or {}."""
    return _content(language_code, "STORIES", module_prefix="stories_")


def events_for(language_code):
    """The events calendar and its events, written in `language_code`, or {}."""
    return _content(language_code, "EVENTS", module_prefix="events_")
