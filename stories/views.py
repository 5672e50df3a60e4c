"""
The stories' views beside their pages (registered for their pages: see core.routing): a story's
press kit (<story url>press/ and press.txt) and its index's RSS feed (<index url>feed.xml).
"""

from core.routing import page_view

from .feeds import story_feed_response
from .models import StoryIndexPage, StoryPage
from .press import press_text, press_view


@page_view(StoryPage, "press")
def story_press(story, request):
    return press_view(story, request)


@page_view(StoryPage, "press.txt")
def story_press_text(story, request):
    return press_text(story, request)


@page_view(StoryIndexPage, "feed.xml")
def story_feed(index, request):
    return story_feed_response(request, index)
