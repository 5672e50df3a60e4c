import factory
import wagtail_factories

from taxonomy.models import Neighbourhood, Theme

from .models import DirectoryIndexPage, MapPage, OrganisationKind, OrganisationPage, PlacePage


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")

    class Meta:
        model = Theme


class NeighbourhoodFactory(factory.django.DjangoModelFactory):
    name = "Vejleåparken"
    slug = "vejleaaparken"

    class Meta:
        model = Neighbourhood
        django_get_or_create = ["slug"]


class DirectoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Foreninger og steder"
    slug = "foreninger-og-steder"

    class Meta:
        model = DirectoryIndexPage


class MapPageFactory(wagtail_factories.PageFactory):
    title = "Kort over Ishøj"
    slug = "kort"

    class Meta:
        model = MapPage


class PlacePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sted {n}")
    address = factory.Sequence(lambda n: f"Vejleåparken {n}")
    latitude = factory.Sequence(lambda n: f"55.{615000 + n % 30000:06d}")
    longitude = factory.Sequence(lambda n: f"12.{340000 + n % 30000:06d}")

    class Meta:
        model = PlacePage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Forening {n}")
    kind = OrganisationKind.ASSOCIATION

    class Meta:
        model = OrganisationPage
