"""
Kept free of model imports at module level: Wagtail imports the finish action while its own
models are still loading.
"""


def publish_approved(workflow_state, user=None):
    """
    What finishing the workflow does (settings.WAGTAIL_FINISH_WORKFLOW_ACTION): publish the
    approved revision. Wagtail's default publishes only if the last approver also holds publish
    permission; here being an approver of the task is the permission, so moderators approve
    submissions without being able to publish anything on their own.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
