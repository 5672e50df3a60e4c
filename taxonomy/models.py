"""
The words the site sorts things by, shared by the directory, stories and events.

Themes and neighbourhoods are snippets editors write and translate. Target groups and spoken
languages are fixed lists: each row holds only a code, and its name comes from the interface
translations (Django's own names for languages), so it reads right in every language.
"""

from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.translatable_fields import SynchronisedFacts

__all__ = ["Neighbourhood", "SpokenLanguage", "TargetGroup", "Theme"]


class SlugNamedSnippet(TranslatableMixin, index.Indexed, models.Model):
    """A translatable name with a slug that stays the same in every language (used in filters)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in web addresses and filters; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The slug is copied to translations, not translated (see core.translatable_fields).
    synchronised_facts = ["slug"]
    override_translatable_fields = SynchronisedFacts()

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(SlugNamedSnippet):
    class Meta(SlugNamedSnippet.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Neighbourhood(SlugNamedSnippet):
    class Meta(SlugNamedSnippet.Meta):
        verbose_name = _("neighbourhood")
        verbose_name_plural = _("neighbourhoods")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


TARGET_GROUP_NAMES = {
    "children-families": _("Children and families"),
    "young-people": _("Young people"),
    "adults": _("Adults"),
    "seniors": _("Seniors"),
    "newcomers": _("Newcomers"),
    "everyone": _("Everyone"),
}


class TargetGroup(models.Model):
    code = models.SlugField(unique=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        return str(TARGET_GROUP_NAMES.get(self.code, self.code))


# Languages residents of Ishøj speak that Django has no name for.
EXTRA_LANGUAGE_NAMES = {
    "so": _("Somali"),
    "ku": _("Kurdish"),
    "ps": _("Pashto"),
    "ti": _("Tigrinya"),
}


class SpokenLanguage(models.Model):
    code = models.CharField(max_length=10, unique=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        if self.code in EXTRA_LANGUAGE_NAMES:
            return str(EXTRA_LANGUAGE_NAMES[self.code])
        try:
            return str(get_language_info(self.code)["name_translated"])
        except KeyError:
            return self.code
