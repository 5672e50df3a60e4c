"""Production's static storage: collectstatic hashes and compresses every file the site ships."""

from pathlib import Path

from django.core.management import call_command
from django.test import override_settings

import pytest

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.storage.StaticFilesStorage"},
}


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    static_root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=static_root, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0)
    return static_root


def only(folder: Path, pattern):
    (path,) = folder.glob(pattern)
    return path


def test_markercluster_is_collected_without_its_missing_source_map(collected):
    script = only(collected / "markercluster", "leaflet.markercluster.????????????.js")

    assert "sourceMappingURL" not in script.read_text()
    assert (collected / "markercluster" / f"{script.name}.gz").exists()


def test_a_source_map_that_exists_is_named_by_its_hash(collected):
    source_map = only(collected / "markercluster", "leaflet.markercluster-src.js.????????????.map")
    script = only(collected / "markercluster", "leaflet.markercluster-src.????????????.js")

    assert script.read_text().rstrip().endswith(f"//# sourceMappingURL={source_map.name}")


def test_the_site_stylesheet_is_hashed_and_compressed(collected):
    stylesheet = only(collected / "css", "site.????????????.css")

    assert (collected / "css" / f"{stylesheet.name}.gz").exists()
