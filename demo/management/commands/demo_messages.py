"""Write the demo's PO files (demo/translations) again from its Danish data (demo/data)."""

from django.core.management.base import BaseCommand

from demo.messages import refresh


class Command(BaseCommand):
    help = (
        "Refresh demo/translations/<language>/*.po from demo/data/*.json: new texts come in "
        "untranslated, changed ones fuzzy with their old translation, and texts no longer in "
        "the data go. Adds an id to every StreamField block that has none."
    )

    def handle(self, *args, **options):
        refresh(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo translations are up to date with the data."))
