"""
The story index's filter: theme, neighbourhood, tag and "inspiration from elsewhere".

A plain GET form like the directory's: it works without JavaScript and a filtered view has its
own address. Choices offer only what the given stories (the index's) use.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag

from core.filters import ListingFilterForm
from core.locales import reader_locale
from taxonomy.models import Neighbourhood, Theme


class StoryFilterForm(ListingFilterForm):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    neighbourhood = forms.ChoiceField(label=_("Neighbourhood"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    inspiration = forms.BooleanField(label=_("Inspiration from elsewhere"), required=False)

    def __init__(self, *args, stories, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        active = reader_locale()
        theme_slugs = stories.values("themes__slug")
        themes = Theme.objects.filter(locale=active, slug__in=theme_slugs).order_by("name")
        self.fields["theme"].choices = everything + [(t.slug, t.name) for t in themes]
        neighbourhood_slugs = stories.values("neighbourhood__slug")
        neighbourhoods = Neighbourhood.objects.filter(locale=active, slug__in=neighbourhood_slugs)
        self.fields["neighbourhood"].choices = everything + [
            (n.slug, n.name) for n in neighbourhoods.order_by("name")
        ]
        tags = Tag.objects.filter(stories_storytag_items__content_object__in=stories).distinct()
        self.fields["tag"].choices = everything + [(t.slug, t.name) for t in tags.order_by("name")]

    def narrow(self, stories, data):
        if data["theme"]:
            stories = stories.filter(themes__slug=data["theme"])
        if data["neighbourhood"]:
            stories = stories.filter(neighbourhood__slug=data["neighbourhood"])
        if data["tag"]:
            stories = stories.filter(tags__slug=data["tag"])
        if data["inspiration"]:
            stories = stories.filter(is_inspiration=True)
        return stories.distinct()
