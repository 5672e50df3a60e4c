from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet

from .models import OrganisationPage, PlacePage


class OrganisationListingViewSet(PageListingViewSet):
    """All organisations in one list, searchable by name and filtered by kind and flags."""

    model = OrganisationPage
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 150
    add_to_admin_menu = True
    list_filter = ["kind", "looking_for_volunteers", "open_for_collaboration", "locale"]


class PlaceListingViewSet(PageListingViewSet):
    model = PlacePage
    icon = "site"
    menu_label = _("Places")
    menu_order = 160
    add_to_admin_menu = True
    list_filter = ["step_free_access", "neighbourhood", "locale"]


@hooks.register("register_admin_viewset")
def register_directory_listings():
    return [OrganisationListingViewSet("organisations"), PlaceListingViewSet("places")]


@hooks.register("insert_editor_css")
def leaflet_css():
    return format_html('<link rel="stylesheet" href="{}">', static("leaflet/leaflet.css"))


@hooks.register("insert_editor_js")
def coordinate_picker_js():
    return format_html(
        '<script src="{}"></script><script src="{}"></script>',
        static("leaflet/leaflet.js"),
        static("directory/coordinate-picker.js"),
    )
