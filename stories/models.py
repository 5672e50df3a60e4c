"""Good stories about local initiatives, and the index that lists them."""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import StandardStreamBlock
from core.locales import in_default_locale, in_reader_language, pages_in_reader_language
from core.models import LEAD_MAX_LENGTH, BasePage, HeroImageMixin, IntroMixin
from core.routing import PageFilesMixin, serve_page_view
from core.sections import sections_for
from directory.models import OrganisationPage
from roles.moderation import ModeratedIndexMixin

from .api import STORY_API_FIELDS
from .filters import StoryFilterForm
from .querysets import StoryPageManager
from .structured_data import story_page_data

STORIES_PER_PAGE = 12
# Other apps add to the story index through this hook (see core.sections): the story tip
# and volunteer sign-up forms, for instance.
STORY_INDEX_SECTIONS_HOOK = "register_story_index_section"
# And to a story's page: the events that link the story (events.sections), for instance.
STORY_SECTIONS_HOOK = "register_story_page_section"


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "stories.StoryPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class StoryIndexPage(ModeratedIndexMixin, PageFilesMixin, IntroMixin, BasePage):
    """Every story in the reader's language, newest first, filterable with plain links; its RSS
    feed is <url>feed.xml (stories.views)."""

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1
    template = "pages/stories/story_index_page.html"
    files = ("feed.xml",)

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def stories(self):
        """The live stories below this index, newest first, with what their cards need."""
        return StoryPage.objects.child_of(self).live().public().for_listing().newest_first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = StoryFilterForm(request.GET or None, stories=StoryPage.objects.child_of(self).live())
        paginator = Paginator(form.filter(self.stories()), STORIES_PER_PAGE)
        context.update(
            filter_form=form,
            stories=paginator.get_page(request.GET.get("page")),
            sections=sections_for(STORY_INDEX_SECTIONS_HOOK, self, request),
        )
        return context


class StoryPage(PageFilesMixin, RoutablePageMixin, HeroImageMixin, BasePage):
    """A good story; its press kit is <url>press/ and <url>press.txt (stories.views)."""

    lead = models.TextField(
        _("lead"),
        max_length=LEAD_MAX_LENGTH,
        help_text=_("Two or three sentences that tell the story in short. Plain text."),
    )
    story_date = models.DateField(
        _("date of the story"),
        default=datetime.date.today,
        help_text=_("When it happened, or when the story was told."),
    )
    hero_image_credit = models.CharField(
        _("photographer"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty to use the credit saved with the image."),
    )
    body = StreamField(StandardStreamBlock(), verbose_name=_("body"))
    byline = models.CharField(
        _("written by"),
        max_length=120,
        blank=True,
        help_text=_("The author's name as readers and the press should see it."),
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("themes"), blank=True, limit_choices_to=in_default_locale
    )
    tags = ClusterTaggableManager(through=StoryTag, verbose_name=_("tags"), blank=True)
    neighbourhood = models.ForeignKey(
        "taxonomy.Neighbourhood",
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=in_default_locale,
    )
    organisations = ParentalManyToManyField(
        "directory.OrganisationPage",
        verbose_name=_("organisations involved"),
        blank=True,
        related_name="stories",
        limit_choices_to=in_default_locale,
    )
    featured = models.BooleanField(
        _("featured on the home page"),
        default=False,
        help_text=_("Picked by the editors: shown first on the home page."),
    )
    is_inspiration = models.BooleanField(
        _("inspiration from elsewhere"),
        default=False,
        help_text=_("The story comes from outside Ishøj, as an idea to borrow."),
    )
    inspiration_source_url = models.URLField(_("source"), blank=True)
    press_contact_name = models.CharField(_("name"), max_length=120, blank=True)
    press_contact_role = models.CharField(_("role"), max_length=120, blank=True)
    press_contact_phone = models.CharField(_("phone"), max_length=30, blank=True)
    press_contact_email = models.EmailField(_("email"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("lead"),
        FieldRowPanel([FieldPanel("story_date"), FieldPanel("byline")]),
        MultiFieldPanel(
            [
                *HeroImageMixin.hero_image_panels,
                FieldPanel("hero_image_credit"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("neighbourhood"),
                FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("What, where and who"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_inspiration"), FieldPanel("inspiration_source_url")],
            heading=_("Inspiration from elsewhere"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("press_contact_name"), FieldPanel("press_contact_role")]),
                FieldRowPanel(
                    [FieldPanel("press_contact_phone"), FieldPanel("press_contact_email")]
                ),
            ],
            heading=_("Contact for the press"),
            help_text=_("Shown only in the press kit, not on the story itself."),
        ),
    ]
    promote_panels = [*BasePage.promote_panels, FieldPanel("featured")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("story_date"),
        index.FilterField("is_inspiration"),
    ]
    synchronised_facts = [
        "byline",
        "hero_image_credit",
        "press_contact_name",
        "press_contact_phone",
    ]

    api_fields = STORY_API_FIELDS

    objects = StoryPageManager()

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    template = "pages/stories/story_page.html"
    files = ("press.txt",)

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def validation_errors(self):
        errors = super().validation_errors()
        if self.hero_image and not (self.hero_image_credit.strip() or self.hero_image.credit):
            errors["hero_image_credit"] = _("Name the photographer: the press needs the credit.")
        if not self.body_has_content():
            errors["body"] = _("Write the story itself in the body: it has no text yet.")
        if self.is_inspiration and not self.inspiration_source_url:
            errors["inspiration_source_url"] = _(
                "Link to where the story comes from: readers should find the original."
            )
        return errors

    def body_has_content(self):
        """An empty paragraph (the editor adds one as soon as "Text" is chosen) is no story."""
        for block in self.body:
            if block.block_type != "paragraph" or strip_tags(block.value.source).strip():
                return True
        return False

    @property
    def image_credit(self):
        if not self.hero_image:
            return ""
        return self.hero_image_credit or self.hero_image.credit

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.lead

    @path("")
    def story(self, request):
        return self.render(request)

    @path("press/", name="press")
    def press(self, request):
        """The press kit: print-ready, with the press contact (see stories.press)."""
        return serve_page_view(self, "press", request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisation_keys = self.organisations.values_list("translation_key", flat=True)
        context.update(
            themes=in_reader_language(self.themes.all()),
            neighbourhood=(in_reader_language(self.neighbourhood)),
            organisations=pages_in_reader_language(OrganisationPage, organisation_keys),
            sections=sections_for(STORY_SECTIONS_HOOK, self, request),
            structured_data=story_page_data(self, request),
            share_url=request.build_absolute_uri(self.get_url(request)),
        )
        return context
