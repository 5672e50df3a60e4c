"""Make sure `make run` leaves a user for each role to log in with, and print who they are."""

from django.core.management.base import BaseCommand

from demo.users import DEMO_USERS, PASSWORD_VARIABLE, demo_password, ensure_demo_users


class Command(BaseCommand):
    help = f"Create a demo user for each role (password from {PASSWORD_VARIABLE}) if missing."

    def handle(self, *args, **options):
        users = ensure_demo_users()
        password = demo_password()
        self.stdout.write("Demo users, one for each role (demo only):")
        self.stdout.write(f"  {'username':<12}{'role':<20}password")
        for demo in DEMO_USERS:
            shown = password
            if not users[demo.username].check_password(password):
                shown = f"(changed since created; set {PASSWORD_VARIABLE} to reset)"
            self.stdout.write(f"  {demo.username:<12}{demo.role:<20}{shown}")
