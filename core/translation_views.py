"""
wagtail-localize's "Sync translated pages" with the rule of core.translation: its "publish
immediately" publishes only the translations with every text translated. The others keep their
published version and get the new texts to translate, and the editor is told which they are.

Served at wagtail-localize's own address (core.wagtail_hooks registers it first), so every
link to the sync, wagtail-localize's and ours, reaches it.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .translation import language_name, untranslated_count

__all__ = ["SyncTranslationsView"]


class SyncTranslationsView(UpdateTranslationsView):
    @transaction.atomic
    def form_valid(self, form):
        publish = form.cleaned_data["publish_translations"]
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)  # syncs the source, publishes nothing
        if publish:
            self._publish_finished_translations()
        return response

    def _publish_finished_translations(self):
        unfinished = []
        for translation in self.object.translations.filter(enabled=True).select_related(
            "target_locale"
        ):
            if untranslated_count(translation):
                unfinished.append(language_name(translation.target_locale))
            else:
                translation.save_target(user=self.request.user, publish=True)
        if unfinished:
            messages.warning(
                self.request,
                _(
                    "Not published, because some texts are not translated yet: %(languages)s. "
                    "Translate them, then publish."
                )
                % {"languages": ", ".join(unfinished)},
            )
