"""
The shared StreamField block library. Apps add blocks only for their own domain.

Blocks render their own templates under templates/blocks/ and put computed values on StructValue
subclasses, so templates only present.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Subheading (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class ImageWithCaptionBlock(blocks.StructBlock):
    """The photographer's credit comes from the image itself (images.CustomImage.credit)."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    name = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(
        label=_("Their role"),
        required=False,
        max_length=120,
        help_text=_("For example “chair of the local history society”."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class LinkStructValue(blocks.StructValue):
    @property
    def url(self):
        page = self.get("page")
        return page.localized.url if page else self.get("external_url")


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    external_url = blocks.URLBlock(label=_("Or an address elsewhere"), required=False)
    label = blocks.CharBlock(label=_("Link text"), max_length=80)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(
                        _("Choose a page on this site or enter an address, not both.")
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkStructValue


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"


class DocumentStructValue(blocks.StructValue):
    @property
    def link_text(self):
        return self.get("label") or self["document"].title

    @property
    def file_type(self):
        return self["document"].file_extension.upper()


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link.html"
        value_class = DocumentStructValue


class EmbedStructValue(blocks.StructValue):
    """The player is only loaded on the reader's request: until then no third-party host is asked."""

    @cached_property
    def player_html(self):
        try:
            return get_embed(self["embed"].url).html
        except EmbedException:
            return ""


class VideoEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Address of the video"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title of the video"), max_length=160)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/embed.html"
        value_class = EmbedStructValue


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions and answers"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "blocks/accordion.html"


class StandardStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    embed = VideoEmbedBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    accordion = AccordionBlock()
