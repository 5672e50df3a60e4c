"""
What residents send without an account: story tips and volunteer sign-ups, and the two pages
with their forms.

Tips and sign-ups are personal data. They are read in the admin only (contributions.views), a
tip's photo is stored under an unguessable name in the private storage (core.storage, never
below the media URL) and served only there, and a deleted row takes its photo with it
(contributions.signals).
"""

import pathlib
import uuid

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from core.models import BasePage, IntroMixin
from core.public_forms import PublicFormPageMixin
from core.storage import private_storage

from .notifications import tell_secretariat

__all__ = [
    "SignupStatus",
    "StoryTip",
    "StoryTipPage",
    "TipStatus",
    "VolunteerSignup",
    "VolunteerSignupPage",
]


def tip_photo_path(instance, filename):
    """tips/<year>/<month>/<random>.<ext>: the resident's file name is never kept or shown."""
    suffix = pathlib.Path(filename).suffix.lower()
    return timezone.now().strftime("tips/%Y/%m/") + uuid.uuid4().hex + suffix


def language_name(code):
    names = dict(settings.LANGUAGES)
    return names.get(code) or LANG_INFO.get(code, {}).get("name_local", code)


class TipStatus(models.TextChoices):
    NEW = "new", _("New")
    STORY = "story", _("Turned into a story")
    DISMISSED = "dismissed", _("Dismissed")


class SignupStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")


class StoryTip(models.Model):
    what_happened = models.TextField(_("what happened"), max_length=3000)
    who = models.CharField(_("who"), max_length=300)
    where = models.CharField(_("where"), max_length=200)
    when = models.CharField(_("when"), max_length=120)
    contact_name = models.CharField(_("name"), max_length=120)
    contact_email = models.EmailField(_("email"))
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)
    photo = models.ImageField(
        _("photo"), upload_to=tip_photo_path, storage=private_storage, blank=True
    )
    photo_consent = models.BooleanField(_("the photo may be published"), default=False)
    # A language code, not a choice: the content languages are configuration (LANGUAGES).
    language = models.CharField(_("language"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=TipStatus.choices, default=TipStatus.NEW
    )
    story = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("tip")
        verbose_name_plural = _("tips")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return Truncator(self.headline).chars(80)

    @property
    def headline(self):
        """The first line the resident wrote."""
        lines = (line.strip() for line in self.what_happened.splitlines())
        return next((line for line in lines if line), "")

    def get_language_display(self):
        return language_name(self.language)


class VolunteerSignup(models.Model):
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    association = models.CharField(_("association"), max_length=200, blank=True)
    motivation = models.TextField(_("why they want to write"), max_length=1000)
    consent = models.BooleanField(_("agreed to the storing of their details"), default=False)
    language = models.CharField(_("language"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=SignupStatus.choices, default=SignupStatus.PENDING
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("volunteer request")
        verbose_name_plural = _("volunteer requests")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.name

    def get_language_display(self):
        return language_name(self.language)


class ContributionPage(PublicFormPageMixin, IntroMixin, BasePage):
    """A page that is a public form: editors write the text around it and translate it."""

    thank_you = models.TextField(
        _("thank-you text"), help_text=_("Shown after the form has been sent.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("thank_you")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    submit_label = None  # what the form's button says

    class Meta:
        abstract = True

    def save_submission(self, request, form):
        submission = form.save(commit=False)
        submission.language = self.locale.language_code
        submission.save()
        return submission

    def submission_received(self, request, submission):
        tell_secretariat(submission)


class StoryTipPage(ContributionPage):
    """“Tip os om en god historie”: residents tell the editors about something worth a story."""

    template = "pages/contributions/contribution_page.html"  # shared; Wagtail wants it per class
    submit_label = _("Send the tip")
    form_class = "contributions.forms.StoryTipForm"

    class Meta:
        verbose_name = _("story tip form")
        verbose_name_plural = _("story tip forms")


class VolunteerSignupPage(ContributionPage):
    """“Bliv frivillig skribent”: residents ask to write stories as volunteers."""

    template = "pages/contributions/contribution_page.html"  # shared; Wagtail wants it per class
    submit_label = _("Send my request")
    form_class = "contributions.forms.VolunteerSignupForm"

    class Meta:
        verbose_name = _("volunteer sign-up form")
        verbose_name_plural = _("volunteer sign-up forms")
