"""
E-mails: a note to the secretariat when something arrives, and the welcome to a new volunteer.

The secretariat's note holds no personal data, only a link to the admin where it can be read.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from wagtail.admin.admin_url_finder import AdminURLFinder

logger = logging.getLogger(__name__)


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def tell_secretariat(submission):
    """Mail SECRETARIAT_EMAIL, if set. A failing mail server must not fail the resident's sending."""
    if not settings.SECRETARIAT_EMAIL:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New on Vores Ishøj: %(what)s") % {"what": submission._meta.verbose_name}
        body = render_to_string(
            "contributions/email/secretariat_note.txt",
            {
                "what": submission._meta.verbose_name,
                "language": submission.get_language_display(),
                "url": admin_url(AdminURLFinder().get_edit_url(submission)),
            },
        )
    try:
        send_mail(subject, body, None, [settings.SECRETARIAT_EMAIL])
    except OSError:
        logger.exception(
            "Could not tell the secretariat about %s %s", submission._meta.label, submission.pk
        )


def password_link(user, token_generator):
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = token_generator.make_token(user)
    path = reverse("wagtailadmin_password_reset_confirm", kwargs={"uidb64": uidb64, "token": token})
    return admin_url(path)


def welcome_volunteer(signup, user, token_generator):
    """The welcome, in the language the resident wrote in, with a link to choose a password."""
    with translation.override(signup.language or settings.LANGUAGE_CODE):
        subject = _("Welcome to Vores Ishøj as a volunteer writer")
        body = render_to_string(
            "contributions/email/volunteer_welcome.txt",
            {
                "signup": signup,
                "user": user,
                "password_url": password_link(user, token_generator),
                "login_url": admin_url(reverse("wagtailadmin_login")),
                "link_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
            },
        )
    send_mail(subject, body, None, [user.email])
