from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Organisations and places")

    def ready(self):
        from . import views  # noqa: F401  (registers the pages' views: see core.routing)
