"""Make sure `make run` leaves an administrator to log in with, and say who it is."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEFAULT_USERNAME = "admin"
DEFAULT_PASSWORD = "vores-ishoj-demo"


class Command(BaseCommand):
    help = "Create the demo administrator (DEMO_ADMIN_USERNAME / DEMO_ADMIN_PASSWORD) if missing."

    def handle(self, *args, **options):
        username = os.environ.get("DEMO_ADMIN_USERNAME", DEFAULT_USERNAME)
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_PASSWORD)
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"is_staff": True, "is_superuser": True, "email": "admin@example.com"},
        )
        if created or "DEMO_ADMIN_PASSWORD" in os.environ:
            user.set_password(password)
            user.save()
        if user.check_password(password):
            self.stdout.write(
                f"Log in at /admin/ as {username!r} with password {password!r} (demo only)."
            )
        else:
            self.stdout.write(
                f"Log in at /admin/ as {username!r}; its password was changed since it was "
                "created. Set DEMO_ADMIN_PASSWORD to reset it."
            )
