"""Tests: fast hashing, plain static storage, mail kept in memory, media in throwaway folders."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key-only-for-the-test-suite"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="voresishoj-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="voresishoj-test-private-")
STATIC_ROOT = tempfile.mkdtemp(prefix="voresishoj-test-static-")
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = True
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests make no request to another host: the map's tiles are a blank tile of our own.
MAP_TILES_URL = "/static/directory/blank-tile.svg?{z}/{x}/{y}"
MAP_TILES_ATTRIBUTION = "Test tiles"
# The suite's clock is frozen at chosen days (tests/clock.py) while Chromium keeps the real one:
# the cookies browser tests log in with must not expire by date.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_AGE = None
