"""
The public, read-only API at /api/v2/ that other municipal sites and the media pull stories from.

Only pages: Wagtail's pages endpoint already serves nothing but live pages without a view
restriction, in every language tree of the site. There is no images endpoint on purpose: it would
list every image in the library, including photos uploaded for drafts that are not yet cleared
for publication; a story's hero image comes with the story instead (see stories.api).

Every query parameter is checked before it reaches the database (core.api_parameters), and
?search= is read as plain words (core.search_query): bad input is a 400, never a 500.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from rest_framework.renderers import JSONRenderer

from .api_parameters import LARGEST_INTEGER, check_field_filters, check_operations
from .search_query import plain_search_query

__all__ = ["api_router"]


class PlainWordsSearchFilter(SearchFilter):
    """Wagtail's ?search=, for the words of the query only: no phrase or operator syntax reaches
    the database, and a query without a word finds nothing."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        operator = request.GET.get("search_operator", "or").lower()
        query = plain_search_query(request.GET["search"], operator=operator)
        if query is None:
            return queryset.none()
        try:
            return get_search_backend().search(
                query, queryset, order_by_relevance="order" not in request.GET
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching"
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                f"cannot order by '{error.field_name}' while searching"
            ) from error


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """
    JSON only: without DRF's browsable HTML view there is no page of ours to keep accessible.
    Read only: no parsers, so no request body is ever read.
    """

    renderer_classes = [JSONRenderer]
    parser_classes = []
    filter_backends = [
        PlainWordsSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_operations(request.GET)

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        fields = self.get_available_fields(queryset.model, db_fields_only=True)
        check_field_filters(self.request.GET, queryset.model, fields)

    def detail_view(self, request, pk):
        if int(pk) > LARGEST_INTEGER:
            raise Http404("not found")
        return super().detail_view(request, pk)

    def filter_queryset(self, queryset):
        """Wagtail converts some filter values (?id=abc) but not dates or many-to-many ids
        (?first_published_at=abc, ?themes=abc): a bad value is the client's error, not a 500."""
        try:
            return super().filter_queryset(queryset)
        except (ValueError, ValidationError) as error:
            raise BadRequestError(f"field filter error: {error}") from error


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
