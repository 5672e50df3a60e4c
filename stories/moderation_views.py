"""
Where a moderation action (approve, approve with comment, request changes) ends, and what it says.

Wagtail sends a reviewer back to the page's edit view (from the dashboard's action menu) or to
the explorer of its parent (from the edit view). Approving publishes (stories.workflow_actions)
and requesting changes unlocks the page for its author only, so a moderator, who may neither edit
nor explore pages, would be refused either. They land on the dashboard instead; everyone gets a
message saying what their action did.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

__all__ = [
    "ModerationActionView",
    "after_workflow_action_in_editor",
    "before_workflow_action_in_editor",
    "outcome_message",
]


def outcome_message(page, action_name):
    """What the action did to `page`, in the reviewer's language."""
    page.refresh_from_db()
    title = page.get_admin_display_title()
    if action_name == "reject":
        return _("“%(title)s” was sent back to its author with a request for changes.") % {
            "title": title
        }
    if page.workflow_in_progress:
        return _("“%(title)s” was approved and goes on to the next step of moderation.") % {
            "title": title
        }
    return _("“%(title)s” was approved and published.") % {"title": title}


def may_explore(user):
    return PagePermissionPolicy().explorable_root_instance(user) is not None


def reachable(page, user):
    """The page's edit view if the user may still edit it, else the explorer, else the dashboard."""
    if page.permissions_for_user(user).can_edit():
        return reverse("wagtailadmin_pages:edit", args=[page.pk])
    if may_explore(user):
        return reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    return reverse("wagtailadmin_home")


class ModerationActionView(WorkflowActionView):
    """
    Wagtail's action view (the dashboard's menu, and a plain POST without JavaScript), with a
    message and, unless a `next` address was given, a place the reviewer may see.
    """

    def post(self, request, *args, **kwargs):
        task_state = (self.task_state.pk, self.task_state.status)
        response = super().post(request, *args, **kwargs)
        if not was_acted_on(task_state):
            return response  # the form had errors: nothing was done
        messages.success(request, outcome_message(self.object, self.action_name))
        url = get_valid_next_url_from_request(request) or reachable(self.object, request.user)
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return self.render_modal_json(request, {"step": "success", "redirect": url})
        return redirect(url)


def was_acted_on(task_state):
    """Whether the task state, as (pk, status) before the action, has moved on since."""
    pk, status = task_state
    return TaskState.objects.filter(pk=pk).exclude(status=status).exists()


def before_workflow_action_in_editor(request, page):
    """The before_edit_page hook: note the task state a workflow action is about to act on."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return
    task_state = page.current_workflow_task_state
    if task_state is not None:
        request.moderated_task_state = (task_state.pk, task_state.status)


def after_workflow_action_in_editor(request, page):
    """
    The after_edit_page hook: say what a workflow action from the edit view did, and send a
    reviewer who may not open the explorer (Wagtail's next stop) to the dashboard.
    """
    task_state = getattr(request, "moderated_task_state", None)
    if task_state is None or not was_acted_on(task_state):
        return None
    messages.success(request, outcome_message(page, request.POST.get("workflow-action-name")))
    if may_explore(request.user):
        return None
    return redirect("wagtailadmin_home")
