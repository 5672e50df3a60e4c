"""
Storages of our own: the "private" storage (STORAGES), with its own root, PRIVATE_MEDIA_ROOT, and
no URL; and the static files storage for production (StaticFilesStorage).

Nothing in the private storage lies under MEDIA_ROOT, so no address below MEDIA_URL reaches it,
whether Django or the web server serves the media; a view that checks permission hands its files
out (a story tip's photo: contributions.views.TipPhotoView). check_private_root() refuses a
configuration that puts the two roots inside each other.
"""

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urldefrag

from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import cached_property

from whitenoise.storage import CompressedManifestStaticFilesStorage

__all__ = [
    "PrivateFileSystemStorage",
    "StaticFilesStorage",
    "check_private_root",
    "private_storage",
]

EXTERNAL_URL = re.compile(r"^([a-z]+:|/)", re.IGNORECASE)


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """
    Hashed and compressed static files, as whitenoise stores them, tolerant of a source map that a
    package names but does not ship.

    Django rewrites every `sourceMappingURL` comment to the map's hashed name and stops
    `collectstatic` when the map is missing; Leaflet.markercluster's XStatic package is such a
    package (`leaflet.markercluster.js` names `leaflet.markercluster.js.map`). A comment naming a
    map that is not among the static files is dropped, since browsers could only fetch a 404 from
    it. Every other reference (`url()`, `@import`, maps that exist) is still rewritten, and a
    missing file there still stops `collectstatic`.
    """

    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)
        if template is None or "sourceMappingURL" not in template:
            return convert

        def convert_source_map(match):
            url_path = urldefrag(match["url"].strip())[0]
            if not url_path or EXTERNAL_URL.match(url_path):
                return convert(match)
            source_map = posixpath.join(posixpath.dirname(name.replace("\\", "/")), url_path)
            if not self.exists(posixpath.normpath(unquote(source_map))):
                return ""
            return convert(match)

        return convert_source_map


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
