"""The admin menu's "Tips" and "Volunteer requests": listings, inspect views and actions."""

from django.contrib.auth import get_permission_codename
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet

from . import views
from .models import SignupStatus, StoryTip, TipStatus, VolunteerSignup


class SubmissionViewSet(ModelViewSet):
    """
    Listing, inspect and delete views and the model's actions, but no add, edit, copy, history
    or usage views: what a resident wrote is read, never rewritten. The title column, the
    dashboard and Wagtail's admin URL finder all lead to the inspect view instead.
    """

    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    add_to_admin_menu = True
    list_filter = ["status"]
    list_per_page = 50
    search_backend_name = None  # the database's own search: tips are not in the site's index
    delete_view_class = views.SubmissionDeleteView
    related = []  # select_related for the listing
    actions = {}  # action name → view class

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_index_view_kwargs(self, **kwargs):
        queryset = self.model.objects.select_related(*self.related)
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        action_url_names = {name: self.get_url_name(name) for name in self.actions}
        return super().get_inspect_view_kwargs(action_url_names=action_url_names, **kwargs)

    def action_view(self, view_class):
        return view_class.as_view(
            index_url_name=self.get_url_name("index"),
            inspect_url_name=self.get_url_name("inspect"),
            header_icon=self.icon,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("delete/<int:pk>/", self.delete_view, name="delete"),
            *[
                path(f"{name.replace('_', '-')}/<int:pk>/", self.action_view(view), name=name)
                for name, view in self.actions.items()
            ],
        ]

    @property
    def url_finder_class(self):
        inspect_url_name = self.get_url_name("inspect")

        class InspectURLFinder(ModelAdminURLFinder):
            def construct_edit_url(self, instance):
                return reverse(inspect_url_name, args=[instance.pk])

        return InspectURLFinder

    def get_permissions_to_register(self):
        add = get_permission_codename("add", self.model_opts)
        return super().get_permissions_to_register().exclude(codename=add)


def is_new(status):
    return status in {TipStatus.NEW, SignupStatus.PENDING}


def status_column():
    return StatusTagColumn(
        "get_status_display",
        label=_("Status"),
        sort_key="status",
        primary=lambda submission: is_new(submission.status),
    )


class StoryTipViewSet(SubmissionViewSet):
    model = StoryTip
    icon = "help"
    menu_order = 170
    related = ["story"]
    search_fields = ["what_happened", "who", "where", "contact_name", "contact_email"]
    inspect_view_class = views.TipInspectView
    actions = {"make_story": views.MakeStoryView, "dismiss": views.DismissTipView}
    list_display = [
        "__str__",
        "contact_name",
        Column("get_language_display", label=_("Language")),
        status_column(),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    inspect_view_fields = [
        "what_happened",
        "who",
        "where",
        "when",
        "contact_name",
        "contact_email",
        "contact_phone",
        "photo",
        "photo_consent",
        "language",
        "created_at",
        "status",
        "story",
    ]

    @cached_property
    def photo_view(self):
        return views.TipPhotoView.as_view()

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(photo_url_name=self.get_url_name("photo"), **kwargs)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("photo/<int:pk>/", self.photo_view, name="photo"),
        ]


class VolunteerSignupViewSet(SubmissionViewSet):
    model = VolunteerSignup
    icon = "user"
    menu_order = 171
    related = ["user"]
    search_fields = ["name", "email", "association"]
    inspect_view_class = views.SignupInspectView
    actions = {"approve": views.ApproveSignupView, "reject": views.RejectSignupView}
    list_display = [
        "__str__",
        "association",
        Column("get_language_display", label=_("Language")),
        status_column(),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    inspect_view_fields = [
        "name",
        "email",
        "association",
        "motivation",
        "consent",
        "language",
        "created_at",
        "status",
        "user",
    ]
