"""
The whole moderation queue on the admin dashboard, for everyone who takes part in moderation.

Wagtail's own panel shows an approver what awaits *their* review; development agents approve
nothing but are asked to follow and comment on every submission, so they see this list too.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from roles.definitions import DEVELOPMENT_AGENTS, EDITORS, MODERATORS

QUEUE_LENGTH = 20
QUEUE_GROUPS = [EDITORS, MODERATORS, DEVELOPMENT_AGENTS]


def pages_in_moderation():
    """Pages waiting in a workflow (in progress or sent back to their author), newest first."""
    return (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .select_related("requested_by", "current_task_state__task")
        .order_by("-created_at")
    )


class ModerationQueuePanel(Component):
    name = "vores_ishoj_moderation_queue"
    template_name = "components/stories/admin/moderation_queue_panel.html"
    order = 210

    def render_html(self, parent_context):
        user = parent_context["request"].user
        in_queue_group = user.groups.filter(name__in=QUEUE_GROUPS).exists()
        if not (user.is_superuser or in_queue_group):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        states = list(pages_in_moderation()[:QUEUE_LENGTH])
        ids = [int(state.object_id) for state in states]
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).select_related("locale")}
        rows = [(state, pages.get(int(state.object_id))) for state in states]
        return {
            "heading": _("Waiting for moderation"),
            "rows": [(state, page) for state, page in rows if page is not None],
        }
