"""The clash and collaboration finder's place on the admin dashboard (the edit-view panel is in
EventPage.content_panels)."""

from wagtail import hooks

from .dashboard import ComingWeekendsPanel


@hooks.register("construct_homepage_panels")
def add_coming_weekends(request, panels):
    panels.append(ComingWeekendsPanel())
