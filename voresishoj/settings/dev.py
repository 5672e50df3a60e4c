"""Development: `make run`. Debug is on unless DJANGO_DEBUG says otherwise; mail goes to the console."""

import os

from .base import *  # noqa: F403
from .environment import env_bool

DEBUG = env_bool("DJANGO_DEBUG", default=True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "dev-only-secret-key-never-use-in-production"
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=True)
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
