from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from django.views.static import serve

from .routing import PageFilesMixin, live_page_at


@require_GET
def robots_txt(request):
    return TemplateResponse(
        request,
        "robots.txt",
        {"sitemap_url": request.build_absolute_uri(reverse("sitemap"))},
        content_type="text/plain; charset=utf-8",
    )


def serve_media(request, path):
    """Uploads below MEDIA_ROOT, when Django serves them (SERVE_MEDIA); nothing outside it."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except SuspiciousFileOperation:
        raise Http404 from None


@require_GET
def page_file(request, page_path, file_name):
    """<page url><file name>: a file the page offers beside itself (core.routing.PageFilesMixin)."""
    page = live_page_at(request, page_path)
    if not isinstance(page, PageFilesMixin):
        raise Http404
    return page.serve_file(request, file_name)
