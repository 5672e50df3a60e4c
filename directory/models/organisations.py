"""Organisations: associations, initiatives, institutions, networks and councils in Ishøj."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.locales import in_default_locale, in_reader_language
from core.models import BasePage
from core.sections import sections_for

from .. import relations
from ..kinds import OrganisationKind
from ..structured_data import organisation_page_data

# Stories, events and workshop ideas appear on an organisation's page through this hook.
ORGANISATION_SECTIONS_HOOK = "register_organisation_page_section"


class OrganisationPage(BasePage):
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    logo = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("themes"), blank=True, limit_choices_to=in_default_locale
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", verbose_name=_("target groups"), blank=True
    )
    languages = ParentalManyToManyField(
        "taxonomy.SpokenLanguage", verbose_name=_("languages spoken"), blank=True
    )
    contact_person = models.CharField(_("contact person"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    places = ParentalManyToManyField(
        "directory.PlacePage",
        verbose_name=_("places"),
        blank=True,
        related_name="organisations_here",
    )
    parent_organisation = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_organisations",
        help_text=_("For example a parents' network that lives under the local history society."),
    )
    partners = ParentalManyToManyField(
        "directory.OrganisationPage",
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="named_as_partner_by",
        limit_choices_to=in_default_locale,
        help_text=_("Partners are shown on both organisations' pages."),
    )
    looking_for_volunteers = models.BooleanField(_("looking for volunteers"), default=False)
    open_for_collaboration = models.BooleanField(_("open for collaboration"), default=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("places", widget=forms.CheckboxSelectMultiple),
                PageChooserPanel("parent_organisation", "directory.OrganisationPage"),
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Where and with whom"),
        ),
        MultiFieldPanel(
            [FieldPanel("looking_for_volunteers"), FieldPanel("open_for_collaboration")],
            heading=_("Invitations"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("looking_for_volunteers"),
        index.FilterField("open_for_collaboration"),
    ]
    synchronised_facts = ["contact_person", "phone"]

    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = []
    template = "pages/directory/organisation_page.html"

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def get_social_image(self):
        return self.social_image or self.logo

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        places, parent = relations.places_of(self), relations.parent_of(self)
        context.update(
            places=places,
            partners=relations.partners_of(self),
            member_organisations=relations.member_organisations_of(self),
            parent=parent,
            structured_data=organisation_page_data(self, request, places, parent),
            sections=sections_for(ORGANISATION_SECTIONS_HOOK, self, request),
            themes=in_reader_language(self.themes.all()),
        )
        return context
