"""Site search finds live pages in the reader's language and never fails on odd input."""

from django.utils.html import escape

import pytest

from home.factories import StandardPageFactory
from tests.conftest import translate


def test_search_finds_pages_in_the_current_language_only(client, translated_homes):
    danish = StandardPageFactory(parent=translated_homes["da"], title="Byttemarked i Glashuset")
    translate(danish, "en", title="Swap market in Glashuset")

    danish_html = client.get("/search/", {"q": "Glashuset"}).content.decode()
    english_html = client.get("/en/search/", {"q": "Glashuset"}).content.decode()

    assert "Byttemarked i Glashuset" in danish_html and "Swap market" not in danish_html
    assert "Swap market in Glashuset" in english_html and "Byttemarked" not in english_html


def test_search_leaves_out_drafts(client, home_page):
    StandardPageFactory(parent=home_page, title="Hemmelig kladde om Glashuset", live=False)
    assert "Hemmelig kladde" not in client.get("/search/", {"q": "kladde"}).content.decode()


def test_empty_search_explains_itself(client, home_page):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'type="search" name="q" value=""' in response.content.decode()


def test_search_query_is_escaped(client, home_page):
    html = client.get("/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_bad_page_numbers_and_long_queries_do_not_fail(client, home_page):
    for number in range(12):
        StandardPageFactory(parent=home_page, title=f"Fællesspisning {number}")
    assert client.get("/search/", {"q": "Fællesspisning", "page": "abc"}).status_code == 200
    last = client.get("/search/", {"q": "Fællesspisning", "page": "999"})
    assert last.status_code == 200
    assert 'rel="prev"' in last.content.decode()
    assert client.get("/search/", {"q": "x" * 5000}).status_code == 200


def test_results_are_paginated(client, home_page, django_assert_max_num_queries):
    for number in range(25):
        StandardPageFactory(parent=home_page, title=f"Fællesspisning {number}")
    with django_assert_max_num_queries(20):
        html = client.get("/search/", {"q": "Fællesspisning"}).content.decode()
    assert html.count("<h2><a href=") == 10
    assert 'rel="next"' in html


@pytest.mark.parametrize("query", ['"', '"Glashuset', 'Glas"huset', "Glashuset*", "NEAR(a b)"])
def test_quotes_and_search_operators_are_no_error(client, home_page, query):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert f'value="{escape(query)}"' in response.text  # what was typed is kept


def test_a_stray_quote_does_not_stop_the_words_being_found(client, home_page):
    StandardPageFactory(parent=home_page, title="Byttemarked i Glashuset")

    response = client.get("/search/", {"q": '"Glashuset'})

    assert "Byttemarked i Glashuset" in response.text
