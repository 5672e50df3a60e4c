"""
Spam traps for every public form: a honeypot field and a signed start time.

A bot that fills the honeypot is shown the thank-you page and nothing is saved (see
core.public_forms), so it learns nothing. A form sent sooner than PUBLIC_FORM_MIN_SECONDS
after it was shown, later than PUBLIC_FORM_MAX_AGE_SECONDS, without a valid start time, or with a
start time already sent once is sent back with a message and everything the resident wrote.

Each start time carries a random part, so no two forms shown share one, and a used one is
remembered in Django's cache until it would have expired anyway: a start time works once. With
the default local-memory cache each process remembers its own; a shared cache makes it exact.
"""

import hashlib
import math
import secrets
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.signing import BadSignature, SignatureExpired, TimestampSigner
from django.utils.translation import gettext_lazy as _

__all__ = ["HONEYPOT_FIELD", "STARTED_FIELD", "SpamProtectedForm", "form_started_token"]

# The honeypot's name: one a bot likes to fill. A form using the mixin has no real field by it.
HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
SALT = "core.spam.form-started"


def form_started_token(at=None):
    """
    A signed start time: when the form was shown (now, or `at` in seconds since the epoch), with
    a random part that makes each token one of a kind.
    """
    started = int(time.time() if at is None else at)
    return TimestampSigner(salt=SALT).sign(f"{started}.{secrets.token_urlsafe(9)}")


def seconds_since_started(token):
    """Seconds since the form was shown; infinity when too old, None when missing or forged."""
    signer = TimestampSigner(salt=SALT)
    try:
        value = signer.unsign(token or "", max_age=settings.PUBLIC_FORM_MAX_AGE_SECONDS)
        started = int(value.partition(".")[0])
    except SignatureExpired:
        return math.inf
    except (BadSignature, ValueError):
        return None
    return time.time() - started


def use_token(token):
    """
    Mark a valid start token as used; False when it was used before. It is remembered for as long
    as any token is valid, so it cannot come back once forgotten.
    """
    key = "core.spam.used:" + hashlib.sha256(token.encode()).hexdigest()
    return cache.add(key, True, timeout=settings.PUBLIC_FORM_MAX_AGE_SECONDS)


class SpamProtectedForm(forms.Form):
    """
    Mix in before forms.Form or forms.ModelForm. Templates render the honeypot with
    `form.honeypot` (hidden from eyes and screen readers) and the start time with
    `form.started_field_name` and `form.started_token`: a fresh one each time the form is shown,
    so a form sent back to a resident starts its clock again.
    """

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    too_fast_message = _("Please take a moment and send again.")
    too_old_message = _(
        "The form was open for a long time. Please check what you wrote and send it again."
    )
    already_sent_message = _(
        "This form has been sent once already. If you want to send it again, check what you "
        "wrote and press the button once more."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.started_token = form_started_token()

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def honeypot_filled(self):
        return self.is_bound and bool(
            str(self.data.get(self.add_prefix(HONEYPOT_FIELD), "")).strip()
        )

    @property
    def started_field_name(self):
        return self.add_prefix(STARTED_FIELD)

    def clean(self):
        """The start time must be valid and unused; a valid one is used up by being sent."""
        cleaned_data = super().clean()
        token = self.data.get(self.started_field_name)
        elapsed = seconds_since_started(token)
        if elapsed is None or elapsed < settings.PUBLIC_FORM_MIN_SECONDS:
            raise ValidationError(self.too_fast_message, code="too_fast")
        if elapsed > settings.PUBLIC_FORM_MAX_AGE_SECONDS:
            raise ValidationError(self.too_old_message, code="too_old")
        if not use_token(token):
            raise ValidationError(self.already_sent_message, code="already_sent")
        return cleaned_data
