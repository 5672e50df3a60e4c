"""
Throttling of the admin's sign-in and password reset.

Failed sign-ins are counted by django-axes (settings: AXES_*): after ADMIN_LOGIN_FAILURE_LIMIT
failures from one client address, or for one user name, signing in pauses for
ADMIN_LOGIN_COOLOFF_SECONDS. The pause answers HTTP 429 with the same page whether the user name
exists or not, and whether the password was right or not, so it tells an attacker nothing.

A password-reset request is not a failed sign-in, but each sends an e-mail: the reset form takes
ADMIN_PASSWORD_RESET_RATE_LIMIT requests per client address per window (core.ratelimit),
and answers the form with HTTP 429 beyond that.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.account import PasswordResetView

from .ratelimit import RateLimit

__all__ = ["ThrottledPasswordResetView", "sign_in_paused"]


def sign_in_paused(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the paused sign-in page, in the admin's own look."""
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return render(
        request,
        "admin/sign_in_paused.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def password_reset_rate_limit():
    return RateLimit(
        "admin-password-reset",
        settings.ADMIN_PASSWORD_RESET_RATE_LIMIT,
        settings.ADMIN_PASSWORD_RESET_RATE_WINDOW,
    )


class ThrottledPasswordResetView(PasswordResetView):
    """
    Wagtail's password reset, limited per client address. The limit counts every request the form
    accepts, whether the address belongs to a user or not, so its answer says nothing about who
    has an account.
    """

    rate_limited_message = _(
        "Too many password reset requests have come from your address in a short while. Please "
        "try again later."
    )

    def form_valid(self, form):
        limit = password_reset_rate_limit()
        if limit.exceeded(self.request):
            form.add_error(None, self.rate_limited_message)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        limit.hit(self.request)
        return super().form_valid(form)
