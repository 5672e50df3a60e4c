"""Where events reach the rest of the site and the admin (each module registers its hooks)."""

from . import admin_hooks, sections  # noqa: F401
