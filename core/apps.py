from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Vores Ishøj"

    def ready(self):
        from wagtail.models import Locale

        from . import storage  # noqa: F401  (registers the private root's check)
        from .locales import clear_locale_cache, ensure_content_locales

        post_migrate.connect(ensure_content_locales, sender=self)
        post_save.connect(clear_locale_cache, sender=Locale)
        post_delete.connect(clear_locale_cache, sender=Locale)
