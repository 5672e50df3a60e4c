from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Good stories")

    def ready(self):
        from . import views  # noqa: F401  (registers the pages' views: see core.routing)
