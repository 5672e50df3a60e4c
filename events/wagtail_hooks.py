"""Where events reach the rest of the site and the admin (each module registers its hooks)."""

from . import sections  # noqa: F401
