"""Settings come from the environment and production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import pytest

from voresishoj.settings.environment import env_bool, env_list

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "voresishoj.settings.production",
    "DJANGO_SECRET_KEY": "k3v!8Qp2xZr7Lm4Nw9Tb6Yc1Hd5Fg0Js-ExampleOnlyNotUsedAnywhere-2635",
    "DJANGO_ALLOWED_HOSTS": "voresishoj.dk",
    "WAGTAILADMIN_BASE_URL": "https://voresishoj.dk",
}


def run_python(code, env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_setting(name, env):
    result = run_python(
        f"import django; django.setup(); from django.conf import settings; print(settings.{name})",
        env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_without_secret_key_is_a_clear_error():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}
    result = run_python("import django; django.setup()", env)
    assert result.returncode != 0
    assert "ImproperlyConfigured: DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_is_off_in_production_unless_asked_for():
    assert read_setting("DEBUG", PRODUCTION_ENV) == "False"
    assert read_setting("DEBUG", {**PRODUCTION_ENV, "DJANGO_DEBUG": "1"}) == "True"


def test_check_deploy_is_clean_with_production_variables(tmp_path):
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_database_url_chooses_postgresql():
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://ishoj:secret@db.example:5432/voresishoj"}
    engine = read_setting("DATABASES['default']['ENGINE']", env)
    assert engine == "django.db.backends.postgresql"


def test_sqlite_under_var_is_the_default_database():
    assert read_setting("DATABASES['default']['NAME']", PRODUCTION_ENV) == str(
        BASE_DIR / "var" / "db.sqlite3"
    )


def test_a_language_is_added_by_configuration_alone():
    env = {**PRODUCTION_ENV, "VORESISHOJ_LANGUAGES": "da,en,ar,tr,ur,pl,so:Soomaali"}
    languages = read_setting("LANGUAGES", env)
    assert "('pl', 'Polski')" in languages
    assert "('so', 'Soomaali')" in languages
    assert read_setting("WAGTAIL_CONTENT_LANGUAGES", env) == languages


def test_an_unknown_language_without_a_name_is_a_clear_error():
    env = {**PRODUCTION_ENV, "VORESISHOJ_LANGUAGES": "da,so"}
    result = run_python("import django; django.setup()", env)
    assert "Django does not know the language 'so'" in result.stderr


def test_danish_is_the_default_language(settings):
    assert settings.LANGUAGE_CODE == "da"
    assert [code for code, _ in settings.LANGUAGES] == ["da", "en", "ar", "tr", "ur"]
    assert dict(settings.LANGUAGES)["ar"] == "العربية"


def test_unreadable_boolean_is_an_error_not_a_guess(monkeypatch):
    monkeypatch.setenv("DJANGO_DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DJANGO_DEBUG"):
        env_bool("DJANGO_DEBUG")


def test_list_variables_ignore_spaces_and_empty_items(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", " voresishoj.dk, ,www.voresishoj.dk ")
    assert env_list("DJANGO_ALLOWED_HOSTS") == ["voresishoj.dk", "www.voresishoj.dk"]
