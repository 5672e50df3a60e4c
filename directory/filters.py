"""
The one filter for organisations, used by the overview, the map's list, and its GeoJSON.

A plain GET form: it works without JavaScript, and a filtered view has its own address.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.filters import ListingFilterForm
from core.locales import reader_locale
from taxonomy.models import SpokenLanguage, TargetGroup, Theme

from .kinds import OrganisationKind


class OrganisationFilterForm(ListingFilterForm):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    target_group = forms.ChoiceField(label=_("For whom"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    volunteers = forms.BooleanField(label=_("Looking for volunteers"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["kind"].choices = everything + OrganisationKind.choices
        themes = Theme.objects.filter(locale=reader_locale()).order_by("name")
        self.fields["theme"].choices = everything + [(t.slug, t.name) for t in themes]
        self.fields["target_group"].choices = everything + [
            (group.code, str(group)) for group in TargetGroup.objects.all()
        ]
        used = SpokenLanguage.objects.filter(organisationpage__isnull=False).distinct()
        self.fields["language"].choices = everything + [(lang.code, str(lang)) for lang in used]

    def narrow(self, organisations, data):
        if data["kind"]:
            organisations = organisations.filter(kind=data["kind"])
        if data["theme"]:
            organisations = organisations.filter(themes__slug=data["theme"])
        if data["target_group"]:
            organisations = organisations.filter(target_groups__code=data["target_group"])
        if data["language"]:
            organisations = organisations.filter(languages__code=data["language"])
        if data["volunteers"]:
            organisations = organisations.filter(looking_for_volunteers=True)
        return organisations.distinct()
