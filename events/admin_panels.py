"""
"Same day / same weekend": the edit-view panel that shows an organiser, while they plan, which
other events share the days of their event (see events.clashes for the rules).

It reads only: it has no form fields, so it never blocks saving, and it is computed each time
the form is shown, so it is up to date after every save.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel


class AdminLinks(dict):
    """
    Where an editor goes from another event: its edit view when they may edit it, else its
    public page (or nowhere, for someone else's draft), each event looked up once. Editors and
    agents need no query for it; for a moderator it reads the event's workflow.
    """

    def __init__(self, user):
        super().__init__()
        self.user = user

    def __call__(self, event):
        if event.pk not in self:
            if event.permissions_for_user(self.user).can_edit():
                self[event.pk] = reverse("wagtailadmin_pages:edit", args=[event.pk])
            else:
                self[event.pk] = event.url if event.live else ""
        return self[event.pk]


class ClashPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Same day / same weekend"))
        kwargs.setdefault("icon", "calendar-alt")
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        """The panel's id, the same in every admin language (the heading is translated)."""
        return "clashes"

    class BoundPanel(Panel.BoundPanel):
        template_name = "components/events/admin/clash_panel.html"

        def get_context_data(self, parent_context=None):
            from .clashes import clashes_for

            context = super().get_context_data(parent_context)
            if self.instance is None or self.instance.pk is None:
                return {**context, "saved": False}
            found, link = clashes_for(self.instance), AdminLinks(self.request.user)
            days = [
                (clashes.occurrence, [(m, link(m.other.event)) for m in clashes.matches])
                for clashes in found
                if clashes.matches
            ]
            flagged = [match for clashes in found for match in clashes.flagged]
            return {
                **context,
                "saved": True,
                "days": days,
                "looked_at": len(found),
                "own_tentative": any(clashes.occurrence.tentative for clashes in found),
                "conflicts": sum(match.is_conflict for match in flagged),
                "chances": sum(match.is_coordinate for match in flagged),
            }
