from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from .definitions import ALL_ROLES, COLLECTION_PERMISSIONS, MODEL_PERMISSIONS, PAGE_PERMISSIONS


def _permissions(pairs):
    for app_label, codename in pairs:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:  # its app may not be migrated yet: granted next time
            yield permission


def apply_roles(**kwargs):
    # Apps later in INSTALLED_APPS (django.contrib.auth among them) get their permissions from
    # their own post_migrate, after this one: make them all now, or a fresh install would miss them.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name in ALL_ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(MODEL_PERMISSIONS.get(name, [])))
        if root_page:
            for codename in PAGE_PERMISSIONS.get(name, []):
                for permission in _permissions([("wagtailcore", codename)]):
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=root_page, permission=permission
                    )
        if root_collection:
            for permission in _permissions(COLLECTION_PERMISSIONS.get(name, [])):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
