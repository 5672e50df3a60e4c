"""
What an editor does with a tip or a request: make a draft story, approve a volunteer, delete.

Plain functions of the objects and the acting user, so the admin views (contributions.views) only
ask, call and report.
"""

import pathlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.files import File
from django.db import transaction
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import Truncator, capfirst, slugify
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.rich_text import RichText

from core.locales import default_locale
from images.models import CustomImage
from roles.definitions import VOLUNTEERS
from stories.models import LEAD_MAX_LENGTH, StoryIndexPage, StoryPage

from .models import SignupStatus, TipStatus
from .notifications import welcome_volunteer

USERNAME_MAX_LENGTH = 150


class AccountExists(Exception):
    """Someone already has an account with the request's e-mail address."""


def danish_story_index():
    return StoryIndexPage.objects.filter(locale=default_locale()).first()


def can_add_story(user, index):
    """Moderators may read and dismiss tips, but a story needs permission to add pages."""
    return index is not None and index.permissions_for_user(user).can_add_subpage()


def story_body_html(tip):
    """The tip's text, one paragraph a line, and who, where and when; all of it escaped."""
    lines = (line.strip() for line in tip.what_happened.splitlines())
    paragraphs = [format_html("<p>{}</p>", line) for line in lines if line]
    facts = [(_("Who:"), tip.who), (_("Where:"), tip.where), (_("When:"), tip.when)]
    paragraphs += [format_html("<p><b>{}</b> {}</p>", label, value) for label, value in facts]
    return "".join(paragraphs)


def image_from_tip(tip, user):
    """
    The tip's photo in the image library, with no credit: the tipster is not necessarily the
    photographer, nor one who agreed to be named. StoryPage.clean() asks the editor for the
    credit before the story can be saved.
    """
    image = CustomImage(
        title=Truncator(tip.headline).chars(255),
        uploaded_by_user=user,
    )
    with tip.photo.open("rb") as photo:
        image.file.save(pathlib.Path(tip.photo.name).name, File(photo), save=False)
    image._set_image_file_metadata()
    image.save()
    return image


def make_draft_story(tip, index, user):
    """
    A draft StoryPage below `index` (the Danish story index), owned by `user`, from `tip`.

    The tipster's name, phone and e-mail stay in the tip, which the draft is linked from: the
    tip form promises they are used only to ask about the tip, so the draft's press contact and
    photo credit are left for the editor to fill in (contributions.wagtail_hooks links the tip
    from the story's header in the admin).

    A photo the resident agreed to publish becomes the hero image of the draft's revision, with
    no alt text and no credit: StoryPage.clean() then asks the editor to describe it and name the
    photographer before the draft can be saved again, so no placeholder can ever be published. (The revision is therefore
    saved without clean(); the page row itself passed it when it was added.)
    """
    title = Truncator(tip.headline).chars(255)
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        page = StoryPage(
            title=title,
            slug="" if slugify(title, allow_unicode=True) else f"tip-{tip.pk}",
            lead=Truncator(tip.what_happened.strip()).chars(LEAD_MAX_LENGTH),
            body=[("paragraph", RichText(story_body_html(tip)))],
            owner=user,
            live=False,
        )
        index.add_child(instance=page)
        if tip.photo and tip.photo_consent:
            page.hero_image = image_from_tip(tip, user)
        page.save_revision(user=user, clean=False)
        log(page, "wagtail.create", user=user, content_changed=True)
        tip.status, tip.story = TipStatus.STORY, page
        tip.save(update_fields=["status", "story"])
    return page


def unique_username(email):
    User = get_user_model()
    base = email.lower()[:USERNAME_MAX_LENGTH]
    username, number = base, 1
    while User.objects.filter(username__iexact=username).exists():
        number += 1
        suffix = f"-{number}"
        username = base[: USERNAME_MAX_LENGTH - len(suffix)] + suffix
    return username


def split_name(name):
    first, _space, last = name.strip().rpartition(" ")
    return (first, last) if first else (last, "")


@transaction.atomic
def approve_signup(signup):
    """
    An account in Frivillige, with no password until the volunteer chooses one through the
    link in the welcome mail. If the mail cannot be sent, nothing is kept: the editor tries again.
    """
    User = get_user_model()
    if User.objects.filter(email__iexact=signup.email).exists():
        raise AccountExists
    first_name, last_name = split_name(signup.name)
    user = User(
        username=unique_username(signup.email),
        email=signup.email,
        first_name=first_name[:150],
        last_name=last_name[:150],
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get_or_create(name=VOLUNTEERS)[0])
    signup.status, signup.user = SignupStatus.APPROVED, user
    signup.save(update_fields=["status", "user"])
    welcome_volunteer(signup, user, default_token_generator)
    return user


def delete_submission(instance, user):
    """
    Delete a tip or a request with the personal data in it. The audit log outlives the row, so it
    names the row by its number, not by what the resident wrote.
    """
    title = f"{capfirst(instance._meta.verbose_name)} {instance.pk}"
    with transaction.atomic():
        log(instance, "wagtail.delete", user=user, title=title, deleted=True)
        instance.delete()
