"""
Compile locale/*/LC_MESSAGES/*.po to .mo with polib, so `make run` needs no GNU gettext tools.

Django's compilemessages does the same through msgfmt, which a fresh machine may not have.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import polib


class Command(BaseCommand):
    help = "Compile the project's .po translation files to .mo files."

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                self.stdout.write(
                    f"{po_path.relative_to(settings.BASE_DIR)}: "
                    f"{catalogue.percent_translated()}% translated"
                )
