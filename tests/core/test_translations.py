"""The interface speaks all five languages: catalogues are complete, current and well-formed."""

import re
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

import polib
import pytest

BASE_DIR = Path(settings.BASE_DIR)
CATALOGUES = {
    code: BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po"
    for code in ["da", "en", "ar", "tr", "ur"]
}
NOT_SOURCE = [".*", "var", "tests", "node_modules", "__pycache__", "*.mo"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


@pytest.mark.parametrize("code", CATALOGUES)
def test_every_interface_string_is_translated(code):
    catalogue = polib.pofile(str(CATALOGUES[code]))
    assert catalogue.metadata["Language"] == code
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize("code", CATALOGUES)
def test_translations_keep_their_placeholders(code):
    for entry in polib.pofile(str(CATALOGUES[code])).translated_entries():
        expected = set(PLACEHOLDER.findall(entry.msgid + entry.msgid_plural))
        translations = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for translation in translations:
            found = set(PLACEHOLDER.findall(translation))
            # A plural form for exactly one may say "one" in words instead of the number.
            assert found <= expected, entry.msgid
            assert expected - found <= {"%(counter)s"}, entry.msgid


def test_arabic_has_all_six_plural_forms():
    catalogue = polib.pofile(str(CATALOGUES["ar"]))
    assert "nplurals=6" in catalogue.metadata["Plural-Forms"]
    plurals = [entry for entry in catalogue if entry.msgid_plural]
    assert plurals and all(len(entry.msgstr_plural) == 6 for entry in plurals)


def test_catalogues_hold_every_string_in_the_code(tmp_path, monkeypatch):
    """`make translations` would add nothing: no marked string is missing from the .po files."""
    assert shutil.which("xgettext"), "GNU gettext is needed: apt-get install gettext"
    # makemessages writes next to the sources it reads, so it runs on a copy of them.
    copy = tmp_path / "project"
    shutil.copytree(BASE_DIR, copy, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    monkeypatch.chdir(copy)
    monkeypatch.setattr(settings, "LOCALE_PATHS", [copy / "locale"])
    call_command("makemessages", locale=["da"], no_location=True, verbosity=0)
    current = {e.msgid for e in polib.pofile(str(copy / "locale/da/LC_MESSAGES/django.po"))}
    committed = {e.msgid for e in polib.pofile(str(CATALOGUES["da"]))}
    assert current - committed == set(), "run `make translations` and translate the new strings"
