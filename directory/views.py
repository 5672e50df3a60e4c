from django.http import Http404
from django.views.decorators.http import require_GET

from wagtail.models import Page

from .models import MapPage


@require_GET
def places_geojson(request, page_path):
    """<map page url>places.geojson: the map page's filtered places as GeoJSON."""
    route = Page.route_for_request(request, page_path)
    page = route[0].specific if route else None
    if not isinstance(page, MapPage):
        raise Http404
    return page.geojson_response(request)
