from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.api import api_router
from core.sitemap import MultilingualSitemap
from core.throttling import ThrottledPasswordResetView
from core.views import page_file, robots_txt, serve_media
from search import views as search_views
from stories.moderation_views import ModerationActionView

urlpatterns = [
    # Wagtail's moderation action view, answered by ours first: it says what was done and ends
    # where the reviewer may look (stories.moderation_views).
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        require_admin_access(ModerationActionView.as_view()),
    ),
    # Wagtail's password reset form, limited per client address; before Wagtail's own route.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap}},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Read-only JSON for other municipal sites and the media: every language, live pages only.
    path("api/v2/", api_router.urls),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        # Public uploads only: private files live outside MEDIA_ROOT (core.storage).
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve_media)
    )

# Danish lives at /, every other language under its own prefix (/en/, /ar/, /tr/, /ur/).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # Files beside a page (<story>/press.txt, <calendar>/feed.ics …): see core.routing.
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<file_name>[\w\-]+\.[\w]+)$",
        page_file,
        name="page_file",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
