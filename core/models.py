"""Page mixins shared by every page type on the site."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

__all__ = ["BasePage"]


class BasePage(Page):
    """
    What every page shares: the search-engine and social-media fields, and a short summary used
    wherever the page is listed as a card.
    """

    listing_summary = models.TextField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown when the page is listed elsewhere on the site."),
    )
    social_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. At least 1200 × 630 pixels."),
    )

    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading=_("Search engines and social media"),
        ),
        MultiFieldPanel(
            [FieldPanel("show_in_menus"), FieldPanel("listing_summary")],
            heading=_("Menus and listings"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary

    def get_social_image(self):
        """The image shared on social media; page types with a hero image fall back to it."""
        return self.social_image
