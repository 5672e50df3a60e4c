"""New tips and volunteer requests on the admin dashboard, for those who may read them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.permissions import policy_registry

from .models import SignupStatus, StoryTip, TipStatus, VolunteerSignup
from .views import READ

QUEUES = [
    (StoryTip, TipStatus.NEW, "tips:index", _("New tips")),
    (
        VolunteerSignup,
        SignupStatus.PENDING,
        "volunteer_requests:index",
        _("Volunteer requests waiting"),
    ),
]


def queues_for(user):
    """(label, count, listing URL) for each queue `user` may read."""
    rows = []
    for model, status, url_name, label in QUEUES:
        if policy_registry.get_by_type(model).user_has_any_permission(user, READ):
            count = model.objects.filter(status=status).count()
            rows.append((label, count, f"{reverse(url_name)}?status={status}"))
    return rows


class ContributionsPanel(Component):
    name = "vores_ishoj_contributions"
    template_name = "components/contributions/admin/contributions_panel.html"
    order = 220

    def render_html(self, parent_context):
        self.rows = queues_for(parent_context["request"].user)
        if not self.rows:
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return {"heading": _("New tips and volunteer requests"), "rows": self.rows}
