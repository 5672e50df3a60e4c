from django.contrib.auth.models import Group, Permission

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from .definitions import COLLECTION_PERMISSIONS, MODEL_PERMISSIONS, PAGE_PERMISSIONS


def _permissions(pairs):
    for app_label, codename in pairs:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:  # its app may not be migrated yet: granted next time
            yield permission


def apply_roles(**kwargs):
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name in PAGE_PERMISSIONS.keys() | MODEL_PERMISSIONS.keys():
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
