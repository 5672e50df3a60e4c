"""The clash and collaboration finder's place on the admin dashboard (the edit-view panel is in
EventPage.content_panels)."""

from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from .dashboard import ComingWeekendsPanel


@hooks.register("construct_homepage_panels")
def add_coming_weekends(request, panels):
    panels.append(ComingWeekendsPanel())


@hooks.register("insert_global_admin_css")
def clash_finder_css():
    """Global, not editor-only: the dashboard shows the coming weekends too."""
    return format_html('<link rel="stylesheet" href="{}">', static("events/admin.css"))
