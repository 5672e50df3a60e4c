import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Page

from core.i18n import current_home, language_links, page_translations
from core.locales import for_reader, reader_locale

register = template.Library()


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page in the reader's language."""
    return current_home(context["request"])


@dataclass(frozen=True)
class LegalPages:
    accessibility_statement: Page | None
    privacy_policy: Page | None


@register.simple_tag(takes_context=True)
def legal_pages(context):
    """
    The accessibility statement and the privacy policy, each in the reader's language, else the
    Danish one: the footer links both from every page (Danish law requires the statement), and the
    public forms link the privacy policy. One query a request, however often it is asked.
    """
    request = context.get("request")
    found = getattr(request, "legal_pages", None)
    if found is None:
        found = _legal_pages()
        if request is not None:
            request.legal_pages = found
    return found


def _legal_pages():
    pages = for_reader(
        Page.objects.live()
        .public()
        .filter(
            content_type__app_label="home",
            content_type__model__in=["accessibilitystatementpage", "privacypolicypage"],
        )
    ).select_related("content_type")
    # A statement written apart from the Danish one (not as its translation) still comes first.
    reader = reader_locale()
    found = {}
    for page in sorted(pages, key=lambda page: page.locale_id != reader.pk):
        found.setdefault(page.content_type.model, page)
    return LegalPages(
        accessibility_statement=found.get("accessibilitystatementpage"),
        privacy_policy=found.get("privacypolicypage"),
    )


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": language_links(context["request"], context.get("page"))}


@register.inclusion_tag("navigation/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    home = current_home(request)
    page = context.get("page")
    items = home.get_children().live().public().in_menu() if home else []
    return {
        "request": request,
        "home": home,
        "items": items,
        "current_path": page.path if page else "",
    }


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context, page):
    request = context["request"]
    translations = page_translations(request, page)
    default = translations.get(settings.LANGUAGE_CODE) or page
    return {
        "request": request,
        "page": page,
        "canonical_url": page.get_full_url(request),
        "alternates": [
            (code, translation.get_full_url(request)) for code, translation in translations.items()
        ],
        "x_default_url": default.get_full_url(request),
        "social_image": page.get_social_image(),
    }


@register.filter
def is_ancestor_path(item_path, current_path):
    """True when the page with `item_path` is the current page or one of its ancestors."""
    return bool(current_path) and current_path.startswith(item_path)


OPEN_GRAPH_LOCALES = {"da": "da_DK", "en": "en_GB", "ar": "ar_AR", "tr": "tr_TR", "ur": "ur_PK"}


@register.filter
def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """schema.org data as a <script type="application/ld+json">, escaped like json_script."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.filter
def web_address(url):
    """A website as people write it: no scheme, no trailing slash (`ishoj.dk/foreninger`)."""
    parts = urlsplit(url)
    if not parts.netloc:
        return url
    address = parts.netloc + parts.path.rstrip("/")
    return f"{address}?{parts.query}" if parts.query else address
