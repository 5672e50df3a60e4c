"""Fixtures for the public forms and their admin queues."""

import io
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image

from contributions.factories import StoryTipPageFactory, VolunteerSignupPageFactory
from core.spam import form_started_token
from roles.definitions import EDITORS, MODERATORS, VOLUNTEERS
from stories.models import StoryIndexPage


def started_a_minute_ago():
    """The start time of a form a resident has spent a minute on."""
    return form_started_token(time.time() - 60)


def photo(image_format="JPEG", name="billede.jpg", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, image_format)
    content_type = Image.MIME[image_format]
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def tip_data(**fields):
    data = {
        "what_happened": "Naboerne i Vejleåparken holdt loppemarked.\nOverskuddet gik til legepladsen.",
        "who": "Beboerforeningen",
        "where": "Vejleåparken",
        "when": "Sidste lørdag",
        "contact_name": "Amina Hassan",
        "contact_email": "amina@example.dk",
        "contact_phone": "",
        "website": "",
        "form_started": started_a_minute_ago(),
    }
    data.update(fields)
    return data


def signup_data(**fields):
    data = {
        "name": "Jonas Nielsen",
        "email": "jonas@example.dk",
        "association": "Ishøj Lokalhistoriske Forening",
        "motivation": "Jeg vil gerne fortælle om foreningens arbejde.",
        "consent": "on",
        "website": "",
        "form_started": started_a_minute_ago(),
    }
    data.update(fields)
    return data


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@ishoj.dk", "hemmeligt-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def tip_page(home_page):
    return StoryTipPageFactory(parent=home_page)


@pytest.fixture
def signup_page(home_page):
    return VolunteerSignupPageFactory(parent=home_page)


@pytest.fixture
def danish_story_index(home_page):
    index = StoryIndexPage(title="Gode historier", slug="gode-historier")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def editor(db):
    return member_of(EDITORS, "redaktoer")


@pytest.fixture
def moderator(db):
    return member_of(MODERATORS, "moderator")


@pytest.fixture
def volunteer(db):
    return member_of(VOLUNTEERS, "frivillig")
