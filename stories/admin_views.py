"""
The editors' download of a story's images as one zip (admin/stories/<page id>/images.zip).

The zip holds the images of the latest revision, the one the editor sees in the page editor,
as original files named in reading order, with a CREDITS.txt naming each photographer. It is
built in a spooled temporary file: kept in memory while small, on disk when the originals are big.
"""

import tempfile
import zipfile
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from wagtail.models import Page

from .models import StoryPage
from .press import story_images

IN_MEMORY_UP_TO = 10 * 1024 * 1024


def image_filename(number, image):
    extension = Path(image.file.name).suffix.lower() or ".jpg"
    return f"{number:02d}-{slugify(image.title)[:60] or 'image'}{extension}"


def credits_text(story, entries):
    lines = [_("Images of “%(title)s”") % {"title": story.title}, ""]
    for filename, item in entries:
        lines.append(filename)
        lines.append("  " + _("Title: %(title)s") % {"title": item.image.title})
        if item.credit:
            lines.append("  " + _("Photo: %(credit)s") % {"credit": item.credit})
        if item.alt:
            lines.append("  " + _("Description: %(alt)s") % {"alt": item.alt})
        lines.append("")
    return "\n".join(lines)


def write_images_zip(story, target):
    """Write the story's images and CREDITS.txt to the file object `target`.

    An image whose file is missing from storage is left out rather than failing the download.
    """
    entries = []
    with zipfile.ZipFile(target, "w") as archive:
        for number, item in enumerate(story_images(story), start=1):
            try:
                with item.image.open_file() as source:
                    data = source.read()  # at most WAGTAILIMAGES_MAX_UPLOAD_SIZE
            except OSError:
                continue
            filename = image_filename(number, item.image)
            info = zipfile.ZipInfo(
                filename, date_time=localtime(item.image.created_at).timetuple()[:6]
            )
            archive.writestr(info, data)  # stored: JPEG and PNG are compressed already
            entries.append((filename, item))
        archive.writestr("CREDITS.txt", credits_text(story, entries), zipfile.ZIP_DEFLATED)


def story_images_zip(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    if not isinstance(page, StoryPage):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    story = page.get_latest_revision_as_object()
    # Not a `with` block: FileResponse closes the file once it is sent.
    archive = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_UP_TO)  # noqa: SIM115
    write_images_zip(story, archive)
    archive.seek(0)
    return FileResponse(
        archive,
        as_attachment=True,
        filename=f"{story.slug}-images.zip",
        content_type="application/zip",
    )
