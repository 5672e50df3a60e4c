"""
Places: venues and locations where things happen.

A place is a page, not a snippet: it has its own address on the site (what happens there), shows
in search, the sitemap and hreflang, and is translated with the same workflow as every page.
"""

from collections import defaultdict

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.locales import in_reader_language, pages_in_reader_language
from core.models import BasePage, HeroImageMixin
from core.sections import sections_for

from ..geography import DENMARK, ISHOJ_MUNICIPALITY
from ..mapdata import MapResult, PlaceOnMap
from ..panels import CoordinatesPanel
from ..relations import organisations_at
from ..structured_data import place_page_data

# What happens at a place (events, workshops) appears on its page through this hook.
PLACE_SECTIONS_HOOK = "register_place_page_section"


class PlaceQuerySet(PageQuerySet):
    def map_of(self, organisations, show_every_place):
        """The places (in the reader's language) with the given organisations at them: every
        live place, or only those where one of `organisations` is."""
        organisations = list(
            organisations.prefetch_related(
                Prefetch("places", queryset=self.model.objects.only("id", "translation_key"))
            )
        )
        at_place = defaultdict(list)
        without_place = []
        for organisation in organisations:
            keys = {place.translation_key for place in organisation.places.all()}
            for key in keys:
                at_place[key].append(organisation)
            if not keys:
                without_place.append(organisation)
        if show_every_place:
            keys = self.live().public().values_list("translation_key", flat=True)
        else:
            keys = at_place.keys()
        places = [
            PlaceOnMap(place, at_place[place.translation_key])
            for place in pages_in_reader_language(self.model, keys)
        ]
        return MapResult(places, without_place)


class PlacePage(HeroImageMixin, BasePage):
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    address = models.CharField(_("street address"), max_length=120)
    postcode = models.CharField(_("postcode"), max_length=10, default="2635")
    town = models.CharField(_("town"), max_length=60, default="Ishøj")
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    outside_ishoj_confirmed = models.BooleanField(
        _("the place really is outside Ishøj"),
        default=False,
        help_text=_("Tick this if the place lies outside Ishøj Municipality on purpose."),
    )
    neighbourhood = models.ForeignKey(
        "taxonomy.Neighbourhood",
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    opening_hours = models.TextField(_("opening hours"), max_length=500, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(HeroImageMixin.hero_image_panels, heading=_("Photo")),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("neighbourhood"),
                CoordinatesPanel(),
                FieldPanel("outside_ishoj_confirmed"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free_access"),
                FieldPanel("accessible_toilet"),
                FieldPanel("hearing_loop"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Access and opening hours"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("address"),
        index.FilterField("step_free_access"),
    ]
    synchronised_facts = ["address", "postcode", "town"]

    objects = PageManager.from_queryset(PlaceQuerySet)()

    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = []
    template = "pages/directory/place_page.html"

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def validation_errors(self):
        errors = super().validation_errors()
        if self.latitude is None or self.longitude is None:
            return errors
        if not DENMARK.contains(self.latitude, self.longitude):
            errors["latitude"] = _(
                "These coordinates are outside Denmark. Check that latitude (about 55.6 "
                "in Ishøj) and longitude (about 12.35) are not swapped."
            )
        elif not (
            self.outside_ishoj_confirmed
            or ISHOJ_MUNICIPALITY.contains(self.latitude, self.longitude)
        ):
            errors["outside_ishoj_confirmed"] = _(
                "These coordinates are outside Ishøj Municipality. If that is right, "
                "tick this box and save again."
            )
        return errors

    @property
    def full_address(self):
        return f"{self.address}, {self.postcode} {self.town}"

    def organisations(self):
        return organisations_at(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = self.organisations()
        context["neighbourhood"] = in_reader_language(self.neighbourhood)
        context["structured_data"] = place_page_data(self, request)
        context["sections"] = sections_for(PLACE_SECTIONS_HOOK, self, request)
        return context
