"""
Delete story tips and volunteer requests older than the privacy policy promises to keep them.

Run it daily (cron or a systemd timer, see README.md). QuerySet.delete() sends post_delete for
every row, so each tip takes its photo from the private storage with it (contributions.signals).
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from contributions.models import StoryTip, VolunteerSignup


class Command(BaseCommand):
    help = (
        "Delete story tips and volunteer requests received more than "
        "CONTRIBUTIONS_RETENTION_DAYS days ago, with their photos."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would go; delete nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - timedelta(days=settings.CONTRIBUTIONS_RETENTION_DAYS)
        for model in (StoryTip, VolunteerSignup):
            expired = model.objects.filter(created_at__lt=cutoff)
            count = expired.count()
            if not dry_run:
                expired.delete()
            verb = "would delete" if dry_run else "deleted"
            self.stdout.write(f"{model._meta.verbose_name_plural}: {verb} {count}")
