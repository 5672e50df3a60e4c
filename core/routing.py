"""
Page views that live above the models.

Wagtail routes a request to a page, and the page answers. A page type says *what* it answers: its
routes (Wagtail's RoutablePageMixin, each route a thin method) and the files beside it
(PageFilesMixin.files: <story>/press.txt, <index>/feed.xml, <calendar>/feed.ics,
<event>/event.ics, <map>/places.geojson). The app's views module says *how*, registering a view
for each with @page_view(PageType, name); a view receives the page and the request.

So views import models and models never import views: the import graph flows one way. Each app's
AppConfig.ready imports its views module, so the registry is complete before the first request.
"""

from django.http import Http404

from wagtail.models import Page

__all__ = ["PageFilesMixin", "live_page_at", "page_view", "registered_view", "serve_page_view"]

_views = {}


def page_view(page_type, name):
    """Register the decorated function(page, request, *args, **kwargs) as the view `name` of
    `page_type` and its subclasses."""

    def register(view):
        _views[page_type, name] = view
        return view

    return register


def registered_view(page_type, name):
    """The view `name` of `page_type` (or of the nearest base type that has one), or None."""
    for base in page_type.__mro__:
        if (base, name) in _views:
            return _views[base, name]
    return None


def serve_page_view(page, name, request, *args, **kwargs):
    """Answer `request` with the view `name` registered for the page's type."""
    view = registered_view(type(page), name)
    if view is None:
        raise LookupError(f"No view {name!r} is registered for {type(page).__name__}.")
    return view(page, request, *args, **kwargs)


class PageFilesMixin:
    """
    A page that offers files beside itself, at <page url><file name>. `files` names them; each is
    answered by the view registered as @page_view(PageType, "<file name>").

    One URL pattern routes them all (voresishoj.urls → core.views.page_file): Wagtail's page URLs
    end in "/", so a file name cannot be a Wagtail route. It finds the page with live_page_at, so
    every file is refused as its page would be.
    """

    files = ()

    def serve_file(self, request, file_name):
        if file_name not in self.files:
            raise Http404
        return serve_page_view(self, file_name, request)


def live_page_at(request, page_path):
    """
    The live page at exactly `page_path`, in the URL's language, if the reader may see it.

    A routable page would also answer for "<page>/some/route/file.txt": the page's own path must
    be the whole of `page_path`. View restrictions (the page's and its ancestors') are checked as
    Wagtail's serve view does through its hooks; a reader who may not see the page is told it
    does not exist.
    """
    route = Page.route_for_request(request, page_path)
    page = route[0].specific if route else None
    if page is None or not page.live or not page.url_path.endswith("/" + page_path):
        raise Http404
    if any(not restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404
    return page
