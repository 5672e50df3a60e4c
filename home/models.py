"""The home page of each language and the general content page."""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from voresishoj.blocks import StandardStreamBlock
from voresishoj.models import BasePage

__all__ = ["HOME_SECTIONS_HOOK", "HomePage", "HomeSection", "StandardPage"]

HOME_SECTIONS_HOOK = "register_home_page_section"


@dataclass
class HomeSection:
    """
    A slot on the home page that another app fills (latest stories, next events, open workshops).

    An app registers a function with @hooks.register(HOME_SECTIONS_HOOK); it receives the home
    page and the request and returns a HomeSection, or None when it has nothing to show.
    """

    template_name: str
    order: int = 100
    context: dict = field(default_factory=dict)


class HomePage(BasePage):
    hero_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows. Leave empty if it is only decoration."),
    )
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(StandardStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("intro")],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage"]
    template = "pages/home/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_social_image(self):
        return self.social_image or self.hero_image

    def get_sections(self, request):
        sections = (fn(self, request) for fn in hooks.get_hooks(HOME_SECTIONS_HOOK))
        return sorted((s for s in sections if s is not None), key=lambda s: s.order)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_sections(request)
        return context


class StandardPage(BasePage):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(StandardStreamBlock(), verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "pages/home/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
