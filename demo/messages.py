"""
The demo's translations: demo/translations/<language>/<group>.po holds, for each text of each
record of demo/data/<group>.json, the Danish text (msgid) and its translation (msgstr). The
msgctxt is the record's key and the text's wagtail-localize context, "place/glashuset:title"
or "home:body.<block id>.text", so each entry is a segment of the object's TranslationSource.

A synchronised value (a price) may have an entry too: the translation overrides it with its
msgstr. refresh() writes the PO files again from the data: new texts come in untranslated,
changed ones keep their old translation marked fuzzy, texts no longer in the data go.
"""

from collections import Counter, defaultdict
from pathlib import Path

from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

import polib

from .records import (
    GROUPS,
    Placeholders,
    add_block_ids,
    assign,
    field_values,
    model_of,
    read,
    write,
)

__all__ = ["LANGUAGES", "messages_by_key", "refresh"]

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = ["en", "ar", "tr", "ur"]


def po_path(language_code, group):
    return TRANSLATIONS_DIR / language_code / f"{group}.po"


def messages_by_key(language_code):
    """The translated entries of `language_code` as a PO file for each record key, with their
    contexts as wagtail-localize knows them. Untranslated and fuzzy entries are left out."""
    by_key = defaultdict(polib.POFile)
    for group in GROUPS:
        path = po_path(language_code, group)
        if not path.exists():
            continue
        for entry in polib.pofile(str(path)).translated_entries():
            key, context = entry.msgctxt.split(":", 1)
            by_key[key].append(
                polib.POEntry(msgctxt=context, msgid=entry.msgid, msgstr=entry.msgstr)
            )
    return by_key


def source_texts(record):
    """
    (context, Danish text, optional) of each text of the record, as wagtail-localize extracts
    them. A synchronised text (a price) is optional: a translation may override it.
    """
    values, _deferred = field_values(record, Placeholders([]))
    instance = model_of(record)()
    assign(instance, values)
    texts = []
    for segment in extract_segments(instance):
        context = f"{record['key']}:{segment.path}"
        if isinstance(segment, StringSegmentValue):
            text = (context, segment.string.data, False)
        elif isinstance(segment, OverridableSegmentValue) and isinstance(segment.data, str):
            text = (context, segment.data, True)
        else:
            continue
        if text not in texts:
            texts.append(text)
    return texts


def refresh(stdout):
    """Add missing block ids to the data, then write every PO file again from it."""
    records = {group: read(group) for group in GROUPS}
    for group, group_records in records.items():
        if any([add_block_ids(record) for record in group_records]):
            write(group, group_records)
            stdout.write(f"Block ids added to demo/data/{group}.json")
        texts = [
            text
            for record in group_records
            if "author" not in record
            for text in source_texts(record)
        ]
        for language_code in LANGUAGES:
            _write_po(po_path(language_code, group), language_code, texts, stdout)


def _write_po(path, language_code, texts, stdout):
    old = polib.pofile(str(path)) if path.exists() else polib.POFile()
    translated = {(entry.msgctxt, entry.msgid): entry for entry in old if entry.msgstr}
    # A changed text's old translation is a hint where its context held that one text only.
    contexts = Counter(entry.msgctxt for entry in old)
    by_context = {e.msgctxt: e for e in old if e.msgstr and contexts[e.msgctxt] == 1}
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "Vores Ishøj demo",
        "Language": language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for context, text, optional in texts:
        entry = polib.POEntry(msgctxt=context, msgid=text, msgstr="")
        if optional and context not in {c for c, _text in translated}:
            continue  # an override only where a translator wrote one
        if (context, text) in translated:
            entry.msgstr = translated[context, text].msgstr
            entry.flags = list(translated[context, text].flags)
        elif context in by_context:
            entry.msgstr = by_context[context].msgstr
            entry.flags = ["fuzzy"]
            entry.previous_msgid = by_context[context].msgid
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    missing = len(po.untranslated_entries()) + len(po.fuzzy_entries())
    if missing:
        stdout.write(f"{path.relative_to(TRANSLATIONS_DIR)}: {missing} texts to translate")
