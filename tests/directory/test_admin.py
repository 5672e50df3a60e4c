"""Editors find organisations by name and filter them by kind and flags in the admin."""

from django.contrib.auth import get_user_model

import pytest


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redaktoer", "r@ishoj.dk", "hemmeligt-1")


def test_organisations_listing_filters_by_kind(client, editor, families_network, youth_council):
    client.force_login(editor)
    html = client.get("/admin/organisations/", {"kind": "council"}).content.decode()
    assert "Ungerådet" in html
    assert "Aktiviteter for børn" not in html


def test_organisations_listing_filters_by_volunteer_flag(
    client, editor, families_network, youth_council
):
    client.force_login(editor)
    html = client.get("/admin/organisations/", {"looking_for_volunteers": "true"}).content.decode()
    assert "Aktiviteter for børn" in html
    assert "Ungerådet" not in html


def test_organisations_listing_searches_by_name(client, editor, families_network, youth_council):
    client.force_login(editor)
    html = client.get("/admin/organisations/", {"q": "Ungerå"}).content.decode()
    assert "Ungerådet" in html
    assert "Aktiviteter for børn" not in html
