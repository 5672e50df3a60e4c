"""
Settings shared by every environment, safe for production on their own.

Everything that differs between machines comes from environment variables; README.md lists them.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import xstatic.pkg.leaflet_markercluster
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .environment import content_languages, env_bool, env_int, env_list

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DJANGO_DEBUG", default=False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "demo",
    "home",
    "images",
    "search",
    "taxonomy",
    "directory",
    "stories",
    "events",
    "contributions",
    "roles",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "roles.apps.UsersConfig",  # wagtail.users, with user management limited by role
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "leaflet",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.content_security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it turns a paused sign-in into its own answer (core.throttling).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "voresishoj.urls"
WSGI_APPLICATION = "voresishoj.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a paused sign-in before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Danish is the default and the fallback. The content languages are this one variable,
# so a language is added without code changes: "pl" for one Django knows, "so:Soomaali" (code and
# name in itself) for one it does not.
# LANGUAGE_CODE is also the Wagtail admin's language for new users: the secretariat works in Danish.
LANGUAGE_CODE = "da"
LANGUAGE_NAMES = {"da": "Dansk", "en": "English", "ar": "العربية", "tr": "Türkçe", "ur": "اردو"}
LANGUAGES = content_languages(env_list("VORESISHOJ_LANGUAGES", "da,en,ar,tr,ur"), LANGUAGE_NAMES)
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Copenhagen"
USE_TZ = True

# Each app's static/ folder is found as the app's (core/static too). Leaflet.markercluster
# comes from its XStatic package; Leaflet itself comes with django-leaflet.
STATICFILES_DIRS = [("markercluster", xstatic.pkg.leaflet_markercluster.BASE_DIR)]
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", str(VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = os.environ.get("DJANGO_MEDIA_ROOT", str(VAR_DIR / "media"))
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")
# Uploaded images and documents are best served by the web server in front of Django; a small
# installation may let Django serve them instead.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=False)
# Personal data residents upload (story tips' photos): a root of its own, never below MEDIA_ROOT,
# and a storage without URLs; only admin views that check permission serve these files.
PRIVATE_MEDIA_ROOT = os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "core.storage.PrivateFileSystemStorage"},
    # Hashed, compressed names served by whitenoise (core.storage).
    "staticfiles": {"BACKEND": "core.storage.StaticFilesStorage"},
}

# The Wagtail page editor posts many fields for long StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Vores Ishøj <noreply@ishoj.dk>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Map tiles: the one third-party request the site makes. OpenStreetMap's public tiles by default;
# e.g. the Danish Agency for Data Supply's tiles through these two variables.
MAP_TILES_URL = os.environ.get("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = os.environ.get(
    "MAP_TILES_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)

# Content-Security-Policy (core.content_security): public pages load scripts and styles only
# from our own files, images from us (plus the hosts of MAP_TILES_URL and MEDIA_URL, added per
# request), frames only from the video hosts.
CSP_VIDEO_HOSTS = env_list(
    "CSP_VIDEO_HOSTS",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-src": CSP_VIDEO_HOSTS or [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Wagtail's admin writes inline scripts and style attributes; it is framed only by itself (preview).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *CSP_VIDEO_HOSTS],
        "frame-ancestors": [SELF],
    }
}

# Public forms residents send without an account (core.public_forms, contributions).
# Spam trap: a form sent sooner than this after it was shown is sent back, and one shown longer ago.
PUBLIC_FORM_MIN_SECONDS = env_int("PUBLIC_FORM_MIN_SECONDS", 3)
PUBLIC_FORM_MAX_AGE_SECONDS = env_int("PUBLIC_FORM_MAX_AGE_SECONDS", 24 * 60 * 60)
# Accepted sendings per client per form in each window (core.ratelimit).
PUBLIC_FORM_RATE_LIMIT = env_int("PUBLIC_FORM_RATE_LIMIT", 5)
PUBLIC_FORM_RATE_WINDOW = env_int("PUBLIC_FORM_RATE_WINDOW", 60 * 60)
# Behind a proxy: the request header with the client's address that the proxy sets, e.g.
# HTTP_X_REAL_IP. Empty: REMOTE_ADDR.
PUBLIC_FORM_CLIENT_IP_HEADER = os.environ.get("PUBLIC_FORM_CLIENT_IP_HEADER", "")
STORY_TIP_MAX_PHOTO_BYTES = env_int("STORY_TIP_MAX_PHOTO_BYTES", 10 * 1024 * 1024)
# Every uploaded photo, on the public forms and in the admin (core.images): more pixels than
# this are refused; a photo is stored at most this many pixels on its long side.
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
IMAGE_MAX_LONG_SIDE = env_int("IMAGE_MAX_LONG_SIDE", 3000)
# Who is told when a tip or a volunteer request arrives; empty: nobody.
SECRETARIAT_EMAIL = os.environ.get("SECRETARIAT_EMAIL", "")
# Tips and volunteer requests are deleted this many days after they arrive
# (manage.py purge_contributions, run daily); the privacy policy promises six months.
CONTRIBUTIONS_RETENTION_DAYS = env_int("CONTRIBUTIONS_RETENTION_DAYS", 183)

# Wagtail
WAGTAIL_SITE_NAME = "Vores Ishøj"
# No avatars from gravatar.com in the admin: editors' e-mail hashes stay with us.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No call from the admin to releases.wagtail.io (the admin's policy would refuse it anyway).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Approving the last moderation task publishes, whoever approves (see stories.workflow_actions).
WAGTAIL_FINISH_WORKFLOW_ACTION = "stories.workflow_actions.publish_approved"
# A page sent for translation stays a draft in the target language until it is translated and
# published, even when its source is live (core.translation).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = IMAGE_MAX_PIXELS
WAGTAILIMAGES_IMAGE_FORM_BASE = "images.forms.ImageForm"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "bmp": "jpeg", "webp": "webp"}

# The public API (/api/v2/, core.api): read-only JSON, the same for everyone. No
# authentication, so a signed-in editor sees no more there than the press does. The API view
# itself accepts no request bodies; wagtail-localize's editor saves through DRF views of its own
# that need DRF's default parsers.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
}
# Rich text as the site shows it (links resolved), not Wagtail's internal database HTML.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# Sign-in throttling (django-axes, core.throttling). Failures are counted in the database, so
# every worker shares them: after ADMIN_LOGIN_FAILURE_LIMIT failures from one client address or for
# one user name (existing or not), signing in pauses for ADMIN_LOGIN_COOLOFF_SECONDS; each attempt
# during the pause starts it again. A successful sign-in does not wipe the address's failures, or
# an attacker with an account of their own could sign in between guesses at another's.
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(seconds=env_int("ADMIN_LOGIN_COOLOFF_SECONDS", 15 * 60))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_LOCKOUT_CALLABLE = "core.throttling.sign_in_paused"
# The client address as the public forms read it (PUBLIC_FORM_CLIENT_IP_HEADER behind a proxy).
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_RESET_ON_SUCCESS = False
# No record of successful sign-ins: the failures are all the throttle needs.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
# Password-reset requests per client address per window (seconds).
ADMIN_PASSWORD_RESET_RATE_LIMIT = env_int("ADMIN_PASSWORD_RESET_RATE_LIMIT", 5)
ADMIN_PASSWORD_RESET_RATE_WINDOW = env_int("ADMIN_PASSWORD_RESET_RATE_WINDOW", 60 * 60)
