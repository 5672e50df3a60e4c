"""
The files a story and its index offer beside their pages: <story url>press.txt, <index url>feed.xml.

Wagtail's page URLs end in "/", so these are routed in voresishoj.urls and find their page like
Wagtail's own serve view does: live pages only, in the language of the URL.
"""

from django.http import Http404
from django.views.decorators.http import require_GET

from wagtail.models import Page

from .feeds import story_feed_response
from .models import StoryIndexPage, StoryPage
from .press import press_text


def _page_at(request, page_path, page_type):
    """The live page of `page_type` at exactly `page_path`, if the reader may see it.

    A routable story would also answer for "<story>/press/press.txt": the page's own path must be
    the whole of `page_path`. View restrictions are checked here, as Wagtail's serve view does
    through its hooks; a reader who may not see the page is told it does not exist.
    """
    route = Page.route_for_request(request, page_path)
    page = route[0].specific if route else None
    if not isinstance(page, page_type) or not page.url_path.endswith("/" + page_path):
        raise Http404
    if any(not restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404
    return page


@require_GET
def story_press_text(request, page_path):
    return press_text(_page_at(request, page_path, StoryPage), request)


@require_GET
def story_feed(request, page_path):
    return story_feed_response(request, _page_at(request, page_path, StoryIndexPage))
