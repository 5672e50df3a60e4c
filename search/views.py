"""Site search: live, public pages in the reader's language."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page

from core.locales import reader_locale
from core.search_query import MAX_QUERY_LENGTH, plain_search_query

RESULTS_PER_PAGE = 10


def search(request):
    """Results for the words of ?q= (core.search_query): a query of quotes or operators
    alone finds nothing rather than failing, and the reader sees what they typed."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    words = plain_search_query(query)
    if words is not None:
        pages = Page.objects.live().public().filter(locale=reader_locale(), depth__gt=1).specific()
        results = pages.search(words)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_of_results = paginator.page(1)
    except EmptyPage:
        page_of_results = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "pages/search/search.html",
        {"search_query": query, "search_results": page_of_results, "paginator": paginator},
    )
