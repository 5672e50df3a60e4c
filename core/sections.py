"""
Slots on a page that other apps fill: the home page's latest stories and next events, an
organisation's stories and events, what happens at a place.

An app registers a function with @hooks.register(<the page type's hook name>); it receives the
page and the request and returns a PageSection, or None when it has nothing to show.
"""

from dataclasses import dataclass, field

from wagtail import hooks


@dataclass
class PageSection:
    template_name: str
    order: int = 100
    context: dict = field(default_factory=dict)


def sections_for(hook_name, page, request):
    sections = (fn(page, request) for fn in hooks.get_hooks(hook_name))
    return sorted((section for section in sections if section is not None), key=lambda s: s.order)
