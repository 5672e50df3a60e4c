"""The directory's views beside its pages (registered for them: see core.routing): the map's
places as GeoJSON (<map page url>places.geojson)."""

import hashlib
import json

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control

from core.routing import page_view

from .mapdata import as_geojson
from .models import MapPage

GEOJSON_MAX_AGE = 300


@page_view(MapPage, "places.geojson")
def places_geojson(map_page, request):
    """The map page's filtered places, for its Leaflet layer; cached by ETag."""
    _form, result = map_page.filtered_result(request)
    body = json.dumps(as_geojson(result, request), ensure_ascii=False).encode()
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return not_modified
    response = HttpResponse(body, content_type="application/geo+json")
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=GEOJSON_MAX_AGE)
    return response
