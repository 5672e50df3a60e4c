"""The editors' "Download images (zip)" action on stories, in the page header and page listings."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .admin_views import story_images_zip
from .models import StoryPage


@hooks.register("register_admin_urls")
def register_story_images_zip_url():
    return [
        path("stories/<int:page_id>/images.zip", story_images_zip, name="stories_images_zip"),
    ]


class DownloadImagesButton(PageMenuItem):
    label = _("Download images (zip)")
    icon_name = "download"
    url_name = "stories_images_zip"

    def is_shown(self, user):
        page_type = self.page.specific_class  # the type, without loading the story itself
        return (
            page_type is not None
            and issubclass(page_type, StoryPage)
            and self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def story_header_buttons(page, user, view_name, next_url=None):
    yield DownloadImagesButton(page=page, priority=75)


@hooks.register("register_page_listing_more_buttons")
def story_listing_buttons(page, user, next_url=None):
    yield DownloadImagesButton(page=page, priority=55)
