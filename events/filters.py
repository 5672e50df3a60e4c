"""
The one filter for events, used by every calendar view and the iCalendar feed, so a filtered
view can be subscribed to as it is: a plain GET form that works without JavaScript.
"""

import datetime

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.filters import ListingFilterForm
from core.locales import default_locale, pages_in_reader_language, reader_locale
from directory.models import OrganisationPage, PlacePage
from taxonomy.models import Neighbourhood, SpokenLanguage, TargetGroup

from .calendar import FIRST_DAY, LAST_DAY, day_start
from .models import EventPage

# The longest range a reader may choose: every occurrence in it is computed for the page.
MAX_RANGE = datetime.timedelta(days=366)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class EventFilterForm(ListingFilterForm):
    target_group = forms.ChoiceField(label=_("For whom"), required=False)
    organiser = forms.ChoiceField(label=_("Organiser"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)
    neighbourhood = forms.ChoiceField(label=_("Neighbourhood"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    step_free = forms.BooleanField(label=_("Step-free access"), required=False)
    free = forms.BooleanField(label=_("Free of charge"), required=False)
    from_date = forms.DateField(label=_("From"), required=False, widget=DateInput())
    to_date = forms.DateField(label=_("To"), required=False, widget=DateInput())

    # The fields that choose events; the dates choose the window (see window()).
    EVENT_FIELDS = ["target_group", "organiser", "place", "neighbourhood", "language"]

    def __init__(self, *args, dates=True, default_window=(None, None), **kwargs):
        """`dates=False` leaves out the date range, for views that show a fixed window;
        `default_window` is the view's (start, end) where the reader chose no date."""
        super().__init__(*args, **kwargs)
        self.default_window = default_window

        if not dates:
            del self.fields["from_date"], self.fields["to_date"]

        everything = [("", _("All"))]
        self.fields["target_group"].choices = everything + [
            (group.code, str(group)) for group in TargetGroup.objects.all()
        ]
        # Organisers and places are offered by their Danish slug (the same address in every
        # language) and named in the reader's language.
        organisers = OrganisationPage.objects.filter(
            locale=default_locale(),
            translation_key__in=EventPage.objects.live().values("organisers__translation_key"),
        )
        self.fields["organiser"].choices = everything + self._named_in_reader_language(
            OrganisationPage, organisers
        )
        places = PlacePage.objects.filter(
            locale=default_locale(),
            translation_key__in=EventPage.objects.live().values("place__translation_key"),
        )
        self.fields["place"].choices = everything + self._named_in_reader_language(
            PlacePage, places
        )
        neighbourhoods = Neighbourhood.objects.filter(locale=reader_locale()).order_by("name")
        self.fields["neighbourhood"].choices = everything + [
            (neighbourhood.slug, neighbourhood.name) for neighbourhood in neighbourhoods
        ]
        used = SpokenLanguage.objects.filter(eventpage__isnull=False).distinct()
        self.fields["language"].choices = everything + [(lang.code, str(lang)) for lang in used]

    @staticmethod
    def _named_in_reader_language(model, danish_pages):
        slugs = {page.translation_key: page.slug for page in danish_pages}
        return [
            (slugs[page.translation_key], page.title)
            for page in pages_in_reader_language(model, slugs)
        ]

    def _keys(self, model, slug):
        return model.objects.filter(locale=default_locale(), slug=slug).values("translation_key")

    def _within_calendar(self, name):
        day = self.cleaned_data[name]
        if day and not FIRST_DAY <= day <= LAST_DAY:
            raise forms.ValidationError(
                _("Choose a date between %(first)s and %(last)s."),
                params={"first": FIRST_DAY.year, "last": LAST_DAY.year},
            )
        return day

    def clean_from_date(self):
        return self._within_calendar("from_date")

    def clean_to_date(self):
        return self._within_calendar("to_date")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from_date"), cleaned.get("to_date")
        if start and end and end < start:
            self.add_error("to_date", _("The last date is before the first."))
        elif start or end:
            first, last = self._chosen_window()
            if first and last and last - first > MAX_RANGE:
                self.add_error(
                    "to_date" if end else "from_date",
                    forms.ValidationError(
                        _("Choose at most %(days)s days from the first date to the last."),
                        params={"days": MAX_RANGE.days},
                    ),
                )
        return cleaned

    def narrow(self, events, data):
        """Events matching every choice; the dates choose the window instead (see window())."""
        if data["target_group"]:
            events = events.filter(target_groups__code=data["target_group"])
        if data["organiser"]:
            keys = self._keys(OrganisationPage, data["organiser"])
            events = events.filter(organisers__translation_key__in=keys)
        if data["place"]:
            events = events.filter(place__translation_key__in=self._keys(PlacePage, data["place"]))
        if data["neighbourhood"]:
            events = events.filter(place__neighbourhood__slug=data["neighbourhood"])
        if data["language"]:
            events = events.filter(languages__code=data["language"])
        if data["step_free"]:
            events = events.filter(Q(step_free_access=True) | Q(place__step_free_access=True))
        if data["free"]:
            events = events.filter(is_free=True)
        return events.distinct()

    def window(self):
        """The aware (start, end) the reader chose, each falling back to the view's default."""
        if not self.is_valid():
            return self.default_window
        return self._chosen_window()

    def _chosen_window(self):
        start, end = self.default_window
        if self.cleaned_data.get("from_date"):
            start = day_start(self.cleaned_data["from_date"])
        if self.cleaned_data.get("to_date"):
            end = day_start(self.cleaned_data["to_date"] + datetime.timedelta(days=1))
        return start, end
