"""Which stories a listing or a feed reads, as methods of `StoryPage.objects`."""

from django.db.models import Prefetch

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from images.models import CustomImage

__all__ = ["StoryPageManager", "StoryPageQuerySet"]


class StoryPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Stories ready to list as cards: no StreamField loaded, hero renditions fetched at once."""
        images = CustomImage.objects.prefetch_renditions()
        return self.defer_streamfields().prefetch_related(Prefetch("hero_image", queryset=images))

    def newest_first(self):
        """By the date of the story; stories of the same day by when they were published."""
        return self.order_by("-story_date", "-first_published_at")


StoryPageManager = PageManager.from_queryset(StoryPageQuerySet)
