"""The overview of organisations and places, and the map of them."""

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from core.locales import reader_locale
from core.models import BasePage, IntroMixin
from core.routing import PageFilesMixin

from ..filters import OrganisationFilterForm
from .organisations import OrganisationPage
from .places import PlacePage

ORGANISATIONS_PER_PAGE = 24


def filtered_organisations(form):
    organisations = OrganisationPage.objects.live().public().filter(locale=reader_locale())
    return form.filter(organisations).order_by("title")


class DirectoryIndexPage(IntroMixin, BasePage):
    """The overview: every organisation, filterable, with the places below it."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.OrganisationPage", "directory.PlacePage", "directory.MapPage"]
    max_count_per_parent = 1
    template = "pages/directory/directory_index_page.html"

    class Meta:
        verbose_name = _("overview of organisations and places")
        verbose_name_plural = _("overviews of organisations and places")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = OrganisationFilterForm(request.GET or None)
        organisations = filtered_organisations(form).prefetch_related("target_groups")
        paginator = Paginator(organisations, ORGANISATIONS_PER_PAGE)
        context.update(
            filter_form=form,
            organisations=paginator.get_page(request.GET.get("page")),
            map_page=self.get_children().live().type(MapPage).first(),
        )
        return context


class MapPage(IntroMixin, PageFilesMixin, BasePage):
    """
    Every place and who is there, on a Leaflet map over the list that is the page's content
    without JavaScript. The map draws the same filtered result from <page url>places.geojson
    (directory.views).
    """

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/directory/map_page.html"
    files = ("places.geojson",)

    class Meta:
        verbose_name = _("map")
        verbose_name_plural = _("maps")

    def filtered_result(self, request):
        """The filter form bound to the request, and the places on the map it chooses."""
        form = OrganisationFilterForm(request.GET or None)
        organisations = filtered_organisations(form)
        return form, PlacePage.objects.map_of(organisations, show_every_place=not form.is_filtered)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, result = self.filtered_result(request)
        context.update(
            filter_form=form,
            result=result,
            tiles_url=settings.MAP_TILES_URL,
            tiles_attribution=settings.MAP_TILES_ATTRIBUTION,
        )
        return context
