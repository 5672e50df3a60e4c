"""
The public, read-only API at /api/v2/ that other municipal sites and the media pull stories from.

Only pages: Wagtail's pages endpoint already serves nothing but live pages without a view
restriction, in every language tree of the site. There is no images endpoint on purpose: it would
list every image in the library, including photos uploaded for drafts that are not yet cleared
for publication; a story's hero image comes with the story instead (see stories.api).
"""

from django.core.exceptions import ValidationError

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from rest_framework.renderers import JSONRenderer

__all__ = ["api_router"]


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """
    JSON only: without DRF's browsable HTML view there is no page of ours to keep accessible.
    Read only: no parsers, so no request body is ever read.
    """

    renderer_classes = [JSONRenderer]
    parser_classes = []

    def filter_queryset(self, queryset):
        """Wagtail converts some filter values (?id=abc) but not dates or many-to-many ids
        (?first_published_at=abc, ?themes=abc): a bad value is the client's error, not a 500."""
        try:
            return super().filter_queryset(queryset)
        except (ValueError, ValidationError) as error:
            raise BadRequestError(f"field filter error: {error}") from error


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
