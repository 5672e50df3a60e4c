from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permission_policies import ModelPermissionPolicy

from core.sections import PageSection
from stories.models import STORY_INDEX_SECTIONS_HOOK

from .dashboard import ContributionsPanel
from .models import StoryTip, StoryTipPage, VolunteerSignupPage
from .viewsets import StoryTipViewSet, VolunteerSignupViewSet


@hooks.register("register_admin_viewset")
def register_contribution_queues():
    return [
        StoryTipViewSet("tips"),
        VolunteerSignupViewSet("volunteer_requests", url_prefix="volunteer-requests"),
    ]


@hooks.register("construct_homepage_panels")
def add_contributions_panel(request, panels):
    panels.append(ContributionsPanel())


@hooks.register(STORY_INDEX_SECTIONS_HOOK)
def invite_story_contributions(index, request):
    """Below the stories: tip us about a story, or write them yourself."""
    pages = [
        model.objects.live().public().filter(locale=index.locale).first()
        for model in (StoryTipPage, VolunteerSignupPage)
    ]
    pages = [page for page in pages if page is not None]
    if not pages:
        return None
    return PageSection("components/contributions/contribute.html", context={"pages": pages})


class TipBehindStoryButton(PageMenuItem):
    """
    "The tip behind this story" in a story's admin header, for those who may read tips: the
    tipster's name and contact details are shown there, never copied into the story.
    """

    label = _("The tip behind this story")
    icon_name = "help"


@hooks.register("register_page_header_buttons")
def tip_behind_story(page, user, view_name, next_url=None):
    if not ModelPermissionPolicy(StoryTip).user_has_permission(user, "view"):
        return
    tip_id = StoryTip.objects.filter(story_id=page.pk).values_list("pk", flat=True).first()
    if tip_id is not None:
        url = reverse("tips:inspect", args=[tip_id])
        yield TipBehindStoryButton(url=url, page=page, priority=70)
