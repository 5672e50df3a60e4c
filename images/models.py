"""
The site's image model: Wagtail's image plus the photographer's credit.

Credit belongs to the picture, not to each place it is used, so it lives here; alt text is per use
(Wagtail's ImageBlock) so that it is translated with the page that shows the image.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    credit = models.CharField(
        _("photographer credit"),
        max_length=255,
        blank=True,
        help_text=_("Who took the photo, e.g. “Ishøj Kommune”. Shown as “Photo: …”."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        # Wagtail's choose permission, which only its own Image model declares.
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
