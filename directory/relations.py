"""
Who is where and with whom, read in the reader's language.

Links between organisations and places are stored on whichever language version an editor
edited, so they are followed by translation key: a link to the Danish page of Glashuset means
Glashuset in every language (core.locales.pages_in_reader_language). Each function is a fixed
number of queries.
"""

from django.apps import apps

from core.locales import pages_in_reader_language


def _model(name):
    return apps.get_model("directory", name)


def organisations_at(place):
    OrganisationPage = _model("OrganisationPage")
    keys = OrganisationPage.objects.filter(
        places__translation_key=place.translation_key
    ).values_list("translation_key", flat=True)
    return pages_in_reader_language(OrganisationPage, keys)


def places_of(organisation):
    keys = organisation.places.values_list("translation_key", flat=True)
    return pages_in_reader_language(_model("PlacePage"), keys)


def partners_of(organisation):
    """Partners either side listed: if A names B as a partner, B shows A too."""
    OrganisationPage = _model("OrganisationPage")
    key = organisation.translation_key
    named = OrganisationPage.objects.filter(translation_key=key).values_list(
        "partners__translation_key", flat=True
    )
    naming = OrganisationPage.objects.filter(partners__translation_key=key).values_list(
        "translation_key", flat=True
    )
    keys = {k for k in [*named, *naming] if k and k != key}
    return pages_in_reader_language(OrganisationPage, keys)


def member_organisations_of(organisation):
    """Organisations that name this one as their parent (a network under an association)."""
    OrganisationPage = _model("OrganisationPage")
    keys = OrganisationPage.objects.filter(
        parent_organisation__translation_key=organisation.translation_key
    ).values_list("translation_key", flat=True)
    return pages_in_reader_language(OrganisationPage, keys)


def parent_of(organisation):
    parent = organisation.parent_organisation
    if parent is None:
        return None
    localized = pages_in_reader_language(_model("OrganisationPage"), [parent.translation_key])
    return localized[0] if localized else None
