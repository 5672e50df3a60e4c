"""The edit-form panel where editors type coordinates or pick them on a small map."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel


class CoordinatesPanel(FieldRowPanel):
    def __init__(self, latitude="latitude", longitude="longitude", **kwargs):
        self.latitude, self.longitude = latitude, longitude
        kwargs.setdefault("heading", _("Coordinates"))
        kwargs.setdefault(
            "help_text",
            _("Type them, or click the map where the place is (drag the pin to adjust)."),
        )
        super().__init__([FieldPanel(latitude), FieldPanel(longitude)], **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.pop("children", None)
        return {**kwargs, "latitude": self.latitude, "longitude": self.longitude}

    class BoundPanel(FieldRowPanel.BoundPanel):
        template_name = "components/directory/admin/coordinates_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(
                latitude_id=self.form[self.panel.latitude].id_for_label,
                longitude_id=self.form[self.panel.longitude].id_for_label,
                tiles_url=settings.MAP_TILES_URL,
                tiles_attribution=settings.MAP_TILES_ATTRIBUTION,
            )
            return context
