from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Good stories")

    def ready(self):
        from . import signals  # noqa: F401
        from .moderation import moderate_every_contribution_index

        post_migrate.connect(moderate_every_contribution_index, sender=self)
