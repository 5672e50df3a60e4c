"""
The pixel budget every uploaded photo keeps, on the public forms and in the admin.

A photo over IMAGE_MAX_PIXELS is refused from its header alone, before anything decodes it (a
12,000 × 12,000 PNG may be 140 KB and take seconds to decode). One within the budget is stored
upright, at most IMAGE_MAX_LONG_SIDE pixels on its long side, and re-encoded from its pixels
alone: a phone's photo carries where it was taken (GPS) and on what, which the press kit's
full-resolution download would otherwise hand out. The colour profile is kept, so colours stay.
"""

import math
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

from PIL import Image, ImageOps

__all__ = ["REENCODED_FORMATS", "check_pixel_budget", "reencoded", "too_many_pixels_message"]

# Pillow's names of the formats stored re-encoded; others (GIF, AVIF, SVG …) are kept as sent.
REENCODED_FORMATS = {"JPEG", "PNG", "WEBP"}
QUALITY = 92


def too_many_pixels_message():
    limit = floatformat(settings.IMAGE_MAX_PIXELS / 1_000_000, -1)
    return _(
        "The image has more than %(limit)s million pixels. Please choose a smaller version of it."
    ) % {"limit": limit}


def pixel_count(file):
    """Width × height from the header; infinite for a decompression bomb, None for no image."""
    file.seek(0)
    try:
        with Image.open(file) as image:
            return image.width * image.height
    except Image.DecompressionBombError:
        return math.inf
    except Exception:  # noqa: BLE001 - anything Pillow cannot read is for the caller to judge
        return None
    finally:
        file.seek(0)


def check_pixel_budget(file):
    """Raise ValidationError (too_many_pixels) for an image over IMAGE_MAX_PIXELS."""
    pixels = pixel_count(file)
    if pixels is not None and pixels > settings.IMAGE_MAX_PIXELS:
        raise ValidationError(too_many_pixels_message(), code="too_many_pixels")


def reencoded(file, keep_animation=True):
    """
    The image as the site stores it, as (bytes, Pillow's format name); None for a format not in
    REENCODED_FORMATS, or an animation when `keep_animation` (else its first frame is stored).
    Raises OSError for an image Pillow cannot decode.
    """
    file.seek(0)
    with Image.open(file) as original:
        image_format = original.format
        animated = getattr(original, "is_animated", False)
        if image_format not in REENCODED_FORMATS or (animated and keep_animation):
            return None
        long_side = settings.IMAGE_MAX_LONG_SIDE
        # Shrinking before turning upright lets Pillow decode a JPEG at a reduced scale.
        original.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
        image = ImageOps.exif_transpose(original)
        icc_profile = original.info.get("icc_profile")
        if image_format == "JPEG" and image.mode not in ("RGB", "L"):
            image, icc_profile = image.convert("RGB"), None
        buffer = BytesIO()
        options = {"icc_profile": icc_profile} if icc_profile else {}
        image.save(buffer, image_format, quality=QUALITY, **options)
    file.seek(0)
    return buffer.getvalue(), image_format
