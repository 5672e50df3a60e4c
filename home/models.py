"""The home page of each language and the general content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import StandardStreamBlock
from core.models import BasePage, HeroImageMixin, IntroMixin
from core.sections import sections_for

__all__ = [
    "HOME_SECTIONS_HOOK",
    "AccessibilityStatementPage",
    "HomePage",
    "PrivacyPolicyPage",
    "StandardPage",
]

# Apps fill the home page through this hook: see core.sections.
HOME_SECTIONS_HOOK = "register_home_page_section"


class HomePage(HeroImageMixin, IntroMixin, BasePage):
    body = StreamField(StandardStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [*HeroImageMixin.hero_image_panels, FieldPanel("intro")], heading=_("Hero")
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "directory.DirectoryIndexPage",
        "stories.StoryIndexPage",
        "events.EventIndexPage",
        "contributions.StoryTipPage",
        "contributions.VolunteerSignupPage",
        "home.AccessibilityStatementPage",
        "home.PrivacyPolicyPage",
    ]
    template = "pages/home/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = sections_for(HOME_SECTIONS_HOOK, self, request)
        return context


class StandardPage(IntroMixin, BasePage):
    body = StreamField(StandardStreamBlock(), verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "pages/home/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class Conformance(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AccessibilityStatementPage(IntroMixin, BasePage):
    """
    The accessibility statement (tilgængelighedserklæring) Danish law requires of a public
    body's website, linked from every page's footer. Its fixed parts (the standard, feedback,
    the right to complain) are in the template; editors write what is not accessible yet and
    the alternatives.
    """

    conformance = models.CharField(
        _("the site is"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
        help_text=_("Measured against WCAG 2.1 level AA."),
    )
    body = StreamField(
        StandardStreamBlock(),
        verbose_name=_("what is not accessible yet, and the alternatives"),
        blank=True,
    )
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    feedback_email = models.EmailField(_("email for feedback"))
    feedback_phone = models.CharField(_("phone for feedback"), max_length=30, blank=True)
    was_url = models.URLField(
        _("the statement in the WAS tool"),
        blank=True,
        help_text=_(
            "The address of the statement published with the Agency for Digital "
            "Government's WAS tool, if there is one."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("conformance"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
                FieldPanel("feedback_email"),
                FieldPanel("feedback_phone"),
                FieldPanel("was_url"),
            ],
            heading=_("Dates and contact"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    synchronised_facts = ["feedback_phone"]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/home/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")


class PrivacyPolicyPage(IntroMixin, BasePage):
    """
    The privacy policy (privatlivspolitik), linked from every page's footer and from every public
    form beside the personal data it asks for. Its fixed parts (who is responsible, the
    resident's rights, the right to complain) are in the template; editors write what is stored,
    why and for how long.
    """

    body = StreamField(
        StandardStreamBlock(),
        verbose_name=_("what we store, why, and for how long"),
        help_text=_(
            "One section for each kind of personal data: story tips, volunteer requests, drafts, "
            "server logs …"
        ),
    )
    updated_on = models.DateField(_("last updated on"))
    contact_email = models.EmailField(
        _("email for questions about personal data"),
        help_text=_("Where residents ask to see, correct or erase what is stored about them."),
    )
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)
    protection_officer_email = models.EmailField(
        _("email of the data protection officer"),
        blank=True,
        help_text=_("The municipality's data protection officer (databeskyttelsesrådgiver)."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("updated_on"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("protection_officer_email"),
            ],
            heading=_("Dates and contact"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    synchronised_facts = ["contact_phone"]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/home/privacy_policy_page.html"

    class Meta:
        verbose_name = _("privacy policy")
        verbose_name_plural = _("privacy policies")
