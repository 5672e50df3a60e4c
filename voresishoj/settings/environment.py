"""Small readers for configuration that comes from environment variables."""

import os

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {value!r}."
    )


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {value!r}.") from error


def content_languages(entries, names):
    """
    LANGUAGES from entries like "pl" or "so:Soomaali", each language named in itself. A language
    Django does not know is taught to it (left-to-right) so that its name and direction resolve.
    """
    languages = []
    for entry in entries:
        code, _, name = (part.strip() for part in entry.partition(":"))
        if code not in LANG_INFO:
            if not name:
                raise ImproperlyConfigured(
                    f"Django does not know the language {code!r}: write it with its own name, "
                    f"e.g. VORESISHOJ_LANGUAGES=...,{code}:Name"
                )
            LANG_INFO[code] = {"bidi": False, "code": code, "name": name, "name_local": name}
        languages.append((code, name or names.get(code) or LANG_INFO[code]["name_local"].title()))
    return languages
