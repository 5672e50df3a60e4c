from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Activities")

    def ready(self):
        from . import views  # noqa: F401  (registers the pages' views: see core.routing)
