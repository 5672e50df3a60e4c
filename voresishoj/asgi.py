"""ASGI entry point, for servers that speak ASGI; production runs the WSGI one (README.md)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voresishoj.settings.production")

application = get_asgi_application()
