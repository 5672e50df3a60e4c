"""schema.org data (JSON-LD) for organisation and place pages, so search engines can show them."""

from django.utils.html import strip_tags

SCHEMA = "https://schema.org"


def _absolute(request, page):
    return request.build_absolute_uri(page.get_url(request))


def place_data(place, request):
    accessibility = {
        "step-free access": place.step_free_access,
        "accessible toilet": place.accessible_toilet,
        "hearing loop": place.hearing_loop,
    }
    return {
        "@type": "Place",
        "name": place.title,
        "url": _absolute(request, place),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.address,
            "postalCode": place.postcode,
            "addressLocality": place.town,
            "addressCountry": "DK",
        },
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        },
        "amenityFeature": [
            {"@type": "LocationFeatureSpecification", "name": name, "value": True}
            for name, present in accessibility.items()
            if present
        ],
    }


def place_page_data(place, request):
    return {"@context": SCHEMA, **place_data(place, request)}


def organisation_page_data(organisation, request, places, parent):
    data = {
        "@context": SCHEMA,
        "@type": "Organization",
        "name": organisation.title,
        "url": _absolute(request, organisation),
        "description": organisation.meta_description or strip_tags(organisation.description),
        "knowsLanguage": [language.code for language in organisation.languages.all()],
    }
    contact = {
        "email": organisation.email,
        "telephone": organisation.phone,
        "sameAs": organisation.website,
    }
    data.update((key, value) for key, value in contact.items() if value)
    if places:
        data["address"] = place_data(places[0], request)["address"]
        data["location"] = [place_data(place, request) for place in places]
    if parent:
        data["parentOrganization"] = {
            "@type": "Organization",
            "name": parent.title,
            "url": _absolute(request, parent),
        }
    return data
