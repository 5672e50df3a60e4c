"""
The coming weekends on the admin dashboard, for the secretariat and everyone who moderates:
each weekend's events, its clashes at the same place and its chances to work together, drafts
and events in moderation included as tentative dates (see events.clashes).

Live events cost a fixed number of queries whatever their number; each tentative event a few.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from roles.definitions import DEVELOPMENT_AGENTS, EDITORS, MODERATORS

from .admin_panels import AdminLinks
from .clashes import weekends_ahead

WEEKENDS = 8
SECRETARIAT_GROUPS = [EDITORS, MODERATORS, DEVELOPMENT_AGENTS]


class ComingWeekendsPanel(Component):
    name = "vores_ishoj_coming_weekends"
    template_name = "components/events/admin/coming_weekends_panel.html"
    order = 220

    def render_html(self, parent_context):
        user = parent_context["request"].user
        in_group = user.groups.filter(name__in=SECRETARIAT_GROUPS).exists()
        if not (user.is_superuser or in_group):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        link = AdminLinks(parent_context["request"].user)
        weekends = [
            (
                weekend,
                [(occurrence, link(occurrence.event)) for occurrence in weekend.occurrences],
                [(m, link(m.occurrence.event), link(m.other.event)) for m in weekend.flagged],
            )
            for weekend in weekends_ahead(WEEKENDS)
        ]
        return {"heading": _("The coming weekends"), "weekends": weekends}
