"""
The places on the map and who is at each, for the map page's list, its Leaflet layer and its
GeoJSON (RFC 7946: longitude before latitude). One function builds all three from one query set.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch

from core.locales import pages_in_reader_language

from .models import PlacePage


@dataclass
class PlaceOnMap:
    place: PlacePage
    organisations: list = field(default_factory=list)


@dataclass
class MapResult:
    places: list
    organisations_without_place: list


def map_result(organisations, show_every_place):
    """Places (in the reader's language) with the given organisations at them."""
    organisations = list(
        organisations.prefetch_related(
            Prefetch("places", queryset=PlacePage.objects.only("id", "translation_key"))
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
        keys = PlacePage.objects.live().public().values_list("translation_key", flat=True)
    else:
        keys = at_place.keys()
    places = [
        PlaceOnMap(place, at_place[place.translation_key])
        for place in pages_in_reader_language(PlacePage, keys)
    ]
    return MapResult(places, without_place)


def as_geojson(result, request):
    def absolute(page):
        return request.build_absolute_uri(page.get_url(request))

    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": item.place.translation_key.hex,
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(item.place.longitude), float(item.place.latitude)],
                },
                "properties": {
                    "name": item.place.title,
                    "url": absolute(item.place),
                    "address": item.place.full_address,
                    "organisations": [
                        {"name": o.title, "url": absolute(o), "kind": o.get_kind_display()}
                        for o in item.organisations
                    ],
                },
            }
            for item in result.places
        ],
    }
