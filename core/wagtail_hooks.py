"""
The translation rules of core.translation in wagtail-localize's editor and Wagtail's.

wagtail-localize replaces the edit view of a translated page with its own editor through
`before_edit_page`; the hook here runs before it (order=-1) and takes the two actions that
editor's form posts which the rules concern: publishing and sending to moderation. The sync
view (core.translation_views) takes wagtail-localize's address the same way.

On the public side, the page being served gets its locale from core.locales' cache.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages

from .locales import with_locales
from .translation import (
    language_name,
    outdated_translations,
    submit_translation_for_moderation,
    translation_of,
    untranslated_count,
)
from .translation_views import SyncTranslationsView

SUBMIT_ACTION = "submit"


def _right_to_left_languages():
    codes = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        try:
            if get_language_info(code)["bidi"]:
                codes.append(code)
        except KeyError:
            continue
    return codes


@hooks.register("register_admin_urls", order=-1)
def sync_translations_url():
    """Before wagtail-localize's own pattern for the same address, which it replaces."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            SyncTranslationsView.as_view(),
            name="vores_ishoj_sync_translations",
        )
    ]


@hooks.register("before_edit_page", order=-1)
def publish_or_submit_only_what_is_translated(request, page):
    if request.method != "POST" or request.POST.get("action") not in ("publish", SUBMIT_ACTION):
        return None
    translation = translation_of(page)
    if translation is None:
        return None
    missing = untranslated_count(translation)
    if missing:
        messages.error(
            request,
            ngettext(
                "%(count)d text is not translated yet. Translate it first: nothing untranslated "
                "goes public.",
                "%(count)d texts are not translated yet. Translate them first: nothing "
                "untranslated goes public.",
                missing,
            )
            % {"count": missing},
        )
        return redirect(request.path)
    if request.POST["action"] == SUBMIT_ACTION:
        return _submit_for_moderation(request, page, translation)
    return None  # wagtail-localize publishes


def _submit_for_moderation(request, page, translation):
    language = language_name(translation.target_locale)
    submitted = submit_translation_for_moderation(page, translation, request.user)
    if submitted is None:
        message = _("'%(title)s' in %(language)s has no moderation workflow.")
        messages.error(request, message % {"title": page.title, "language": language})
    else:
        message = _("'%(title)s' in %(language)s has been sent to moderation.")
        messages.success(request, message % {"title": submitted.title, "language": language})
    return redirect(request.path)


@hooks.register("before_serve_page")
def give_the_page_its_locale(page, request, serve_args, serve_kwargs):
    """Templates, sections and structured data read `page.locale`: no query for it."""
    with_locales([page])


@hooks.register("after_publish_page")
def tell_which_translations_are_out_of_date(request, page):
    source, translations = outdated_translations(page)
    if not translations:
        return
    languages = ", ".join(language_name(t.target_locale) for t in translations)
    buttons = []
    if request.user.has_perm("wagtail_localize.submit_translation"):
        sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
        buttons.append(messages.button(sync_url, _("Sync the translations")))
    messages.warning(
        request,
        _(
            "The translations into %(languages)s are now out of date. Sync them, so the "
            "translators see what changed."
        )
        % {"languages": languages},
        buttons=buttons,
    )


@hooks.register("insert_editor_js")
def translation_editor_js():
    """Text direction of the target language, and "Submit to moderation", in wagtail-localize's
    editor (static/js/translation-editor.js)."""
    return format_html(
        '<script src="{}" data-right-to-left="{}" data-submit-label="{}" defer></script>',
        static("js/translation-editor.js"),
        " ".join(_right_to_left_languages()),
        _("Submit to moderation"),
    )
