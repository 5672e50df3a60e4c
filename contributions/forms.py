"""The public forms: a story tip and a volunteer sign-up, each with the site's spam traps."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from PIL import Image

from core.images import check_pixel_budget, reencoded
from core.public_forms import PublicForm

from .models import StoryTip, VolunteerSignup

# Pillow's name for each format we take, and the extension the stored file gets.
PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
PHOTO_TYPES_MESSAGE = _("The photo must be a JPEG, PNG or WebP image.")


class PhotoField(forms.ImageField):
    """
    A photo checked by its content, not its name: its size first (before Pillow reads it), its
    pixels from the header (core.images' budget), then Pillow must recognise it as one of
    PHOTO_FORMATS. It is stored as core.images stores every photo (within the long side, no
    metadata), and the stored name gets the right extension.
    """

    default_error_messages = {"invalid_image": PHOTO_TYPES_MESSAGE}
    widget = forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"})

    def to_python(self, data):
        if data in self.empty_values:
            return None
        limit = settings.STORY_TIP_MAX_PHOTO_BYTES
        if data.size > limit:
            raise ValidationError(
                _(
                    "The photo is %(size)s; it may be at most %(limit)s. Please choose a smaller one."
                ),
                code="too_large",
                params={"size": filesizeformat(data.size), "limit": filesizeformat(limit)},
            )
        check_pixel_budget(data)
        photo = super().to_python(data)
        extension = PHOTO_FORMATS.get(photo.image.format)
        if extension is None:
            raise ValidationError(PHOTO_TYPES_MESSAGE, code="invalid_type")
        try:
            content, image_format = reencoded(photo, keep_animation=False)
        except OSError as error:  # e.g. a truncated JPEG, which Pillow's verify() lets through
            raise ValidationError(PHOTO_TYPES_MESSAGE, code="invalid_image") from error
        return SimpleUploadedFile(
            f"photo.{extension}", content, content_type=Image.MIME[image_format]
        )


def text_input(autocomplete="", **attrs):
    """Free text in any of the site's languages: dir=auto shows each in its own direction."""
    attrs = {"dir": "auto", **attrs}
    if autocomplete:
        attrs["autocomplete"] = autocomplete
    return forms.TextInput(attrs=attrs)


def textarea(rows):
    return forms.Textarea(attrs={"rows": rows, "dir": "auto"})


class StoryTipForm(PublicForm, forms.ModelForm):
    photo = PhotoField(label=_("Photo"), required=False)

    fieldsets = [
        (_("The story"), ["what_happened", "who", "where", "when"]),
        (_("How we reach you"), ["contact_name", "contact_email", "contact_phone"]),
        (_("A photo, if you have one"), ["photo", "photo_consent"]),
    ]
    privacy_notice = _(
        "Your name, e-mail address and phone number are used only to ask you about the tip. "
        "They are never published."
    )
    privacy_notice_after = "contact_phone"
    choose_file_again_message = _(
        "Please choose the photo again: a browser cannot keep a chosen file when the form "
        "comes back."
    )

    class Meta:
        model = StoryTip
        fields = [
            "what_happened",
            "who",
            "where",
            "when",
            "contact_name",
            "contact_email",
            "contact_phone",
            "photo",
            "photo_consent",
        ]
        labels = {
            "what_happened": _("What happened?"),
            "who": _("Who was involved?"),
            "where": _("Where did it happen?"),
            "when": _("When did it happen?"),
            "contact_name": _("Your name"),
            "contact_email": _("Your email address"),
            "contact_phone": _("Your phone number"),
            "photo_consent": _(
                "Vores Ishøj may publish the photo. I took it or may share it, and the people "
                "in it agree."
            ),
        }
        help_texts = {
            "what_happened": _(
                "Tell it in your own words, in any language. At most 3000 characters."
            ),
            "who": _("People, an association, a group of neighbours …"),
            "when": _("For example “last Saturday” or “every Tuesday afternoon”."),
            "contact_email": _("We only use it to ask you about the tip."),
        }
        widgets = {
            "what_happened": textarea(rows=8),
            "who": text_input(),
            "where": text_input(),
            "when": text_input(),
            "contact_name": text_input("name"),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
            "contact_phone": forms.TextInput(
                attrs={"autocomplete": "tel", "type": "tel", "dir": "ltr"}
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["photo"].help_text = _("A JPEG, PNG or WebP image of at most %(limit)s.") % {
            "limit": filesizeformat(settings.STORY_TIP_MAX_PHOTO_BYTES)
        }


class VolunteerSignupForm(PublicForm, forms.ModelForm):
    privacy_notice = _(
        "Your name and e-mail address are used only to handle your request and, if you are "
        "approved, for your account as a volunteer writer."
    )
    privacy_notice_after = "email"
    consent = forms.BooleanField(
        label=_(
            "I agree that the secretariat of Vores Ishøj stores these details to handle my "
            "request and contacts me by email."
        ),
        required=True,
        error_messages={"required": _("Please agree, so that we may store your request.")},
    )

    class Meta:
        model = VolunteerSignup
        fields = ["name", "email", "association", "motivation", "consent"]
        labels = {
            "name": _("Your name"),
            "email": _("Your email address"),
            "association": _("Your association"),
            "motivation": _("Why would you like to write for Vores Ishøj?"),
        }
        help_texts = {
            "association": _("If you would write for an association or a group."),
            "motivation": _("A few sentences are enough. At most 1000 characters."),
        }
        widgets = {
            "name": text_input("name"),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
            "association": text_input("organization"),
            "motivation": textarea(rows=6),
        }
