"""Tips and volunteer requests are deleted when the privacy policy says they will be."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

import pytest

from contributions.factories import StoryTipFactory, VolunteerSignupFactory
from contributions.models import StoryTip, VolunteerSignup

from .conftest import photo

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def purge(*args):
    out = StringIO()
    call_command("purge_contributions", *args, stdout=out)
    return out.getvalue()


def test_tips_and_requests_past_the_retention_period_are_deleted(settings):
    settings.CONTRIBUTIONS_RETENTION_DAYS = 183
    StoryTipFactory(contact_name="Gammel", created_at=days_ago(200))
    StoryTipFactory(contact_name="Ny", created_at=days_ago(10))
    VolunteerSignupFactory(name="Gammel", created_at=days_ago(184))
    VolunteerSignupFactory(name="Ny", created_at=days_ago(182))

    purge()

    assert list(StoryTip.objects.values_list("contact_name", flat=True)) == ["Ny"]
    assert list(VolunteerSignup.objects.values_list("name", flat=True)) == ["Ny"]


def test_a_deleted_tip_takes_its_photo_with_it(settings):
    settings.CONTRIBUTIONS_RETENTION_DAYS = 30
    tip = StoryTipFactory(created_at=days_ago(31), photo=photo())
    storage, name = tip.photo.storage, tip.photo.name
    assert storage.exists(name)

    purge()

    assert not StoryTip.objects.exists()
    assert not storage.exists(name)


def test_a_dry_run_counts_and_keeps_everything(settings):
    settings.CONTRIBUTIONS_RETENTION_DAYS = 30
    StoryTipFactory.create_batch(2, created_at=days_ago(40))

    output = purge("--dry-run")

    assert "would delete 2" in output
    assert StoryTip.objects.count() == 2
