from wagtail import hooks

from stories.models import STORY_INDEX_SECTIONS_HOOK
from voresishoj.sections import PageSection

from .dashboard import ContributionsPanel
from .models import StoryTipPage, VolunteerSignupPage
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
    return PageSection("components/sections/contribute.html", context={"pages": pages})
