"""
Activities: events that residents can take part in, and the calendar that lists them.

An event's dates are a first start and end in Danish time, an optional repeat rule and cancelled
dates (see events.recurrence). Listings, feeds and the clash finder work on its occurrences.
"""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import StandardStreamBlock
from core.locales import in_default_locale
from core.models import LEAD_MAX_LENGTH, BasePage, HeroImageMixin, IntroMixin
from core.routing import PageFilesMixin, serve_page_view
from roles.moderation import ModeratedIndexMixin

from . import recurrence
from .admin_panels import ClashPanel
from .querysets import EventPageManager
from .recurrence import Repeat

# Other apps add to the events index and the event page through these hooks.
EVENT_INDEX_SECTIONS_HOOK = "register_event_index_section"


class EventIndexPage(ModeratedIndexMixin, PageFilesMixin, RoutablePageMixin, IntroMixin, BasePage):
    """The calendar: upcoming events by day, a month grid, this weekend and past events, all
    filterable with plain links; its iCalendar feed is <url>feed.ics. The views are
    events.views (see core.routing)."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    template = "pages/events/event_index_page.html"
    files = ("feed.ics",)

    class Meta:
        verbose_name = _("events calendar")
        verbose_name_plural = _("events calendars")

    @path("", name="upcoming")
    def upcoming_view(self, request):
        return serve_page_view(self, "upcoming", request)

    @path("weekend/", name="weekend")
    def weekend_view(self, request):
        return serve_page_view(self, "weekend", request)

    @path("month/", name="this_month")
    @re_path(r"^month/(?P<year>\d{4})-(?P<month>\d{2})/$", name="month")
    def month_view(self, request, year=None, month=None):
        return serve_page_view(self, "month", request, year, month)

    @path("past/", name="past")
    def past_view(self, request):
        return serve_page_view(self, "past", request)


class EventCancellation(Orderable):
    """One date on which a repeating event does not take place (an EXDATE)."""

    event = ParentalKey("events.EventPage", related_name="cancellations", on_delete=models.CASCADE)
    date = models.DateField(_("date"))

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("cancelled date")
        verbose_name_plural = _("cancelled dates")

    def __str__(self):
        return str(self.date)


class EventPage(PageFilesMixin, RoutablePageMixin, HeroImageMixin, BasePage):
    """An activity, with its dates, place and organisers; "add to calendar" is <url>event.ics.
    The page's view is events.views.event_page (see core.routing)."""

    lead = models.TextField(
        _("lead"),
        max_length=LEAD_MAX_LENGTH,
        help_text=_("Two or three sentences: what happens, and why come. Plain text."),
    )
    description = StreamField(StandardStreamBlock(), verbose_name=_("description"), blank=True)

    # When. Entered in Danish time; stored aware (Django keeps UTC and gives back local time).
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("The times are ignored; the event lasts from the first to the last date."),
    )
    repeat = models.CharField(
        _("repeats"), max_length=20, choices=Repeat.choices, default=Repeat.NEVER, blank=True
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        help_text=_("1 for every week (or day, or month), 2 for every other, and so on."),
    )
    repeat_until = models.DateField(
        _("repeats until"), null=True, blank=True, help_text=_("The last date it can happen.")
    )
    repeat_count = models.PositiveSmallIntegerField(
        _("number of times"),
        null=True,
        blank=True,
        help_text=_("Or: how many times in all. Leave both empty to repeat without end."),
    )
    # When the last occurrence ends (None: repeats without end). Kept by save() so listings can
    # leave out what is over in the database.
    series_end = models.DateTimeField(null=True, blank=True, editable=False)

    # Where.
    place = models.ForeignKey(
        "directory.PlacePage",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Choose the place from the directory, or write an address below."),
    )
    address = models.CharField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_("Only when the place is not in the directory: street, postcode and town."),
    )
    step_free_access = models.BooleanField(
        _("step-free access"),
        default=False,
        help_text=_("Events at a place with step-free access count as step-free anyway."),
    )
    accessibility_notes = models.TextField(
        _("accessibility notes"),
        max_length=600,
        blank=True,
        help_text=_("Ramps, lifts, hearing loop, interpreting, quiet room, allergies…"),
    )

    # Who.
    organisers = ParentalManyToManyField(
        "directory.OrganisationPage",
        verbose_name=_("organisers"),
        blank=True,
        related_name="events",
        limit_choices_to=in_default_locale,
        help_text=_("Everyone who hosts the event together."),
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", verbose_name=_("for whom"), blank=True
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("themes"), blank=True, limit_choices_to=in_default_locale
    )
    languages = ParentalManyToManyField(
        "taxonomy.SpokenLanguage", verbose_name=_("languages spoken at the event"), blank=True
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)

    # Taking part.
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.CharField(
        _("price"),
        max_length=120,
        blank=True,
        help_text=_("For example “50 kr., children free”."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Leave empty when people can just show up."),
    )

    related_stories = ParentalManyToManyField(
        "stories.StoryPage",
        verbose_name=_("related stories"),
        blank=True,
        related_name="events_linking_here",
        limit_choices_to=in_default_locale,
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_interval")]),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                InlinePanel("cancellations", heading=_("Cancelled dates"), label=_("date")),
            ],
            heading=_("When"),
            help_text=_("In Danish time."),
        ),
        ClashPanel(),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("address"),
                FieldPanel("step_free_access"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("registration_url"),
            ],
            heading=_("Taking part"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(HeroImageMixin.hero_image_panels, heading=_("Image")),
        FieldPanel("related_stories", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("description"),
        index.SearchField("address"),
        index.AutocompleteField("title"),
        index.FilterField("start"),
    ]

    synchronised_facts = ["address", "price", "contact_name", "contact_phone"]

    objects = EventPageManager()

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "pages/events/event_page.html"
    files = ("event.ics",)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def validation_errors(self):
        errors = super().validation_errors()
        first_day = recurrence.local(self.start).date() if self.start else None
        if self.start and self.end and self.end < self.start:
            same_or_later_day = recurrence.local(self.end).date() >= first_day
            if not (self.all_day and same_or_later_day):
                errors["end"] = _("The event cannot end before it starts.")
        if self.repeat and self.repeat_until and first_day and self.repeat_until < first_day:
            errors["repeat_until"] = _("The last date cannot be before the first.")
        if self.repeat and self.repeat_until and self.repeat_count:
            errors["repeat_count"] = _("Give either a last date or a number of times, not both.")
        if not self.place_id and not self.address.strip():
            errors["address"] = _("Choose a place from the directory or write the address.")
        if not self.is_free and not self.price.strip():
            errors["price"] = _("Write the price, or tick “free of charge”.")
        return errors

    def save(self, *args, **kwargs):
        if self.start and self.end and kwargs.get("update_fields") is None:
            self.series_end = recurrence.series_end(self)
        return super().save(*args, **kwargs)

    # Dates.

    @property
    def rrule(self):
        """The repeat rule as RFC 5545 text, "" when the event does not repeat."""
        return recurrence.rrule_text(self)

    @property
    def repeat_description(self):
        """The repeat rule in words, in the active language."""
        return recurrence.describe(self)

    @property
    def cancelled_dates(self):
        return recurrence.cancelled_dates(self)

    def occurrences(self, start=None, end=None):
        return recurrence.expand(self, start, end)

    def next_occurrence(self, after=None):
        after = after or timezone.now()
        found = recurrence.expand(self, after, after + recurrence.OPEN_ENDED_HORIZON)
        return found[0] if found else None

    def occurrence_on(self, day):
        """The occurrence on `day` (a date), or None."""
        start = datetime.datetime.combine(day, datetime.time(), tzinfo=recurrence.TIMEZONE)
        found = recurrence.expand(self, start, start + datetime.timedelta(days=1))
        return found[0] if found else None

    # Where and who.

    @property
    def location_text(self):
        if self.place_id:
            return f"{self.place.title}, {self.place.full_address}"
        return self.address

    @property
    def is_step_free(self):
        return self.step_free_access or bool(self.place_id and self.place.step_free_access)

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.lead

    @path("")
    def event(self, request):
        return serve_page_view(self, "event", request)
