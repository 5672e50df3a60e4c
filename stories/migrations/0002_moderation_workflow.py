"""
The moderation workflow (see roles.moderation): one group approval task for Redaktionen and
Moderatorer, assigned to the site's root in place of Wagtail's default "Moderators approval"
(whose group nobody here belongs to) and to every story index that exists already.
"""

from django.db import migrations

WORKFLOW_NAME = "Moderering"
TASK_NAME = "Godkendelse hos Redaktionen eller Moderatorer"
APPROVERS = ["Redaktionen", "Moderatorer"]


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Page = apps.get_model("wagtailcore", "Page")
    StoryIndexPage = apps.get_model("stories", "StoryIndexPage")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(*[Group.objects.get_or_create(name=name)[0] for name in APPROVERS])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    pages = [*Page.objects.filter(depth=1), *StoryIndexPage.objects.all()]
    for page in pages:
        WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("roles", "0001_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
