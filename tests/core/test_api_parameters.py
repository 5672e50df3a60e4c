"""The public API checks its own parameters: a bad value is a 400 that names it, never a 500."""

from urllib.parse import urlsplit

import pytest

from tests.conftest import story

PAGES = "/api/v2/pages/"


@pytest.fixture
def swap_market(story_index):
    return story(story_index, "Byttemarked i Glashuset")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"offset": "9" * 30}, "offset must be a whole number"),
        ({"offset": "1000000001"}, "offset must be a whole number from 0 to 1000000000"),
        ({"limit": "-1"}, "limit must be a whole number from 0 to 1000000000"),
        ({"id": "abc"}, "id must be a whole number"),
        ({"offset": "--5"}, "offset must be a whole number"),
        ({"child_of": "18446744073709551616"}, "child_of must be a whole number"),
        ({"alias_of": "9223372036854775808"}, "alias_of must be a whole number"),
        ({"title": "a\x00b"}, "null characters are not allowed in title"),
        ({"search_operator": "xor", "search": "a"}, "search_operator must be 'and' or 'or'"),
        ({"first_published_at": "0001-01-01T00:00:00+01:00"}, "first_published_at is out of range"),
        ({"first_published_at": "2026-13-01"}, "first_published_at must be a date"),
        ({"type": "stories.StoryPage", "themes": "9" * 25}, "themes must be a whole number"),
        ({"type": "stories.StoryPage", "story_date": "0000-01-01"}, "story_date must be a date"),
        ({"type": "stories.StoryPage", "body": "x"}, "cannot filter by body"),
    ],
)
def test_a_bad_parameter_is_a_bad_request_that_names_it(client, swap_market, query, message):
    response = client.get(PAGES, query)

    assert response.status_code == 400
    assert message in response.json()["message"]


def test_find_by_an_id_that_is_not_a_number_is_a_bad_request(client, swap_market):
    response = client.get(f"{PAGES}find/", {"id": "abc"})

    assert response.status_code == 400
    assert response.json()["message"] == "id must be a whole number"


def test_find_by_id_still_finds_the_page(client, swap_market):
    response = client.get(f"{PAGES}find/", {"id": swap_market.pk})

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == f"{PAGES}{swap_market.pk}/"


def test_a_page_id_beyond_64_bits_is_not_found(client, swap_market):
    assert client.get(f"{PAGES}{2**64}/").status_code == 404


@pytest.mark.parametrize("search", ['"', '"Glashuset', "Glashuset*", "NEAR(Glashuset)"])
def test_search_reads_the_words_and_ignores_quotes_and_operators(client, swap_market, search):
    response = client.get(PAGES, {"search": search, "type": "stories.StoryPage"})

    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ([] if search == '"' else ["Byttemarked i Glashuset"])


def test_a_search_of_only_spaces_finds_nothing(client, swap_market):
    response = client.get(PAGES, {"search": "   "})

    assert response.status_code == 200
    assert response.json()["items"] == []


def test_good_parameters_still_work(client, swap_market):
    response = client.get(
        PAGES,
        {
            "type": "stories.StoryPage",
            "offset": "0",
            "limit": "5",
            "child_of": str(swap_market.get_parent().pk),
            "story_date": swap_market.story_date.isoformat(),
        },
    )

    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Byttemarked i Glashuset"]
