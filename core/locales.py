"""Every language in settings.LANGUAGES is a Wagtail content locale from the first migration on."""

from django.conf import settings


def ensure_content_locales(**kwargs):
    from wagtail.models import Locale

    existing = set(Locale.objects.values_list("language_code", flat=True))
    Locale.objects.bulk_create(
        Locale(language_code=code)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code not in existing
    )
