"""
User management for Redaktionen: they add and edit the accounts of the roles below them, and
no more. Wagtail lets anyone with the change-user permission make any account an administrator
or an editor; here only administrators can.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from wagtail.users.views import users

from .definitions import EDITORS, MANAGED_BY_EDITORS


def _protected(user):
    return user.is_superuser or user.groups.filter(name=EDITORS).exists()


class RolesLimitedFormMixin:
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
            if "groups" in form.fields:
                form.fields["groups"].queryset = Group.objects.filter(name__in=MANAGED_BY_EDITORS)
        return form


class ProtectedAccountsMixin:
    """Administrators' and editors' accounts are changed only by administrators (or themselves,
    through their own account settings)."""

    def get_object(self, queryset=None):
        account = super().get_object(queryset)
        if not self.request.user.is_superuser and _protected(account):
            raise PermissionDenied
        return account


class CreateView(RolesLimitedFormMixin, users.CreateView):
    pass


class EditView(ProtectedAccountsMixin, RolesLimitedFormMixin, users.EditView):
    pass


class DeleteView(ProtectedAccountsMixin, users.DeleteView):
    pass


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
