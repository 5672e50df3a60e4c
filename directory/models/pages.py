"""The overview of organisations and places, and the map of them."""

import hashlib
import json

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from core.models import BasePage, IntroMixin

ORGANISATIONS_PER_PAGE = 24
GEOJSON_MAX_AGE = 300


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
        from ..filters import OrganisationFilterForm, filtered_organisations

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


class MapPage(IntroMixin, BasePage):
    """
    Every place and who is there, on a Leaflet map over the list that is the page's content
    without JavaScript. The map draws the same filtered result from <page url>places.geojson
    (directory.views.places_geojson: Wagtail's page URLs cannot end in a file name).
    """

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/directory/map_page.html"

    class Meta:
        verbose_name = _("map")
        verbose_name_plural = _("maps")

    def filtered_result(self, request):
        from ..filters import OrganisationFilterForm, filtered_organisations
        from ..mapdata import map_result

        form = OrganisationFilterForm(request.GET or None)
        organisations = filtered_organisations(form)
        return form, map_result(organisations, show_every_place=not form.is_filtered)

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

    def geojson_response(self, request):
        from ..mapdata import as_geojson

        _form, result = self.filtered_result(request)
        body = json.dumps(as_geojson(result, request), ensure_ascii=False).encode()
        etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
        not_modified = get_conditional_response(request, etag=etag)
        if not_modified is not None:
            return not_modified
        response = HttpResponse(body, content_type="application/geo+json")
        response["ETag"] = etag
        patch_cache_control(response, public=True, max_age=GEOJSON_MAX_AGE)
        return response
