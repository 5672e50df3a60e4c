import datetime

import factory
import wagtail_factories

from .models import StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Gode historier"
    slug = "gode-historier"

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Historie {n}")
    lead = "Naboer i Vejleåparken byttede tøj og legetøj en hel søndag."
    story_date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Det var en god dag.</p>"}]
    )

    class Meta:
        model = StoryPage
