"""
How stories are moderated: one workflow, "Moderering", with one group approval task that
Redaktionen and Moderatorer both may approve.

The workflow and its task are created by a data migration (0002_moderation_workflow) and
assigned to the site's root, so every page anyone without publish permission submits goes to
the secretariat, and to every story index and events calendar as it is created (signals.py,
events.signals), where volunteers get their one permission: to add pages there.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from roles.definitions import EDITORS, MODERATORS, VOLUNTEERS

WORKFLOW_NAME = "Moderering"
TASK_NAME = "Godkendelse hos Redaktionen eller Moderatorer"


def moderation_workflow():
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def ensure_moderation_workflow():
    """
    The workflow as the data migration made it, put back if it is missing (a database flushed
    between tests loses what migrations made). One an editor deactivated stays deactivated.
    """
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        approvers = [Group.objects.get_or_create(name=name)[0] for name in (EDITORS, MODERATORS)]
        task.groups.add(*approvers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def moderate_contributions_below(index):
    """Send what is written below `index` (a story index or an events calendar) through
    moderation, and let volunteers write there."""
    workflow = moderation_workflow()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    volunteers = Group.objects.filter(name=VOLUNTEERS).first()
    add_page = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="add_page"
    ).first()
    if volunteers and add_page:
        GroupPagePermission.objects.get_or_create(group=volunteers, page=index, permission=add_page)


def moderate_every_contribution_index(**kwargs):
    """After every migrate: the workflow exists, and every story index and events calendar is
    moderated."""
    from events.models import EventIndexPage

    from .models import StoryIndexPage

    ensure_moderation_workflow()
    for model in (StoryIndexPage, EventIndexPage):
        for index in model.objects.all():
            moderate_contributions_below(index)
