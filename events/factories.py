import datetime

import factory
import wagtail_factories

from .models import EventIndexPage, EventPage
from .recurrence import TIMEZONE


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktiviteter"
    slug = "aktiviteter"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Aktivitet {n}")
    lead = "Kom og vær med i Glashuset."
    start = datetime.datetime(2027, 1, 9, 10, 0, tzinfo=TIMEZONE)
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    address = "Vejleåparken 1, 2635 Ishøj"

    class Meta:
        model = EventPage
