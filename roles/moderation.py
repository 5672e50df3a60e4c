"""
How contributions are moderated: one workflow, "Moderering", with one group approval task that
Redaktionen and Moderatorer both may approve.

The workflow and its task are created by a data migration (stories 0002_moderation_workflow) and
assigned to the site's root, so every page anyone without publish permission submits goes to the
secretariat. An index page type opts in with ModeratedIndexMixin: every index of that type, in
any language, gets the workflow and lets volunteers add pages below it, from the moment it is
created (a post_save receiver) and after every migrate (for indexes made before the type opted in).
The receivers are connected in RolesConfig.ready, for every model with the mixin.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .definitions import EDITORS, MODERATORS, VOLUNTEERS

__all__ = [
    "ModeratedIndexMixin",
    "ensure_moderation_workflow",
    "moderate_contributions_below",
    "moderation_workflow",
]

WORKFLOW_NAME = "Moderering"
TASK_NAME = "Godkendelse hos Redaktionen eller Moderatorer"


class ModeratedIndexMixin:
    """An index page where volunteers write: what they add below it goes through moderation."""


def moderated_index_models():
    return [model for model in apps.get_models() if issubclass(model, ModeratedIndexMixin)]


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
    """Send what is written below `index` through moderation, and let volunteers write there."""
    workflow = moderation_workflow()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    volunteers = Group.objects.filter(name=VOLUNTEERS).first()
    add_page = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="add_page"
    ).first()
    if volunteers and add_page:
        GroupPagePermission.objects.get_or_create(group=volunteers, page=index, permission=add_page)


def moderate_every_index(**kwargs):
    """After every migrate: the workflow exists, and every moderated index is moderated."""
    ensure_moderation_workflow()
    for model in moderated_index_models():
        for index in model.objects.all():
            moderate_contributions_below(index)


def moderate_new_index(sender, instance, created, raw=False, **kwargs):
    """A moderated index, in any language, is moderated and open to volunteers from the start."""
    if created and not raw:
        moderate_contributions_below(instance)


def connect_moderated_indexes():
    for model in moderated_index_models():
        post_save.connect(moderate_new_index, sender=model, dispatch_uid=f"moderate {model._meta}")
