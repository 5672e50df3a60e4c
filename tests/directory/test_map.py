"""The map page: its list is the content without JavaScript, and places.geojson is the same
filtered result as RFC 7946 GeoJSON."""

import json

from wagtail.models import PageViewRestriction

from directory.factories import OrganisationPageFactory, PlacePageFactory
from taxonomy.models import TargetGroup
from tests.conftest import translate


def geojson(client, map_page, **params):
    response = client.get(f"{map_page.url}places.geojson", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def test_list_shows_every_place_and_who_is_there(client, map_page, families_network, youth_council):
    html = client.get(map_page.url).content.decode()
    assert "Glashuset" in html and "Bredekærgård" in html
    assert "Ungerådet" in html and "Aktiviteter for børn" in html


def test_list_follows_the_filter_without_javascript(
    client, map_page, families_network, youth_council
):
    html = client.get(map_page.url, {"target_group": "young-people"}).content.decode()
    assert "Ungerådet" in html
    assert "Aktiviteter for børn" not in html
    assert "Bredekærgård" not in html  # no young people's organisation there


def test_volunteer_filter(client, map_page, families_network, youth_council):
    html = client.get(map_page.url, {"volunteers": "on"}).content.decode()
    assert "Aktiviteter for børn" in html and "Ungerådet" not in html


def test_unknown_filter_value_explains_itself_and_shows_everything(client, map_page, youth_council):
    response = client.get(map_page.url, {"kind": "no-such-kind"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Ungerådet" in html


def test_geojson_is_a_feature_collection_with_longitude_first(client, map_page, families_network):
    collection = geojson(client, map_page)
    assert collection["type"] == "FeatureCollection"
    glashuset = next(f for f in collection["features"] if f["properties"]["name"] == "Glashuset")
    assert glashuset["geometry"] == {"type": "Point", "coordinates": [12.345, 55.623]}
    names = [o["name"] for o in glashuset["properties"]["organisations"]]
    assert names == ["Aktiviteter for børn"]
    assert glashuset["properties"]["url"] == "http://testserver/foreninger-og-steder/glashuset/"


def test_geojson_applies_the_same_filters(client, map_page, families_network, youth_council):
    collection = geojson(client, map_page, target_group="young-people")
    assert [f["properties"]["name"] for f in collection["features"]] == ["Glashuset"]
    assert [o["name"] for o in collection["features"][0]["properties"]["organisations"]] == [
        "Ungerådet"
    ]


def test_geojson_speaks_the_requests_language(
    client, translated_homes, directory, map_page, glashuset, families_network
):
    translate(directory, "ar")
    arabic_map = translate(map_page, "ar", title="خريطة")
    translate(glashuset, "ar", title="غلاسهوست")
    translate(families_network, "ar", title="أنشطة للأطفال")

    collection = geojson(client, arabic_map)

    names = {f["properties"]["name"] for f in collection["features"]}
    assert "غلاسهوست" in names
    glashuset_feature = next(
        f for f in collection["features"] if f["properties"]["name"] == "غلاسهوست"
    )
    assert glashuset_feature["properties"]["url"].startswith("http://testserver/ar/")
    assert glashuset_feature["properties"]["organisations"][0]["name"] == "أنشطة للأطفال"


def test_geojson_can_be_cached(client, map_page, families_network):
    first = client.get(f"{map_page.url}places.geojson")
    assert "max-age=300" in first["Cache-Control"] and "public" in first["Cache-Control"]
    again = client.get(f"{map_page.url}places.geojson", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_geojson_of_a_password_protected_map_is_refused_like_the_page(
    client, map_page, families_network
):
    PageViewRestriction.objects.create(page=map_page, restriction_type="password", password="x")

    assert client.get(map_page.url).status_code == 200  # the form that asks for the password
    assert "Glashuset" not in client.get(map_page.url).text
    assert client.get(f"{map_page.url}places.geojson").status_code == 404


def many_organisations(directory, count):
    groups = list(TargetGroup.objects.all())
    places = [PlacePageFactory(parent=directory) for _ in range(20)]
    for number in range(count):
        page = OrganisationPageFactory(parent=directory, title=f"Forening {number}")
        page.places.set([places[number % 20]])
        page.target_groups.set([groups[number % len(groups)]])
        page.save()


def test_map_page_queries_stay_bounded(client, map_page, django_assert_max_num_queries):
    many_organisations(map_page.get_parent(), 200)
    with django_assert_max_num_queries(32):
        response = client.get(map_page.url, {"kind": "association"})
    assert response.content.decode().count('class="map-list__place"') == 20


def test_geojson_queries_stay_bounded(client, map_page, django_assert_max_num_queries):
    many_organisations(map_page.get_parent(), 200)
    with django_assert_max_num_queries(32):
        collection = geojson(client, map_page)
    assert len(collection["features"]) == 20
    assert sum(len(f["properties"]["organisations"]) for f in collection["features"]) == 200


def test_directory_overview_lists_and_filters_organisations(
    client, directory, map_page, families_network, youth_council, django_assert_max_num_queries
):
    # 25 for the page, 2 for the footer's link to the accessibility statement.
    with django_assert_max_num_queries(27):
        html = client.get(directory.url, {"kind": "council"}).content.decode()
    assert "Ungerådet" in html and "Aktiviteter for børn" not in html
    assert f'href="{map_page.url}?kind=council"' in html
