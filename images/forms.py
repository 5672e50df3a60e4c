"""Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), held to the site's pixel budget."""

from django.conf import settings

from wagtail.images.forms import BaseImageForm

from core.images import too_many_pixels_message


class ImageForm(BaseImageForm):
    """
    Wagtail refuses an image over WAGTAILIMAGES_MAX_IMAGE_PIXELS in its own words, untranslated
    into Danish; this form says it as the public forms do, with the limit in megapixels.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            file_field = self.fields["file"]
            file_field.max_image_pixels = settings.IMAGE_MAX_PIXELS
            file_field.error_messages["file_too_many_pixels"] = too_many_pixels_message()
