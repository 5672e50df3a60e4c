"""
The site's languages as Wagtail locales, and things in the reader's language, else in Danish.

The reader's language is Django's active language, chosen once per request from the address
(`/ar/…`) by LocaleMiddleware. The Locale rows are read once per process, as django.contrib.sites
keeps its Site: they change only when settings.WAGTAIL_CONTENT_LANGUAGES does, that is with a
deploy, and the cache is emptied when a locale is saved or deleted and after a flush. So a page
asks the database for locales at most once, and Wagtail's own routing once more.

Editors link the Danish version of a place, theme or organisation; readers see it in their
language through its translation key. `in_reader_language` does that for given objects,
`pages_in_reader_language` for pages by translation key, `for_reader` for a whole queryset.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

__all__ = [
    "clear_locale_cache",
    "default_locale",
    "ensure_content_locales",
    "for_reader",
    "in_default_locale",
    "in_reader_language",
    "locale_by_id",
    "locale_for",
    "pages_in_reader_language",
    "reader_locale",
    "with_locales",
]

_locales = None


def _cached():
    global _locales
    if _locales is None:
        _locales = {locale.language_code: locale for locale in Locale.objects.all()}
    return _locales


def clear_locale_cache(**kwargs):
    """Connected to Locale's post_save and post_delete, and to post_migrate (a flush)."""
    global _locales
    _locales = None


def locale_for(language_code):
    """The content locale of a language (`en-gb` → `en`), or None if it has none."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return _cached().get(code)


def default_locale():
    """The Danish locale, that every page and snippet is written in first."""
    return locale_for(settings.LANGUAGE_CODE)


def reader_locale():
    """The locale of the language the reader reads the page in, else the Danish one."""
    return locale_for(get_language()) or default_locale()


def locale_by_id(pk):
    """The locale with this id. One added since the cache was filled (in another process) is
    read then."""
    if not any(locale.pk == pk for locale in _cached().values()):
        clear_locale_cache()
    return next((locale for locale in _cached().values() if locale.pk == pk), None)


def with_locales(objects):
    """Give translatable objects their `locale` without a query each (their URL needs it)."""
    objects = list(objects)
    for obj in objects:
        obj.locale = locale_by_id(obj.locale_id)
    return objects


def in_default_locale():
    """For `limit_choices_to`: editors link the Danish themes, places and organisations, and
    each is shown in the reader's language through its translation key."""
    return {"locale": default_locale()}


def for_reader(queryset):
    """
    The rows of `queryset` a reader sees: those in the reader's language, and the Danish ones
    not translated into it (among `queryset`), so nothing is missing in any language. One query.
    """
    reader, default = reader_locale(), default_locale()
    if reader == default:
        return queryset.filter(locale=default)
    translated = queryset.filter(locale=reader).values("translation_key")
    return queryset.filter(
        Q(locale=reader) | Q(locale=default) & ~Q(translation_key__in=translated)
    )


def _readable(model):
    """Where a translation may come from: for pages, only the live, public ones."""
    if issubclass(model, Page):
        return model.objects.live().public()
    return model._default_manager.all()


def pages_in_reader_language(model, keys):
    """Live, public pages of `model` with these translation keys, in the reader's language where
    translated and in Danish where not, ordered by title."""
    keys = set(keys)
    if not keys:
        return []
    pages = for_reader(_readable(model).filter(translation_key__in=keys))
    return sorted(with_locales(pages), key=lambda page: page.title.casefold())


def in_reader_language(objects):
    """
    An object, or each of a list or queryset of objects of one model, in the reader's language
    where translated, else in Danish, else as it is. One query, however many objects.
    """
    if objects is None:
        return None
    if isinstance(objects, models.Model):
        return in_reader_language([objects])[0]
    objects = list(objects)
    if not objects:
        return []
    keys = {obj.translation_key for obj in objects}
    translations = for_reader(_readable(type(objects[0])).filter(translation_key__in=keys))
    found = {obj.translation_key: obj for obj in with_locales(translations)}
    return [found.get(obj.translation_key, obj) for obj in objects]


def ensure_content_locales(**kwargs):
    """Every language in settings.WAGTAIL_CONTENT_LANGUAGES is a Wagtail content locale from the
    first migration on (connected to post_migrate, so also after a flush)."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    Locale.objects.bulk_create(
        Locale(language_code=code)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code not in existing
    )
    clear_locale_cache()
