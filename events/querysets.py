"""
Which events a listing, feed or finder reads, as methods of `EventPage.objects`:

    EventPage.objects.for_readers().during(start, end).for_listing()

Each is one query whatever the number of events; events.calendar expands what they fetch into
occurrences in Python.
"""

from django.db.models import Prefetch, Q

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from core.locales import for_reader
from directory.models import OrganisationPage
from images.models import CustomImage

__all__ = ["EventPageManager", "EventPageQuerySet"]


class EventPageQuerySet(PageQuerySet):
    def for_readers(self):
        """
        The live, public events a reader sees: the events translated into the reader's language,
        and the Danish version of those not (yet) translated, so no activity is missing from the
        calendar in any language.
        """
        return for_reader(self.live().public())

    def during(self, start=None, end=None):
        """Events with an occurrence that may overlap the window, decided in the database."""
        events = self
        if end is not None:
            events = events.filter(start__lt=end)
        if start is not None:
            events = events.filter(Q(series_end__isnull=True) | Q(series_end__gt=start))
        return events

    def for_listing(self):
        """Events with everything a card, a feed entry or the finder shows, fetched at once."""
        return (
            self.defer_streamfields()
            .select_related("place", "place__neighbourhood")
            .prefetch_related(
                Prefetch("hero_image", queryset=CustomImage.objects.prefetch_renditions()),
                Prefetch("organisers", queryset=OrganisationPage.objects.order_by("title")),
                "target_groups",
                "themes",
                "languages",
                "cancellations",
            )
        )


EventPageManager = PageManager.from_queryset(EventPageQuerySet)
