"""
Files that are never public: the "private" storage (STORAGES), with its own root,
PRIVATE_MEDIA_ROOT, and no URL.

Nothing in it lies under MEDIA_ROOT, so no address below MEDIA_URL reaches it, whether Django or
the web server serves the media; a view that checks permission hands its files out (a story tip's
photo: contributions.views.TipPhotoView). check_private_root() refuses a configuration that puts
the two roots inside each other.
"""

from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import cached_property

__all__ = ["PrivateFileSystemStorage", "check_private_root", "private_storage"]


class PrivateFileSystemStorage(FileSystemStorage):
    """A file system storage below PRIVATE_MEDIA_ROOT whose files have no URL."""

    def __init__(self, location=None, **kwargs):
        kwargs.pop("base_url", None)
        super().__init__(location=location, **kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError(f"{name} is private: a view that checks permission serves it.")


def private_storage():
    """The "private" storage; a callable, so a model field's migration names no path."""
    return storages["private"]


def contains(outer, inner):
    outer, inner = Path(outer).resolve(), Path(inner).resolve()
    return inner == outer or outer in inner.parents


@checks.register(checks.Tags.security)
def check_private_root(app_configs=None, **kwargs):
    private = settings.PRIVATE_MEDIA_ROOT
    public = {"MEDIA_ROOT": settings.MEDIA_ROOT, "STATIC_ROOT": settings.STATIC_ROOT}
    return [
        checks.Error(
            f"PRIVATE_MEDIA_ROOT ({private}) and {name} ({root}) must not lie inside each other: "
            "private files would be public.",
            hint="Set DJANGO_PRIVATE_MEDIA_ROOT to a folder of its own, e.g. var/private.",
            id="voresishoj.E001",
        )
        for name, root in public.items()
        if root and (contains(root, private) or contains(private, root))
    ]
