from wagtail import hooks

from directory.models.organisations import ORGANISATION_SECTIONS_HOOK
from home.models import HOME_SECTIONS_HOOK

from . import admin_hooks  # noqa: F401
from .dashboard import ModerationQueuePanel
from .sections import home_stories, organisation_stories

hooks.register(HOME_SECTIONS_HOOK, home_stories)
hooks.register(ORGANISATION_SECTIONS_HOOK, organisation_stories)


@hooks.register("construct_homepage_panels")
def add_moderation_queue(request, panels):
    panels.append(ModerationQueuePanel())
