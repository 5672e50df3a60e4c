"""
The demo's data files are checked against the models when they load, and its PO files are
current with them: `manage.py demo_messages` would change nothing.
"""

import shutil
from io import StringIO

from django.core.management import call_command

import polib
import pytest

import demo.messages
import demo.records
from demo.records import DemoDataError, Registry, field_values


def standard_page(**fields):
    return {"key": "about", "model": "home.standardpage", "fields": {"title": "Om", **fields}}


def test_an_unknown_block_type_fails_the_load():
    cta = {"type": "cta", "value": {"heading": "Vær med"}, "id": "a"}
    with pytest.raises(DemoDataError, match="unknown block type 'cta'.*call_to_action"):
        field_values(standard_page(body=[cta]), Registry(["about"]))


def test_an_unknown_field_of_a_block_fails_the_load():
    heading = {"type": "heading", "value": {"text": "Vær med", "size": "h2"}, "id": "a"}
    with pytest.raises(DemoDataError, match="about.body.a: HeadingBlock has no field"):
        field_values(standard_page(body=[heading]), Registry(["about"]))


def test_an_unknown_field_of_a_page_fails_the_load():
    with pytest.raises(DemoDataError, match="StandardPage has no field 'hero_alt'"):
        field_values(standard_page(hero_alt="Byen"), Registry(["about"]))


def test_a_key_no_record_defines_fails_the_load():
    with pytest.raises(DemoDataError, match="no demo object has the key 'image/nowhere'"):
        field_values(
            {"key": "home", "model": "home.homepage", "fields": {"hero_image": "image/nowhere"}},
            Registry(["home"]),
        )


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """demo/data and demo/translations copied to `tmp_path`, where the demo reads them."""
    data = shutil.copytree(demo.records.DATA_DIR, tmp_path / "data")
    translations = shutil.copytree(demo.messages.TRANSLATIONS_DIR, tmp_path / "translations")
    monkeypatch.setattr(demo.records, "DATA_DIR", data)
    monkeypatch.setattr(demo.messages, "TRANSLATIONS_DIR", translations)
    return tmp_path


def test_the_translations_are_current_with_the_data(db, data_copy):
    call_command("demo_messages", stdout=StringIO())
    for copy in sorted(data_copy.rglob("*.*")):
        original = demo.records.DATA_DIR.parent / copy.relative_to(data_copy)
        assert copy.read_text() == original.read_text(), original


def test_a_new_page_comes_into_every_language_untranslated(db, data_copy):
    records = demo.records.read("pages")
    paragraph = {"type": "paragraph", "value": "<p>Kom og vær med.</p>"}
    records.append({**standard_page(body=[paragraph]), "key": "join", "parent": "home"})
    demo.records.write("pages", records)

    call_command("demo_messages", stdout=StringIO())

    assert demo.records.read("pages")[-1]["fields"]["body"][0]["id"]
    for code in demo.messages.LANGUAGES:
        po = polib.pofile(str(data_copy / "translations" / code / "pages.po"))
        new = {e.msgid: e.msgstr for e in po if e.msgctxt.startswith("join:")}
        assert new == {"Om": "", "Kom og vær med.": ""}
