"""
Delete the failed sign-ins (address, browser, user name) whose pause is over.

django-axes deletes them only when somebody next signs in; run this daily (README.md) so the
privacy policy's "a day at most" holds on a quiet site too.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from axes.models import AccessAttempt


class Command(BaseCommand):
    help = "Delete failed sign-in attempts older than the cool-off (ADMIN_LOGIN_COOLOFF_SECONDS)."

    def handle(self, *args, **options):
        threshold = timezone.now() - settings.AXES_COOLOFF_TIME
        count, _ = AccessAttempt.objects.filter(attempt_time__lte=threshold).delete()
        self.stdout.write(f"failed sign-ins: deleted {count}")
