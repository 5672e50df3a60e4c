from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from django.views.static import serve


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
