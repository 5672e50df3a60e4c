"""Load the demo site: realistic Danish content from the proposal, with its translations."""

from django.core.management.base import BaseCommand

from demo.loader import load_demo


class Command(BaseCommand):
    help = "Create the demo content in every language. Safe to run again: it adds only what is missing."

    def handle(self, *args, **options):
        load_demo(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
