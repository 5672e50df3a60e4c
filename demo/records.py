"""
The demo's records: the Danish source of every demo object, in demo/data/<group>.json, and how a
record's values become field values.

A record is `{"key", "model", "parent", "author", "schedule", "fields"}` (only key, model and
fields are always there). A key names a demo object across the files ("place/glashuset",
"image/hero", "target-group/everyone"), and its translation key is derived from it, so the loader
finds its objects again whatever an editor changed. A foreign key, a many-to-many field and a
chooser block hold keys. Every StreamField block carries a stable id, so the contexts of its texts
in demo/translations stay the same when blocks are added before it.

A field the model does not have, a block type or struct field its block does not have, and a key
no record defines all fail the load: nothing in the data is dropped in silence.
"""

import json
import uuid
from pathlib import Path

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from modelcluster.fields import ParentalManyToManyField
from taggit.managers import TaggableManager
from wagtail import blocks
from wagtail.fields import StreamField

__all__ = [
    "GROUPS",
    "DemoDataError",
    "Registry",
    "Unresolved",
    "add_block_ids",
    "assign",
    "field_values",
    "model_of",
    "read",
    "translation_key",
    "write",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
# Files in the order they load: a record refers to records of earlier files, or of its own.
GROUPS = ["taxonomy", "pages", "directory", "stories", "events"]
NAMESPACE = uuid.UUID("6c1f4f59-2f55-4a53-9a43-8f1e0e2b7d11")


class DemoDataError(Exception):
    """The demo data does not fit the models: the message says where."""


class Unresolved(Exception):
    """A key of a demo object that is not created yet (a page links to one further on)."""


def read(group):
    return json.loads((DATA_DIR / f"{group}.json").read_text(encoding="utf-8"))


def write(group, records):
    text = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    (DATA_DIR / f"{group}.json").write_text(text, encoding="utf-8")


def stable_uuid(*parts):
    return uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts))


def translation_key(key):
    return stable_uuid(key)


def model_of(record):
    try:
        return apps.get_model(record["model"])
    except LookupError as error:
        raise DemoDataError(f"{record['key']}: {error}") from None


class Registry(dict):
    """Demo objects by key; `known` holds every key the data defines, created yet or not."""

    def __init__(self, known):
        super().__init__()
        self.known = set(known)

    def resolve(self, key, model, where):
        if key is None:
            return None
        if key in self:
            found = self[key]
            if not isinstance(found, model):
                raise DemoDataError(f"{where}: {key!r} is not a {model.__name__}")
            return found
        if key in self.known:
            raise Unresolved(key)
        raise DemoDataError(f"{where}: no demo object has the key {key!r}")


class Placeholders(Registry):
    """Resolves every key to nothing: enough to read a record's texts without its objects."""

    def resolve(self, key, model, where):
        return None


def field_values(record, registry):
    """The record's fields as model values, and the names of those that refer to a demo object
    not created yet (left out, to be set once it is)."""
    model = model_of(record)
    values, deferred = {}, []
    for name, value in record["fields"].items():
        where = f"{record['key']}.{name}"
        try:
            values[name] = _value(_field(model, name, where), value, registry, where)
        except Unresolved:
            deferred.append(name)
    return values, deferred


def assign(instance, values):
    for name, value in values.items():
        field = instance._meta.get_field(name)
        if isinstance(field, ParentalManyToManyField | TaggableManager):
            getattr(instance, name).set(value)
        else:
            setattr(instance, name, value)


def _field(model, name, where):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        raise DemoDataError(f"{where}: {model.__name__} has no field {name!r}") from None
    if isinstance(field, models.ManyToManyField) and not isinstance(field, ParentalManyToManyField):
        raise DemoDataError(f"{where}: only ParentalManyToManyFields are saved with the object")
    return field


def _value(field, value, registry, where):
    if isinstance(field, StreamField):
        return _block_value(field.stream_block, value, registry, where)
    if isinstance(field, TaggableManager):
        return list(value)
    if isinstance(field, models.ManyToManyField):
        objects = [registry.resolve(key, field.related_model, where) for key in value]
        return [obj for obj in objects if obj is not None]
    if isinstance(field, models.ForeignKey):
        return registry.resolve(value, field.related_model, where)
    return field.to_python(value)


def _block_value(block, value, registry, where):
    """Raw StreamField data for `value`, checked against `block`, with keys turned into ids."""
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        return [_child(block, child, registry, where) for child in value]
    if isinstance(block, blocks.StructBlock):
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise DemoDataError(f"{where}: {type(block).__name__} has no field {sorted(unknown)}")
        return {
            name: _block_value(block.child_blocks[name], child, registry, f"{where}.{name}")
            for name, child in value.items()
        }
    if isinstance(block, blocks.ChooserBlock):
        found = registry.resolve(value, block.target_model, where)
        return found.pk if found is not None else None
    return value


def _child(block, child, registry, where):
    kind = child.get("type")
    if isinstance(block, blocks.ListBlock):
        child_block = block.child_block if kind == "item" else None
    else:
        child_block = block.child_blocks.get(kind)
    if child_block is None:
        known = ["item"] if isinstance(block, blocks.ListBlock) else sorted(block.child_blocks)
        raise DemoDataError(f"{where}: unknown block type {kind!r} (known: {', '.join(known)})")
    if not child.get("id"):
        raise DemoDataError(f"{where}: a {kind!r} block has no id; run manage.py demo_messages")
    value = _block_value(child_block, child["value"], registry, f"{where}.{child['id']}")
    return {"type": kind, "value": value, "id": child["id"]}


def add_block_ids(record):
    """Give every block of the record's StreamFields that has none an id derived from the
    record's key and the block's place. Returns whether any was added."""
    model = model_of(record)
    added = False
    for name, value in record["fields"].items():
        field = _field(model, name, record["key"])
        if isinstance(field, StreamField):
            added |= _add_ids(field.stream_block, value, (record["key"], name))
    return added


def _add_ids(block, value, place):
    added = False
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        for index, child in enumerate(value):
            if not child.get("id"):
                child["id"] = str(stable_uuid(*place, index))
                added = True
            if isinstance(block, blocks.ListBlock):
                child_block = block.child_block
            else:
                child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                added |= _add_ids(child_block, child["value"], (*place, index))
    elif isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        for name, child in value.items():
            if name in block.child_blocks:
                added |= _add_ids(block.child_blocks[name], child, (*place, name))
    return added
