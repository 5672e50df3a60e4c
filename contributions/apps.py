from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributionsConfig(AppConfig):
    name = "contributions"
    verbose_name = _("Tips and volunteer requests")

    def ready(self):
        from . import signals  # noqa: F401
