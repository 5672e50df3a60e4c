"""
The places on the map and who is at each, for the map page's list, its Leaflet layer and its
GeoJSON (RFC 7946: longitude before latitude). `PlacePage.objects.map_of` builds the result from
one query set; `as_geojson` renders it for <map url>places.geojson (directory.views).
"""

from dataclasses import dataclass, field


@dataclass
class PlaceOnMap:
    place: object  # a PlacePage
    organisations: list = field(default_factory=list)


@dataclass
class MapResult:
    places: list
    organisations_without_place: list


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
