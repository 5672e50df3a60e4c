"""
Files a page offers beside itself (<story>/press.txt, <index>/feed.xml, <calendar>/feed.ics,
<event>/event.ics). Wagtail's page URLs end in "/", so these are routed in voresishoj.urls and
find their page here, as Wagtail's own serve view does: live pages only, in the URL's language.
"""

from django.http import Http404

from wagtail.models import Page


def live_page_at(request, page_path, page_type):
    """The live page of `page_type` at exactly `page_path`, if the reader may see it.

    A routable page would also answer for "<page>/some/route/file.txt": the page's own path
    must be the whole of `page_path`. View restrictions are checked here, as Wagtail's serve
    view does through its hooks; a reader who may not see the page is told it does not exist.
    """
    route = Page.route_for_request(request, page_path)
    page = route[0].specific if route else None
    if not isinstance(page, page_type) or not page.url_path.endswith("/" + page_path):
        raise Http404
    if any(not restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404
    return page
