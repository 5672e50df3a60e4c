"""
Build the demo site from its data: the Danish source of every object (demo/data, see
demo.records), translated into every other language through wagtail-localize from
demo/translations (see demo.messages), so each translation is a synced one that editors open in
the translation editor.

An object that exists already (found by its translation key) is left as it is, an editor may
have changed it, and so is a translation that exists: running the loader again creates only
what is missing. Volunteers' drafts are not translated but wait in the moderation workflow.
"""

from collections import defaultdict
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.test.utils import override_settings

from wagtail.models import Locale, Page, Site

from django_tasks import task_backends
from modelsearch.backends import get_search_backends_with_name

from core.translation import translate
from taxonomy.models import SpokenLanguage, TargetGroup

from .images import ensure_demo_images
from .messages import messages_by_key
from .records import GROUPS, Registry, assign, field_values, model_of, read, translation_key
from .schedule import schedule
from .users import ensure_demo_users

__all__ = ["load_demo"]

HELD_BACK = "django_tasks.backends.dummy.DummyBackend"
SEARCH_INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"


def load_demo(stdout):
    # A translation is copied under the Danish slug before it takes its own: the copy never was
    # public there, so Wagtail is not to leave a redirect from it.
    with (
        override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False),
        transaction.atomic(),
        _each_task_once(),
    ):
        _load(stdout)


def _load(stdout):
    danish = Locale.get_default()
    records = [record for group in GROUPS for record in read(group)]
    registry = _registry(records)
    existing = _existing(records, danish)
    users = ensure_demo_users()
    pending = []
    for record in records:
        if record["key"] in existing:
            registry[record["key"]] = existing[record["key"]]
            continue
        instance, deferred = _create(record, registry, users, danish)
        registry[record["key"]] = instance
        if deferred:
            pending.append((record, instance, deferred))
        elif "author" not in record:
            _publish(instance)
    for record, instance, deferred in pending:
        values, _unresolved = field_values(record, registry)
        assign(instance, {name: values[name] for name in deferred})
        _publish(instance)
    stdout.write(f"Danish: {len(records) - len(existing)} of {len(records)} objects created")
    _translate_all(records, registry, stdout)


@contextmanager
def _each_task_once():
    """
    Wagtail updates an object's search and reference index through a task each time it is
    saved, and the loader saves a page up to four times: the tasks are held back and each runs
    once, at the end, when the objects are complete. The search index is written model by
    model, as `update_index` does.
    """
    with override_settings(TASKS={"default": {"BACKEND": HELD_BACK}}):
        held = task_backends["default"]
        yield
    tasks = {(r.task.module_path, *r.args, *r.kwargs.items()): r for r in held.results}
    to_index = defaultdict(set)
    for result in tasks.values():
        if result.task.module_path == SEARCH_INDEX_TASK:
            app_label, model_name, pk = result.args
            to_index[apps.get_model(app_label, model_name)].add(pk)
        else:
            result.task.enqueue(*result.args, **result.kwargs)
    for model, pks in to_index.items():
        _index(model, pks)


def _index(model, pks):
    """The objects of `model` with these pks, in every search index kept up to date on save."""
    by_model = defaultdict(list)
    for obj in model.get_indexed_objects().filter(pk__in=pks):
        indexed = obj.get_indexed_instance()
        if indexed is not None:
            by_model[type(indexed)].append(indexed)
    for _name, backend in get_search_backends_with_name(with_auto_update=True):
        for indexed_model, objects in by_model.items():
            backend.add_bulk(indexed_model, objects)


def _registry(records):
    """The images and the fixed lists by key, and the keys of every record."""
    objects = ensure_demo_images(read("images"))
    objects |= {f"target-group/{row.code}": row for row in TargetGroup.objects.all()}
    objects |= {f"language/{row.code}": row for row in SpokenLanguage.objects.all()}
    registry = Registry([record["key"] for record in records] + list(objects))
    registry.update(objects)
    return registry


def _existing(records, locale):
    """The demo objects already in `locale`, by key."""
    keys = {translation_key(record["key"]): record["key"] for record in records}
    found = {}
    for model in {_base(model_of(record)) for record in records}:
        objects = model.objects.filter(locale=locale, translation_key__in=keys)
        if model is Page:
            objects = objects.specific()
        found.update((keys[obj.translation_key], obj) for obj in objects)
    return found


def _base(model):
    return Page if issubclass(model, Page) else model


def _create(record, registry, users, locale):
    """The record's object, saved (a page unpublished), and the fields left to set."""
    values, deferred = field_values(record, registry)
    instance = model_of(record)(translation_key=translation_key(record["key"]), locale=locale)
    assign(instance, values)
    if "schedule" in record:
        schedule(instance, record["schedule"], registry)
    if not isinstance(instance, Page):
        instance.save()
    elif "author" in record:
        _submit_for_moderation(registry[record["parent"]], instance, users[record["author"]])
    elif record.get("parent"):
        registry[record["parent"]].add_child(instance=instance)
    else:
        Page.get_first_root_node().add_child(instance=instance)
        _make_site_root(instance)
    return instance, deferred


def _publish(instance):
    if isinstance(instance, Page):
        instance.save_revision().publish()


def _submit_for_moderation(parent, page, author):
    """`page` as `author` writes and submits it in the admin: never published, waiting in the
    moderation workflow that covers `parent`."""
    page.live = False
    page.owner = author
    parent.add_child(instance=page)
    page.save_revision(user=author)
    workflow = page.get_workflow()
    if workflow is not None:
        # The approvers are demo users at example.dk: tell them in the admin, not by e-mail.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            workflow.start(page, author)


def _make_site_root(home):
    """The default site serves `home` (in place of Wagtail's welcome page, which goes)."""
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    old_root = site.root_page if site.pk else None
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.root_page = home
    site.site_name = "Vores Ishøj"
    site.hostname = base_url.hostname or "localhost"
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.save()  # save(), not update(): Wagtail's cached site root paths are cleared on save
    if old_root and old_root.specific_class is Page and old_root.is_leaf():
        old_root.delete()


def _translate_all(records, registry, stdout):
    """Each record that is not a draft, into each language that has demo translations and in
    which it is missing: parents before their children, snippets before the pages using them."""
    records = [record for record in records if "author" not in record]
    locales = Locale.objects.exclude(pk=Locale.get_default().pk)
    messages = {locale: messages_by_key(locale.language_code) for locale in locales}
    messages = {locale: by_key for locale, by_key in messages.items() if by_key}
    done = {locale: _existing(records, locale) for locale in messages}
    count = 0
    for record in records:
        key = record["key"]
        missing = {
            locale: by_key[key] for locale, by_key in messages.items() if key not in done[locale]
        }
        if missing:
            translate(registry[key], missing)
            count += len(missing)
    stdout.write(f"{count} translations made")
