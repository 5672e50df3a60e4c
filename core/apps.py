from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Vores Ishøj"

    def ready(self):
        from . import storage  # noqa: F401  (registers the private root's check)
        from .locales import ensure_content_locales

        post_migrate.connect(ensure_content_locales, sender=self)
