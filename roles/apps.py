from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class RolesConfig(AppConfig):
    default = True  # this module holds two app configs: "roles" is this one
    name = "roles"
    verbose_name = _("Roles")

    def ready(self):
        from .apply import apply_roles
        from .moderation import connect_moderated_indexes, moderate_every_index

        post_migrate.connect(apply_roles, sender=self)
        post_migrate.connect(moderate_every_index, sender=self)
        connect_moderated_indexes()


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user management, with Redaktionen limited to the roles below them."""

    default = False
    user_viewset = "roles.users.UserViewSet"
