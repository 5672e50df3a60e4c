from wagtail import hooks

from directory.models.organisations import ORGANISATION_SECTIONS_HOOK
from home.models import HOME_SECTIONS_HOOK

from . import admin_hooks  # noqa: F401
from .dashboard import ModerationQueuePanel
from .moderation_views import after_workflow_action_in_editor, before_workflow_action_in_editor
from .sections import home_stories, organisation_stories

hooks.register(HOME_SECTIONS_HOOK, home_stories)
hooks.register(ORGANISATION_SECTIONS_HOOK, organisation_stories)
hooks.register("before_edit_page", before_workflow_action_in_editor)
hooks.register("after_edit_page", after_workflow_action_in_editor)


@hooks.register("construct_homepage_panels")
def add_moderation_queue(request, panels):
    panels.append(ModerationQueuePanel())
