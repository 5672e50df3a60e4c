"""
The site's image model: Wagtail's image plus the photographer's credit.

Credit belongs to the picture, not to each place it is used, so it lives here; alt text is per use
(Wagtail's ImageBlock) so that it is translated with the page that shows the image.

A new file, however it arrives (the admin's upload forms, a tip turned into a story, the demo),
is stored as core.images stores every photo: upright, within the long side, without
metadata. The admin's forms refuse one over the pixel budget first (images.forms).
"""

import pathlib

from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image

from core.images import reencoded

FOCAL_POINT_FIELDS = ["focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"]


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

    def save(self, *args, **kwargs):
        if self.file and (self._state.adding or not self.file._committed):
            self.store_file_reencoded()
        super().save(*args, **kwargs)

    def store_file_reencoded(self):
        """Replace a new file by its re-encoded self, the focal point scaled along."""
        try:
            self.file.open("rb")
            result = reencoded(self.file)
        except (OSError, ValueError):  # missing, or Pillow cannot decode it: kept as it is
            return
        if result is None:
            return
        data, _format = result
        old_size, old_name = (self.width, self.height), self.file.name
        committed = self.file._committed
        name = pathlib.Path(old_name).name
        original = self.file.file
        self.file.save(name, ContentFile(data, name=name), save=False)
        original.close()  # the re-encoded copy replaces it
        if committed and old_name != self.file.name:
            self.file.storage.delete(old_name)
        self._set_image_file_metadata()
        if old_size != (self.width, self.height):
            self.fit_focal_point(*old_size)

    def fit_focal_point(self, old_width, old_height):
        """Scale the focal point to the new size; drop it if the photo was turned upright."""
        turned = (old_width > old_height) != (self.width > self.height)
        for name in FOCAL_POINT_FIELDS:
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, None if turned else round(value * self.width / old_width))


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
