"""
The admin's views of tips and volunteer requests: read, act, delete. Nothing is added or edited
here: residents write them, and an editor's changes are the actions (contributions.actions).

Permissions, through Wagtail's model permission policy: "view" to read, "change" to act on one
(make a story, dismiss, approve), "delete" to delete or reject one.
"""

import mimetypes

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import linebreaks_filter, yesno
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from wagtail.admin.views.generic import DeleteView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton

from .actions import (
    AccountExists,
    approve_signup,
    can_add_story,
    danish_story_index,
    delete_submission,
    make_draft_story,
)
from .models import SignupStatus, StoryTip, TipStatus, VolunteerSignup

READ = ["view", "change", "delete"]


class SubmissionInspectView(InspectView):
    """The inspect view with the viewset's actions as buttons in the header."""

    action_url_names = {}  # action name → URL name, set by the viewset

    def available_actions(self):
        return []  # (action name, label, icon)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                label,
                url=reverse(self.action_url_names[name], args=[self.object.pk]),
                icon_name=icon,
                priority=priority,
            )
            for priority, (name, label, icon) in enumerate(self.available_actions())
        ]

    def multiline(self, text):
        return linebreaks_filter(text, autoescape=True)

    def get_created_at_display_value(self):
        return localtime(self.object.created_at)


class TipInspectView(SubmissionInspectView):
    photo_url_name = None

    def available_actions(self):
        actions = []
        if not self.user_has_permission("change") or self.object.story_id is not None:
            return actions
        if can_add_story(self.request.user, danish_story_index()):
            actions.append(("make_story", _("Make a draft story"), "doc-full"))
        if self.object.status == TipStatus.NEW:
            actions.append(("dismiss", _("Dismiss"), "cross"))
        return actions

    def get_what_happened_display_value(self):
        return self.multiline(self.object.what_happened)

    def get_photo_consent_display_value(self):
        return yesno(self.object.photo_consent)

    def get_photo_display_value(self):
        if not self.object.photo:
            return "-"
        url = reverse(self.photo_url_name, args=[self.object.pk])
        return format_html(
            '<a href="{url}"><img src="{url}" alt="{alt}" style="max-inline-size: 30rem"></a>',
            url=url,
            alt=_("The photo sent with the tip"),
        )

    def get_story_display_value(self):
        if not self.object.story:
            return "-"
        url = reverse("wagtailadmin_pages:edit", args=[self.object.story_id])
        return format_html('<a href="{}">{}</a>', url, self.object.story.get_admin_display_title())


class SignupInspectView(SubmissionInspectView):
    def available_actions(self):
        if self.object.status != SignupStatus.PENDING:
            return []
        actions = []
        if self.user_has_permission("change") and self.request.user.has_perm("auth.add_user"):
            actions.append(("approve", _("Approve"), "tick"))
        if self.user_has_permission("delete"):
            actions.append(("reject", _("Reject"), "cross"))
        return actions

    def get_motivation_display_value(self):
        return self.multiline(self.object.motivation)

    def get_consent_display_value(self):
        return yesno(self.object.consent)


class SubmissionDeleteView(DeleteView):
    def delete_action(self):
        delete_submission(self.object, self.request.user)


class TipPhotoView(PermissionCheckedMixin, View):
    """
    A tip's photo, for those who may read the tip: the only way to it, since the private storage
    it lives in has no URL (core.storage).
    """

    model = StoryTip
    any_permission_required = READ

    def get(self, request, pk):
        tip = get_object_or_404(StoryTip, pk=pk)
        if not tip.photo:
            raise Http404
        try:
            photo = tip.photo.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        content_type = mimetypes.guess_type(tip.photo.name)[0] or "application/octet-stream"
        response = FileResponse(photo, content_type=content_type)
        response["Cache-Control"] = "private, no-store"
        return response


class SubmissionActionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation; POST acts, says what was done and moves on."""

    model = None
    permission_required = "change"
    template_name = "contributions/admin/confirm_action.html"
    index_url_name = None
    inspect_url_name = None
    confirm_label = ""
    question = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])

    def is_available(self):
        return True

    def get(self, request, *args, **kwargs):
        if not self.is_available():
            return self.not_available()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.is_available():
            return self.not_available()
        return self.act()

    def act(self):
        raise NotImplementedError

    def not_available(self):
        messages.error(self.request, _("This has already been dealt with."))
        return HttpResponseRedirect(self.inspect_url)

    @property
    def inspect_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]


class MakeStoryView(SubmissionActionView):
    model = StoryTip
    page_title = _("Make a draft story")
    confirm_label = _("Yes, make a draft story")
    question = _(
        "A draft story is made from this tip under the Danish story index. You are its owner; "
        "nothing is published. A photo the resident agreed to publish becomes the hero image: "
        "describe it and name the photographer before you save the draft. The resident's name "
        "and contact details are not copied into the story; they stay in the tip."
    )

    def is_available(self):
        return self.object.story_id is None

    def act(self):
        index = danish_story_index()
        if index is None:
            messages.error(self.request, _("There is no Danish story index to add a story to."))
            return HttpResponseRedirect(self.inspect_url)
        if not can_add_story(self.request.user, index):
            raise PermissionDenied
        page = make_draft_story(self.object, index, self.request.user)
        messages.success(
            self.request,
            _(
                "A draft story was made from the tip. Fill in the contact for the press yourself: "
                "the resident's details stay in the tip, linked from the story's header."
            ),
        )
        return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


class DismissTipView(SubmissionActionView):
    model = StoryTip
    page_title = _("Dismiss the tip")
    confirm_label = _("Yes, dismiss it")
    question = _("The tip stays in the list as dismissed. Delete it to remove the personal data.")

    def is_available(self):
        return self.object.status == TipStatus.NEW

    def act(self):
        self.object.status = TipStatus.DISMISSED
        self.object.save(update_fields=["status"])
        messages.success(self.request, _("The tip was dismissed."))
        return HttpResponseRedirect(reverse(self.index_url_name))


class ApproveSignupView(SubmissionActionView):
    model = VolunteerSignup
    page_title = _("Approve the request")
    confirm_label = _("Yes, approve")
    question = _(
        "An account is made in the group Frivillige, and the volunteer gets an e-mail with a "
        "link to choose a password."
    )

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("auth.add_user"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def is_available(self):
        return self.object.status == SignupStatus.PENDING

    def act(self):
        try:
            approve_signup(self.object)
        except AccountExists:
            messages.error(
                self.request,
                _(
                    "Someone already has an account with this e-mail address: add it to the group "
                    "Frivillige under Users instead."
                ),
            )
            return HttpResponseRedirect(self.inspect_url)
        except OSError:
            messages.error(
                self.request,
                _("The e-mail could not be sent, so no account was made. Please try again later."),
            )
            return HttpResponseRedirect(self.inspect_url)
        messages.success(self.request, _("The account was made and the welcome e-mail sent."))
        return HttpResponseRedirect(reverse(self.index_url_name))


class RejectSignupView(SubmissionActionView):
    model = VolunteerSignup
    permission_required = "delete"
    page_title = _("Reject the request")
    confirm_label = _("Yes, reject and delete")
    question = _("The request is deleted with the personal data in it. The person is not told.")

    def is_available(self):
        return self.object.status == SignupStatus.PENDING

    def act(self):
        delete_submission(self.object, self.request.user)
        messages.success(self.request, _("The request was rejected and deleted."))
        return HttpResponseRedirect(reverse(self.index_url_name))
