"""The files a story and its index offer beside their pages: <story url>press.txt, <index
url>feed.xml (routed in voresishoj.urls; see core.routing)."""

from django.views.decorators.http import require_GET

from core.routing import live_page_at

from .feeds import story_feed_response
from .models import StoryIndexPage, StoryPage
from .press import press_text


@require_GET
def story_press_text(request, page_path):
    return press_text(live_page_at(request, page_path, StoryPage), request)


@require_GET
def story_feed(request, page_path):
    return story_feed_response(request, live_page_at(request, page_path, StoryIndexPage))
