"""Page mixins shared by every page type on the site."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from .translatable_fields import SynchronisedFacts

__all__ = ["LEAD_MAX_LENGTH", "BasePage", "HeroImageMixin", "IntroMixin"]

# A story's or an event's lead: two or three sentences, plain text.
LEAD_MAX_LENGTH = 400


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

    # Facts are synchronised, words are translated: see core.translatable_fields. Each page type
    # names its text fields that hold facts; relations are found by themselves.
    synchronised_facts = []
    override_translatable_fields = SynchronisedFacts()

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

    def clean(self):
        super().clean()
        errors = self.validation_errors()
        if errors:
            raise ValidationError(errors)

    def validation_errors(self):
        """
        What the editor must fix, as {field name: message}. Page types and mixins add their own
        and call super(), so the editor sees every problem of the form at once.
        """
        return {}

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary

    def get_social_image(self):
        """The image shared on social media; page types with a hero image fall back to it."""
        return self.social_image


class IntroMixin(models.Model):
    """A short introduction shown above the page's content (plain text, translated)."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    class Meta:
        abstract = True


class HeroImageMixin(models.Model):
    """
    The page's own image, shown at its top and shared on social media, with alt text written
    for this page (the same photo can say different things on two pages).

    The rule is Wagtail's ImageBlock's, which the body's images follow too: the alt text is
    required unless the editor marks the image as decorative, and a decorative image has no
    alt text. Put the mixin before BasePage in the bases so its checks join the page's own.
    """

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
        help_text=_("Describe what the image shows, for readers who cannot see it."),
    )
    hero_image_decorative = models.BooleanField(
        _("the image is only decoration"),
        default=False,
        help_text=_("Tick this when the image adds nothing a reader would miss: no alt text."),
    )

    hero_image_panels = [
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("hero_image_decorative"),
    ]

    class Meta:
        abstract = True

    @property
    def hero_image_alt_text(self):
        """The alt attribute of the hero image: empty for a decorative image."""
        return "" if self.hero_image_decorative else self.hero_image_alt

    def validation_errors(self):
        errors = super().validation_errors()
        if self.hero_image and not self.hero_image_decorative and not self.hero_image_alt.strip():
            errors["hero_image_alt"] = _(
                "Describe the image for readers who cannot see it, or mark it as decoration."
            )
        return errors

    def get_social_image(self):
        return self.social_image or self.hero_image
